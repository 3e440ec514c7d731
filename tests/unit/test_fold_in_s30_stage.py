"""Fixes made while merging stop 30's branches (each found by a helper's report or in staging)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# fold-t102b taught the unresponsive reading that a 老是/总是 before 没反应 is a habit (a child who often does not answer
# to his name: NHS Glue ear), and reported that "叫他总是没反应，躺在地上一动不动" became routine. Lying motionless on the
# ground, or a collapse to the ground and then no answer however he is called, is unresponsiveness (ESI level 1; the
# 急诊预检分诊专家共识 I 级).
@pytest.mark.parametrize("text", [
    "叫他总是没反应，躺在地上一动不动",
    "我妈摔在地上一动不动",
    "我爸刚才倒在地上，叫他总是没反应",
    "老伴晕倒在地板上，喊他一直没有反应",
])
def test_motionless_on_the_ground_or_collapsed_with_no_answer_is_unresponsive(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "emergency_ambulance" and "unresponsive" in rules


@pytest.mark.parametrize("text", [
    "孩子3岁，叫他名字老是没反应，其他都正常",
    "他整天躺在床上一动不动，不想说话",
    "宝宝趴在地上玩，一动不动地看电视",
])
def test_a_habit_of_not_answering_or_lying_still_in_bed_or_at_play_is_not_a_collapse(text: str) -> None:
    assert "unresponsive" not in current_codes(text)
