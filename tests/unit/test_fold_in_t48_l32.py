"""First looks of blind48 (carers writing about someone else) and lab set 32 (patients' own typing): the causes fixed
at once, with the near-misses that must not change. blind48's other two misses are left (see the README)."""

from __future__ import annotations

import pytest

from carebridge.tools.labs.units import clean_unit
from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "nosebleed started 25 mins ago, we've been pinching the soft bit and leaning him forward the whole time and it's still dripping",
    "her nosebleed started about 30 minutes ago, I've had her sitting up, leaning forward and pinching her nose ever since, and it's still bleeding",
])
def test_a_nosebleed_still_going_after_long_first_aid_is_heavy_bleeding(text: str) -> None:
    # NHS Nosebleed: A&E if it lasts longer than 10 to 15 minutes despite pinching
    assert "heavy_bleeding" in current_codes(text)
    urgency, rules = decide(text, age=72)
    assert urgency == "emergency" and "heavy_bleeding" in rules


@pytest.mark.parametrize("text", [
    "nosebleed started 20 minutes ago, we pinched it and now it's stopped",
    "he had a nosebleed 30 minutes ago, it stopped on its own and he's still a bit shaky",
])
def test_a_nosebleed_that_stopped_is_not_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "he can't pass water, he's desperate to go and his belly is swollen",
    "my husband hasn't been able to do a wee all evening, he's bursting",
])
def test_cannot_pass_water_with_the_urge_is_retention(text: str) -> None:
    assert "urinary_retention" in current_codes(text)


@pytest.mark.parametrize("text", [
    "I pass water more often at night",
    "he can pass water fine, no pain",
])
def test_passing_water_normally_is_not_retention(text: str) -> None:
    assert "urinary_retention" not in current_codes(text)


@pytest.mark.parametrize(("raw", "unit"), [("mEq/L!!", "mEq/L"), ("mmol/L！", "mmol/L"), ("mg/dL?", "mg/dL"), ("g/dL.", "g/dL"),
                                           ("mmol/L", "mmol/L"), ("10^9/L", "10^9/L")])
def test_punctuation_glued_to_a_unit_is_not_part_of_it(raw: str, unit: str) -> None:
    assert clean_unit(raw) == unit
