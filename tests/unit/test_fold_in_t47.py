"""blind47 (a representative day at the pre-consultation desk): its one under-triaged emergency, a dehydrated baby who
is drowsy with a sunken soft spot (NHS Dehydration: GP urgently or A&E; NICE CG84: altered responsiveness is a red flag
sign of clinical dehydration in under 5s), read for what it says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "the soft spot on her head looks a bit sunken",
    "his fontanelle seems sunken today",
    "宝宝的囟门有点凹下去了",
    "she's only had 1 wet nappy today",
])
def test_sunken_soft_spot_and_few_wet_nappies_are_dehydration(text: str) -> None:
    assert "dehydration" in current_codes(text)


@pytest.mark.parametrize("text", [
    "8 month old has had sickness and diarrhoea since yesterday, she's only had 1 wet nappy today and is really sleepy",
    "my 2 year old has been vomiting all day, no wet nappy since this morning and he's very drowsy",
    "宝宝1岁，拉肚子两天，尿不湿半天都是干的，一直昏昏欲睡，囟门凹下去了",
])
def test_a_dehydrated_young_child_who_is_drowsy_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=1)
    assert urgency == "emergency" and "child_dehydrated_and_drowsy" in rules


@pytest.mark.parametrize("text, age", [
    ("my baby has had diarrhoea but plenty of wet nappies and she's not drowsy", 1),
    ("宝宝拉肚子，尿不湿照常湿，精神也好，没有昏昏欲睡", 1),
    ("her soft spot is flat, not sunken, and she's feeding well", 1),
    ("I've had diarrhoea and I'm really sleepy after a night shift, only peed once today", 30),
])
def test_no_drowsiness_no_dehydration_or_an_adult_is_not_this_rule(text: str, age: int) -> None:
    _, rules = decide(text, age=age)
    assert "child_dehydrated_and_drowsy" not in rules
