"""misread34: five safety gaps, each closed on a public source, with the benign look-alikes that must not change:
(1) a child's age in years said in the text against a parent's age in the field, (2) constipation on clozapine,
(3) hypothermia after cold exposure, (4) a stated allergy read as an exposure, (5) no urine with no urge read as retention.

Every case goes through `carebridge triage --json` (the age field as a parent types it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from carebridge.cli import app
from carebridge.tools.triage_engine import screen_message

runner = CliRunner()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("misread34") / "data"


def cli(data_dir: Path, text: str, age: int, sex: str = "F") -> dict[str, Any]:
    r = runner.invoke(app, ["--data-dir", str(data_dir), "triage", text, "--age", str(age), "--sex", sex, "--json"])
    assert r.exit_code == 0, r.output
    out: dict[str, Any] = json.loads(r.stdout)
    return out


def reasons(out: dict[str, Any]) -> set[str]:
    return {r["id"] for r in out["reasons"]}


def flags(out: dict[str, Any]) -> set[str]:
    return {f["id"] for f in out["red_flags"]}


# (1) NICE NG143: in a child under 5, a fever lasting 5 days or longer is amber (and Kawasaki disease is to be thought of
# in every such child, whatever other features are present: the amber rule child_fever_5_days covers it). The child's
# age the text gives its patient is read beside the parent's age in the field; it only ever raises the urgency.
@pytest.mark.parametrize("text", [
    "my 3 year old has had a fever of 39.5 for 6 days and a rash, red eyes and cracked lips",
    "my 4-year-old daughter has had a fever for 5 days",
    "孩子4岁了，发烧5天了",
    "儿子两岁半，发烧5天了",
])
def test_a_childs_fever_of_5_days_said_in_the_text_is_amber_and_goes_to_paediatrics(data_dir: Path, text: str) -> None:
    out = cli(data_dir, text, 35)
    assert out["urgency"] == "urgent" and "child_fever_5_days" in reasons(out)
    assert out["department"]["group_zh"] == "儿科"


@pytest.mark.parametrize("text", ["my 3 year old has a runny nose and a cough", "我家3岁的孩子流鼻涕两天了"])
def test_a_child_said_in_the_text_is_routed_to_paediatrics_at_the_same_urgency(data_dir: Path, text: str) -> None:
    out = cli(data_dir, text, 35)
    assert out["urgency"] == "self_care" and out["department"]["group_zh"] == "儿科"


def test_when_the_writer_is_ill_too_the_childs_age_still_raises_the_urgency(data_dir: Path) -> None:
    out = cli(data_dir, "I'm 35, my 3 year old has a fever for 6 days and now I have one too", 35)
    assert out["urgency"] == "urgent" and "child_fever_5_days" in reasons(out)


def test_the_safety_screen_reads_the_childs_age_too() -> None:
    # a red flag the child's age raises is screened beside the stated age's (none is taken away)
    _, now, _ = screen_message("my 3 year old has had a fever of 39.5 for 6 days", [], {"age_years": 35, "sex": "F"}, None, [])
    assert all(f["urgency"] != "self_care" for f in now)


# look-alikes: who the patient is stays the writer's, or there is no child's age at all
def test_the_writer_ill_too_with_the_same_cold_keeps_the_adults_reading(data_dir: Path) -> None:
    out = cli(data_dir, "I'm 35, my 3 year old has a cold and now I have one too", 35)
    assert out["urgency"] == "self_care" and out["department"]["group_zh"] != "儿科"


@pytest.mark.parametrize(("text", "urgency"), [
    ("a 3 year old boy bit me on the hand, it's bleeding a bit", "urgent"),
    ("we've had the car 3 years and now my back hurts when I drive", "routine"),
])
def test_someone_elses_child_or_a_span_of_years_is_not_the_patients_age(data_dir: Path, text: str, urgency: str) -> None:
    out = cli(data_dir, text, 35, "M")
    assert out["urgency"] == urgency and out["department"]["group_zh"] != "儿科"


@pytest.mark.parametrize(("text", "years"), [
    ("my 3 year old has had a fever", 3.0), ("my 4-year-old daughter has a rash", 4.0), ("我家3岁的孩子发烧", 3.0),
    ("孩子4岁了，发烧5天了", 4.0), ("儿子两岁半，发烧", 2.5), ("a 3 year old boy bit me", None),
    ("we've had the car 3 years", None), ("被一个3岁的小孩咬了", None), ("儿子25岁了，发烧", None), ("my 6 week old has a fever", None),
])
def test_the_childs_age_reader(text: str, years: float | None) -> None:
    from carebridge.tools.slots import parse_patient_child_age_years  # imported here: new in misread34

    assert parse_patient_child_age_years(text) == years


# (2) MHRA Drug Safety Update (October 2017), clozapine: potentially fatal intestinal obstruction, faecal impaction and
# paralytic ileus; patients report constipation immediately.
@pytest.mark.parametrize("text", [
    "my son is on clozapine. he hasn't opened his bowels for 5 days now and his tummy is swollen and sore, he feels sick",
    "儿子在吃氯氮平，已经5天没大便了，肚子胀痛，想吐",
])
def test_constipation_on_clozapine_is_urgent(data_dir: Path, text: str) -> None:
    out = cli(data_dir, text, 28, "M")
    assert out["urgency"] == "urgent" and "constipation_on_clozapine" in reasons(out)


@pytest.mark.parametrize("text", [
    "I've been constipated for 5 days, tummy a bit bloated",
    "my son is on olanzapine and constipated for 4 days",
    "I take clozapine, no problems with my bowels, just a headache",
])
def test_other_constipation_or_clozapine_without_it_stays_as_it_was(data_dir: Path, text: str) -> None:
    out = cli(data_dir, text, 40)
    assert out["urgency"] == "self_care" and "constipation_on_clozapine" not in reasons(out)


# (3) NHS Hypothermia: after cold exposure, slurred speech, slow breathing, tiredness or confusion: call 999.
@pytest.mark.parametrize("text", [
    "我哥昨晚喝多了在马路边睡了一夜…零下好几度。浑身冰凉，一开始一直打哆嗦后来也不抖了，说话含含糊糊，反应特别慢",
    "found my mum on the kitchen floor this morning, she'd been there all night, she's freezing cold and confused",
])
def test_cold_exposure_with_the_signs_is_the_hypothermia_red_flag(data_dir: Path, text: str) -> None:
    out = cli(data_dir, text, 40, "M")
    assert out["urgency"] == "emergency_ambulance" and "hypothermia_signs" in flags(out)


@pytest.mark.parametrize("text", ["I feel cold and shivery with flu", "手脚冰凉，冬天一直这样", "喝多了在马路边睡了一会儿，夏天，头疼"])
def test_feeling_cold_without_exposure_is_no_hypothermia(data_dir: Path, text: str) -> None:
    out = cli(data_dir, text, 40)
    assert "hypothermia_signs" not in flags(out) and out["urgency"] in ("self_care", "routine")


# (4) A stated allergy is history (NICE CG183: recorded for the prescriber), not an exposure: alone it raises nothing.
@pytest.mark.parametrize("text", ["I'm allergic to penicillin, I have asthma and I'm a bit wheezy today", "我对青霉素过敏，有哮喘，今天有点喘"])
def test_a_stated_allergy_with_asthma_wheeze_is_not_anaphylaxis(data_dir: Path, text: str) -> None:
    out = cli(data_dir, text, 30)
    assert "anaphylaxis" not in flags(out) and out["urgency"] == "urgent"


@pytest.mark.parametrize("text", ["I'm allergic to penicillin, I have a sore throat for 2 days", "我对青霉素过敏，这两天嗓子疼"])
def test_a_stated_allergy_beside_a_sore_throat_is_the_sore_throat(data_dir: Path, text: str) -> None:
    out = cli(data_dir, text, 30)
    assert out["urgency"] == "self_care" and "sore_throat_simple" in reasons(out)


@pytest.mark.parametrize("text", [
    "I'm allergic to nuts and think I ate some, throat feels like it's narrowing",
    "我对坚果过敏，好像吃到了，感觉喉咙越来越窄",
    "I'm allergic to penicillin, took amoxicillin an hour ago and now my lips are swelling and I can't breathe",
])
def test_an_exposure_said_beside_the_allergy_stays_anaphylaxis(data_dir: Path, text: str) -> None:
    out = cli(data_dir, text, 30)
    assert out["urgency"] == "emergency_ambulance" and "anaphylaxis" in flags(out)


# (5) Retention is an urge that cannot be relieved (NHS Urinary retention); no urine with no urge is reduced output
# (NHS Dehydration: peeing little; UK Sepsis Trust / NHS Sepsis: no pee all day): urgent, not the retention emergency.
def test_no_pee_with_no_urge_is_reduced_output_not_retention(data_dir: Path) -> None:
    out = cli(data_dir, "haven't peed since yesterday morning, no urge to go", 60, "M")
    assert out["urgency"] == "urgent" and "dehydration" in reasons(out) and "urinary_retention" not in flags(out)


@pytest.mark.parametrize("text", [
    "haven't peed since last night and I'm desperate to go, it hurts",
    "haven't peed since last night, keep trying to go but nothing",
    "haven't peed since yesterday, my lower tummy is swollen and painful",
    "can't pee at all since last night, desperate to go",
    "从昨晚到现在一滴尿都没尿出来，小肚子胀得疼，憋得慌",
    "尿不出来，憋得慌",
])
def test_retention_with_the_urge_or_a_full_bladder_stays_an_emergency(data_dir: Path, text: str) -> None:
    out = cli(data_dir, text, 70, "M")
    assert out["urgency"] == "emergency" and "urinary_retention" in flags(out)


def test_no_pee_all_day_with_a_fever_and_fast_breathing_is_sepsis(data_dir: Path) -> None:
    out = cli(data_dir, "haven't peed all day, fever, and I'm breathing like I've run a race", 30)
    assert "sepsis_signs" in flags(out) and "urinary_retention" not in flags(out)
