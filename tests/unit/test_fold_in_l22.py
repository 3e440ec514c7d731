"""Lab set 22 fold-in (the set is now tuned, not blind): each fix at its cause, written other ways than the
case, with look-alikes that must stay as they were. Every group fails without its change."""

from __future__ import annotations

import pytest

from tests.lab_report import flags as _flags
from tests.lab_report import one, results


# ---------------------------------------------------------------- a pressure unit printed with a space
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("pCO2 (arterial) 12 mm Hg", "pco2", "critical_low"),      # before: unit 'mm' does not fit, unknown
    ("PaCO2 72 mm Hg", "pco2", "critical_high"),
    ("pO2 38 mm Hg (80-100)", "po2", "critical_low"),
    ("PaCO2 40 MM HG", "pco2", "normal"),
])
def test_mm_hg_with_a_space_is_millimetres_of_mercury(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["unit"], r["flag"]) == (key, "mmHg", flag)


@pytest.mark.parametrize("line", ["pCO2 40 mmHg", "PaCO2 5.3 kPa"])
def test_pressure_units_written_whole_stay_as_they_were(line: str) -> None:
    assert one(line)["flag"] == "normal"


def test_millimetres_alone_still_do_not_fit_a_blood_gas() -> None:
    assert one("pCO2 40 mm")["flag"] == "unknown"


# ---------------------------------------------------------------- when a pending result will be out
@pytest.mark.parametrize(("line", "key"), [
    ("TSH: pending, will be reported tomorrow", "tsh"),         # before: no result at all
    ("Potassium pending, result expected this afternoon", "potassium"),
    ("Sodium pending, will be resulted in 2 hours", "sodium"),   # before: 2 read as the sodium, in 'hours'
    ("血钾 待出，明天出报告", "potassium"),
])
def test_a_pending_result_with_when_it_is_due_names_its_test(line: str, key: str) -> None:
    r = one(line)
    assert (r["key"], r["value"], r["flag"]) == (key, None, "unknown")


def test_a_value_before_a_remark_is_still_read() -> None:
    assert _flags("Sodium 125, will be resulted tomorrow") == [("sodium", "low")]


# ---------------------------------------------------------------- phenobarbital (critical limit: Mayo PBR, >= 60 ug/mL)
@pytest.mark.parametrize(("line", "flag"), [
    ("Phenobarbital level 72 ug/mL", "critical_high"),          # before: an unknown test
    ("苯巴比妥浓度 65 mg/L", "critical_high"),
    ("Phenobarbitone 60 ug/mL", "critical_high"),               # the limit itself is critical
    ("苯巴比妥 300 μmol/L", "critical_high"),                    # 69.7 ug/mL (232.24 g/mol)
    ("Phenobarbital 55 ug/mL (15-40)", "high"),                  # above the printed range, below the limit
    ("Phenobarbital 25 ug/mL", "unknown"),                       # no therapeutic range is sourced
])
def test_phenobarbital_level(line: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == ("phenobarbital", flag)


@pytest.mark.parametrize("line", ["Pb 12 ug/dL", "血铅 12 ug/dL"])
def test_lead_is_not_phenobarbital(line: str) -> None:
    assert one(line)["key"] is None


# ---------------------------------------------------------------- a newborn's heel-prick glucose
@pytest.mark.parametrize(("line", "kw", "flag"), [
    ("新生儿 出生第3天 足跟血糖 1.2 mmol/L", {}, "critical_low"),  # before: an unknown test
    ("足跟血血糖 1.4 mmol/L", {"age": 0.01}, "critical_low"),
    ("heel-prick glucose 20 mg/dL", {"age": 0.01}, "critical_low"),
    ("足跟血糖 4.2 mmol/L", {}, "normal"),
])
def test_heel_prick_glucose_is_a_point_of_care_glucose(line: str, kw: dict, flag: str) -> None:
    r = one(line, **kw)
    assert (r["key"], r["flag"]) == ("glucose_random", flag)


# ---------------------------------------------------------------- serum folate (Mayo FOL: >= 4.0 ng/mL)
@pytest.mark.parametrize(("line", "flag"), [
    ("Folate 2.1 ng/mL", "low"),                                 # before: an unknown test
    ("血清叶酸 3.5 ng/mL", "low"),
    ("叶酸 6.8 nmol/L", "low"),                                   # 3.0 ng/mL
    ("Folate 4.0 ng/mL", "normal"),
    ("Folic acid 18 ug/L", "normal"),
])
def test_serum_folate(line: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == ("folate", flag)


@pytest.mark.parametrize("line", ["红细胞叶酸 300 ng/mL", "red cell folate 300 ng/mL", "RBC folate 300 ng/mL",
                                  "红细胞镁 2.0 mmol/L"])
def test_a_level_inside_red_cells_is_not_the_serum_test(line: str) -> None:
    assert [r["key"] for r in results(line)] in ([None], ["rbc"])
    assert all(r["flag"] == "unknown" for r in results(line))


@pytest.mark.parametrize(("line", "key"), [("RBC 4.5 ×10^12/L", "rbc"), ("RBC MCV 90 fL", "mcv"), ("红细胞压积 40%", "hct")])
def test_red_cell_tests_stay_as_they_were(line: str, key: str) -> None:
    assert _flags(line) == [(key, "normal")]
