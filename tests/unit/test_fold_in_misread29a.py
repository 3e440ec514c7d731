"""misread29a: known misreadings from earlier blind sets, each read as a family, with the near misses that must not change.

(1) an arm that cannot be lifted right after a fall or a knock, no pain word said; (2) an arm or shoulder hard to lift for
weeks or months; (3) stridor said in lay words."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# (1) An arm that cannot be lifted or raised right after a fall or a knock is the injured arm (limb_not_used: NHS Broken
# arm or wrist, NHS Dislocated shoulder, NHS Broken collarbone), not the one-sided weakness of a stroke, even with no
# pain word. One-sided weakness with no injury, or with face droop, speech trouble or a sudden word, stays the stroke sign.
@pytest.mark.parametrize("text", [
    "摔倒了，左胳膊抬不起来",
    "在楼梯上跌了一跤，右手臂抬不起来了",
    "tripped on the stairs and now he can't lift his left arm",
    "got knocked over playing rugby and I can't raise my right arm",
    "Dad fell in the garden and landed on his shoulder, now he can't raise it",
])
def test_an_arm_that_cannot_be_lifted_after_a_fall_is_the_injured_arm(text: str) -> None:
    codes = current_codes(text)
    assert "one_sided_weakness" not in codes
    assert "limb_not_used" in codes
    urgency, rules = decide(text, age=70)
    assert urgency == "urgent" and "stroke_signs" not in rules


@pytest.mark.parametrize("text", [
    "fell over and now she can't lift her right arm and her face is drooping",
    "摔了一跤，右胳膊抬不起来，说话也含糊不清",
    "she can't lift her left arm, started 20 minutes ago, she hasn't fallen",
    "右手突然抬不起来了",
])
def test_arm_weakness_with_a_stroke_sign_or_no_injury_stays_a_stroke_sign(text: str) -> None:
    urgency, rules = decide(text, age=70)
    assert urgency == "emergency_ambulance" and "stroke_signs" in rules


@pytest.mark.parametrize("text", ["I can't lift my leg after the fall", "摔了一跤，右腿抬不起来"])
def test_a_leg_after_a_fall_with_no_pain_word_is_unchanged(text: str) -> None:
    # the leg keeps the misread27 reading: no pain word and no changed shape, the stroke sign stays (a stroke can make someone fall)
    assert "limb_not_used" not in current_codes(text) or "one_sided_weakness" in current_codes(text)


# (2) An arm or shoulder stiff, sore or hard to lift for two weeks or more is a long-standing shoulder problem (NHS
# Shoulder pain, NHS Frozen shoulder: see a GP), not the sudden weakness of a stroke, with or without an old fall.
@pytest.mark.parametrize("text", [
    "I hurt my shoulder tripping on a kerb six weeks ago and I still can't lift my arm above my head",
    "my shoulder's been stiff for 3 months, I can't lift my arm to brush my hair",
    "right shoulder has ached for about two months, can't raise my arm properly any more",
    "fell on my shoulder a month ago, still can't lift my left arm, it hurts at night",
])
def test_an_arm_hard_to_lift_for_weeks_or_months_is_a_shoulder_problem(text: str) -> None:
    assert "one_sided_weakness" not in current_codes(text)
    urgency, rules = decide(text, age=61)
    assert urgency == "routine" and "stroke_signs" not in rules


@pytest.mark.parametrize("text", [
    "my shoulder has been stiff for two months and this morning my face drooped and I can't lift my arm",
    "shoulder has been sore for 3 weeks, but today I suddenly can't lift my right arm",
    "my left arm has been weak for 3 weeks, can't lift it",
])
def test_a_sudden_or_stroke_weakness_beside_an_old_shoulder_stays_a_stroke_sign(text: str) -> None:
    urgency, rules = decide(text, age=70)
    assert urgency == "emergency_ambulance" and "stroke_signs" in rules


def test_a_fresh_fall_on_the_shoulder_is_not_read_as_long_standing() -> None:
    urgency, rules = decide("fell on my shoulder an hour ago, can't lift my arm", age=70)
    assert urgency == "urgent" and "injured_limb_not_used" in rules


# (3) Stridor said in lay words: a noise breathing IN (NHS Croup: a rasping sound breathing in, urgent GP or 111; NHS
# Healthier Together Croup: only when upset -> a doctor today, all of the time even when not upset -> A&E or 999).
@pytest.mark.parametrize("text", [
    "my 2 year old makes a crowing sound when she breathes in, barking cough",
    "there's a high pitched squeak as he breathes in",
    "宝宝吸气的时候嗓子里有哨音",
    "孩子喉鸣，咳嗽像小狗叫",
    "女儿吸气带哨音，声音哑了",
])
def test_a_noise_breathing_in_is_stridor_and_urgent(text: str) -> None:
    assert "stridor" in current_codes(text)
    urgency, rules = decide(text, age=2)
    assert urgency == "urgent" and "stridor" in rules


@pytest.mark.parametrize("text", [
    "安安静静躺着吸气也有响声，咳嗽像狗叫",
    "不哭不闹的时候吸气也有哨音",
    "a squeaky noise when he breathes in, even when hes calm",
])
def test_stridor_at_rest_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=2)
    assert urgency == "emergency_ambulance" and "severe_breathing_difficulty" in rules


@pytest.mark.parametrize("text", [
    "whistling noise when she breathes out",
    "没有喉鸣",
    "there's no noise when he breathes in",
    "安静的时候吸气没有响声",
    "my nose whistles when I breathe in",
    "吸气的时候胸口疼",
    "I breathe in and hear a high pitched ringing in my ears",
])
def test_a_breath_out_a_denied_noise_a_nose_or_a_pain_breathing_in_is_not_stridor(text: str) -> None:
    assert "stridor" not in current_codes(text)


def test_stridor_only_when_upset_stays_the_upset_reading() -> None:
    urgency, rules = decide("a squeaky noise when she breathes in but only when she's crying", age=2)
    assert urgency == "urgent" and "stridor_when_upset" in rules


def test_stridor_with_an_allergy_is_anaphylaxis() -> None:
    urgency, rules = decide("ate peanuts, lips swollen, covered in hives, a rasping noise when he breathes in", age=7)
    assert urgency == "emergency_ambulance" and "anaphylaxis" in rules
