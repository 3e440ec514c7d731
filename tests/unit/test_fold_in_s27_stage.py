"""Caught in staging on 2026-12-06: misread27 rightly stopped reading "右腿疼得不能动" after a fall as a stroke sign, which
left an 82-year-old's hip fracture (blind8 bzh-016: fell onto her bottom, the right leg shorter and turned out, cannot
stand) at emergency instead of the ambulance NHS Hip fracture asks for. A leg that looks shorter or turned outwards after
a fall is one of that page's hip-fracture signs, so it now names the hip (hip_region) beside the deformity."""

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
