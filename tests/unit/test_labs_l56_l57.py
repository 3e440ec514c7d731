"""Lab sets 56 and 57 (what patients paste from their phones): a result broken over lines is one result, a value said
in words is a number, 'Vitamin B-12' is vitamin B12 and prolactin is known (Mayo Test ID PRL)."""

from __future__ import annotations

import pytest

from tests.lab_report import flags, one


# l57-001, l57-009, l57-123: OCR and narrow app screens wrap a result over two or three lines.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("Potassium (K)\n2.1 mmol/L", "potassium", "critical_low"),
    ("血红蛋白\n(HGB) 52\ng/L ↓↓", "hgb", "critical_low"),
    ("血小板\n(PLT) 480\n×10^9/L ↑", "plt", "high"),
    ("Sodium\n128 mmol/L", "sodium", "low"),
    ("Creati-\nnine 90 umol/L", "creatinine", "normal"),
    ("WBC 25\n×10⁹/L", "wbc", "high"),
])
def test_a_result_wrapped_over_lines_is_one_result(text: str, key: str, flag: str) -> None:
    assert flags(text, age=50, sex="M") == [(key, flag)]


@pytest.mark.parametrize(("text", "expected"), [
    # Near misses: lines that each hold a name and a value stay separate results.
    ("K 4.1 mmol/L\nNa 140 mmol/L", [("potassium", "normal"), ("sodium", "normal")]),
    ("Hb 140 g/L\nPLT 200 ×10^9/L", [("hgb", "normal"), ("plt", "normal")]),
    # A heading line that names no test is not joined to the result below it.
    ("血常规\nWBC 5.0 ×10^9/L", [("wbc", "normal")]),
])
def test_lines_that_each_hold_a_result_are_not_joined(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text, age=50, sex="M") == expected


def test_a_hyphen_that_ends_a_line_before_a_capital_or_a_number_is_not_a_broken_word() -> None:
    # 'globin' alone is globulin; only a lower-case continuation of a hyphenated word is joined.
    assert flags("Hemo-\nGlobulin 30 g/L", age=50, sex="M")[-1][0] == "glob"


# l57-055, l57-084: a value said in words.
@pytest.mark.parametrize(("text", "key", "value", "flag"), [
    # Hundreds in words are read whole since lab set 70 (never '19.5' out of 'one hundred and nineteen point five').
    ("my sodium came back one hundred and nineteen point five", "sodium", 119.5, "critical_low"),
    ("glucose two hundred five point five mg/dL", "glucose", 205.5, "high"),
    ("potassium came back seven point two, they called me", "potassium", 7.2, "critical_high"),
    ("Hb was nine point five g/dL", "hgb", 9.5, "low"),
    ("血红蛋白只有五十，要输血", "hgb", 50.0, "critical_low"),
    ("白蛋白二十五克", "alb", 25.0, "low"),
    ("血红蛋白才60克", "hgb", 60.0, "critical_low"),
])
def test_a_value_said_in_words_is_read(text: str, key: str, value: float | None, flag: str | None) -> None:
    r = one(text, age=50, sex="M")
    assert (r["key"], r["value"], r["flag"]) == (key, value, flag)


@pytest.mark.parametrize(("text", "key"), [
    # Near misses: numerals inside a name are not values; 毫克 stays a unit.
    ("二氧化碳结合力 22 mmol/L", "tco2"), ("D-二聚体 0.3 mg/L FEU", "ddimer"),
])
def test_numerals_in_names_are_not_values(text: str, key: str) -> None:
    assert one(text, age=50, sex="M")["key"] == key


def test_a_milligram_amount_is_still_a_unit_and_a_word_point_alone_is_not_a_number() -> None:
    assert one("尿酸400毫克", age=50, sex="M")["flag"] == "unknown"  # mg is not a concentration
    r = one("my potassium is at the point of concern: 2.0", age=50, sex="M")
    assert (r["key"], r["value"]) == ("potassium", 2.0)


# l57-073: 'Vitamin B-12' names vitamin B12.
@pytest.mark.parametrize(("text", "flag"), [("Vitamin B-12 128 pg/mL L", "low"), ("B-12 400 pg/mL", "normal"),
                                            ("Vit B-12: 1000 ng/L", "high")])
def test_vitamin_b_hyphen_12_is_vitamin_b12(text: str, flag: str) -> None:
    r = one(text, age=50, sex="F")
    assert (r["key"], r["flag"]) == ("vitamin_b12", flag)


def test_another_b_vitamin_stays_unknown() -> None:
    assert one("Vitamin B-6 10 ng/mL")["key"] is None


# l57-052: prolactin, Mayo PRL adult intervals (men 4.0-15.2, women 4.8-23.3 ng/mL; none under 18).
@pytest.mark.parametrize(("text", "sex", "flag"), [
    ("Prolactin 60 ng/mL", "F", "high"), ("PRL 12 ng/mL", "F", "normal"), ("泌乳素 20 ng/ml", "F", "normal"),
    ("泌乳素 20 ng/ml", "M", "high"), ("PRL 3.5 ug/L", "M", "low"), ("催乳素 15 ng/mL", "M", "normal"),
])
def test_prolactin_against_mayos_adult_intervals(text: str, sex: str, flag: str) -> None:
    r = one(text, age=35, sex=sex)
    assert (r["key"], r["flag"]) == ("prolactin", flag)


def test_prolactin_without_a_sex_uses_the_union_and_a_childs_is_unknown() -> None:
    assert one("PRL 10 ng/mL", age=35)["flag"] == "normal"  # inside both sexes' intervals (the union is 4.0-23.3)
    assert one("PRL 20 ng/mL", age=35)["flag"] == "unknown"  # high for a man, normal for a woman: asks (lab set 70)
    assert one("PRL 60 ng/mL", age=35)["flag"] == "high"  # above both
    assert one("PRL 60 ng/mL", age=10, sex="F")["flag"] == "unknown"  # Mayo gives no children's interval
    assert one("PLT 6")["key"] == "plt"  # the new abbreviation takes nothing from the platelet count
