"""The blind-23 triage round: each fix with other phrasings, in English and Chinese, and look-alikes
that must stay as they were. Every group fails without its change."""

from __future__ import annotations

import pytest

from carebridge.tools.dose_reread import paracetamol_daily_mg
from tests.triage_screen import current_codes, fired


# --- a count of paracetamol said before the drug and its interval after it (NHS Paracetamol for
# adults: never more than 8 x 500 mg in 24 hours, more than that needs A&E even when well)
@pytest.mark.parametrize("text", [
    "toothache, I've been taking 2 paracetamol every 3 hours or so, day and night",
    "two panadol every 2 hours since yesterday for my back",
    "扑热息痛两片每三小时吃一次，牙疼好几天了",
])
def test_a_dose_every_few_hours_written_around_the_drug_is_over_the_maximum(text: str) -> None:
    assert "paracetamol_over_max_dose" in fired(text)


@pytest.mark.parametrize("text", [
    "I take 2 paracetamol every 6 hours for my back",
    "对乙酰氨基酚两片每6小时一次",
])
def test_the_usual_dose_every_four_to_six_hours_is_not(text: str) -> None:
    assert "paracetamol_over_max_dose" not in fired(text)


def test_the_interval_is_read_with_the_drug_between() -> None:
    assert paracetamol_daily_mg("2 paracetamol every 3 hours") == 6000.0


# --- a limb with a bend in it after an injury (NHS Broken arm or wrist: an odd shape or angle -> A&E)
@pytest.mark.parametrize("text", [
    "she fell off the trampoline onto her hand and her wrist has a funny bend in it now",
    "came off my bike, my forearm has an odd kink",
    "孩子从蹦床上摔下来，手腕有个奇怪的弯",
])
def test_a_bend_in_a_limb_after_a_fall_is_a_deformed_limb(text: str) -> None:
    assert "deformed_limb_after_injury" in fired(text)


@pytest.mark.parametrize("text", ["I fell over yesterday and my wrist has a funny rash on it", "手腕没有奇怪的弯，只是摔了一下有点疼"])
def test_a_fall_without_a_bend_is_not(text: str) -> None:
    assert "deformed_limb_after_injury" not in fired(text)


# --- priapism (NHS Priapism: an erection lasting longer than 4 hours -> A&E)
@pytest.mark.parametrize("text", [
    "I took some erection pills about 5 hours ago and it still hasn't gone down, it's really painful",
    "I've had an erection for over 4 hours",
    "吃了伟哥5个小时了还是没软下去，很疼",
    "勃起已经超过4个小时了",
])
def test_an_erection_for_four_hours_or_more_is_priapism(text: str) -> None:
    assert "priapism" in fired(text)


@pytest.mark.parametrize("text", [
    "I took viagra 2 hours ago and it hasn't gone down",
    "took cialis 5 hours ago and it hasn't worked",
    "没有阴茎异常勃起，就是有点尿频",
])
def test_a_short_erection_or_pills_that_did_not_work_are_not(text: str) -> None:
    assert "priapism" not in fired(text)


# --- "food poisoning" is a stomach bug, not a poisoning or overdose
@pytest.mark.parametrize("text", ["he reckons it's food poisoning", "吃坏肚子了，可能是食物中毒"])
def test_food_poisoning_is_not_a_poisoning(text: str) -> None:
    assert "poisoning_overdose" not in fired(text)


@pytest.mark.parametrize("text", ["I think I've been poisoned", "他喝农药中毒了"])
def test_a_poisoning_still_is(text: str) -> None:
    assert "poisoning_overdose" in fired(text)


# --- a figure of speech: "hit by a bus (not literally)", "feel like I've been hit by a bus" (aching all over)
@pytest.mark.parametrize("text", [
    "Hit by a bus yesterday (not literally): fever 38.5, aching everywhere",
    "I feel like I've been hit by a bus, fever and aching",
    "浑身疼得像被车碾过一样，发烧",
])
def test_a_bus_as_a_figure_of_speech_is_no_trauma(text: str) -> None:
    assert "major_trauma" not in current_codes(text)
    assert "fever" in current_codes(text)


@pytest.mark.parametrize("text", ["my son was hit by a bus on the way to school", "他被车撞了", "他好像被车撞了"])
def test_a_real_collision_is_still_trauma(text: str) -> None:
    assert "major_trauma" in current_codes(text)
