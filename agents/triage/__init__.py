"""Triage agent: the pre-consultation interview, urgency, department and clinician summary."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from carebridge.agents.triage.extraction import (
    candidate_codes,
    extract_codes_line,
    extract_prompt,
    extraction_schema,
    vet,
)
from carebridge.agents.triage.interview import fill_from_message, new_record, next_question
from carebridge.agents.triage.summary import ClinicianSummary, Finding, department_label, duration_label
from carebridge.graphs.context import HospitalContext
from carebridge.graphs.models import structured_call
from carebridge.graphs.state import HospitalState, Outcome
from carebridge.prompts import load_prompt_data, prompt_version
from carebridge.tools import danger_screen
from carebridge.tools.first_steps import first_steps_lines
from carebridge.tools.knowledge import Knowledge, load_knowledge
from carebridge.tools.triage_engine import (
    URGENCY_ORDER,
    Findings,
    TriageDecision,
    patient_facts,
    raise_urgency,
    rank,
    triage,
)

_KEYWORDS = (
    "pain", "fever", "cough", "hurt", "sick", "symptom", "bleeding", "dizzy", "rash", "vomit",
    "疼", "痛", "发烧", "咳嗽", "不舒服", "症状", "挂号", "看什么科", "挂什么科", "头晕", "出血",
)


def _patient_texts(state: HospitalState) -> list[str]:
    return [str(m.content) for m in state["messages"] if isinstance(m, HumanMessage)]


def contract_result(decision: TriageDecision, kb: Knowledge, emergency_number: str = "120",
                    crisis_line: str = "12356") -> dict[str, Any]:
    """The ARCHITECTURE.md `triage` fields, plus the reasons, the Chinese triage level and the first steps."""
    level = kb.levels[decision.urgency]
    fired = [h.id for h in (*decision.red_flags, *decision.reasons)]
    steps = kb.first_steps_for(fired, crisis_line)
    # The first steps cite their own sources; the NHS entry names the pages of both.
    source_ids = list(dict.fromkeys([*decision.sources, *(s for e in steps for s in e["sources"])]))
    pages = list(dict.fromkeys([*decision.nhs_pages, *(p for e in steps for p in e["nhs_pages"])]))
    return {
        "urgency": decision.urgency,
        "cn_triage_level": level.cn_level,
        "red_flags": [h.model_dump(include={"id", "en", "zh", "urgency"}) for h in decision.red_flags],
        "reasons": [h.model_dump(include={"id", "en", "zh", "urgency"}) for h in decision.reasons],
        "department": decision.department.model_dump(),
        "specialty": decision.specialty.model_dump() if decision.specialty else None,
        "advice": kb.advice(decision.urgency, emergency_number).model_dump(),
        "first_steps": [{k: e[k] for k in ("id", "en", "zh", "sources")} for e in steps],
        "sources": [{"id": s, "citation": _citation(s, pages, kb)} for s in source_ids],
    }


def _citation(source_id: str, nhs_pages: list[str], kb: Knowledge) -> str:
    # The NHS entry is a family of pages; name the ones the fired rules and first steps rest on.
    if source_id == "nhs-az" and nhs_pages:
        return f"NHS website (nhs.uk), Health A to Z: {'; '.join(nhs_pages)}."
    return kb.source_text(source_id)


def render_answer(result: dict[str, Any], lang: str, pending_review: bool, steps_given: frozenset[str] = frozenset()) -> str:
    """Patient-facing text for a finished triage, from templates (no model).

    `steps_given`: first-steps entries this turn's emergency notice already showed (not repeated).
    """
    zh = lang == "zh"
    dept = result["department"]
    reasons = "；".join(r["zh"] for r in result["reasons"]) if zh else "; ".join(r["en"] for r in result["reasons"])
    lines = [
        ("紧急程度：" if zh else "Urgency: ") + result["urgency"] + f" ({result['cn_triage_level']['zh' if zh else 'en']})",
        result["advice"]["zh" if zh else "en"],
        *first_steps_lines([e for e in result.get("first_steps", []) if e["id"] not in steps_given], lang),
        ("建议科室：" if zh else "Department: ") + department_label(dept, zh),
    ]
    if reasons:
        lines.append(("依据：" if zh else "Why: ") + reasons)
    if pending_review:
        lines.append("您的预问诊报告已提交给医生，正在等待审核。" if zh
                     else "Your pre-consultation summary has been sent to the clinician and is pending review.")
    return "\n".join(lines)


def _danger_answer(record: dict[str, Any], screen: dict[str, Any], text: str, turn: dict[str, Any], lang: str) -> str:
    """What the `associated` slot keeps of an answer to the danger-sign question: the signs it named, or "none"."""
    named = [s for s in screen["signs"] if set(s["codes"]).intersection(turn.get("present", []))]
    if named:
        return "; ".join(s["zh" if lang == "zh" else "en"] for s in named) + f" ({text.strip()[:200]})"
    if danger_screen.is_bare_no(text) and not turn.get("present"):
        return "none"
    return str(record.get("associated") or text.strip()[:500])


@dataclass(frozen=True)
class TriageAgent:
    """Pre-consultation (预问诊/智能导诊) agent."""

    name: str = "triage"
    description: str = "Pre-consultation interview: symptoms, urgency, department and a clinician summary."
    keywords: tuple[str, ...] = field(default=_KEYWORDS)

    def build(self, model: BaseChatModel | None) -> Any:
        """Compile the triage subgraph; `model` is optional (extraction help only)."""
        kb = load_knowledge()
        # The system prompt is byte-identical on every call (llama.cpp reuses its KV cache for
        # this prefix); the codes allowed for a message open its user message.
        system = extract_prompt()
        extract_version = prompt_version("triage.extract")

        def interview(state: HospitalState, runtime: Runtime[HospitalContext]) -> dict[str, Any]:
            lang = state.get("lang", "en")
            record = copy.deepcopy(state.get("triage") or new_record())
            patient: dict[str, Any] = dict(state.get("patient") or {})
            turn = state.get("turn") or {}
            texts = _patient_texts(state)
            # the danger-sign question this message answers (read before the slot is filled)
            screen = danger_screen.pending(record)
            signs_said = record.get("associated") if danger_screen.asking_more(record) else None
            fill_from_message(record, patient, texts[-1] if texts else "", bool(turn.get("present")),
                              turn.get("severity_codes"))
            if signs_said and record.get("associated") not in (None, "none"):
                # the reply to "anything else?" after the signs: both kept
                record["associated"] = f"{signs_said}; {record['associated']}"
            elif signs_said:
                record["associated"] = signs_said
            # What the patient has not stated yet, this message may tell (stated facts win).
            for key in ("pregnant", "gestation_weeks", "age_months", "age_years", "patient_infant_months", "patient_child_years",
                        "writer_ill_too"):
                if patient.get(key) is None and turn.get(key) is not None:
                    patient[key] = turn[key]
            if patient.get("age_years") is None and patient.get("age_months") is not None:
                patient["age_years"] = round(patient["age_months"] / 12, 2)
            events: list[dict[str, Any]] = []
            emergency = any(rank(f["urgency"]) >= rank("emergency") for f in state.get("red_flags", []))
            oneshot = state.get("mode") == "oneshot"
            last = texts[-1] if texts else ""
            ambulance = screen is not None and bool(screen.get("ambulance"))
            if ambulance:
                # the answer to the ambulance-sign question asked with the emergency advice: kept on its own slot
                record[danger_screen.AMBULANCE_SLOT] = _danger_answer({"associated": None}, screen, last, turn, lang)
                if danger_screen.wants_which(state.get("triage"), last, turn.get("present", [])):
                    # a bare "yes": which of them? (once; the emergency advice has already been given)
                    return _ask_which(record, patient, events, screen, danger_screen.AMBULANCE_SLOT, lang)
            elif screen is not None:
                record["associated"] = _danger_answer(record, screen, last, turn, lang)
            if screen is not None and not emergency and not oneshot:
                if danger_screen.wants_which(state.get("triage"), last, turn.get("present", [])):
                    # a bare "yes": which of them? (asked once, numbered; the safety screen reads the numbers)
                    return _ask_which(record, patient, events, screen, "associated", lang)
                if danger_screen.wants_more(screen, turn.get("present", [])) \
                        and len(record["asked"]) < runtime.context.max_questions:
                    # signs said that decide nothing by themselves: once, what else is there (the open question), so
                    # a fever or a sudden onset the list did not name is heard (stop 40, bench/eval_chat.py)
                    record["danger_screen"] = danger_screen.asked_more(screen)
                    record["pending_slot"] = "associated"
                    record["asked"].append(danger_screen.MORE_SLOT)
                    events.append({"kind": "tool", "name": "danger_screen", "result": {"followup": "more"}})
                    more = next(q for q in load_prompt_data("triage.questions")["questions"] if q["slot"] == "associated")
                    outcome_more: Outcome = {"agent": self.name, "kind": "question",
                                             "text": more["zh" if lang == "zh" else "en"],
                                             "needs_review": False, "result": {}, "sources": []}
                    return {"triage": record, "patient": patient, "outcome": outcome_more, "events": events}
            if emergency and not oneshot and not record.get("ambulance_asked"):
                asked_now = _ambulance_turn(state, record, patient, lang, events, runtime.context)
                if asked_now is not None:
                    return asked_now
            question = None if (oneshot or emergency) else next_question(
                record, patient, lang, runtime.context.max_questions)
            if question is not None and question["slot"] == "associated":
                # a complaint with danger signs: ask for them (derived from the red-flag rules) instead of
                # the generic "any other symptoms?"
                findings = state.get("findings") or {"present": [], "absent": []}
                asked = danger_screen.danger_question(findings["present"], findings["absent"], patient, record, kb)
                if asked is not None:
                    record["danger_screen"] = asked.as_record()
                    question = {"slot": "associated", "text": danger_screen.question_text(record["danger_screen"], lang)}
                    events.append({"kind": "tool", "name": "danger_screen",
                                   "args": {"present": sorted(findings["present"])},
                                   "result": {"rules": list(asked.rules), "signs": [s.code for s in asked.signs]}})
            if question is not None:
                record["asked"].append(question["slot"])
                record["pending_slot"] = question["slot"]
                events.append({"kind": "tool", "name": "next_question", "result": question["slot"]})
                outcome: Outcome = {"agent": self.name, "kind": "question", "text": question["text"],
                                    "needs_review": False, "result": {}, "sources": []}
                return {"triage": record, "patient": patient, "outcome": outcome, "events": events}
            return _finish(state, record, patient, lang, oneshot, events, runtime.context)

        def _ask_which(record: dict[str, Any], patient: dict[str, Any], events: list[dict[str, Any]],
                       screen: dict[str, Any], slot: str, lang: str) -> dict[str, Any]:
            """The "which of them?" follow-up to a bare yes, its answer awaited on `slot`. A question like any other:
            it counts toward max_questions (it is asked even at the limit: a "yes" to a danger sign is never left
            unread)."""
            record["danger_screen"] = danger_screen.asked_which(screen)
            record["pending_slot"] = slot
            record["asked"].append(danger_screen.WHICH_SLOT)
            events.append({"kind": "tool", "name": "danger_screen", "result": {"followup": "which"}})
            outcome: Outcome = {"agent": self.name, "kind": "question", "text": danger_screen.which_text(screen, lang),
                                "needs_review": False, "result": {}, "sources": []}
            return {"triage": record, "patient": patient, "outcome": outcome, "events": events}

        def _ambulance_turn(state: HospitalState, record: dict[str, Any], patient: dict[str, Any], lang: str,
                            events: list[dict[str, Any]], ctx: HospitalContext) -> dict[str, Any] | None:
            """At an emergency that is not an ambulance call: the emergency advice now, and in the same reply ONE
            question, the signs that would make it one (`danger_screen.ambulance_question`). Its answer can only
            raise the level (the safety screen reads it like any words); the next turn finishes the interview."""
            findings = state.get("findings") or {"present": [], "absent": []}
            asked = danger_screen.ambulance_question(findings["present"], findings["absent"], patient, record, kb)
            if asked is None:
                return None
            decision = triage(Findings(present=sorted(findings["present"])), patient_facts(patient, record), kb)
            result = contract_result(decision, kb, ctx.emergency_number, ctx.crisis_line)
            noticed = [f["id"] for f in state.get("new_red_flags", []) if rank(f["urgency"]) >= rank("emergency")]
            steps_given = frozenset(e["id"] for e in kb.first_steps_for(noticed, ctx.crisis_line))
            record["ambulance_asked"] = True
            # the findings the emergency advice was given on: the answer can only raise the level (`_finish`)
            record["ambulance_floor"] = sorted(findings["present"])
            record["danger_screen"] = asked.as_record() | {"ambulance": True}
            record["pending_slot"] = danger_screen.AMBULANCE_SLOT
            record["asked"].append(danger_screen.AMBULANCE_SLOT)
            events.append({"kind": "tool", "name": "danger_screen", "args": {"present": sorted(findings["present"])},
                           "result": {"ambulance": True, "rules": list(asked.rules),
                                      "signs": [s.code for s in asked.signs]}})
            text = render_answer(result, lang, False, steps_given) + "\n" + danger_screen.question_text(
                record["danger_screen"], lang)
            outcome: Outcome = {"agent": self.name, "kind": "question", "text": text, "needs_review": False,
                                "result": result, "sources": [s["citation"] for s in result["sources"]]}
            return {"triage": record, "patient": patient, "outcome": outcome, "events": events}

        def _finish(state: HospitalState, record: dict[str, Any], patient: dict[str, Any], lang: str,
                    oneshot: bool, events: list[dict[str, Any]], ctx: HospitalContext) -> dict[str, Any]:
            findings = state.get("findings") or {"present": [], "absent": []}
            lexicon_present = set(findings["present"])
            present = set(lexicon_present)
            texts = "\n".join(_patient_texts(state))
            lexicon_facts = patient_facts(patient, record)
            base = triage(Findings(present=sorted(lexicon_present)), lexicon_facts, kb)
            if model is not None and base.urgency == URGENCY_ORDER[-1]:
                # The rules already call an ambulance: the model may only raise an urgency, so it
                # cannot change this answer, and a cold prompt on a CPU takes seconds (about 17 s
                # for a 1.5B model) that an emergency patient must not wait for.
                extracted, event = None, {"kind": "model_skipped", "purpose": "triage.extract",
                                          "reason": "the rules already give the highest urgency"}
            else:
                codes = candidate_codes(kb, lexicon_present, lexicon_facts, base.urgency)
                extracted, event = structured_call(
                    model, extraction_schema(kb, codes), system, texts[-4000:], purpose="triage.extract",
                    prompt_version=extract_version, fit_user=True, user_prefix=extract_codes_line(codes))
                if event is not None:
                    event["codes_offered"] = len(codes)
            if event:
                events.append(event)
            filled: dict[str, Any] = {}
            if extracted is not None:
                # The model may add what its evidence shows (each fact checked against the
                # patient's words); it never removes a finding or decides the urgency.
                vetted = vet(extracted, texts)
                present |= vetted.symptoms
                for key, value in (("severity", vetted.severity), ("duration_days", vetted.duration_days)):
                    if record.get(key) is None and value is not None:
                        filled[key] = value
                events.append(vetted.event())
            facts = patient_facts(patient, record | filled)
            model_changed = present != lexicon_present or facts != lexicon_facts
            decision = triage(Findings(present=sorted(present)), facts, kb) if model_changed else base
            events.append({"kind": "tool", "name": "triage_rules",
                           "args": {"present": sorted(present), "facts": facts.__dict__},
                           "result": {"urgency": decision.urgency, "rules": [r.id for r in decision.reasons],
                                      "department": decision.department.code}})
            if model_changed:
                # NOTE: an added finding can also switch a rule off (`none_of`, self-care groups), so
                # the rules' answer without the model is the floor: the model can raise, never lower.
                if raise_urgency(base.urgency, decision.urgency) == base.urgency and base.urgency != decision.urgency:
                    events.append({"kind": "model_findings_ignored", "reason": "they would lower the urgency",
                                   "kept": base.urgency, "with_model": decision.urgency})
                    decision, present, filled = base, lexicon_present, {}
                elif decision.urgency != base.urgency:
                    events.append({"kind": "model_raised_urgency", "from": base.urgency, "to": decision.urgency,
                                   "because": sorted(present - lexicon_present)})
            floor = record.get("ambulance_floor")
            if floor is not None and not oneshot:
                # the emergency advice was given with the ambulance-sign question: its answer may raise the level,
                # never lower it ("no", words that read as reassurance, or anything unread leave the emergency)
                at_question = triage(Findings(present=floor), patient_facts(patient, record), kb)
                if rank(decision.urgency) < rank(at_question.urgency):
                    events.append({"kind": "ambulance_answer_kept_level", "kept": at_question.urgency,
                                   "with_answer": decision.urgency})
                    decision = at_question
            record.update(filled)
            result = contract_result(decision, kb, ctx.emergency_number, ctx.crisis_line)
            # The safety screen's notice this turn already gave the first steps of its red flags.
            noticed = [f["id"] for f in state.get("new_red_flags", []) if rank(f["urgency"]) >= rank("emergency")]
            steps_given = frozenset(e["id"] for e in kb.first_steps_for(noticed, ctx.crisis_line))
            needs_review = not oneshot
            summary = ClinicianSummary(
                session_id=state.get("session_id", ""), created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                lang=lang, age_years=patient.get("age_years"), sex=patient.get("sex"),
                pregnant=patient.get("pregnant"), chief_complaint=record.get("chief_complaint"),
                duration=duration_label(record.get("duration_days"), lang == "zh") or record.get("duration"),
                severity=record.get("severity"),
                symptoms=[Finding(code=c, en=kb.symptom_name(c, "en"), zh=kb.symptom_name(c, "zh")) for c in sorted(present)],
                pertinent_negatives=[Finding(code=c, en=kb.symptom_name(c, "en"), zh=kb.symptom_name(c, "zh"))
                                     for c in findings["absent"]],
                history=record.get("history"), medications=record.get("medications"),
                allergies=record.get("allergies"), red_flags=result["red_flags"], urgency=decision.urgency,
                cn_triage_level=result["cn_triage_level"]["zh" if lang == "zh" else "en"],
                urgency_reasons=[r["zh" if lang == "zh" else "en"] for r in result["reasons"]],
                department=decision.department, specialty=decision.specialty,
                questions_not_asked=[] if oneshot else [
                    s for s in ("medications", "allergies", "history") if record.get(s) is None],
                sources=[s["citation"] for s in result["sources"]],
                review_status="pending" if needs_review else "not_required",
            )
            record["complete"] = True
            record["summary"] = summary.model_dump(mode="json")
            result["summary"] = record["summary"]
            outcome: Outcome = {"agent": self.name, "kind": "answer",
                                "text": render_answer(result, lang, needs_review, steps_given),
                                "needs_review": needs_review, "result": result,
                                "sources": [s["citation"] for s in result["sources"]]}
            return {"triage": record, "patient": patient, "outcome": outcome, "events": events,
                    "active_agent": None}

        builder = StateGraph(HospitalState, context_schema=HospitalContext)
        builder.add_node("interview", interview)
        builder.add_edge(START, "interview")
        builder.add_edge("interview", END)
        return builder.compile(name=self.name)


plugin = TriageAgent()
