"""fold-t124: blind124 (a county hospital's 智能导诊 and an expat clinic): the self-care and urgent misses that were lay
words the lexicon misread or did not read, each read as a family, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import service_decide


# (1) t124z-047: 小腿肚子/腿肚子 is the calf, not the tummy, and a night cramp's own pain said after it ("疼得直叫唤") is the
# cramp (NHS Leg cramps: a sudden, usually painful tightening, eased by stretching and massage): self-care.
@pytest.mark.parametrize("text", [
    "我65，夜里睡着睡着小腿肚子抽筋，疼得直叫唤，揉揉掰掰脚就好了，一个礼拜一两回",
    "半夜腿肚子抽筋，疼得受不了，扳一扳脚就好了",
    "晚上睡觉小腿肚子转筋了，疼得厉害，揉了一会儿就好了",
    "woke up at 3am with a calf cramp, absolute agony for a minute, stretching sorted it",
])
def test_a_calf_cramp_that_passes_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 65, "F")
    assert urgency == "self_care" and "leg_cramps" in rules


@pytest.mark.parametrize("text", [
    "肚子疼得直叫唤，一直吐",
    "小肚子疼得厉害，疼得打滚",
])
def test_a_tummy_that_hurts_badly_is_still_severe_abdominal_pain(text: str) -> None:
    assert "severe_abdominal_pain" in service_decide(text, 40, "F")[1]


def test_a_cramp_with_a_swollen_calf_is_not_self_care() -> None:
    urgency, _ = service_decide("小腿抽筋疼得厉害，一边小腿肿了一圈", 60, "F")
    assert urgency != "self_care"


# (2) t124z-040: a chore done squatting, then dizzy or greying out for seconds on standing ("蹲着洗衣服久了一站起来就眼前
# 发黑头晕眼花") is postural light-headedness (NHS Low blood pressure: stand up slowly; a GP if it keeps happening).
@pytest.mark.parametrize("text", [
    "我24，蹲着洗衣服久了一站起来就眼前发黑头晕眼花，扶一下几秒钟就好了，平时挺好的",
    "坐着打麻将时间长了猛地一站起来就头晕，一会儿就好",
    "蹲着择菜久了，一起身眼前一黑，几秒钟就过去了",
])
def test_standing_up_after_squatting_over_a_chore_is_postural_light_headedness(text: str) -> None:
    urgency, rules = service_decide(text, 24, "F")
    assert urgency == "self_care" and "postural_light_headedness" in rules


@pytest.mark.parametrize("text", [
    "蹲着洗衣服久了一站起来就晕倒了，脸色苍白",
    "刚才晕倒了，现在脸色苍白，身上湿冷",
])
def test_a_faint_with_shock_signs_stays_an_emergency(text: str) -> None:
    assert "faint_with_shock_signs" in service_decide(text, 24, "F")[1]


# (3) t124e-043: pink pee with beetroot said as eaten with the plain verb ("but i did eat a big beetroot salad") is the
# food's colour (NHS Blood in urine: pee can look pink or red after beetroot), not blood.
@pytest.mark.parametrize("text", [
    "my pee was pink this morning!! but i did eat a big beetroot salad last night. no pain, feel totally fine",
    "wee looks red today, I did drink a lot of beetroot juice yesterday",
    "pink pee this morning. we eat beets most days",
])
def test_pink_pee_after_beetroot_eaten_is_not_blood_in_urine(text: str) -> None:
    urgency, rules = service_decide(text, 55, "M")
    assert urgency == "self_care" and "red_urine_from_food" in rules


def test_pink_pee_with_the_beetroot_denied_is_still_blood_in_urine() -> None:
    assert "blood_in_urine" in service_decide("my pee was pink this morning, I didn't eat any beetroot", 55, "M")[1]


# (4) t124z-023: a rash only felt rough like sandpaper ("摸着糙糙的跟砂纸似的") and a red tongue with little bumps
# ("舌头也红红的起小点点") are scarlet fever (NHS Scarlet fever: urgent GP appointment, antibiotics).
@pytest.mark.parametrize("text", [
    "闺女6岁，昨天开始嗓子疼发烧，今天身上起了一层小红疙瘩，摸着糙糙的跟砂纸似的，舌头也红红的起小点点",
    "儿子5岁，发烧嗓子疼，身上起了好多小疙瘩，摸上去糙得跟砂纸一样",
    "孩子发烧两天，舌头通红起了好多小点，嗓子疼",
])
def test_a_sandpaper_rash_felt_or_a_red_bumpy_tongue_is_scarlet_fever(text: str) -> None:
    urgency, rules = service_decide(text, 6, "F")
    assert urgency == "urgent" and "scarlet_fever" in rules


@pytest.mark.parametrize("text", [
    "手上长了个小疙瘩，摸着糙糙的，不疼",
    "孩子舌头红红的，嗓子有点疼",
])
def test_a_rough_lump_or_a_red_tongue_alone_is_no_scarlet_fever(text: str) -> None:
    assert "scarlet_fever" not in service_decide(text, 6, "F")[1]
