"""Regressions caught while merging the 2026-12-06 rounds (stage), each with near misses."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


# holdout hzh-029: once fold-t87b read an itch said after the spots (很痒), a rash after starting a cephalosporin went to
# the minor-skin self-care group. NICE CG183 Drug allergy: a rash after a new medicine is for a clinician to assess.
@pytest.mark.parametrize("text", [
    "前天开始吃头孢，今天早上全身起了红疹子，很痒",
    "昨天开始吃阿莫西林，今天身上长了好多红疙瘩，痒得很",
    "I started amoxicillin on Monday and now I have an itchy rash all over",
    "been on the new antibiotics 3 days and woke up with an itchy red rash on my chest",
])
def test_a_rash_after_a_new_medicine_is_not_self_care(text: str) -> None:
    urgency, _ = decide(text)
    assert "rash_after_new_medicine" in current_codes(text)
    assert urgency != "self_care"


@pytest.mark.parametrize("text", [
    "被蚊子咬了起了个包，很痒", "my kid has an itchy rash from the sandpit, no new medicines",
    "got an itchy heat rash on my neck in this weather",
])
def test_a_minor_itchy_rash_without_a_new_medicine_stays_self_care(text: str) -> None:
    assert "rash_after_new_medicine" not in current_codes(text)
    assert decide(text)[0] == "self_care"


def test_the_new_medicine_reading_hides_no_anaphylaxis() -> None:
    # self_2b: the first version of the reading swallowed "welts", and hives with a faint lost its anaphylaxis flag.
    text = "took the new antibiotic and within 10 mins I'm covered in welts and feel faint"
    assert decide(text)[0] == "emergency_ambulance"
    assert {"hives", "rash_after_new_medicine"} <= current_codes(text)
