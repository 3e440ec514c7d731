"""Pregnancy and postpartum bleeding phrasings (2026-12-05): heavy bleeding said inside the words for where it comes
from, postpartum haemorrhage told by its size, and one-sided pain in early pregnancy; with the near-misses that must
not change."""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import symptom_matches
from tests.triage_screen import current_codes, decide


# (1) RCOG GTG63 / NHS Vaginal bleeding in pregnancy, Placental abruption: heavy bleeding with tummy pain in later
# pregnancy is a 999 call. The amount stands beside the site that says it.
@pytest.mark.parametrize("text", [
    "怀孕35周，突然下面出了好多血，肚子一直疼",
    "怀孕34周，下面流血不止，卫生巾一会儿就湿透了，肚子疼",
    "怀孕33周，血块有拳头那么大，肚子疼",
    "怀孕36周，一小时湿透一片卫生巾，肚子一阵阵疼",
    "I'm 36 weeks pregnant, bleeding a lot down below and my tummy hurts",
    "32 weeks pregnant, blood gushing from down there and constant tummy pain",
    "30 weeks pregnant, soaking through a pad in an hour, stomach pain",
    "33 weeks pregnant, passing clots the size of a fist and bad tummy pain",
])
def test_heavy_bleeding_with_pain_in_later_pregnancy_calls_an_ambulance(text: str) -> None:
    assert "heavy_bleeding" in current_codes(text)
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and "late_pregnancy_heavy_bleeding_with_pain" in rules


@pytest.mark.parametrize("text", ["下面出了好多血", "下面流血不止"])
def test_the_site_and_the_amount_are_both_read(text: str) -> None:
    assert {"vaginal_bleeding", "heavy_bleeding"} <= current_codes(text)


def test_a_site_reading_alone_is_not_doubled() -> None:
    found = [m.code for m in symptom_matches("下面出了点血")]
    assert found.count("vaginal_bleeding") == 1 and "heavy_bleeding" not in found


@pytest.mark.parametrize("text", [
    "怀孕35周，内裤上一点点血丝，肚子不疼",
    "33 weeks pregnant, a tiny bit of spotting, no pain",
    "怀孕8周，有一点点见红，不疼",
    "I'm 6 weeks pregnant, a little light bleeding, no pain",
])
def test_spotting_or_light_bleeding_without_pain_is_no_ambulance(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)
    assert decide(text, age=30)[0] != "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "没怀孕，这次月经量特别多，下面出了好多血",
    "I'm not pregnant, my period is really heavy, bleeding a lot down below",
    "月经来了十天了，流血不止",
])
def test_a_heavy_period_outside_pregnancy_stays_with_the_heavy_periods_rules(text: str) -> None:
    # NHS Heavy periods: a GP, not an ambulance (bleeding_with_shock still calls one with faintness)
    assert decide(text, age=30)[0] in {"routine", "urgent"}


def test_a_heavy_period_with_faintness_still_calls_an_ambulance() -> None:
    assert decide("月经量特别多，下面出了好多血，头晕眼花要晕倒", age=30)[0] == "emergency_ambulance"


# (2) RCOG GTG52 (postpartum haemorrhage), NHS Your post-pregnancy body: heavy bleeding or large clots after a birth
@pytest.mark.parametrize("text", [
    "since the birth 4 days ago I'm soaking a pad every half hour",
    "had my baby 5 days ago and I'm passing clots the size of a fist",
    "had my baby 5 days ago and the bleeding is heavier than a period, passing clots the size of a fist",
    "生完孩子一周了，下面出血，血块有拳头那么大",
    "生完孩子5天，一小时湿透一片卫生巾",
    "生完孩子一周，出血比月经还多，有很大的血块",
])
def test_heavy_bleeding_after_a_birth_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency in {"emergency", "emergency_ambulance"} and "postpartum_heavy_bleeding" in rules


@pytest.mark.parametrize("text", [
    "gave birth 2 weeks ago, the bleeding is getting lighter and pinkish brown, no clots",
    "生完孩子两周了，恶露越来越少，颜色变淡，没有血块",
])
def test_lochia_settling_after_a_birth_is_no_emergency(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency in {"self_care", "routine"} and "postpartum_heavy_bleeding" not in rules


# (3) NHS Ectopic pregnancy: pain low down on one side in early pregnancy with dizziness or fainting: 999 / A&E
@pytest.mark.parametrize("text", [
    "5 wks pregnant bad pain right side and dizzy",
    "6 weeks pregnant, right-sided pain and feel faint",
    "7 weeks pregnant, pain low down on one side, dizzy",
    "6 weeks pregnant, pain on my right side, dizzy",
    "怀孕6周，右边小肚子疼，头晕",
    "怀孕5周，一侧下腹疼，头晕",
])
def test_one_sided_pain_in_early_pregnancy_with_dizziness_is_a_possible_ectopic(text: str) -> None:
    assert "abdominal_pain" in current_codes(text)
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and "pregnancy_pain_or_bleeding_with_faintness" in rules


@pytest.mark.parametrize("text", [
    "6 weeks pregnant, pain on the right side of my head and dizzy",
    "6 weeks pregnant, pain right side of my head, dizzy",
    "6 weeks pregnant, pain on the side of my neck, dizzy",
    "6 weeks pregnant, neck pain right side, dizzy",
    "6 weeks pregnant, headache right side, dizzy",
    "6 weeks pregnant, had a kidney stone last year, pain in my right side flank again, dizzy",
    "怀孕6周，头右边疼，头晕",
    "怀孕6周，脖子右边疼，头晕",
])
def test_a_side_of_the_head_neck_or_flank_is_not_tummy_pain(text: str) -> None:
    assert "abdominal_pain" not in current_codes(text)
    assert "pregnancy_pain_or_bleeding_with_faintness" not in decide(text, age=30)[1]


def test_someone_elses_bleeding_is_not_the_writers() -> None:
    text = "my sister had heavy bleeding after her birth last year, I'm 6 weeks pregnant and feel fine"
    assert "heavy_bleeding" not in current_codes(text)
    assert decide(text, age=30)[0] in {"self_care", "routine"}
