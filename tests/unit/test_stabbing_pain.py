"""'Stabbing pain' describes a pain, not a stab wound; the pregnancy and breathing phrasings
that had been caught only through that misreading are now read for what they say."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "I have a stabbing pain in my lower back",
    "stabbing headache behind my eye on and off",
    "sharp stabbing pains in my knee when I climb stairs",
])
def test_a_stabbing_pain_is_not_major_trauma(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert "major_trauma" not in rules and urgency not in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", [
    "he was stabbed in the arm, bleeding a bit",
    "there was a stabbing outside the pub, my friend is hurt",
    "got a stab wound in my side",
])
def test_a_stab_wound_is_still_major_trauma(text: str) -> None:
    assert decide(text, age=25) == ("emergency_ambulance", {"major_trauma"})


def test_weeks_gone_is_a_pregnancy() -> None:
    urgency, rules = decide("Im about 7 weeks gone, stabbing pain in my right side going up to my shoulder, bit of bleeding", age=27)
    assert urgency == "emergency" and "pregnancy_bleeding_with_pain" in rules
    assert "pregnancy" not in current_codes("the pain has been gone 2 weeks")


def test_late_period_and_a_positive_test_is_a_pregnancy() -> None:
    urgency, rules = decide("my period is late and I tested positive, now I've got one-sided stabbing pain and dizzy", age=26)
    assert urgency == "emergency_ambulance" and rules == {"pregnancy_pain_or_bleeding_with_faintness"}
    # A positive test for something else is not a pregnancy.
    assert "pregnancy" not in current_codes("I tested positive for covid and feel dizzy with tummy pain")


def test_one_sided_pain_is_abdominal_unless_another_site_is_named() -> None:
    assert "abdominal_pain" in current_codes("one-sided stabbing pain since this morning")
    assert "abdominal_pain" not in current_codes("one-sided pain in my head since this morning")


def test_pain_every_time_i_take_a_breath_is_pleuritic() -> None:
    assert "pleuritic_pain" in current_codes("stabbing pain in my side every time I take a breath")
    assert "pleuritic_pain" not in current_codes("stabbing pain in my side, breathing is fine")
