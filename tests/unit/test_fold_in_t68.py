"""blind68 (a representative week): what its first look missed, read for what it says, with the near-misses that must
not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "spilled a pan of boiling water down my thigh, it's bigger than my hand and blistering",
    "knocked a mug of just-boiled tea over his lap, big blisters coming up",
    "tipped the kettle over my foot, the middle has gone white",
])
def test_a_hot_liquid_spilled_onto_the_body_is_a_burn(text: str) -> None:
    urgency, rules = decide(text, age=38)
    assert urgency == "emergency" and "serious_burn" in rules


def test_a_spill_that_missed_is_not_a_serious_burn() -> None:
    assert "serious_burn" not in decide("spilled some water on the floor, no burns, just wet socks", age=38)[1]


@pytest.mark.parametrize("text", [
    "my flatmate has a stiff neck and a terrible headache and there are purple spots on his legs that don't fade under a glass",
    "女儿发烧，脖子发硬，怕光，腿上有压不褪色的紫点",
    "he's very drowsy and there's a purple rash on his tummy that doesn't fade when I press a glass on it",
])
def test_a_non_blanching_rash_with_meningitis_signs_calls_the_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=19)
    assert urgency == "emergency_ambulance" and "nonblanching_rash_with_meningitis_signs" in rules


def test_a_non_blanching_rash_alone_stays_an_emergency() -> None:
    urgency, rules = decide("a few purple spots on her legs that don't fade under a glass, she's playing happily", age=6)
    assert urgency == "emergency" and "nonblanching_rash_with_meningitis_signs" not in rules


@pytest.mark.parametrize("text", [
    "我老公吃着阿司匹林，流鼻血按了二十多分钟了还在往下滴",
    "被狗咬了小腿，按着纱布血还在往外渗",
])
def test_a_bleed_still_going_under_pressure_is_not_a_rash_still_seen_under_a_glass(text: str) -> None:
    assert "nonblanching_rash" not in current_codes(text)


def test_spots_still_seen_under_pressure_are_still_the_rash() -> None:
    assert "nonblanching_rash" in current_codes("身上的红点用杯子压了还在，不褪色")


@pytest.mark.parametrize("text", [
    "怀孕32周，刚才突然下面出了好多血，裤子都湿透了，肚子一阵一阵发紧疼",
    "34 weeks pregnant, suddenly bleeding heavily, soaked through my trousers, and contractions every 5 minutes",
])
def test_heavy_bleeding_with_contractions_late_in_pregnancy_calls_the_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and "late_pregnancy_heavy_bleeding_with_pain" in rules


def test_contractions_without_heavy_bleeding_are_not_that_rule() -> None:
    assert "late_pregnancy_heavy_bleeding_with_pain" not in decide("怀孕32周，肚子一阵一阵发紧疼，没有出血", age=30)[1]


@pytest.mark.parametrize("text", [
    "我老公吃着阿司匹林，流鼻血按了二十多分钟了还在往下滴",
    "吃华法林的，鼻子流血，捏着按了20多分钟了还在滴",
])
def test_bleeding_still_dripping_or_oozing_under_pressure_is_heavy(text: str) -> None:
    assert "heavy_bleeding" in current_codes(text)


def test_a_deep_bite_still_oozing_through_gauze_is_an_emergency() -> None:
    assert decide("被狗咬了小腿，两个很深的洞，肉都翻出来了，按着纱布血还在往外渗", age=42)[0] == "emergency"


def test_a_trace_still_oozing_from_a_small_cut_is_not_heavy() -> None:
    assert "heavy_bleeding" not in current_codes("手指划了个小口子，按了一会儿还在渗一点点血丝")


def test_acid_rising_into_the_chest_is_reflux_not_a_chemical_burn() -> None:
    assert "chemical_burn" not in current_codes("28 weeks and acid burning up into my chest every evening")
    assert "chemical_burn" in current_codes("battery acid splashed onto my arm and the skin is burning")
