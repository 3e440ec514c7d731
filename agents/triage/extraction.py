"""What a model may add to a triage: the schema it answers in, and the checks its answer must pass.

The model proposes symptom codes, a duration and a severity, each with evidence (the
patient's exact words). A proposal counts only if the evidence is in the patient's text,
says something, is not denied, and does not contradict what the lexicon reads in those
same words; numbers must be re-read from the evidence by the lexicon's own parsers. The
rules then decide over the union, and the result never falls below the lexicon's level.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, Field, create_model

from carebridge.tools.evidence import rejection, span
from carebridge.tools.knowledge import Knowledge
from carebridge.tools.slots import parse_duration_days, parse_severity
from carebridge.tools.triage_engine import PatientFacts, fits_patient, rank, read_for_age, symptom_matches

EVIDENCE_MAX = 30   # characters: a symptom phrase, not a paragraph (and few tokens to generate)
MAX_SYMPTOMS = 6


def candidate_codes(kb: Knowledge, present: Iterable[str], facts: PatientFacts, urgency: str) -> tuple[str, ...]:
    """The symptom codes a model may propose for this message: those that could raise `urgency`.

    A proposal changes the answer only if it completes a rule: so each candidate, added to what
    the lexicon already read (`present`), would complete one group still missing from a red flag
    or urgent rule above `urgency` whose age and sex limits hold for the patient (as the rules
    test them: an unknown age or sex fails a limit). Rules two findings away are left out (the
    model would have to find both) unless one code fills every missing group. Listing these
    (at most about 150 codes) instead of all of them keeps the prompt a third of its size; a
    code that could only move the department is not asked for: the lexicon routes.
    """
    codes = read_for_age(present, facts, kb)
    wanted: set[str] = set()
    for rule, level in [(r, r.urgency) for r in kb.red_flags] + [(r, "urgent") for r in kb.urgent]:
        cond = rule.when
        if rank(level) <= rank(urgency) or not fits_patient(cond, facts):
            continue  # it could not raise this answer, or it cannot fire for this patient (the rules' own test)
        missing = [set(group) for group in cond.all_of if not codes.intersection(group)]
        if missing:
            # one code that is in every missing group completes the rule (most rules miss one group)
            wanted.update(set.intersection(*missing))
    # knowledge order, so the same findings give the same list (and the same grammar, compiled once)
    return tuple(c for c, s in kb.symptoms.items() if c in wanted and not s.modifier)


def extraction_schema(kb: Knowledge, codes: tuple[str, ...] | None = None) -> type[BaseModel]:
    """The pydantic schema the triage model answers in (every fact with its evidence).

    `codes` limits the symptom codes it may give (default: every non-modifier code).
    """
    return _schema(codes if codes is not None else tuple(c for c, s in kb.symptoms.items() if not s.modifier))


@lru_cache(maxsize=256)
def _schema(codes: tuple[str, ...]) -> type[BaseModel]:
    evidence = (str, Field(max_length=EVIDENCE_MAX, description="the patient's exact words"))
    code = Literal[codes] if codes else Literal["none"]  # an empty list still needs a valid (unused) type
    symptom = create_model("CitedSymptom", code=(code, ...), evidence=evidence)  # type: ignore[valid-type]
    duration = create_model("CitedDuration", value=(float, Field(description="days")), evidence=evidence)
    severity = create_model("CitedSeverity", value=(int, Field(ge=0, le=10)), evidence=evidence)
    return create_model(
        "SymptomExtraction",
        symptoms=(list[symptom], Field(max_length=MAX_SYMPTOMS if codes else 0)),  # type: ignore[valid-type]
        duration_days=(duration | None, ...),  # type: ignore[valid-type]
        severity=(severity | None, ...),  # type: ignore[valid-type]
    )


def extract_prompt() -> str:
    """The triage.extract system prompt: the same bytes on every call (a cacheable prefix)."""
    from carebridge.prompts import load_prompt

    return load_prompt("triage.extract")


def extract_codes_line(codes: tuple[str, ...]) -> str:
    """The part of the user message naming this message's allowed codes (it comes before the patient's words)."""
    return f"Allowed symptom codes for this message: {', '.join(codes) or '(none: give an empty list)'}\n\nMessage:\n"


@dataclass
class Vetted:
    """What survived the checks, and what did not (with the reason), for the audit log."""

    symptoms: set[str] = field(default_factory=set)
    duration_days: float | None = None
    severity: int | None = None
    dropped: list[dict[str, Any]] = field(default_factory=list)

    def event(self) -> dict[str, Any]:
        """The audit record of this vetting."""
        return {"kind": "model_findings", "added": sorted(self.symptoms), "duration_days": self.duration_days,
                "severity": self.severity, "dropped": self.dropped}


def _symptom_problem(code: str, evidence: str, text: str) -> str | None:
    why = rejection(evidence, text)
    if why:
        return why
    where = span(evidence, text)
    if where is None:
        return "evidence is not a whole-word span of the message"
    overlapping = [m for m in symptom_matches(text) if m.start < where[1] and where[0] < m.end]
    if overlapping:
        # The lexicon already reads these words: the model may agree with it, not recode or un-deny them.
        read = {m.code for m in overlapping if not m.negated}
        if code not in read:
            denied = {m.code for m in overlapping if m.negated} - read
            return (f"the lexicon reads these words as {', '.join(sorted(read | denied))}"
                    + (" (denied)" if denied and not read else ""))
    return None


def vet(extracted: Any, text: str) -> Vetted:
    """Keep only the proposals whose evidence holds up against `text` (all the patient's messages)."""
    out = Vetted()
    for item in getattr(extracted, "symptoms", None) or []:
        why = _symptom_problem(item.code, item.evidence, text)
        if why:
            out.dropped.append({"code": item.code, "evidence": item.evidence, "why": why})
        else:
            out.symptoms.add(item.code)
    duration = getattr(extracted, "duration_days", None)
    if duration is not None:
        why = rejection(duration.evidence, text)
        again = None if why else parse_duration_days(duration.evidence)
        if why is None and (again is None or abs(again - duration.value) > 0.01):
            why = "the duration is not what the lexicon reads in the evidence"
        if why:
            out.dropped.append({"duration_days": duration.value, "evidence": duration.evidence, "why": why})
        else:
            out.duration_days = again
    severity = getattr(extracted, "severity", None)
    if severity is not None:
        why = rejection(severity.evidence, text)
        again = None if why else parse_severity(severity.evidence)
        if why is None and again != severity.value:
            why = "the severity is not what the lexicon reads in the evidence"
        if why:
            out.dropped.append({"severity": severity.value, "evidence": severity.evidence, "why": why})
        else:
            out.severity = again
    return out
