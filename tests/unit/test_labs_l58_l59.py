"""Lab sets 58 (a representative month, every format) and 59 (FHIR-heavy, in the style of the HL7 examples): a urine word
before the albumin/creatinine ratio names its own specimen."""

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


