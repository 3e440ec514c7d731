"""Staging fixes of stop 39: cross-branch near misses the merged tree fired on (the heldout paraphrase bank)."""

from __future__ import annotations

import pytest

from tests.triage_screen import bank_decide, fired

EMERGENT = {"emergency", "emergency_ambulance"}


# child_seriously_unwell_age_not_given (misread39, NICE NG143) is the floppy, listless child it names; a happy baby's
# mottled feet out of the bath waits for the age like child_seriously_unwell.
def test_a_happy_babys_mottled_feet_are_not_the_listless_child_rule() -> None:
    assert "child_seriously_unwell_age_not_given" not in fired(
        "my baby's feet look a bit mottled when she's out of the bath, no fever and she's happy")
    assert "child_seriously_unwell_age_not_given" in fired("my son is really floppy and listless today")


# fold-t136 read a boy's 'privates' with a pain as testicle pain (torsion); a knock there that was sore for minutes and
# then fine is not the sudden, very bad pain NHS Testicle pain sends to A&E.
@pytest.mark.parametrize("text", [
    "my son got a knock to his privates at football, sore for a few minutes then fine",
    "he took a ball to the groin, hurt for a couple of minutes and then he was fine",
])
def test_a_knock_there_that_settled_in_minutes_is_not_torsion(text: str) -> None:
    assert bank_decide(text)[0] not in EMERGENT


@pytest.mark.parametrize("text", [
    "my son got kicked in his privates at football, its been agony for an hour and he's being sick",
    "Hi my son woke up with a tummy ache and was sick. his private area hurts, right side, really sore",
])
def test_a_pain_there_that_goes_on_is_still_torsion(text: str) -> None:
    assert "testicular_torsion" in fired(text)
