"""The blind-29 and blind-30 triage round: four under-triaged emergencies, each fixed at its cause and
written other ways than the vignette, next to look-alikes that must stay as they were: an erection that
"won't go down" with the hours said after it (priapism); an animal bite on the face or head; a stated daily
total of paracetamol "more than 8 tablets' worth"; an injured ankle whose shape "looks wrong".
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes as _codes
from tests.triage_screen import decide as _decide
from tests.triage_screen import fired as _fired


# --- priapism, the hours said after "won't go down" (NHS Priapism: A&E after 4 hours)
@pytest.mark.parametrize("text", [
    "my erection still hasn't gone down, it's been about six hours",
    "an erection that will not go away, going on 5 hours now",
    "hard-on that won't go down for over 4 hours and it hurts",
])
def test_an_erection_that_has_not_gone_down_for_hours_is_priapism(text: str) -> None:
    assert "priapism" in _fired(text)
    assert _decide(text, 30)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "erection that won't go down for 20 minutes after sex, is that normal?",
    "erections that don't go away quickly, I've wondered about it for 5 years",
    "no erection that won't go down, I just slept 5 hours badly",
])
def test_a_short_or_denied_erection_is_not_priapism(text: str) -> None:
    assert "priapism" not in _fired(text)


# --- an animal bite on the face or head (NHS Animal and human bites: go to A&E)
@pytest.mark.parametrize("text", [
    "a stray dog bit my daughter on the cheek at the park",
    "I was bitten on the ear by our neighbour's cat",
    "猫咬了我的耳朵，出了一点血",
    "狗在孩子脸上咬了一口",
])
def test_an_animal_bite_on_the_face_or_head_goes_to_a_and_e(text: str) -> None:
    assert "bite_face_or_head" in _fired(text)
    assert _decide(text, 35)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "the dog bit my hand, my face is fine",
    "被狗咬了手，脸上没事",
    "小狗咬到我的头发了，没咬到皮",
    "the cat scratched my face",
    "mosquito bites all over my face",
    "狗没有咬到脸，只咬了裤腿",
])
def test_a_bite_elsewhere_a_scratch_or_an_insect_is_not(text: str) -> None:
    assert "bite_face_or_head" not in _fired(text)


# --- a stated daily total of paracetamol over the maximum (NHS Paracetamol for adults: A&E even when well)
@pytest.mark.parametrize("text", [
    "paracetamol plus cold and flu sachets, so I've had more than 8 tablets' worth a day",
    "been taking paracetamol and lemsip, probably over 10 tablets' worth a day, feel fine",
    "扑热息痛加上感冒冲剂，一天超过8片了",
])
def test_more_than_eight_tablets_a_day_is_over_the_maximum(text: str) -> None:
    assert "paracetamol_over_max" in _codes(text)
    assert _decide(text, 40)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "I take paracetamol for my back, no more than 8 tablets a day as the box says",
    "paracetamol, 8 tablets a day for 3 days for my toothache",
    "扑热息痛一天不超过8片",
    "扑热息痛一天没超过8片",
])
def test_up_to_eight_tablets_a_day_is_not(text: str) -> None:
    assert "paracetamol_over_max" not in _codes(text)


# --- an injured ankle that "looks" the wrong shape (NHS Broken leg / ankle: A&E for a deformed limb)
@pytest.mark.parametrize("text", [
    "崴了脚，脚踝肿得很高，形状看着都不对了",
    "摔了一跤，手腕肿了，形状看起来也变了",
])
def test_an_injured_limb_that_looks_the_wrong_shape_is_deformed(text: str) -> None:
    assert "deformed_limb_after_injury" in _fired(text)


@pytest.mark.parametrize("text", [
    "打球崴了脚，脚踝肿了，形状看起来没什么不对",
    "脚踝肿了，形状看着倒是没变",
])
def test_a_swollen_limb_of_normal_shape_is_not(text: str) -> None:
    assert "deformed_limb_after_injury" not in _fired(text)


# --- false alarms: a stiff neck that hurts on turning the head; an ear that has "felt gradually more blocked"
@pytest.mark.parametrize("text", [
    "早上起来脖子转不动了，一扭头就疼，脖子后面发僵，不发烧",
    "I woke up with a stiff neck, can't turn my head to the left, no fever, no headache",
])
def test_a_stiff_neck_without_fever_or_headache_is_self_care(text: str) -> None:
    assert "headache" not in _codes(text)
    assert _decide(text, 32) == ("self_care", {"stiff_neck_strain"})


@pytest.mark.parametrize("text", [
    "stiff neck and a headache since this morning, no fever",
    "脖子发僵，头痛，怕光",
    "脖子发僵，还发烧",
])
def test_a_stiff_neck_with_headache_light_sensitivity_or_fever_is_not(text: str) -> None:
    assert _decide(text, 32)[0] != "self_care"


def test_a_headache_that_worsens_on_bending_is_still_a_headache() -> None:
    assert "headache" in _codes("头疼，一低头更疼")


def test_an_ear_that_has_felt_gradually_more_blocked_is_earwax() -> None:
    text = "my left ear has felt gradually more blocked over the last week, no pain, no discharge"
    assert "ear_blocked" in _codes(text)
    assert _decide(text, 67)[0] == "self_care"
