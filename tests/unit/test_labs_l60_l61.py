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
    ("Creatinine 0.7 rng/dL", "creatinine", "normal", "mg/dL"),  # 62 umol/L, inside every band (0.9 is a woman's high)
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


# l60-003, l61-133: cystatin C (Mayo CSTCE, adults by age).
@pytest.mark.parametrize(("text", "age", "flag"), [
    ("Cystatin C 1.6 mg/L", None, "high"), ("胱抑素C CysC 0.85 mg/L", 35, "normal"), ("Cys-C 1.10 mg/L", 35, "high"),
    ("Cys-C 1.10 mg/L", 65, "normal"), ("Cys-C 0.55 mg/L", 40, "low"), ("血清胱抑素C 1.3 mg/L", 70, "high"),
])
def test_cystatin_c_against_mayo_by_age(text: str, age: int | None, flag: str) -> None:
    r = one(text, age=age)
    assert (r["key"], r["flag"]) == ("cystatin_c", flag)


def test_a_childs_cystatin_c_keeps_the_printed_range() -> None:
    # Mayo gives no interval under 18: unknown without one, the printed range with one.
    assert one("胱抑素C 1.3 mg/L", age=9)["flag"] == "unknown"
    assert one("胱抑素C 1.3 mg/L (0.5-1.0)", age=9)["flag"] == "high"


# l60-114: total iron-binding capacity (Mayo FEC 250-400 mcg/dL = 44.8-71.6 umol/L).
@pytest.mark.parametrize(("text", "flag"), [
    ("TIBC 80 umol/L", "high"), ("总铁结合力 55 μmol/L", "normal"), ("TIBC 40 umol/L", "low"), ("TIBC 430 ug/dL", "high"),
    ("Total iron binding capacity 300 mcg/dL", "normal"), ("TIBC 73 umol/L", "high"), ("TIBC 71 umol/L", "normal"),
    # 400 mcg/dL is 71.6 umol/L, 72 to the decimals '72' is written with: at the limit (lab-set-79 round, test_labs39.py)
    ("TIBC 72 umol/L", "normal"),
])
def test_total_iron_binding_capacity(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("tibc", flag)


def test_tibc_keeps_iron_and_saturation_apart() -> None:
    # Near misses: serum iron and transferrin saturation are still their own tests.
    assert one("血清铁 20 umol/L")["key"] == "iron"
    assert one("TSAT 30 %")["key"] == "tsat"


# l60-057, l61-158: procalcitonin is high above the highest upper reference limit any source gives (0.24 ng/mL).
@pytest.mark.parametrize(("text", "flag"), [
    ("PCT 0.8 ng/mL", "high"), ("降钙素原 12 ng/mL", "high"), ("Procalcitonin 0.30 ug/L", "high"),
    ("PCT 0.20 ng/mL", "unknown"), ("PCT 0.10 ng/mL", "unknown"), ("PCT 0.24 ng/mL", "unknown"),
    ("PCT 0.04 ng/mL", "normal"),  # stop 41 (labs41): 0.02-0.04 is inside every source's interval
    ("PCT 0.12 ng/mL (<0.05)", "high"), ("PCT 0.3 ng/mL (0-0.5)", "normal"),
])
def test_procalcitonin_above_every_sources_upper_limit(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("pct", flag)


def test_a_childs_procalcitonin_keeps_the_printed_range() -> None:
    assert one("PCT 0.8 ng/mL", age=2)["flag"] == "unknown"


# l61-103: free T3 above Mayo's shared adult upper limit 4.4 pg/mL (6.76 pmol/L). Lab set 72: from the higher of its two
# methods' lower limits (2.8 pg/mL, 4.30 pmol/L) to that limit both call the value normal; below 2.8 it stays unknown.
@pytest.mark.parametrize(("text", "flag"), [
    ("FT3 8.1 pmol/L", "high"), ("游离T3 7.0 pmol/L", "high"), ("free T3 5.2 pg/mL", "high"),
    ("FT3 6.5 pmol/L", "normal"), ("FT3 3.0 pg/mL", "normal"), ("FT3 2.5 pg/mL", "unknown"), ("FT3 2.0 pmol/L", "unknown"),
    ("FT3 5.0 pmol/L (3.1-6.8)", "normal"),
])
def test_free_t3_above_the_shared_upper_limit(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("ft3", flag)


# l61-073: reticulocytes as a percentage (Mayo RTIC, by age).
@pytest.mark.parametrize(("text", "age", "flag"), [
    ("Retic 3.2 %", None, "high"), ("网织红细胞 1.1%", 40, "normal"), ("RET% 0.4 %", 30, "low"),
    ("Reticulocyte count 2.9%", 70, "high"), ("网织红细胞百分比 1.7%", 4, "high"), ("Retic 1.7 %", 8, "normal"),
])
def test_reticulocyte_percentage_against_mayo_by_age(text: str, age: int | None, flag: str) -> None:
    r = one(text, age=age)
    assert (r["key"], r["flag"]) == ("retic", flag)


def test_a_reticulocyte_count_not_in_percent_is_not_read_as_the_percentage() -> None:
    # Near misses: an absolute count has no range here, and a baby under 6 months keeps the printed range.
    assert one("网织红细胞 60 x10^9/L")["flag"] == "unknown"
    assert one("Retic 3.0 %", age=0.1)["flag"] == "unknown"
