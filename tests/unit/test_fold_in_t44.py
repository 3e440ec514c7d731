"""blind44 (children and babies as their parents describe them): the five emergencies its first look under-triaged,
read at the cause, each with paraphrases in both languages and the near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "my 2 month old keeps pausing his breathing for a few seconds, he's got a cold",
    "twice today she just stopped breathing for a couple of seconds",
    "there are pauses in her breathing and she's feeding less",
    "宝宝2个月，感冒了，刚才呼吸停了几秒",
    "宝宝一个月，今天有两次突然停止呼吸",
])
def test_a_pause_in_a_babys_breathing_is_an_emergency_awake_or_asleep(text: str) -> None:
    assert "breathing_pauses" in current_codes(text)
    assert "infant_breathing_pauses" in decide(text, age=0.2)[1]


@pytest.mark.parametrize("text", [
    "she's been doing breathing exercises, no pauses in her breathing",
    "宝宝鼻塞，呼吸有点重，没有呼吸暂停，吃奶正常",
    "he never stops breathing, he just snores a little",
])
def test_denied_pauses_are_no_pauses(text: str) -> None:
    assert "breathing_pauses" not in current_codes(text)
    assert "unresponsive" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "she's making a grunting noise every breath",
    "he grunts with each breath and his tummy is sucking in",
    "宝宝每喘一口气都哼哼",
])
def test_grunting_with_every_breath_is_severe_breathing_difficulty(text: str) -> None:
    assert "dyspnea_severe" in current_codes(text)
    assert decide(text, age=0.5)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", ["She's barely fed since this morning", "he has hardly taken any milk today"])
def test_barely_fed_is_poor_feeding(text: str) -> None:
    assert "infant_poor_feeding" in current_codes(text)


def test_feeding_normally_is_no_poor_feeding() -> None:
    assert "infant_poor_feeding" not in current_codes("she's feeding normally and smiling")


@pytest.mark.parametrize("text", [
    "She's been sick 3 times in the last couple of hours and it's bright green, not like the usual milky sick",
    "my 3 week old has vomited twice this morning and it was dark green",
    "been sick a few times, it's all green",
    "宝宝吐了三次，吐出来的都是绿色的水",
    "新生儿吐了好几回，吐的是墨绿色的",
])
def test_green_vomit_said_further_on_is_bilious(text: str) -> None:
    assert "bilious_vomit" in current_codes(text)
    assert decide(text, age=0.05)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "she threw up once and her snot is green",
    "he's been sick twice and it's just milk, his nappy poo is green",
    "he vomited twice but it wasn't green",
    "宝宝流绿鼻涕，吐了一次奶",
])
def test_green_snot_or_poo_beside_vomit_is_not_bilious(text: str) -> None:
    assert "bilious_vomit" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "急！6岁孩子从2楼窗户掉下去了，一直哭，说肚子疼",
    "我儿子从二楼窗口掉出去了，人清醒，在哭",
    "孩子从三楼阳台上摔下去了，一直在哭",
    "my 6 year old fell out of an upstairs window onto the grass, says his tummy hurts",
    "she fell from the second floor balcony",
    "he tumbled out of his bedroom window",
])
def test_a_fall_from_a_window_balcony_or_floor_is_major_trauma(text: str) -> None:
    assert "major_trauma" in current_codes(text)
    urgency, rules = decide(text, age=6)
    assert urgency == "emergency_ambulance" and "major_trauma" in rules


@pytest.mark.parametrize("text", [
    "孩子从沙发上掉下来了，哭了一会儿就好了",
    "孩子从飘窗上掉下来了，没有受伤",
    "he fell off the sofa onto the carpet, cried for a minute",
    "she fell off the windowsill onto her bed",
])
def test_a_fall_from_a_sofa_or_windowsill_is_no_major_trauma(text: str) -> None:
    assert "major_trauma" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "孩子9岁，早上说肚脐周围疼，下午疼到右下边去了，发烧38度，吐了一次，我一按右下边他就叫",
    "儿子肚子疼，从肚脐那里转到右下边了，有点发烧",
    "女儿说肚子疼，慢慢痛到右下面去了，恶心想吐",
    "肚子疼，一按右下边就疼，发烧",
])
def test_pain_moving_to_or_pressed_on_the_lower_right_is_possible_appendicitis(text: str) -> None:
    assert "rlq_pain" in current_codes(text)
    assert "possible_appendicitis" in decide(text, age=9)[1]


@pytest.mark.parametrize("text", ["右下边那颗牙疼，有点发烧", "右下肢疼，发烧", "肚子疼，按右下边不疼，也没发烧"])
def test_a_lower_right_tooth_or_limb_or_painless_press_is_no_rlq_pain(text: str) -> None:
    assert "rlq_pain" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "3 year old, won't put any weight on her right leg, just crawls or wants carrying. She's hot, 39.1. No fall that we know of.",
    "my 5 year old is feverish and refuses to walk, screams if we touch his hip",
    "he has a fever and can't put any weight on his leg, no fall",
    "孩子3岁，发烧39度，右腿不肯着地",
    "儿子4岁，发烧，不肯走路，一碰膝盖就哭",
    "孩子发烧38.5，腿疼不敢着地，没有摔过",
])
def test_a_feverish_child_who_will_not_bear_weight_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=4)
    assert urgency == "emergency" and "febrile_child_not_weight_bearing" in rules


@pytest.mark.parametrize(("text", "age"), [
    ("she has a fever but she is walking and running about normally", 4),
    ("孩子发烧，走路正常，腿不疼", 4),
    ("fell off the trampoline, can't put weight on his leg", 8),
    ("he won't walk to school because he's tired, has a temperature", 8),
    ("I have a fever and won't put weight on my sprained ankle", 30),
])
def test_walking_child_injury_or_adult_is_no_febrile_limp(text: str, age: float) -> None:
    assert "febrile_child_not_weight_bearing" not in decide(text, age=age)[1]


def test_an_adult_barely_drinking_water_is_no_poor_feeding() -> None:
    assert "infant_poor_feeding" not in current_codes("I'm working late and barely drinking any water")
