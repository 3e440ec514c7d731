"""Lab sets 60 (a representative month, every format) and 61 (what patients paste from a chat or read off a phone photo):
OCR slips in a unit ('rng/dL' for mg/dL, 'x1O^9/L' for x10^9/L), 尿液 written out before a urine test's name, a FHIR
Quantity whose display unit is an empty string beside its UCUM code, and sourced intervals for cystatin C (Mayo CSTCE),
total iron-binding capacity (Mayo FEC), and the upper limits of procalcitonin (the highest of the sources' limits) and
free T3 (the adult limit Mayo's two methods share)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from tests.lab_report import one

_LOINC = "http://loinc.org"
_UCUM = "http://unitsofmeasure.org"

# l61-185 'Calcium 11.4 rng/dL', l61-160 'NEUT# 1.0 x1O^9/L  L': OCR reads m as 'rn' and 0 as 'O'.
@pytest.mark.parametrize(("text", "key", "flag", "unit"), [
    ("Calcium 10.9 rng/dL", "calcium", "high", "mg/dL"),
    ("Glucose 5.4 rnmol/L", "glucose", "normal", "mmol/L"),
    ("Creatinine 0.9 rng/dL", "creatinine", "normal", "mg/dL"),
    ("WBC 12.5 x1O^9/L", "wbc", "high", "10^9/L"),
    ("PLT 250 X1O^9/L", "plt", "normal", "10^9/L"),
    ("NEUT# 1.2 x1O^9/L  L", "neut_abs", "low", "10^9/L"),
])
def test_an_ocr_slip_in_a_unit_is_read(text: str, key: str, flag: str, unit: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"], r["unit"]) == (key, flag, unit)
    assert any("look-alike" in n for n in r["notes"])


@pytest.mark.parametrize("text", [
    "Calcium 2.4 rng/L",      # 'mg/L' is no unit calcium is reported in: the slip is read only into an accepted unit
    "Glucose 95 rng/L",       # nor is 'mg/L' a glucose unit
    "WBC 6.5 x1O^12/L",       # 10^12/L is the red-cell unit, not a white-cell one
])
def test_a_unit_that_stays_wrong_after_the_slip_stays_unknown(text: str) -> None:
    assert one(text)["flag"] == "unknown"


# l61-091 '尿液pH 6.0': 尿液 is the word 尿 written out.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("尿液pH 5.5", "u_ph", "normal"), ("尿液 pH 8.5", "u_ph", "high"), ("尿液酸碱度 6.5", "u_ph", "normal"),
    ("尿液比重 1.020", "u_sg", "normal"),
])
def test_urine_written_out_before_a_urine_test(text: str, key: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize("text", ["尿液钾 30 mmol/L", "尿液肌酐 8000 umol/L", "尿液钠 120 mmol/L"])
def test_urine_written_out_never_makes_a_blood_test(text: str) -> None:
    # Near misses: a blood test's name after 尿液 is a urine chemistry carebridge has no range for.
    r = one(text)
    assert (r["key"], r["flag"]) == (None, "unknown")


def _sg(value: float, *, unit: Any = "", code: str | None = "1", system: str | None = _UCUM) -> str:
    qty: dict[str, Any] = {"value": value}
    for k, v in (("unit", unit), ("system", system), ("code", code)):
        if v is not None:
            qty[k] = v
    rng = {"low": {**copy.deepcopy(qty), "value": 1.003}, "high": {**copy.deepcopy(qty), "value": 1.030}}
    return json.dumps({"resourceType": "Observation", "id": "sg", "status": "final",
                       "code": {"coding": [{"system": _LOINC, "code": "5811-5"}]},
                       "valueQuantity": qty, "referenceRange": [rng]})


# l60-025: a FHIR urine specific gravity with unit "" and UCUM code "1".
@pytest.mark.parametrize(("value", "flag"), [(1.012, "normal"), (1.035, "high"), (1.001, "low")])
def test_an_empty_display_unit_beside_a_ucum_code_is_read(value: float, flag: str) -> None:
    r = one(_sg(value))
    assert (r["key"], r["flag"]) == ("u_sg", flag)
    assert any("empty unit text" in n for n in r["notes"])


@pytest.mark.parametrize("kw", [{"code": ""}, {"system": None}, {"code": None}])
def test_an_empty_display_unit_without_a_ucum_code_is_still_invalid(kw: dict[str, Any]) -> None:
    # Near misses: with no UCUM code to read the unit from, the empty string is still a FHIR fault (unknown).
    r = one(_sg(1.012, **kw))
    assert r["flag"] == "unknown" and "invalid FHIR" in (r.get("reason") or "")
