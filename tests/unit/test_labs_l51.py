"""Lab set 51: an abbreviation written with a dot between its letters ('T.Bili', 'D.Bil') is the same name as with a
hyphen or a space ('T-BIL', 'T bili')."""

from __future__ import annotations

import pytest

from tests.lab_report import one


# l51-129: 'T.Bili 4.8 mg/dL H' was an unknown test; a dot or hyphen between two letters of a name is punctuation.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("T.Bili 4.8 mg/dL H", "tbil", "high"), ("T. Bili 82 umol/L", "tbil", "high"), ("T-Bili 0.6 mg/dL", "tbil", "normal"),
    ("D.Bil 30 umol/L", "dbil", "high"), ("D-Bil 3 umol/L", "dbil", "normal"), ("NT-proBNP 300 pg/mL", "ntprobnp", "high"),
])
def test_a_dot_between_letters_is_punctuation(text: str, key: str, flag: str) -> None:
    r = one(text, age=50, sex="M")
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize(("text", "key"), [("HCO3- 14 mmol/L", "tco2"), ("K 4.1 mmol/L", "potassium")])
def test_a_hyphen_after_a_number_and_plain_names_are_unchanged(text: str, key: str) -> None:
    # Near misses: a hyphen that is a charge sign after a digit stays, and a plain abbreviation reads as before.
    assert one(text, age=50, sex="M")["key"] == key


def test_an_unknown_dotted_name_stays_unknown() -> None:
    r = one("X.Qz 4.8 mg/dL")
    assert r["key"] is None and r["flag"] == "unknown"
