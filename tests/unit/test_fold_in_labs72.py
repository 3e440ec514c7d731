"""Lab sets 71 (a representative month, every format) and 72 (chronic-disease clinics: warfarin booklets, diabetes,
thyroid; values retyped from booklets).

Set 72: a date (and a label: the booklet, the drug) before the test's name is when the sample was taken, never the
value (l72-079, a missed critical INR); the hours of "餐后2小时血糖" are part of the test's name, and that test is in the
diabetes range from 11.1 mmol/L (l72-095); a free T3 inside both of Mayo's methods' intervals is normal (l72-130).
"""

from __future__ import annotations

import pytest

from tests.lab_report import flags, one


# ---------------------------------------------------------------- a leading date and label (l72-079)
@pytest.mark.parametrize("text", [
    "Warfarin booklet 12 Mar: INR 9.2",  # l72-079
    "Warfarin booklet 3/12: INR 9.2",
    "Warfarin booklet 2026-03-12: INR 9.2",
    "Booklet entry 12 Mar - INR 9.2",
    "On 12 Mar INR 9.2",
    "Mar 12: INR 9.2",
    "March 12th: INR 9.2",
    "3月12日 INR 9.2",
    "3月12日：INR 9.2",
    "华法林记录本 3月12日 INR 9.2",
    "2026年3月12日 INR 9.2",
])
def test_a_date_before_the_test_is_not_its_value(text: str) -> None:
    assert flags(text) == [("inr", "critical_high")]


@pytest.mark.parametrize(("text", "key", "flag"), [
    ("3月12日 血钾 6.9 mmol/L", "potassium", "critical_high"),
    ("复查 3月12日 血钾 6.9 mmol/L", "potassium", "critical_high"),
    ("2026年3月12日 血钾 6.9 mmol/L", "potassium", "critical_high"),
    ("Clinic 12 Mar 2026: K 6.9 mmol/L", "potassium", "critical_high"),
    ("Dose 1/2 tab INR 2.5", "inr", "high"),
])
def test_a_dated_booklet_line_keeps_its_result(text: str, key: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == (key, flag)
    assert r["value"] != 12 and r["value"] != 3  # the date's numbers are never the value


def test_a_dated_run_of_results_is_read_whole() -> None:
    assert flags("Booklet 3/12: INR 9.2 K 6.9 mmol/L") == [("inr", "critical_high"), ("potassium", "critical_high")]


# Look-alikes: the number right after a known test's name may be its value, and a blood pressure is two numbers with a
# slash; none of these is read as a date.
@pytest.mark.parametrize(("text", "expected"), [
    ("INR 2.5 12 Mar", [("inr", "high")]),
    ("Glucose 12 mmol/L", [("glucose", "high")]),
    ("K 3.12 mmol/L", [("potassium", "low")]),
    ("血钾 3.12 mmol/L", [("potassium", "low")]),
    ("Platelets 12 May be low", [("plt", "critical_low")]),
    ("Hb 98 g/L (110 - 150) 28/40 antenatal", [("hgb", "low")]),
])
def test_a_value_after_the_name_is_not_taken_for_a_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_a_dated_row_whose_rest_gives_no_result_is_read_whole() -> None:
    # l54-136 (a tab row): without its date the row would read 'NA' as an empty value column; it is sodium's code.
    assert flags("2024-03-05 08:12\t血清\tNA\t钠\t109\tmmol/L\t137～147\t↓") == [("sodium", "critical_low")]


def test_a_test_name_before_a_date_keeps_the_number_after_it() -> None:
    # "Hb 12 Mar": the 12 after the name may be the value; the label names a test, so no date is taken off it.
    r = one("Hb 12 Mar")
    assert (r["key"], r["value"]) == ("hgb", 12.0)


def test_a_blood_pressure_is_not_a_date() -> None:
    assert [k for k, _ in flags("BP 12/8 INR 2.5")] == [None, "inr"]  # 12/8 kPa stays a vital sign, said so


# ---------------------------------------------------------------- 2 hours after a meal (l72-095)
@pytest.mark.parametrize(("text", "flag"), [
    ("餐后2小时血糖 13.6 mmol/L", "high"),  # l72-095
    ("餐后2h血糖 13.6 mmol/L", "high"),
    ("2-hour postprandial glucose 250 mg/dL", "high"),
    ("餐后2小时血糖 30 mmol/L", "critical_high"),
    # Below the diabetes threshold the guideline's 2-hour cut-offs are a 75 g glucose load's, not a meal's: unknown.
    ("餐后2小时血糖 9.0 mmol/L", "unknown"),
    ("餐后2小时血糖 6.2 mmol/L", "unknown"),
])
def test_glucose_two_hours_after_a_meal(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("glucose_2h_postprandial", flag)


def test_the_hours_after_a_meal_are_not_the_value() -> None:
    assert one("餐后2小时血糖 13.6 mmol/L")["value"] == 13.6


def test_a_postprandial_glucose_is_not_read_against_the_fasting_range() -> None:
    # Was unknown as an unknown test (test_report_fold_in_l7); now its own test, still never the fasting range's "high".
    r = one("2h postprandial glucose 7.0 mmol/L")
    assert (r["key"], r["flag"]) == ("glucose_2h_postprandial", "unknown")


# ---------------------------------------------------------------- free T3 (l72-130)
@pytest.mark.parametrize(("text", "flag"), [
    ("游离T3 4.8 pmol/L", "normal"),  # l72-130: inside Mayo's 2.0-4.4 and 2.8-4.4 pg/mL
    ("FT3 3.1 pg/mL", "normal"),
    ("FT3 3.5 pmol/L", "unknown"),  # 2.28 pg/mL: normal by one method, low by the other
    ("FT3 7.0 pmol/L", "high"),
])
def test_free_t3_inside_both_methods_intervals(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("ft3", flag)
