"""A fall from a height is read in a pass of its own, so a longer phrase about the injury cannot hide the mechanism.

"从三楼摔下来了，腿很疼" was urgent (a possible fracture took the words and the fall was lost); a fall from a
height is a high-risk mechanism whatever it injured (ESI v4, 2018 急诊预检分诊专家共识, NICE NG41).
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "从三楼摔下来了，腿很疼",
    "我爸从二楼阳台上掉下去了，腰疼得动不了",
    "工人从脚手架上摔下来，胳膊肿了",
    "he fell from the third floor and his leg hurts badly",
    "she fell off a ladder, her ankle is swollen and she can't put weight on it",
])
def test_a_fall_from_height_is_major_trauma_beside_the_injury(text: str) -> None:
    assert "fall_from_height" in current_codes(text)
    urgency, rules = decide(text, age=40)
    assert urgency in ("emergency", "emergency_ambulance") and "major_trauma" in rules


@pytest.mark.parametrize("text", [
    "从沙发上摔下来了，腿很疼",
    "下楼梯的时候崴了一下，脚踝肿了",
    "没有从高处摔下来，只是走路扭了脚",
    "I tripped on the kerb and my knee hurts",
    "I feel like I've been hit by a bus, aching all over with this flu",
])
def test_falls_on_the_level_denied_or_figurative_are_not_from_height(text: str) -> None:
    assert "fall_from_height" not in current_codes(text)
    urgency, rules = decide(text, age=40)
    assert "major_trauma" not in rules
