"""The blind-32 triage round (terse messages typed on the move, clauses split by spaces): four
under-triaged emergencies and two wrong levels, each fixed at its cause and written other ways than the
vignette, next to look-alikes that must stay as they were: a nosebleed that started long enough ago and
is still bleeding; a bite the patient calls deep that is still bleeding; a hot liquid that spilled
onto a child, said across a space; a shoulder that looks square after a knock; noisy breathing only when a child cries (croup);
a chest "pressed like a stone" with sweat pouring, which is no bleeding pressed on; sticky eyes and ear
discharge said the short way.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes as _codes
from tests.triage_screen import decide as _decide
from tests.triage_screen import fired as _fired


# --- a nosebleed that started 15 minutes or more ago and is still bleeding (NHS Nosebleed: A&E after 10-15 minutes)
@pytest.mark.parametrize("text", [
    "nosebleed started about 20 minutes ago, pinched it the whole time and it's still bleeding",
    "my nose started bleeding half an hour ago, tried leaning forward, still dripping",
    "二十分钟前开始流鼻血 一直捏着 现在还在流",
])
def test_a_nosebleed_still_bleeding_well_after_it_started_goes_to_a_and_e(text: str) -> None:
    assert "heavy_bleeding" in _fired(text)
    assert _decide(text, 60)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "nosebleed started 5 mins ago, still dripping a bit",
    "nosebleed started 20 mins ago, stopped after pinching, still a bit sore",
    "二十分钟前流鼻血 捏了一会儿就止住了",
])
def test_a_short_or_stopped_nosebleed_is_not_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" not in _fired(text)


# --- a bite the patient calls deep that is still bleeding now (NHS Animal and human bites: A&E for a deep wound)
@pytest.mark.parametrize("text", [
    "the dog bit my leg, two deep puncture wounds that are still bleeding",
    "被狗咬了小腿 两个很深的牙洞 还在往外渗血",
    "被猫咬了手 还在流血 是很深的口子",
])
def test_a_deep_bite_still_bleeding_goes_to_a_and_e(text: str) -> None:
    assert "deep_or_bleeding_bite" in _fired(text)
    assert _decide(text, 10)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "our cat bit me on the back of my hand last night, 2 deep little holes, now red and swollen",
    "被狗咬了一口 两个很深的牙洞 已经不出血了",
    "被狗咬了 有点渗血 伤口不深",
])
def test_a_deep_bite_no_longer_bleeding_or_a_shallow_one_stays_urgent(text: str) -> None:
    assert "deep_or_bleeding_bite" not in _fired(text)
    assert _decide(text, 30)[0] == "urgent"


def test_a_deep_tooth_hole_still_bleeding_is_not_toothache() -> None:
    assert "toothache" not in _codes("被狗咬了 两个很深的牙洞 还在往外渗血")


# --- a hot liquid spilled onto the body, said across a space, is a burn; with blisters a serious one (NHS Burns and scalds)
@pytest.mark.parametrize("text", [
    "3岁儿子把刚盛的热汤拽下来了 泼在胸口和肚子上 冲了凉水 现在起了好几个大水泡",
    "孩子把一杯热水打翻了 洒到腿上 现在起了好几个泡",
])
def test_a_hot_liquid_then_blisters_is_a_serious_burn(text: str) -> None:
    assert "serious_burn" in _fired(text)
    assert _decide(text, 3)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "喝了热汤 嘴里没起泡",
    "热水袋用着挺舒服 脚上起了个水泡是鞋磨的",
])
def test_a_hot_drink_without_blisters_or_a_rubbed_blister_is_not_a_serious_burn(text: str) -> None:
    assert "serious_burn" not in _fired(text)


def test_a_burn_bigger_than_two_palms_is_large() -> None:
    assert "burn_serious" in _codes("烫伤的面积比他两个手掌还大")


# --- a shoulder that looks square after a knock (NHS Dislocated shoulder: go to A&E)
@pytest.mark.parametrize("text", [
    "打球被人撞倒 右肩膀着地 现在肩膀看着方方的跟左边不一样",
    "骑车摔了 肩膀变方了 胳膊不敢动",
    "got tackled at rugby and landed on my shoulder, now it looks square",
])
def test_a_squared_off_shoulder_after_an_injury_goes_to_a_and_e(text: str) -> None:
    assert "deformed_limb_after_injury" in _fired(text)
    assert _decide(text, 23)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "肩膀酸痛好几个月了 没受过伤",
    "被人撞倒 肩膀着地 有点疼 形状没变",
    "方方的盒子砸到脚了",
])
def test_a_sore_shoulder_without_a_changed_shape_is_not(text: str) -> None:
    assert "deformed_limb_after_injury" not in _fired(text)


def test_knocked_down_and_landing_on_a_shoulder_is_a_fall() -> None:
    assert "recent_fall" in _codes("被人撞倒 右肩膀着地")


# --- noisy breathing only when a child cries is croup without stridor at rest (NICE CKS Croup: mild)
def test_noisy_breathing_only_when_crying_is_stridor_when_upset_not_severe() -> None:
    text = "2 yr old barking cough like a seal, bit of noisy breathing when she cries but fine when settled, temp 38"
    assert "severe_breathing_difficulty" not in _fired(text)
    # misread31a's croup_child (NHS Croup: urgent GP or 111) fires beside it at the same level
    assert _decide(text, 2) == ("urgent", {"stridor_when_upset", "croup_child"})


def test_noisy_breathing_at_rest_stays_an_emergency() -> None:
    assert "severe_breathing_difficulty" in _fired("my 2 year old has a barking cough and noisy breathing even when asleep")


# --- a chest pressed "like a stone" with sweat pouring is chest pain, no bleeding pressed on
def test_a_pressed_chest_with_cold_sweat_is_not_heavy_bleeding() -> None:
    text = "胸口像压了块大石头 快40分钟了 左胳膊发麻 一直冒冷汗"
    assert "heavy_bleeding" not in _codes(text)
    assert "chest_pain_danger_features" in _fired(text)
    assert _decide(text, 59)[0] == "emergency_ambulance"


def test_a_wound_pressed_for_minutes_and_still_oozing_stays_heavy_bleeding() -> None:
    assert "heavy_bleeding" in _codes("伤口按了十分钟了 还一直在往外冒血")


# --- sticky eyes and ear discharge said the short way
@pytest.mark.parametrize("text", ["左眼眼屎特别多 黄色的", "早上黄眼屎把睫毛粘住了", "两只眼睛都红 有点痒", "眼白有点红"])
def test_eye_gunk_and_a_red_white_of_the_eye_are_a_red_sticky_eye(text: str) -> None:
    assert "eye_red" in _codes(text)


def test_a_newborn_with_sticky_eyes_is_urgent_and_an_adult_self_care() -> None:
    assert _decide("宝宝出生18天 左眼眼屎特别多 眼白有点红", 0.05)[0] == "urgent"
    assert _decide("两只眼睛都红 早上黄眼屎把睫毛粘住了 不疼 看东西清楚", 25)[0] == "self_care"


def test_eyes_neither_sore_nor_red_are_not_a_red_eye() -> None:
    assert "eye_red" not in _codes("看东西越来越糊 眼睛不疼不红")


def test_discharge_said_before_the_ear_is_ear_discharge() -> None:
    text = "儿子耳朵疼了两天 今天枕头上有黄水 是从耳朵里流出来的 发烧38.8"
    assert "ear_discharge" in _codes(text)
    assert _decide(text, 6)[0] == "urgent"
