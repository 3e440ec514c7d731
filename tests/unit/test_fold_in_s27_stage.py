"""Caught in staging on 2026-12-06: misread27 rightly stopped reading "右腿疼得不能动" after a fall as a stroke sign, which
left an 82-year-old's hip fracture (blind8 bzh-016: fell onto her bottom, the right leg shorter and turned out, cannot
stand) at emergency instead of the ambulance NHS Hip fracture asks for. A leg that looks shorter or turned outwards after
a fall is one of that page's hip-fracture signs, so it now names the hip (hip_region) beside the deformity.

Caught on the final main by the lead's own check: "two weeks after allopurinol my skin is blistering and peeling off and
my mouth is full of sores" was self-care (mouth ulcers): blind90's severe_skin_reaction reads skin coming off in sheets
or at a touch, not blistering and peeling said together, the words of NHS Allopurinol ("blistering or peeling skin") and
NHS Stevens-Johnson syndrome."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "奶奶在厨房滑了一跤，现在右腿疼得动不了，站不起来，右脚往外撇",
    "爷爷摔倒了，左腿看着比右腿短了一截，疼得不能站",
    "my nan fell over in the bathroom, she can't put any weight on her left leg and it looks shorter and turned outwards",
    "grandad tripped and fell, now he can't get up and his right foot is pointing outwards",
])
def test_a_shortened_or_turned_out_leg_after_a_fall_is_a_suspected_hip_fracture(text: str) -> None:
    urgency, rules = decide(text, 82)
    assert urgency == "emergency_ambulance" and "suspected_hip_fracture" in rules


@pytest.mark.parametrize("text", [
    "he fell off his bike and his wrist is bent at a funny angle",
    "摔了一跤，手腕变形了，肿得厉害",
])
def test_an_arm_deformity_is_not_read_as_the_hip(text: str) -> None:
    assert "hip_region" not in current_codes(text)


def test_a_turned_out_foot_with_no_fall_is_not_a_hip_fracture() -> None:
    assert "suspected_hip_fracture" not in decide("我走路的时候右脚往外撇，好多年了，不疼", 70)[1]


@pytest.mark.parametrize("text", [
    "I started allopurinol two weeks ago and now my skin is blistering and peeling off and my mouth is full of sores",
    "since the new antibiotic my skin has blisters and it is peeling, and my eyes are sore and red",
    "吃了别嘌醇两周，身上起水泡还脱皮，嘴里都是溃疡",
    "吃了新开的抗生素，全身起水泡还脱皮，还发烧",
])
def test_blistering_and_peeling_skin_with_sores_fever_or_a_new_medicine_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, 40)
    assert urgency == "emergency" and "severe_skin_reaction_blistering" in rules


@pytest.mark.parametrize("text", [
    "blistering and peeling skin on my feet between the toes, itchy",
    "I have eczema on my hands, the skin is blistering and peeling",
    "手上湿疹起水泡还脱皮，很痒",
    "bad sunburn from the beach, my shoulders are blistering and peeling now",
])
def test_blistering_and_peeling_alone_or_after_sunburn_is_not_the_skin_reaction_flag(text: str) -> None:
    assert "severe_skin_reaction_blistering" not in decide(text, 40)[1]
