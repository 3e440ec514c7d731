"""Lab sets 58 (a representative month, every format) and 59 (FHIR-heavy, in the style of the HL7 examples): a urine word
before the albumin/creatinine ratio names its own specimen, FHIR reference ranges told apart by sex (appliesTo) or
age are picked for the patient, and an Observation's coded interpretation N is used where carebridge has no range."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.lab_report import one

_LOINC = "http://loinc.org"
_UCUM = "http://unitsofmeasure.org"
_V3 = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"


def _qty(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": _UCUM, "code": unit}


def _obs(code: str, value: float, unit: str, *, ranges: list[dict[str, Any]] | None = None,
         interpretation: str | None = None, system: str = _V3) -> str:
    obs: dict[str, Any] = {"resourceType": "Observation", "id": "t", "status": "final",
                           "code": {"coding": [{"system": _LOINC, "code": code}]},
                           "valueQuantity": _qty(value, unit)}
    if ranges is not None:
        obs["referenceRange"] = ranges
    if interpretation is not None:
        obs["interpretation"] = [{"coding": [{"system": system, "code": interpretation}]}]
    return json.dumps(obs)


def _by_sex(sex_code: str, sex_text: str, low: float, high: float, unit: str = "g/dL") -> dict[str, Any]:
    return {"low": _qty(low, unit), "high": _qty(high, unit),
            "appliesTo": [{"coding": [{"system": "http://snomed.info/sct", "code": sex_code}], "text": sex_text}]}


MALE = ("248153007", "male")
FEMALE = ("248152002", "female")


# l58-077: 'Urine ACR 180 mg/g' was read as a blood test in urine (unknown); the ratio is measured in urine by definition.
@pytest.mark.parametrize(("text", "flag"), [
    ("Urine ACR 45 mg/g", "high"), ("Urine ACR 12 mg/g", "normal"), ("Spot urine ACR 420 mg/g", "high"),
    ("随机尿 ACR 50 mg/g", "high"), ("Urine: ACR 29 mg/g", "normal"), ("urine UACR 31 mg/g", "high"),
])
def test_a_urine_word_before_the_albumin_creatinine_ratio_keeps_the_test(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("uacr", flag)


@pytest.mark.parametrize("text", [
    "Urine albumin 180 mg/L", "Urine creatinine 180 mg/dL", "Urine potassium 40 mmol/L", "24h urine ACR 50 mg/g",
    "Urine glucose 5.0 mmol/L",
])
def test_a_urine_word_still_moves_a_blood_test_out_of_blood(text: str) -> None:
    # Near misses: a blood test after a urine word, and a timed collection, stay unknown (no urine ranges).
    r = one(text)
    assert r["flag"] == "unknown" and r["key"] in (None, "u_glucose"), r


# l59-009: a FHIR haemoglobin with a male and a female referenceRange (appliesTo): the first (male) range was used.
@pytest.mark.parametrize(("sex", "value", "flag"), [
    ("F", 12.6, "normal"), ("F", 15.9, "high"), ("F", 11.8, "low"),
    ("M", 12.6, "low"), ("M", 15.9, "normal"), ("M", 17.8, "high"),
    (None, 12.6, "normal"), (None, 11.8, "low"), (None, 17.8, "high"),  # sex unknown: the union 12.0-17.5
])
def test_a_fhir_range_by_sex_is_picked_for_the_patient(sex: str | None, value: float, flag: str) -> None:
    text = _obs("718-7", value, "g/dL", ranges=[_by_sex(*MALE, 13.5, 17.5), _by_sex(*FEMALE, 12.0, 15.5)])
    r = one(text, sex=sex)
    assert r["flag"] == flag and r["range_source"] == "report", r


def test_a_fhir_range_by_sex_read_from_the_text_alone() -> None:
    ranges = [{"low": _qty(13.5, "g/dL"), "high": _qty(17.5, "g/dL"), "appliesTo": [{"text": "Male"}]},
              {"low": _qty(12.0, "g/dL"), "high": _qty(15.5, "g/dL"), "appliesTo": [{"text": "Female"}]}]
    assert one(_obs("718-7", 12.6, "g/dL", ranges=ranges), sex="F")["flag"] == "normal"
    assert one(_obs("718-7", 12.6, "g/dL", ranges=ranges), sex="M")["flag"] == "low"


def test_a_fhir_range_by_age_in_years_is_picked_for_the_patient() -> None:
    ranges = [{"low": _qty(3.5, "mmol/L"), "high": _qty(5.5, "mmol/L"),
               "age": {"low": {"value": 1, "unit": "a", "system": _UCUM, "code": "a"},
                       "high": {"value": 17, "unit": "a", "system": _UCUM, "code": "a"}}},
              {"low": _qty(3.5, "mmol/L"), "high": _qty(5.1, "mmol/L"),
               "age": {"low": {"value": 18, "unit": "a", "system": _UCUM, "code": "a"}}}]
    assert one(_obs("2823-3", 5.3, "mmol/L", ranges=ranges), age=10)["flag"] == "normal"
    assert one(_obs("2823-3", 5.3, "mmol/L", ranges=ranges), age=40)["flag"] == "high"


def test_a_single_fhir_range_and_unlabelled_ranges_read_as_before() -> None:
    # Near misses: one range with appliesTo, and two ranges without, keep the first range (as before this fold).
    one_range = [_by_sex(*MALE, 13.5, 17.5)]
    assert one(_obs("718-7", 12.6, "g/dL", ranges=one_range), sex="F")["flag"] == "low"
    two_plain = [{"low": _qty(13.5, "g/dL"), "high": _qty(17.5, "g/dL")},
                 {"low": _qty(12.0, "g/dL"), "high": _qty(15.5, "g/dL")}]
    assert one(_obs("718-7", 12.6, "g/dL", ranges=two_plain), sex="F")["flag"] == "low"


def test_a_critical_value_is_critical_whatever_the_sex_range() -> None:
    text = _obs("718-7", 5.2, "g/dL", ranges=[_by_sex(*MALE, 13.5, 17.5), _by_sex(*FEMALE, 12.0, 15.5)])
    assert one(text, sex="F")["flag"] == "critical_low"


# l59-059: FHIR ferritin 120 ug/L with the HL7 interpretation N and no range: unknown (between the WHO cut-off and
# Mayo's upper limit); the laboratory's coded N says where its own range puts it.
@pytest.mark.parametrize(("value", "interp", "flag"), [
    (120, "N", "normal"), (60, "N", "normal"), (120, "H", "high"),
    (20, "N", "normal"),  # since lab set 62, 120 and 60 are normal by WHO and Mayo alone; 20 (below Mayo's 31) is not
    (8, "N", "low"),  # carebridge's sourced cut-off says low: the lab's N does not lower it
    (900, "N", "high"),  # past Mayo's upper reference limit for men
])
def test_a_coded_normal_interpretation_is_used_where_carebridge_has_no_range(value: float, interp: str, flag: str) -> None:
    assert one(_obs("2276-4", value, "ug/L", interpretation=interp), sex="M")["flag"] == flag


def test_a_coded_normal_interpretation_with_no_range_at_all() -> None:
    # Procalcitonin 0.10 lies between the sources' upper limits (stop 41: 0.02-0.04 is normal by every one): the coded N
    # is the only thing that places it.
    assert one(_obs("33959-8", 0.1, "ng/mL", interpretation="N"))["flag"] == "normal"
    assert one(_obs("33959-8", 0.1, "ng/mL"))["flag"] == "unknown"


def test_a_coded_normal_does_not_hide_a_critical_value() -> None:
    assert one(_obs("2823-3", 7.1, "mmol/L", interpretation="N"))["flag"] == "critical_high"


# Ferritin 20 for a man: between WHO's cut-off and Mayo's lower limit (120 is normal by both since lab set 62).
@pytest.mark.parametrize("text", ["Ferritin 20 ng/mL N", "PCT 0.10 ng/mL N"])  # stop 41: 0.04 is normal by every source
def test_a_letter_n_on_a_text_line_is_not_read_as_normal(text: str) -> None:
    # Near miss: on a typed line 'N' may be 'negative'; only a FHIR Observation's coded interpretation is read.
    assert one(text, sex="M")["flag"] == "unknown"


def test_an_interpretation_in_words_only_is_not_read_as_normal() -> None:
    # Near miss: an interpretation with no coding, only free text, is not the coded N.
    obs = json.loads(_obs("2276-4", 20, "ug/L"))  # 120 is normal by WHO and Mayo alone since lab set 62
    obs["interpretation"] = [{"text": "N"}]
    assert one(json.dumps(obs), sex="M")["flag"] == "unknown"
