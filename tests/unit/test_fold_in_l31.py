"""Lab set 31 (wards/ICU) folded in: each behaviour changed, with a paraphrased case and a near miss that stays."""

from __future__ import annotations

import json

import pytest

from tests.lab_report import first as one
from tests.lab_report import no_result, results


# ------------------------------------------------- a printed range with no result before it (l31-181)
# "肌酐  μmol/L  57-97": the value column is empty; 57 is the range's lower limit, not the result.
# Before: value 57 -> normal.
@pytest.mark.parametrize(("text", "key"), [
    ("肌酐  μmol/L  57-97", "creatinine"),
    ("肌酐 μmol/L 57~97", "creatinine"),
    ("肌酐(Cr)\tμmol/L\t57–97", "creatinine"),
    ("钾 mmol/L 3.5～5.3", "potassium"),
    ("血红蛋白 g/L 130-175", "hgb"),
    ("Creatinine umol/L 57 to 97", "creatinine"),
    ("Creatinine 57 - 97 umol/L", "creatinine"),
    ("Potassium mmol/L 3.5-5.3", "potassium"),
])
def test_a_printed_range_alone_is_no_result(text: str, key: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"], r["value"]) == (key, "unknown", None)
    assert "no result value" in r["reason"]


def test_the_range_only_item_does_not_take_the_other_items_of_the_line() -> None:
    rs = results("钾 3.2 mmol/L 3.5-5.3；肌酐 μmol/L 57-97")
    assert [(r["key"], r["flag"]) for r in rs] == [("potassium", "low"), ("creatinine", "unknown")]


@pytest.mark.parametrize(("text", "key", "flag", "value"), [
    ("肌酐 80 μmol/L 57-97", "creatinine", "normal", 80.0),     # a value before the range
    ("肌酐 120 μmol/L 57～97", "creatinine", "high", 120.0),
    ("K 3.2 3.5-5.3", "potassium", "low", 3.2),                  # value then range, no unit
    ("K 3.2 mmol/L 3.5-5.3", "potassium", "low", 3.2),
    ("Creatinine 80 umol/L (57 to 97)", "creatinine", "normal", 80.0),
    ("Potassium rose from 3.2 to 5.9 mmol/L", "potassium", "low", 3.2),  # a change over time, not a range: unchanged
])
def test_a_value_before_the_range_is_still_the_result(text: str, key: str, flag: str, value: float) -> None:
    r = one(text)
    assert (r["key"], r["flag"], r["value"]) == (key, flag, value)


# ---------------------------------------------------------------- left as they were (label disagreements)
def test_arterial_oxygen_saturation_without_a_range_stays_unknown() -> None:
    # l31-117: SaO2 (LOINC 2708-6) is not in the knowledge; its label cites "MSD Manual arterial blood gas normal
    # values ... SaO2 95-100%", a figure not confirmed in MSD's Normal Laboratory Values table (the same label gives
    # HCO3 22-26, where the knowledge's MSD figure is 23-28), and no critical limit for SaO2 is sourced (Kost lists PaO2).
    obs = {"resourceType": "Observation", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "2708-6",
                                "display": "Oxygen saturation in Arterial blood"}]},
           "valueQuantity": {"value": 98, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}}
    assert one(json.dumps(obs))["flag"] == "unknown"
    # with the lab's own range it is flagged against that range
    obs["referenceRange"] = [{"low": {"value": 95, "unit": "%"}, "high": {"value": 100, "unit": "%"}}]
    obs["valueQuantity"]["value"] = 88
    assert one(json.dumps(obs))["flag"] == "low"


def test_a_line_with_no_test_and_no_number_gives_no_result() -> None:
    # l31-058 (and l10-143): the engine returns no result at all; the bench scores that as "no result", the label
    # says unknown: a scoring convention, not a flag.
    assert no_result(results("请帮我看看我的化验单，医生说有点问题"))


def test_an_unknown_test_with_a_printed_range_is_flagged_against_that_range() -> None:
    # A real test carebridge has no range for (in the names-only vocabulary, knowledge/labs/vocabulary.yaml) is
    # flagged against the report's own range, with a note. A name no vocabulary knows (l31-115 "Frobnitase") is
    # unknown, its printed range shown but not used (lab set 43, FIX A).
    r = one("Tacrolimus 18.6 ng/mL (5-15)")
    assert (r["key"], r["flag"], r["range_source"]) == (None, "high", "report")
    assert any("not in carebridge's knowledge" in n for n in r["notes"])
    r = one("Frobnitase 88 U/L 10-50")
    assert (r["key"], r["flag"]) == (None, "unknown")
    assert "does not recognise the test name 'Frobnitase'" in r["reason"]
    assert one("Frobnitase 88 U/L")["flag"] == "unknown"
