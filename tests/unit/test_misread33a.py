"""misread33a: four safety gaps found last time, each closed on a public source, with the benign look-alikes that must
not change: (1) a baby's age said in the text against a parent's age in the field, (2) alcohol and benzodiazepine
withdrawal, (3) a caesarean as the birth, (4) pills made ready read as intent only beside a suicidal context."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from carebridge.cli import app
from carebridge.tools.triage_engine import Findings, extract_findings, patient_facts, screen_message, triage
from tests.triage_screen import current_codes, fired, service_decide

runner = CliRunner()


def agent_decide(text: str, age: float | None, sex: str | None = None) -> tuple[str, set[str], str]:
    """Urgency, rule ids and department group the way the triage agent takes one message: what the message states fills
    what the patient did not (agents/triage `interview`, including the baby's age the text gives its patient)."""
    found = extract_findings(text)
    patient: dict[str, Any] = {"age_years": age, "sex": sex}
    for key in ("pregnant", "gestation_weeks", "age_months", "age_years", "patient_infant_months"):
        if patient.get(key) is None and getattr(found, key, None) is not None:
            patient[key] = getattr(found, key)
    if patient.get("age_years") is None and patient.get("age_months") is not None:
        patient["age_years"] = round(patient["age_months"] / 12, 2)
    decision = triage(Findings(present=found.present), patient_facts(patient, {}))
    return decision.urgency, {r.id for r in decision.reasons}, decision.department.group_zh


# (1) NICE NG143 (traffic lights): a baby under 3 months with a temperature of 38C or more is red; NHS High temperature
# (fever) in children: 3 to 6 months with 39C or more needs an urgent assessment. The age the text plainly gives its
# patient is read beside the parent's age typed in the age field, and wins only where it is more urgent.
@pytest.mark.parametrize("text", [
    "my 5 day old has a temperature of 38.2",
    "our 6 week old son has a fever of 38.1",
    "my baby is 7 weeks old and has a temperature of 38.3",
    "宝宝出生5天，发烧38度",
    "两个月大的宝宝发烧38.5度",
    "刚满月的宝宝发烧38.2",
])
@pytest.mark.parametrize("age", [30, 45])
def test_a_young_baby_said_in_the_text_with_a_fever_is_the_infant_fever_red_flag(text: str, age: int) -> None:
    urgency, rules, group = agent_decide(text, age, "F")
    assert urgency == "emergency" and "infant_fever" in rules and group == "急诊医学科"


def test_the_safety_screen_reads_the_babys_age_too() -> None:
    _, flags, _ = screen_message("my 5 day old has a temperature of 38.2", [], {"age_years": 30, "sex": "F"}, None, [])
    assert "infant_fever" in {f["id"] for f in flags}


def test_a_baby_of_3_to_6_months_with_39_is_urgent_for_the_parent_typing() -> None:
    urgency, rules, _ = agent_decide("宝宝5个月，发烧39.2度", 32, "F")
    assert urgency == "urgent" and "infant_3_6_months_fever" in rules


def test_the_cli_reads_the_babys_age_against_the_age_field(tmp_path: Path) -> None:
    r = runner.invoke(app, ["--data-dir", str(tmp_path / "data"), "triage", "my 5 day old has a temperature of 38.2",
                            "--age", "30", "--sex", "F", "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["urgency"] == "emergency" and "infant_fever" in {f["id"] for f in out["red_flags"]}


@pytest.mark.parametrize(("text", "expected"), [
    # the mother's own problem with her baby named: her age stays the patient's (NICE NG194; NHS Mastitis)
    ("breastfeeding my 6 week old, hot red painful patch on my left breast, temp 38.4", "urgent"),
    ("生完孩子一个多月在喂奶，左边乳房一块红肿发硬，摸着烫，今天发烧38度3", "urgent"),
    ("宝宝三个多月，我最近洗头梳头掉好多头发，一把一把的，还在喂奶", "routine"),
    # a child's age in years is not a baby's; the adult reading stands
    ("my 3 year old has a temperature of 38.2", "self_care"),
])
def test_a_baby_named_beside_someone_elses_problem_changes_nothing(text: str, expected: str) -> None:
    assert getattr(extract_findings(text), "patient_infant_months", None) is None
    assert agent_decide(text, 30, "F")[0] == expected


def test_a_text_age_never_lowers_the_urgency() -> None:
    # a 70-year-old's chest pain with a danger sign stays an ambulance whatever baby the message also names
    urgency, _, _ = agent_decide("my 3 week old grandson is here but I have crushing chest pain and I'm sweating", 70, "M")
    assert urgency == "emergency_ambulance"


# (2) NICE CG100 1.1.1.1; UK clinical guidelines for alcohol treatment (Annex 3); BNF Hypnotics and anxiolytics and NICE
# CKS Benzodiazepine and z-drug withdrawal: hallucinations, confusion or a fit after stopping alcohol or a benzodiazepine
# (delirium tremens, withdrawal seizures) are an emergency.
@pytest.mark.parametrize("text", [
    "stopped my diazepam suddenly after months, now shaking, sweating, can't sleep, seeing things",
    "came off my benzos cold turkey last week, now I keep seeing bugs crawling on the walls",
    "quit drinking 3 days ago after a bottle of vodka a day, now I'm seeing things that aren't there",
    "停了安定一个星期，现在手抖、出汗、睡不着，看到不存在的东西",
    "戒酒三天了，晚上看到墙上有好多虫子，手一直抖",
])
def test_hallucinations_after_stopping_alcohol_or_a_benzodiazepine_are_an_emergency(text: str) -> None:
    assert "withdrawal_hallucinations_confusion_or_fit" in fired(text)
    assert service_decide(text, 40, "M")[0] == "emergency"


# NICE CG100 1.1.1.1-1.1.1.4 (acute withdrawal is assessed for the risk of seizures and delirium tremens; a sudden
# reduction can bring severe withdrawal in dependent drinkers); Annex 3 (an urgent pharmacological response); NHS Alcohol
# misuse (hand tremors, sweating, anxiety, insomnia): shaking or sweating after stopping heavy drinking is urgent.
@pytest.mark.parametrize("text", [
    "stopped drinking 2 days ago after drinking heavily every day, shaking, sweating, anxious, heart racing",
    "quit the booze on monday, been drinking a bottle of wine a night for years, now I've got the shakes and can't sleep",
    "戒酒两天了，以前每天喝一斤白酒，现在手抖、出汗、心慌",
    "停酒三天，手一直抖，晚上睡不着",
])
def test_uncomplicated_alcohol_withdrawal_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 45, "M")
    assert urgency == "urgent" and "alcohol_withdrawal_symptoms" in rules


@pytest.mark.parametrize("text", [
    "stopped drinking coffee, now I have a headache and feel shaky",
    "my baby stopped drinking her bottle and is sweating",
    "我想戒酒，有什么办法",
    "戒酒一个月了，没有手抖，也没有幻觉，想问问还需要做什么检查",
    "stopped my diazepam slowly with my GP, no shaking, not seeing things",
])
def test_no_withdrawal_without_alcohol_stopped_or_its_signs(text: str) -> None:
    assert "withdrawal_hallucinations_confusion_or_fit" not in fired(text)
    assert "alcohol_withdrawal_symptoms" not in service_decide(text, 40, "F")[1]


# (3) NICE NG194 Postnatal care, NHS Caesarean section (recovery): a caesarean is the birth; a fever in the first two
# weeks after it is early_postnatal_fever (urgent).
@pytest.mark.parametrize("text", [
    "c-section 4 days ago, now fever 38.5",
    "had an emergency caesarean 6 days ago and now I have a temperature of 38.3",
    "4 days after my c-section, temp 38.4",
    "day 5 after my caesarean, feverish, 38.2",
    "剖宫产手术后第4天，发烧38.5度",
    "剖腹产完5天，发烧38.6",
])
def test_a_fever_in_the_first_two_weeks_after_a_caesarean_is_urgent(text: str) -> None:
    assert "early_postnatal" in current_codes(text)
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "urgent" and "early_postnatal_fever" in rules


@pytest.mark.parametrize("text", [
    "c-section 4 months ago, now a cold and a temperature of 38.5",
    "section of my report was due 4 days ago, stressed",
])
def test_a_caesarean_long_ago_or_another_section_is_no_early_postnatal_period(text: str) -> None:
    assert "early_postnatal" not in current_codes(text)


# (4) NICE NG225; NHS Help for suicidal thoughts: pills made ready are a sign of intent with suicidal thoughts, not alone
# or with an ordinary purpose.
@pytest.mark.parametrize("text", [
    "I've got the pills ready",
    "got my pills ready for the trip",
    "tablets all ready for tomorrow's flight",
    "药都准备好了，明天手术前要停哪个",
    "药都准备好了，出门旅游要带哪些",
    "药都准备好了，今晚就出发",
    "药都准备好了，等手术结束再吃",
    "I've got the pills ready, I've had enough of this cold",
])
def test_pills_made_ready_alone_or_for_an_ordinary_purpose_are_no_suicidal_intent(text: str) -> None:
    assert "suicidal" not in current_codes(text)
    assert "suicidal_intent" not in fired(text)


@pytest.mark.parametrize("text", [
    "I've got the pills ready, I don't want to be here anymore",
    "got my pills ready, I just want to end it",
    "pills are lined up, I can't go on",
    "the tablets are ready, I'm going to take them all tonight",
    "我不想活了，药都准备好了",
    "药都准备好了，想结束这一切",
    "真的撑不住了，药都准备好了，打算今晚就了结",
    "安眠药都藏好了",
])
def test_pills_made_ready_with_a_suicidal_context_stay_suicidal_intent(text: str) -> None:
    assert "suicidal_intent" in fired(text)
