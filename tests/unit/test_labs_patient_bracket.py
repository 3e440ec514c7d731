"""Who the result is for, in brackets after the test's name (blind lab set 64, children's and newborns' results, first
look on 4c91177): "Glucose (newborn, 6 h of life): 20 mg/dL" read '6 h' as the glucose and "Total bilirubin (neonate,
4 days old): 28.0 mg/dL" lost its value, so two critical values came back unknown. A bracket made only of patient words
and ages is the patient's age and newborn status; any other bracket stays part of the name."""

from __future__ import annotations

import pytest

from carebridge.tools.labs.engine import interpret_report
from tests.lab_report import one


@pytest.mark.parametrize(("text", "flag"), [
    ("Glucose (newborn, 6 h of life): 20 mg/dL", "critical_low"),
    ("Total bilirubin (neonate, 4 days old): 28.0 mg/dL", "critical_high"),
    ("Potassium (infant, 3 weeks old) 7.4 mmol/L", "critical_high"),
])
def test_a_bracket_of_patient_words_and_age_is_not_the_result(text: str, flag: str) -> None:
    assert one(text)["flag"] == flag


def test_the_bracket_gives_the_age_and_newborn_status() -> None:
    r = interpret_report("Total bilirubin (neonate, 4 days old): 28.0 mg/dL")
    assert r["patient"]["newborn"] is True and 0 < r["patient"]["age"] < 28 / 365.25
    r = interpret_report("血红蛋白(男，45岁) 120 g/L")
    assert (r["patient"]["sex"], r["patient"]["age"]) == ("M", 45.0)


@pytest.mark.parametrize(("text", "name_word"), [
    ("Glucose (fasting) 5.0 mmol/L", "Glucose"),
    ("ESR (Westergren) 58 mm/h", "sedimentation"),
    ("Creatinine (enzymatic) 65 umol/L", "Creatinine"),  # inside every WS/T 404.5 band (80 is high for a woman 20-59)
])
def test_other_brackets_stay_with_the_name(text: str, name_word: str) -> None:
    r = one(text)
    assert name_word.lower() in r["analyte"].lower() and r["flag"] != "unknown"
