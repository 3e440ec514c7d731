from __future__ import annotations

import pytest
from pydantic import ValidationError

from carebridge.tools.knowledge import Knowledge, KnowledgeError, load_knowledge
from carebridge.tools.triage_engine import (
    Findings,
    PatientFacts,
    extract_findings,
    raise_urgency,
    route_department,
    triage,
)


def run(text: str, **facts: object):
    f = extract_findings(text)
    pf = PatientFacts(age_years=facts.get("age", f.age_years), sex=facts.get("sex"),  # type: ignore[arg-type]
                      age_months=f.age_months, pregnant=facts.get("pregnant", f.pregnant),  # type: ignore[arg-type]
                      severity=f.severity, duration_days=facts.get("days"))  # type: ignore[arg-type]
    return triage(f, pf)


@pytest.mark.parametrize(("rules", "suggested", "expected"), [
    ("emergency", "self_care", "emergency"),
    ("routine", "urgent", "urgent"),
    ("self_care", "emergency_ambulance", "emergency_ambulance"),
    ("urgent", None, "urgent"),
    ("urgent", "very bad", "urgent"),
])
def test_model_may_raise_but_never_lower(rules: str, suggested: str | None, expected: str) -> None:
    assert raise_urgency(rules, suggested) == expected  # type: ignore[arg-type]


def test_cold_is_self_care_for_a_healthy_adult_but_not_at_70_or_after_3_weeks() -> None:
    assert run("runny nose and sore throat", age=30).urgency == "self_care"
    assert run("runny nose and sore throat", age=70).urgency == "routine"
    assert run("runny nose and sore throat", age=30, days=21).urgency == "routine"


def test_fever_at_70_is_urgent() -> None:
    assert run("I have a fever and a cough", age=70).urgency == "urgent"


def test_headache_alone_is_simple_headache_not_a_cold() -> None:
    d = run("I have a headache", age=30, days=1)
    assert d.urgency == "self_care" and [r.id for r in d.reasons] == ["simple_headache"]


def test_routine_default_says_why() -> None:
    d = run("my knee hurts", age=40)
    assert d.urgency == "routine" and d.reasons[0].id == "no_specific_rule"
    assert run("hello there", age=40).reasons[0].id == "nothing_recognised"


def test_department_group_and_children() -> None:
    adult = run("burning when I pee", age=30, sex="F")
    assert adult.department.group_zh == "外科" and adult.department.zh == "泌尿外科"
    child = run("my son has a cough and fever", age=4)
    assert child.department.zh == "儿科"
    # A child's eye, skin or tooth complaint goes to 儿科 first ("children go to 儿科");
    # the same complaint in an adult goes to the specialty.
    assert run("red itchy eyes", age=6).department.zh == "儿科"
    assert run("red itchy eyes", age=30).department.zh == "眼科"
    assert run("my daughter has a toothache", age=7).department.zh == "儿科"
    assert run("孩子脸上起了好多红疹子，痒", age=5).department.zh == "儿科"
    # Injuries go straight to the department that treats them, as surgical ones go to 小儿外科.
    child_injury = run("he sprained his ankle", age=9)
    assert child_injury.department.zh == "小儿外科" and child_injury.department.group_zh == "外科"
    assert run("my son got poked in the eye with a stick, it's red and watering", age=6).department.zh == "眼科"
    assert run("孩子摔了一跤门牙磕断了一半", age=8).department.zh == "口腔科"


def test_child_injury_keeps_must_name_known_findings() -> None:
    data = load_knowledge().model_dump()
    data["departments"]["child_injury_keeps"] = ["eye_injury", "no_such_finding"]
    with pytest.raises(ValidationError, match="child_injury_keeps: unknown symptom 'no_such_finding'"):
        Knowledge.model_validate(data)


def test_emergency_goes_to_the_emergency_department_with_the_specialty_kept() -> None:
    d = run("crushing chest pain and sweating", age=60)
    assert d.urgency == "emergency_ambulance"
    assert d.department.zh == "急诊医学科" and d.specialty is not None and d.specialty.zh == "心血管内科"


def test_pregnant_abdominal_pain_goes_to_obstetrics() -> None:
    dept, _ = route_department(["abdominal_pain"], PatientFacts(age_years=28, sex="F", pregnant=True), "urgent")
    assert dept.zh == "产科"


def test_unknown_input_gets_unknown_department() -> None:
    d = triage(Findings(), PatientFacts(age_years=30))
    assert d.department.code == "unknown"


def test_infant_fever_uses_months_from_text_and_not_pregnancy_weeks() -> None:
    assert run("my 6-week-old has a fever").urgency == "emergency"
    assert run("I'm 20 weeks pregnant and have a fever", age=30, sex="F").urgency == "urgent"


def test_knowledge_rejects_an_unknown_source() -> None:
    kb = load_knowledge()
    data = kb.model_dump()
    data["red_flags"][0]["sources"] = ["made-up-guideline"]
    with pytest.raises((KnowledgeError, ValidationError), match="unknown source"):
        Knowledge.model_validate(data)


def test_knowledge_rejects_a_rule_id_used_twice() -> None:
    data = load_knowledge().model_dump()
    data["urgent"].append(dict(data["urgent"][0]))
    with pytest.raises((KnowledgeError, ValidationError), match="is used 2 times"):
        Knowledge.model_validate(data)


def test_knowledge_rejects_an_unknown_symptom_code() -> None:
    data = load_knowledge().model_dump()
    data["urgent"][0]["when"]["all_of"] = [["not_a_symptom"]]
    with pytest.raises((KnowledgeError, ValidationError), match="unknown symptom"):
        Knowledge.model_validate(data)


def test_a_stated_adult_age_wins_over_a_babys_age_in_the_text() -> None:
    # a breastfeeding mother with mastitis is not a febrile newborn
    from carebridge.tools.triage_engine import patient_facts
    text = "生完孩子一个多月在喂奶，左边乳房红肿发硬，今天发烧38度3"
    found = extract_findings(text)
    assert patient_facts({"age_years": 30, "sex": "F"}, {}, found).age_months is None
    assert patient_facts({}, {}, found).age_months == 1.0  # no stated age: the text's age is all there is
    assert triage(found, patient_facts({"age_years": 30, "sex": "F"}, {}, found)).urgency != "emergency"


@pytest.mark.parametrize(("text", "months"), [
    ("baby not even 3 months yet (11 wks), temp 38.6", 2.53),
    ("宝宝还不到三个月", 2.9),
    ("出生才九天", 0.3),
    ("儿子上个月2号出生的", 1.5),
])
def test_infant_ages_said_other_ways(text: str, months: float) -> None:
    from carebridge.tools.slots import parse_infant_age_months
    assert parse_infant_age_months(text) == months


@pytest.mark.parametrize(("text", "weeks"), [("怀二胎三十周了", 30), ("I'm 28 weeks pregnant", 28), ("pregnant, bleeding, 16 weeks", 16), ("孕34週", 34)])
def test_gestation_said_other_ways(text: str, weeks: float) -> None:
    from carebridge.tools.slots import parse_gestation_weeks
    assert parse_gestation_weeks(text) == weeks
