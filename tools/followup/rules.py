"""Deterministic escalation rules over a patient's answers (this contact and earlier ones). Pure."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel

from carebridge.tools.followup.protocols import Clause, EscalationRule, Protocol


@dataclass(frozen=True)
class PastAnswer:
    """A recorded answer of an earlier contact (or earlier in this one)."""

    question_id: str
    value: Any
    at: datetime


class RuleHit(BaseModel):
    """An escalation rule that fired, with the values it fired on."""

    id: str
    en: str
    zh: str
    priority: str
    sources: list[str]
    values: dict[str, Any]


def _latest(question_id: str, current: Mapping[str, Any], history: Iterable[PastAnswer]) -> Any:
    if question_id in current:
        return current[question_id]
    past = [a for a in history if a.question_id == question_id and a.value is not None]
    return max(past, key=lambda a: a.at).value if past else None


def _holds(clause: Clause, current: Mapping[str, Any], history: list[PastAnswer], now: datetime) -> tuple[bool, Any]:
    value = _latest(clause.question, current, history)
    if value is None:  # unknown or not asked yet: a rule never fires on a guess
        return False, None
    op, limit = clause.op, clause.value
    if op == "yes":
        return value is True, value
    if op == "no":
        return value is False, value
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False, value
    assert limit is not None
    if op == "rise":
        assert clause.days is not None
        since = now - timedelta(days=clause.days)
        earlier = [float(a.value) for a in history
                   if a.question_id == clause.question and isinstance(a.value, (int, float))
                   and not isinstance(a.value, bool) and since <= a.at < now]
        if not earlier:
            return False, value
        gain = float(value) - min(earlier)
        return gain > limit, {"now": value, "lowest_before": min(earlier), "rise": round(gain, 2)}
    ok = {"lt": value < limit, "le": value <= limit, "gt": value > limit, "ge": value >= limit}[op]
    return ok, value


def _fires(rule: EscalationRule, current: Mapping[str, Any], history: list[PastAnswer],
           now: datetime) -> dict[str, Any] | None:
    seen: dict[str, Any] = {}
    for clause in rule.all_of:
        ok, value = _holds(clause, current, history, now)
        if not ok:
            return None
        seen[clause.question] = value
    if rule.any_of:
        hits = [(c, *_holds(c, current, history, now)) for c in rule.any_of]
        matched = [(c, v) for c, ok, v in hits if ok]
        if not matched:
            return None
        seen.update({c.question: v for c, v in matched})
    return seen


def evaluate(protocol: Protocol, answered: str, current: Mapping[str, Any], history: Iterable[PastAnswer],
             now: datetime) -> list[RuleHit]:
    """Rules that mention question `answered` and now fire, most urgent first.

    `current` holds this contact's answers so far (question id -> value, None when unknown);
    `history` the patient's earlier answers in this campaign, for `rise` and for questions
    asked only once (a child's age).
    """
    past = list(history)
    order = {"emergency": 0, "urgent": 1, "routine": 2}
    hits = []
    for rule in protocol.rules:
        if answered not in {c.question for c in rule.clauses}:
            continue
        values = _fires(rule, current, past, now)
        if values is not None:
            hits.append(RuleHit(id=rule.id, en=rule.name.en, zh=rule.name.zh, priority=rule.priority,
                                sources=list(rule.sources), values=values))
    replaced = {r for rule in protocol.rules if rule.id in {h.id for h in hits} for r in rule.supersedes}
    return sorted((h for h in hits if h.id not in replaced), key=lambda h: order[h.priority])
