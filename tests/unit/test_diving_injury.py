"""Diving into shallow water is a mechanism of spinal injury (NICE NG41's 'axial load to the head, e.g. diving')."""

from __future__ import annotations

import pytest

from tests.triage_screen import decide


@pytest.mark.parametrize("text", [
    "My friend dived into shallow water, neck hurts and he can't move or feel his legs",
    "jumped head first into the shallow end, now my back hurts and my legs are numb",
    "我儿子一头扎进浅水里，脖子疼，两条腿动不了",
    "在泳池浅水区跳水，头撞到池底了，脖子痛，手发麻",
])
def test_a_shallow_dive_with_spinal_pain_and_nerve_signs_is_an_ambulance(text: str) -> None:
    assert decide(text) == ("emergency_ambulance", {"spinal_injury_nerve_signs"})


@pytest.mark.parametrize("text", [
    "dived into the shallow end this morning, neck a bit stiff, no numbness or weakness",  # no nerve signs
    "I went diving on holiday and my neck hurts",  # diving, not into shallow water
    "昨天去跳水馆看跳水比赛，脖子有点酸",  # watching diving
])
def test_a_dive_without_the_whole_picture_is_not_the_spinal_flag(text: str) -> None:
    assert "spinal_injury_nerve_signs" not in decide(text)[1]
