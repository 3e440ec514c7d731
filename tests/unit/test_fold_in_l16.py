"""Lab set 16 fold-in (the set is now tuned, not blind): each fix at its cause, written other ways than the
case, with look-alikes that must stay as they were. Every group fails without its change."""

from __future__ import annotations

import pytest

from tests.lab_report import flags as _flags
from tests.lab_report import one, results


# ---------------------------------------------------------------- a dash followed by words is no negative result
@pytest.mark.parametrize(("line", "flag"), [
    ("ED chemistry - Glucose, plasma: 28 mg/dL (70-99) L", "critical_low"),   # before: 'plasma' unknown, only low
    ("Chemistry - Glucose 28 mg/dL", "critical_low"),
    ("Stat chem - Potassium, serum: 6.9 mmol/L", "critical_high"),
])
def test_a_dash_between_a_heading_and_a_name_joins_them(line: str, flag: str) -> None:
    assert [f for _, f in _flags(line)] == [flag]


@pytest.mark.parametrize(("line", "key"), [
    ("Potassium - sample haemolysed, please repeat", "potassium"),
    ("Hemoglobin A1c: see comment - result not reportable (hemoglobin variant detected)", "hba1c"),
    ("HbA1c: see comment", "hba1c"),   # before: the 1 of A1c made the name hold a number
])
def test_a_remark_in_place_of_the_value_is_one_unknown_naming_the_test(line: str, key: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"], r["value"]) == (key, "unknown", None)


@pytest.mark.parametrize(("line", "key"), [("尿蛋白 -", "u_protein"), ("Nitrite - ", "u_nitrite")])
def test_a_lone_dash_is_still_a_negative_result(line: str, key: str) -> None:
    assert _flags(line) == [(key, "normal")]


def test_a_number_before_see_comment_is_still_the_value() -> None:
    assert _flags("Na 140 see comment") == [("sodium", "normal")]


# ---------------------------------------------------------------- a result under review is pending
@pytest.mark.parametrize(("line", "key"), [
    ("促甲状腺激素（TSH）：结果待复核，稍后发布", "tsh"),   # before: no result at all
    ("血钾：待审核", "potassium"),
    ("肌酐 结果稍后发布", "creatinine"),
])
def test_a_result_awaiting_review_or_release_is_pending(line: str, key: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, "unknown") and "no result yet" in r["reason"]


def test_a_number_after_the_word_result_is_still_read() -> None:
    assert _flags("TSH 结果 2.1 mIU/L") == [("tsh", "normal")]


# ---------------------------------------------------------------- a number possible in only one unit
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("ABG: pH 7.21 / pCO2 88 / pO2 61 / HCO3 34", "pco2", "critical_high"),   # before: unknown, asked mmHg or kPa
    ("PaCO2 75", "pco2", "critical_high"),                                     # 75 kPa would be 563 mmHg
])
def test_a_number_no_living_patient_can_have_in_the_other_unit_is_read_in_the_one_left(line: str, key: str, flag: str) -> None:
    r = next(r for r in results(line) if r["key"] == key)
    assert (r["unit"], r["flag"]) == ("mmHg", flag)
    assert any("a living patient can have only in mmHg" in n for n in r["notes"])


# "TSH 4.6" left this list in lab set 32: mIU/L = uIU/mL, one number in every system, so the unit is assumed and
# said to be (tests/unit/test_fold_in_l32b.py).
@pytest.mark.parametrize("line", ["pCO2 40", "pCO2 6.1", "pO2 61", "Hb 4.1", "vitamin D 45"])
def test_a_number_possible_in_several_units_still_asks_for_the_unit(line: str) -> None:
    r = one(line)
    assert (r["unit"], r["flag"]) == (None, "unknown")


# ---------------------------------------------------------------- 孕检 / 产检 are context
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("孕检血红蛋白98g/L，算贫血吗", "hgb", "low"),   # before: unknown analyte '孕检血红蛋白'
    ("产检血小板 180 ×10^9/L", "plt", "normal"),
    ("孕检的TSH 6.2 mIU/L", "tsh", "high"),
])
def test_a_prenatal_check_before_a_name_is_context(line: str, key: str, flag: str) -> None:
    assert _flags(line, sex="F", age=30)[0] == (key, flag)


def test_after_a_prenatal_check_a_modifier_still_makes_another_test() -> None:
    assert one("孕检糖化血红蛋白 5.2 %")["key"] == "hba1c"


# ---------------------------------------------------------------- 25-hydroxyvitamin D (Mayo 25HDN, 20-50 ng/mL)
@pytest.mark.parametrize(("line", "flag"), [
    ("25-OH Vitamin D, total: 34 ng/mL", "normal"),   # before: unknown analyte
    ("Vitamin D, 25-OH: 11 ng/mL", "low"),            # before: 25 read as the value
    ("Vitamin D, 25(OH) 18 ng/mL", "low"),
    ("25-hydroxyvitamin D 75 nmol/L", "normal"),
    ("25-羟基维生素D 140 nmol/L", "high"),
    ("Vitamin D, 25-Hydroxy 24 ng/mL (30-100) L", "low"),   # the printed range first
])
def test_25_hydroxyvitamin_d_has_a_sourced_range(line: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["code"], r["flag"]) == ("vitamin_d", "62292-8", flag)


def test_vitamin_d_without_a_unit_in_chinese_still_asks_for_it() -> None:
    assert one("医生说我的维生素D是40,这个算够吗?")["flag"] == "unknown"   # 40 ng/mL normal, 40 nmol/L low


def test_dihydroxyvitamin_d_is_another_test() -> None:
    assert one("1,25-dihydroxy vitamin D 40 pg/mL")["key"] is None
