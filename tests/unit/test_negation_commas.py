"""An English denial runs over commas only as a list ("no fever, cough or rash"); a comma ends a denied verb
("I haven't eaten today, vomiting blood since this morning" is vomiting blood, an emergency)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize(("text", "code"), [
    ("I haven't eaten today, vomiting blood since this morning", "vomit_blood"),
    ("didn't sleep well, chest pain since midnight", "chest_pain"),
    ("haven't been out much, coughing up blood this week", "cough_blood"),
    ("not been drinking much, now a rash that doesn't fade", "nonblanching_rash"),
])
def test_a_comma_ends_a_denied_verb(text: str, code: str) -> None:
    assert code in current_codes(text)


def test_the_emergency_after_a_denied_verb_is_not_lost() -> None:
    urgency, rules = decide("I haven't eaten today, vomiting blood since this morning", age=50)
    assert urgency in ("emergency", "emergency_ambulance") and "gi_bleeding" in rules


@pytest.mark.parametrize("text", [
    "no fever, cough or rash",
    "I don't have a temperature, sore throat or cough",
    "He has no pain, discharge, dizziness or fever",       # an uncoded item ("pain") still continues the list
    "hasn't had a fever, vomiting or diarrhoea",
    "没有发烧，也没有咳嗽",
])
def test_a_denied_list_still_runs_over_commas(text: str) -> None:
    assert not current_codes(text) & {"fever", "cough", "vomiting", "diarrhoea", "dizziness", "ear_discharge"}


@pytest.mark.parametrize(("text", "code"), [
    ("ear discharge for a week", "ear_discharge"),
    ("eye discharge in the mornings", "eye_red"),
])
def test_a_discharge_named_after_another_part_is_not_vaginal(text: str, code: str) -> None:
    codes = current_codes(text)
    assert code in codes and "gyn_symptoms" not in codes


@pytest.mark.parametrize("text", [
    "havent had a period for 4 months, done 3 pregnancy tests all negative",
    "I haven't had my period in 3 months",
    "no period for two months",
    "vaginal discharge and itching",
])
def test_missed_periods_and_vaginal_discharge_are_gynaecological(text: str) -> None:
    assert "gyn_symptoms" in current_codes(text)


def test_a_denied_list_of_findings_is_denied_past_the_word_window() -> None:
    assert not current_codes("denies chest pain, shortness of breath or palpitations")
    assert not current_codes("no headache, neck stiffness, rash or vomiting")
