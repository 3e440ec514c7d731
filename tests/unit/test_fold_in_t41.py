"""blind41 (what an online 智能导诊 kiosk sees most, emergencies hidden among everyday complaints): what its first
look missed, read for what it says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "我爸抽烟三十年，刚才咳出了几大口暗红色的血，现在有点喘",
    "咳嗽了一上午，突然咳了两大口鲜血，喘不上气",
    "he's been coughing up several big mouthfuls of bright red blood and he's breathless",
])
def test_mouthfuls_of_blood_are_heavy_haemoptysis(text: str) -> None:
    assert "cough_blood_heavy" in current_codes(text)
    urgency, rules = decide(text, age=60)
    assert urgency == "emergency" and "coughing_blood_danger" in rules


@pytest.mark.parametrize("text", [
    "痰里带了几条血丝，不喘，胸口也不疼",
    "没有咳出大口的血，只是咳嗽",
    "I coughed up a streak of blood in my phlegm, no breathlessness",
])
def test_streaks_or_denied_blood_are_not_heavy_haemoptysis(text: str) -> None:
    assert "cough_blood_heavy" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "女儿4岁，发高烧，嗓子疼，一直流口水不敢咽，坐着往前探身子",
    "孩子发烧39度，流口水不肯吞，吸气有怪声",
    "my 5 year old has a high fever and a very sore throat, he's drooling and refuses to swallow",
])
def test_drooling_and_refusing_to_swallow_with_fever_is_possible_epiglottitis(text: str) -> None:
    assert "drooling_cannot_swallow" in current_codes(text)
    urgency, rules = decide(text, age=4)
    assert urgency == "emergency_ambulance" and "possible_epiglottitis" in rules


@pytest.mark.parametrize("text", [
    "宝宝长牙，一直流口水，吃奶正常，不发烧",
    "宝宝一直流口水，咽东西没问题",
    "he's teething and drooling a lot but swallows fine",
])
def test_teething_drool_is_no_epiglottitis(text: str) -> None:
    assert "drooling_cannot_swallow" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "宝宝10个月，发烧两天，这两天吃奶只有平时的一半",
    "孩子发烧，奶量不到平常的三分之一",
])
def test_milk_down_to_half_of_usual_is_poor_feeding(text: str) -> None:
    assert "infant_poor_feeding" in current_codes(text)
    assert decide(text, age=0.8)[0] == "urgent"


def test_usual_milk_amount_is_no_poor_feeding() -> None:
    assert "infant_poor_feeding" not in current_codes("宝宝发烧，吃奶和平时一样多")


@pytest.mark.parametrize("text", [
    "宝宝拉肚子，今天尿布只湿了一次",
    "孩子吐了好几次，纸尿裤一下午才湿了一回",
])
def test_nappy_wet_only_once_is_dehydration(text: str) -> None:
    assert "dehydration" in current_codes(text)
    assert decide(text, age=1)[0] == "urgent"


def test_nappies_wet_as_usual_are_no_dehydration() -> None:
    assert "dehydration" not in current_codes("宝宝拉肚子，尿布湿得和平时一样")


@pytest.mark.parametrize("text", [
    "itchy down below with thick white discharge, it's just like the thrush I had last summer",
    "下面痒，白带像豆腐渣，跟去年得过的霉菌性阴道炎一样",
])
def test_thrush_like_a_past_episode_is_a_known_history(text: str) -> None:
    assert "thrush_before" in current_codes(text)


def test_thrush_never_had_is_no_history() -> None:
    assert "thrush_before" not in current_codes("itchy down below, I've never had thrush before")


def test_red_lump_on_the_eyelid_margin_is_a_stye() -> None:
    assert "stye" in current_codes("左眼下眼皮边上长了个又红又肿的小疙瘩")
    assert "stye" not in current_codes("眼皮上没有长疙瘩，就是有点痒")


def test_knees_getting_stiffer_and_achier_are_joint_pain() -> None:
    assert "joint_pain" in current_codes("both my knees have been getting stiffer and achier this year")
    assert "joint_pain" not in current_codes("my knees are no stiffer than before")


@pytest.mark.parametrize("text", ["这颗牙一喝凉水就酸痛", "右上那颗牙吃甜的会酸疼"])
def test_a_tooth_aching_with_cold_or_sweet_is_toothache(text: str) -> None:
    assert "toothache" in current_codes(text)


def test_an_aching_arm_after_brushing_is_no_toothache() -> None:
    assert "toothache" not in current_codes("刷牙后胳膊有点酸痛")
    assert "toothache" not in current_codes("那颗牙不酸也不疼")
