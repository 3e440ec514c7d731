"""The triage model is offered only the codes that could raise a message's urgency.

Listing all ~500 symptom codes made the triage.extract prompt 2.4k tokens (bench/prompt_budget.py),
most of them codes that could not change the answer: a model may only raise an urgency, and only
through a rule. `candidate_codes` offers, per message, each code that would complete a red flag or
urgent rule above the lexicon's level. These tests hold it to that contract both ways: everything
offered can complete such a rule, and no single code that would raise the urgency to urgent or
above is left out (checked exhaustively over every code on real patient messages).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carebridge.agents.triage.extraction import candidate_codes, extract_codes_line, extraction_schema
from carebridge.tools.knowledge import load_knowledge
from carebridge.tools.triage_engine import PatientFacts, decide_urgency, extract_findings, rank, read_for_age

BENCH = Path(__file__).resolve().parents[2] / "bench"
KB = load_knowledge()
PROPOSABLE = [c for c, s in KB.symptoms.items() if not s.modifier]


def _messages(n_per_set: int = 6) -> list[dict]:
    cases = []
    for path in sorted(BENCH.glob("triage_vignettes_blind*.jsonl"))[::7]:
        lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        cases += lines[:: max(1, len(lines) // n_per_set)][:n_per_set]
    return cases


MESSAGES = _messages()


def _state(case: dict) -> tuple[set[str], PatientFacts, str]:
    present = set(extract_findings(case["text"]).present)
    facts = PatientFacts(age_years=case.get("age"), sex=case.get("sex"))
    return present, facts, decide_urgency(present, facts, KB)[0]


# The model is not asked at the top urgency (it may only raise), so only the other messages are checked.
ASKED = [c for c in MESSAGES if _state(c)[2] != "emergency_ambulance"]


def test_the_list_is_a_fraction_of_the_codes_and_the_schema_follows_it() -> None:
    offered = candidate_codes(KB, set(), PatientFacts(), "self_care")
    assert 0 < len(offered) < len(PROPOSABLE) / 2
    schema = extraction_schema(KB, offered)
    allowed = set(schema.model_json_schema()["$defs"]["CitedSymptom"]["properties"]["code"]["enum"])
    assert allowed == set(offered)
    assert extract_codes_line(offered).startswith("Allowed symptom codes for this message: ")
    assert set(extraction_schema(KB).model_json_schema()["$defs"]["CitedSymptom"]["properties"]["code"]["enum"]) \
        == set(PROPOSABLE)


def test_chest_pain_offers_what_would_make_it_an_emergency() -> None:
    present = set(extract_findings("I have chest pain").present)
    facts = PatientFacts(age_years=60, sex="M")
    urgency = decide_urgency(present, facts, KB)[0]
    offered = set(candidate_codes(KB, present, facts, urgency))
    raising = {c for c in offered if rank(decide_urgency(present | {c}, facts, KB)[0]) > rank(urgency)}
    assert raising and rank(max((decide_urgency(present | {c}, facts, KB)[0] for c in raising), key=rank)) \
        >= rank("emergency")
    assert "sweating" in offered or "dyspnea" in offered


def test_at_the_top_level_nothing_is_offered() -> None:
    assert candidate_codes(KB, {"chest_pain"}, PatientFacts(age_years=60), "emergency_ambulance") == ()


def test_limits_the_patient_already_fails_drop_a_rules_codes() -> None:
    # Rules only for women, for children or for older people offer nothing a 40-year-old man could complete.
    man = PatientFacts(age_years=40, sex="M")
    woman = set(candidate_codes(KB, set(), PatientFacts(age_years=40, sex="F"), "self_care"))
    baby = set(candidate_codes(KB, set(), PatientFacts(age_years=0.5, sex="M"), "self_care"))
    dropped = (woman | baby) - set(candidate_codes(KB, set(), man, "self_care"))
    assert baby - woman and dropped  # the premise: a baby's rules offer codes no adult's do

    def man_fails(cond) -> bool:
        return cond.sex == "F" or (cond.max_age_years is not None and cond.max_age_years <= 40) \
            or (cond.min_age_years is not None and cond.min_age_years > 40) or cond.max_age_months is not None

    for code in dropped:
        completing = [r for r in (*KB.red_flags, *KB.urgent) if len(r.when.all_of) == 1 and code in r.when.all_of[0]]
        assert completing and all(man_fails(r.when) for r in completing), code


@pytest.mark.parametrize("case", ASKED, ids=[c["id"] for c in ASKED])
def test_no_code_that_would_raise_the_urgency_to_urgent_is_left_out(case: dict) -> None:
    present, facts, urgency = _state(case)
    offered = set(candidate_codes(KB, present, facts, urgency))
    missed = []
    for code in PROPOSABLE:
        if code in present:
            continue
        raised = decide_urgency(present | {code}, facts, KB)[0]
        if rank(raised) > rank(urgency) and rank(raised) >= rank("urgent") and code not in offered:
            missed.append((code, raised))
    assert not missed


@pytest.mark.parametrize("case", ASKED[::3], ids=[c["id"] for c in ASKED[::3]])
def test_everything_offered_completes_a_rule_above_the_level(case: dict) -> None:
    present, facts, urgency = _state(case)
    codes = read_for_age(present, facts, KB)
    rules = [(r, r.urgency) for r in KB.red_flags] + [(r, "urgent") for r in KB.urgent]
    for code in candidate_codes(KB, present, facts, urgency):
        assert any(rank(level) > rank(urgency) and all((codes | {code}) & set(g) for g in r.when.all_of)
                   for r, level in rules), code
