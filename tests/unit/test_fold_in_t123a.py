"""blind123 (adults of 36 to 64 in working life): the under-triaged emergencies of the first look in scope of fold-t123a,
each read as a family in both languages, with the look-alikes that must not change. Wind that will not come out is
the "cannot fart" of NHS Stomach ache (999 or A&E with vomiting, cramps or a swollen tummy); a temporal-arteritis
headache with a change in sight is the sight-threatening arteritis of the BSR GCA guideline (same-day eye assessment)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, fired, service_decide

EMERGENT = {"emergency", "emergency_ambulance"}


# (1) NHS Stomach ache: call 999 or go to A&E if you cannot poo or fart; NHS Bowel obstruction. blind123 t123z-043 says
# the wind that will not pass as "屁也放不出来"; people also write "放不出屁", "屁都排不出去", "can't even fart".
@pytest.mark.parametrize("text", [
    "三四天没大便了 屁也放不出来 肚子胀得像个鼓 一阵一阵绞着疼 今天开始吐 以前做过阑尾手术",
    "肚子胀得厉害 放不出屁 也拉不出大便 吐了两次",
    "肚子一阵阵绞痛 吐了好几次 屁都排不出去",
    "my tummy is swollen like a drum, been sick twice and i cant even fart",
    "bad cramping belly pain since yesterday, vomiting, and I can't fart or poo",
])
def test_wind_that_will_not_come_out_with_vomiting_or_cramps_is_a_blockage(text: str) -> None:
    assert "bowel_obstruction" in current_codes(text)
    assert "bowel_obstruction" in fired(text)
    urgency, _ = service_decide(text, 63, "F")
    assert urgency in EMERGENT


@pytest.mark.parametrize("text", [
    "肚子有点胀 屁放不出来的感觉 但大便正常 不疼不吐",
    "肚子胀 好像有屁放不出来 大便每天都有",
    "吃了豆子以后老放屁 肚子有点胀",
    "I can't stop farting after the beans, tummy a bit bloated",
])
def test_a_feeling_of_trapped_wind_or_plenty_of_wind_is_no_blockage(text: str) -> None:
    assert "bowel_obstruction" not in current_codes(text)
    assert "bowel_obstruction" not in fired(text)


# (2) BSR GCA guideline (2020) and the Chelsea and Westminster NHS GCA leaflet: with the headache, sore scalp or jaw pain
# on chewing of temporal arteritis (urgent GP, NHS Temporal arteritis), any new change in sight, blurred, dim, double or
# lost for a while, is same-day eye casualty. blind123 t123e-033: "the sight in my right eye went dim and blurry for a
# while".
@pytest.mark.parametrize("text", [
    "had a bad headache round my temples for a week, my scalp is sore when i brush my hair and my jaw aches when i chew. this morning the sight in my right eye went dim and blurry for a while",
    "headache at my temples, my scalp is tender when i comb my hair, my jaw hurts when i eat, and now i'm seeing double",
    "new headache for days, scalp sore to the touch, and the vision in my left eye went blurry this afternoon",
    "这几天头疼 太阳穴疼 梳头的时候头皮疼 吃饭嚼东西下巴就酸 今天右眼看东西模糊了",
    "头疼一个礼拜了 梳头头皮都疼 今天看东西重影",
])
def test_temporal_arteritis_signs_with_a_change_in_sight_are_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, 63, "F")
    assert urgency in EMERGENT
    assert "temporal_arteritis_with_vision_change" in rules or urgency == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "had a bad headache round my temples for a week, my scalp is sore when i brush my hair and my jaw aches when i chew, my eyesight is fine",
    "我68岁 头疼 梳头头皮疼 眼睛干涩 看东西不模糊",
])
def test_temporal_arteritis_signs_with_clear_sight_stay_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 63, "F")
    assert urgency == "urgent" and "temporal_arteritis_signs" in rules


@pytest.mark.parametrize("text", [
    "the sight in my right eye went blurry after I rubbed it, no headache",
    "migraine with zigzag lines in my vision, no scalp or jaw pain",
])
def test_a_change_in_sight_without_the_arteritis_signs_is_not_the_gca_rule(text: str) -> None:
    _, rules = service_decide(text, 63, "F")
    assert "temporal_arteritis_with_vision_change" not in rules


def test_the_gca_rule_keeps_the_age_of_the_arteritis() -> None:
    # NHS Temporal arteritis and the BSR guideline: it is a disease of people over 50
    _, rules = service_decide("headache at my temples, scalp sore when i brush my hair, and my vision went blurry", 30, "F")
    assert "temporal_arteritis_with_vision_change" not in rules
