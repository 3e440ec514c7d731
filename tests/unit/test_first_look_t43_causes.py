"""Causes behind blind43's first-look misses (measured before this change; the set itself is not yet folded in).

Appendicitis pain that "moved low down on the right" (NHS Appendicitis), not passing "any wind or poo" (NHS Bowel
obstruction), pain running to the left shoulder with a cold sweat (NHS Heart attack; AHA/ACC 2021).
"""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import extract_findings
from tests.triage_screen import decide


def test_pain_that_moved_low_down_on_the_right_with_fever_is_possible_appendicitis() -> None:
    text = "her pain began round the belly button and has gone down low on the right, she's been sick and feels hot, 38.4"
    assert decide(text, 12) == ("emergency", {"possible_appendicitis"})


def test_low_down_on_the_right_of_the_back_is_not_the_tummy() -> None:
    assert "rlq_pain" not in extract_findings("a dull ache low down on the right side of my back after gardening").present


def test_no_wind_or_poo_with_vomiting_is_possible_bowel_obstruction() -> None:
    assert decide("tummy swollen and crampy, I keep vomiting and haven't passed any gas or stools since yesterday", 70) == (
        "emergency", {"bowel_obstruction"})


def test_passing_wind_normally_is_not_an_obstruction() -> None:
    assert "bowel_obstruction" not in extract_findings("a bit bloated after dinner, passing wind and poo normally").present


@pytest.mark.parametrize("text", ["我妈胃口那儿闷得慌，往左肩膀窜，出了一身冷汗", "心口压着难受，一直窜到左肩，冷汗直冒"])
def test_pain_running_to_the_left_shoulder_with_a_cold_sweat_is_an_ambulance(text: str) -> None:
    assert decide(text, 66)[0] == "emergency_ambulance"


def test_a_stiff_neck_running_to_the_left_shoulder_without_sweat_is_not() -> None:
    assert decide("颈椎不好，脖子酸，往左肩膀窜，没有出汗，不胸闷", 50)[0] not in {"emergency", "emergency_ambulance"}
