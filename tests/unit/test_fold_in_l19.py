"""Lab set 19 fold-in (the set is now tuned, not blind): each fix at its cause, written other ways than the
case, with look-alikes that must stay as they were. Every group fails without its change."""

from __future__ import annotations

import json

import pytest

from tests.lab_report import flags as _flags
from tests.lab_report import one, results


# ---------------------------------------------------------------- ionised calcium by its serum/plasma LOINC codes
def _observation(code: str, value: float, unit: str, low: float | None = None, high: float | None = None) -> str:
    obs: dict = {"resourceType": "Observation", "status": "final",
                 "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
                 "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}}
    if low is not None and high is not None:
        obs["referenceRange"] = [{"low": {"value": low, "unit": unit}, "high": {"value": high, "unit": unit}}]
    return json.dumps(obs)


@pytest.mark.parametrize(("code", "value", "unit", "flag"), [
    ("1995-0", 1.95, "mmol/L", "critical_high"),     # before: not in the knowledge, only "high" against the printed range
    ("1995-0", 0.70, "mmol/L", "critical_low"),
    ("17864-0", 7.8, "mg/dL", "critical_high"),      # mass concentration, by ISE: 1.95 mmol/L
    ("1995-0", 1.40, "mmol/L", "high"),              # above the printed range, below the critical limit
])
def test_ionised_calcium_in_serum_is_known_by_its_code(code: str, value: float, unit: str, flag: str) -> None:
    r = one(_observation(code, value, unit, *((1.12, 1.32) if unit == "mmol/L" else (4.5, 5.3))))
    assert (r["key"], r["flag"]) == ("ionized_calcium", flag)


def test_total_calcium_code_is_still_total_calcium() -> None:
    assert one(_observation("17861-6", 2.3, "mmol/L"))["key"] == "calcium"


# ---------------------------------------------------------------- a fingerstick reading is a point-of-care glucose
@pytest.mark.parametrize(("line", "flag"), [
    ("My son's fingerstick read 25 mg/dL right before he passed out, is that low?", "critical_low"),  # before: unknown
    ("Fingerstick: 38 mg/dL", "critical_low"),
    ("finger stick 520 mg/dL", "critical_high"),
    ("FSBG 2.1 mmol/L", "critical_low"),
    ("her fingerstick was 142 mg/dL", "normal"),      # random glucose: below the 11.1 mmol/L diabetes threshold
])
def test_a_fingerstick_reading_is_a_point_of_care_glucose(line: str, flag: str) -> None:
    r = results(line)[0]
    assert (r["key"], r["flag"]) == ("glucose_random", flag)


@pytest.mark.parametrize(("line", "key"), [
    ("fingerstick hemoglobin 9.1 g/dL", "hgb"),        # another test named with it stays that test
    ("fingerstick cholesterol 190 mg/dL", "tc"),
    ("fingerstick glucose 25 mg/dL", "glucose_random"),
])
def test_a_fingerstick_of_another_test_is_that_test(line: str, key: str) -> None:
    assert one(line)["key"] == key


# ---------------------------------------------------------------- how the value was got is no part of the name
@pytest.mark.parametrize("line", [
    "LDL Cholesterol Calc 162 mg/dL, desirable <100",  # before: total cholesterol, normal
    "LDL Cholesterol (calculated) 162 mg/dL",
    "LDL cholesterol calc. 4.2 mmol/L",
])
def test_a_calculated_ldl_is_ldl(line: str) -> None:
    r = results(line)[0]
    assert (r["key"], r["flag"]) == ("ldl", "high")


@pytest.mark.parametrize(("line", "key"), [
    ("Cholesterol 162 mg/dL", "tc"), ("HDL Cholesterol 50 mg/dL", "hdl"), ("Calcium 2.3 mmol/L", "calcium")])
def test_cholesterol_and_calcium_names_are_unchanged(line: str, key: str) -> None:
    assert one(line)["key"] == key


# ---------------------------------------------------------------- a year in the name's brackets
@pytest.mark.parametrize(("line", "value", "flag"), [
    ("eGFR (CKD-EPI 2021): 48 mL/min/1.73m2 (>59)", 48, "low"),   # before: value 2021, unit '):'
    ("eGFR (MDRD 2006) 95 mL/min/1.73m2", 95, "normal"),
    ("估算肾小球滤过率(CKD-EPI 2009) 25 mL/min/1.73m2", 25, "low"),
])
def test_a_year_in_brackets_names_the_equation(line: str, value: float, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["value"], r["flag"]) == ("egfr", value, flag)


def test_a_number_in_brackets_with_no_value_after_is_still_the_value() -> None:
    r = one("K (6.9)")   # a bracket right before the number: as before
    assert r["key"] == "potassium"
    assert one("Platelets 250 (2021)")["value"] == 250


# ---------------------------------------------------------------- a line naming a test, with no number
@pytest.mark.parametrize(("line", "key"), [
    ("Potassium: hemolyzed specimen, unable to report. Is that bad?", "potassium"),   # before: no result
    ("Sodium - pending. When will it be back?", "sodium"),
    ("甲功：TSH 结果 见备注（样本脂血）", "tsh"),
    ("医生说我爸肌酐有问题，但报告上那一栏空着没数字，正常吗", "creatinine"),
    ("血钾 溶血。要紧吗？", "potassium"),
])
def test_a_test_named_without_a_number_is_one_unknown(line: str, key: str) -> None:
    assert _flags(line) == [(key, "unknown")]


def test_a_question_after_a_value_leaves_the_value() -> None:
    assert _flags("Potassium 6.9. Is that bad?") == [("potassium", "critical_high")]


def test_a_remark_between_name_and_value_is_no_part_of_the_name() -> None:
    assert _flags("肌酐有问题 150") == [("creatinine", "high")]
    assert _flags("钾异常 5.8") == [("potassium", "high")]


# ---------------------------------------------------------------- a blood test's name on a urinalysis line
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("尿常规里 pH 5.5 正常吧", "u_ph", "normal"),   # before: unknown ("measured in urine")
    ("尿常规 pH 9.5", "u_ph", "high"),
    ("尿检 葡萄糖 阴性", "u_glucose", "normal"),
])
def test_a_urinalysis_line_names_the_urine_test(line: str, key: str, flag: str) -> None:
    assert _flags(line) == [(key, flag)]


@pytest.mark.parametrize("line", [
    "尿常规 钠 40",                                  # no urine sodium in the knowledge: still unknown
    "24-hr urine protein 1,850 mg/24 h (<150)",     # a timed collection, not the dipstick
])
def test_other_urine_tests_are_not_made_dipstick_tests(line: str) -> None:
    assert one(line)["key"] is None


def test_a_sediment_count_is_not_the_leukocyte_esterase_pad() -> None:
    # Set 35 added the sediment count (LOINC 5821-4): before it, this line was unknown (key None).
    r = one("尿沉渣 白细胞 45 /HPF 0-5 ↑")
    assert (r["key"], r["flag"]) == ("u_wbc_hpf", "high")


def test_blood_ph_is_still_blood_ph() -> None:
    assert _flags("pH 7.1") == [("ph", "critical_low")]
