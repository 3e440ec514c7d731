"""Lab sets 75 (a representative month: Chinese outpatients and a UK GP surgery) and 76 (an inpatient ward).

Set 75: UK reports give the urine albumin/creatinine ratio in mg/mmol, which was read but called a unit that does not
fit (only mg/g was accepted). It is converted with creatinine's molar mass (KDIGO 2012: A1 below 30 mg/g, < 3 mg/mmol).
"""

from __future__ import annotations

import pytest

from tests.lab_report import one


@pytest.mark.parametrize(("text", "flag"), [
    ("Urine ACR 35 mg/mmol", "high"),                         # l75-070: KDIGO A3 (> 30 mg/mmol)
    ("Urine albumin:creatinine ratio 1.2 mg/mmol", "normal"),  # l75-071
    ("ACR 4.5 mg/mmol", "high"),                              # A2 in either unit (about 40 mg/g)
    ("尿微量白蛋白/肌酐比值 2.1 mg/mmol", "normal"),
    ("UACR 3.2 mg/mmol (0-3.0)", "high"),                     # the report's own range wins
])
def test_acr_in_mg_per_mmol(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("uacr", flag)


@pytest.mark.parametrize(("text", "flag"), [("UACR 45 mg/g", "high"), ("尿白蛋白肌酐比 12 mg/g", "normal")])
def test_acr_in_mg_per_g_unchanged(text: str, flag: str) -> None:
    assert one(text)["flag"] == flag


def test_acr_in_a_concentration_unit_still_does_not_fit() -> None:
    # A concentration is the urine albumin itself (another test), not the ratio.
    r = one("ACR 35 mg/dL")
    assert r["flag"] == "unknown" and "does not fit" in r["reason"]


def test_acr_mg_per_mmol_converts_with_creatinine_molar_mass() -> None:
    # 1.0 mg/mmol x 1000 / 113.12 = 8.84 mg/g. The range shown in the report's own unit is the limit KDIGO states in it
    # (< 3 mg/mmol; lab-set-79 round: no longer 30 mg/g converted, 3.39 mg/mmol; see tests/unit/test_labs39.py).
    r = one("ACR 1.0 mg/mmol")
    assert r["converted"]["value"] == pytest.approx(1000 / 113.12, abs=0.01)
    assert r["reference_range"]["unit"] == "mg/mmol"
    assert r["reference_range"]["high"] == pytest.approx(3.0)


# A dated entry with no result yet ("12 Mar: INR pending", left at lab set 72) reads as that test pending; a dated row
# whose label holds a number keeps being read whole (its "NA" is sodium's code, not "not available").
@pytest.mark.parametrize(("text", "key"), [("12 Mar: INR pending", "inr"), ("2024-03-05 INR: pending", "inr"),
                                           ("Warfarin booklet 12 Mar: INR awaited", "inr")])
def test_dated_pending_entry_names_its_test(text: str, key: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"], r["value"]) == (key, "unknown", None)
    assert "no result yet" in r["reason"]


def test_dated_row_with_a_code_and_a_value_still_read_whole() -> None:
    r = one("2024-03-05 08:12 血清 NA 钠 109")
    assert (r["key"], r["value"], r["flag"]) == ("sodium", 109.0, "critical_low")
