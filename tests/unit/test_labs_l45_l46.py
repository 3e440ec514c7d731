"""Lab sets 45 and 46: FHIR Quantity units (UCUM code vs display text), Chinese nicknames, full-width digits and
an impossible HbA1c."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.lab_report import one

UCUM = "http://unitsofmeasure.org"


def _obs(loinc: str, value: float, qty_unit: dict[str, Any], low: float | None = None,
         high: float | None = None) -> str:
    obs: dict[str, Any] = {"resourceType": "Observation", "status": "final",
                           "code": {"coding": [{"system": "http://loinc.org", "code": loinc}]},
                           "valueQuantity": {"value": value, **qty_unit}}
    if low is not None and high is not None:
        obs["referenceRange"] = [{"low": {"value": low, **qty_unit}, "high": {"value": high, **qty_unit}}]
    return json.dumps(obs)


# FIX 1: FHIR R4 Quantity: `unit` is the free-text "unit representation", `code` the "coded form of the unit" in
# `system`; with system UCUM the code is the unit, whatever the display says (l46-171, l46-172: criticals missed).
@pytest.mark.parametrize("display", ["Thousand/uL", "x10(3)/mcL", "K/cumm", "THOU/CMM", "10 3/ul", "x10³/µL",
                                     "*10^3/uL", "Tsd/µl"])
def test_ucum_code_is_the_unit_whatever_the_display(display: str) -> None:
    r = one(_obs("777-3", 4, {"unit": display, "system": UCUM, "code": "10*3/uL"}, 140, 400))
    assert (r["key"], r["flag"]) == ("plt", "critical_low")
    r = one(_obs("6690-2", 0.2, {"unit": display, "system": UCUM, "code": "10*3/uL"}, 4.0, 11.0))
    assert (r["key"], r["flag"]) == ("wbc", "critical_low")
    r = one(_obs("6690-2", 7.1, {"unit": display, "system": UCUM, "code": "10*3/uL"}, 4.0, 11.0))
    assert r["flag"] == "normal"


@pytest.mark.parametrize(("qty", "flag"), [
    ({"unit": "mmol/L", "system": UCUM, "code": "mmol/L"}, "normal"),          # display and code agree
    ({"unit": "millimoles per litre", "system": UCUM, "code": "mmol/L"}, "normal"),
    ({"unit": "mmol/L"}, "normal"),                                            # display only
    ({"system": UCUM, "code": "mmol/L"}, "normal"),                             # code only
    # A code in another system is not UCUM: the display is the unit.
    ({"unit": "mmol/L", "system": "http://example.org/local-units", "code": "MMOLPL"}, "normal"),
])
def test_quantity_unit_sources(qty: dict[str, Any], flag: str) -> None:
    r = one(_obs("2823-3", 4.2, qty))
    assert (r["key"], r["flag"], r["unit"]) == ("potassium", flag, "mmol/L")


def test_ucum_code_wrong_for_analyte_is_still_unknown() -> None:
    # The code is the unit: a platelet count coded in mmol/L does not fit, even when the display looks like a count.
    r = one(_obs("777-3", 4, {"unit": "Thousand/uL", "system": UCUM, "code": "mmol/L"}))
    assert r["flag"] == "unknown"


def test_unreadable_ucum_code_falls_back_to_a_readable_display() -> None:
    r = one(_obs("777-3", 4, {"unit": "10^9/L", "system": UCUM, "code": "10*9/L{xyz-unread}"}))
    assert r["flag"] == "critical_low"


@pytest.mark.parametrize(("text", "flag"), [
    ("PLT 4 Thousand/uL", "critical_low"),        # the display spellings read on a typed line too
    ("WBC 0.2 x10(3)/mcL", "critical_low"),
    ("RBC 4.6 Million/uL", "normal"),
    ("Platelets 250 K/mcL", "normal"),
])
def test_us_display_units_on_a_line(text: str, flag: str) -> None:
    assert one(text)["flag"] == flag


# FIX 2: '糖化' alone is HbA1c (糖化血红蛋白) as patients and nurses say it; full-width digits were already read.
@pytest.mark.parametrize(("text", "flag"), [
    ("糖化 ６．９％ 医生说要控制", "high"),    # l46-041
    ("糖化 6.9%", "high"),
    ("糖化5.4%", "normal"),
    ("我的糖化是8.1", "high"),                # bare number: % by the measuring range
    ("糖化血色素 6.1%", "high"),              # Taiwan / Hong Kong name
    ("糖化血红蛋白 ５．２％", "normal"),
])
def test_tanghua_is_hba1c(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("hba1c", flag)


@pytest.mark.parametrize("text", ["糖化白蛋白 15%", "糖化血清蛋白 2.1 mmol/L"])
def test_other_glycated_tests_are_not_hba1c(text: str) -> None:
    r = one(text)
    assert r["key"] != "hba1c"


# FIX 3: HbA1c has no critical limit, so it had no plausibility bound: above 20 % (the upper limit of detection of the
# Bio-Rad D-100 HPLC) a result is unknown, not high (l45-157 'HbA1c 95 %'; also 45, 58, 65, 68 % in sets 12-38).
@pytest.mark.parametrize("text", ["HbA1c 95 %", "HbA1c 21%", "糖化血红蛋白 65%", "HbA1c 200 mmol/mol"])
def test_impossible_hba1c_is_unknown(text: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("hba1c", "unknown")
    assert "upper limit of detection" in r["reason"]


@pytest.mark.parametrize(("text", "flag"), [
    ("HbA1c 14.8 %", "high"), ("HbA1c 18.5%", "high"), ("HbA1c 20 %", "high"), ("HbA1c 5.2%", "normal"),
    ("HbA1c 150 mmol/mol", "high"), ("A1c 95", "high"),   # a bare 95 is mmol/mol (10.8 %), not 95 %
])
def test_plausible_hba1c_still_flagged(text: str, flag: str) -> None:
    assert one(text)["flag"] == flag
