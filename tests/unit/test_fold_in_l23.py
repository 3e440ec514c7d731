"""Lab set 23 fold-in (the set is now tuned, not blind): each fix at its cause, written other ways than the
case, with look-alikes that must stay as they were. Every group fails without its change."""

from __future__ import annotations

import pytest

from tests.lab_report import flags, one, results


# ---------------------------------------------------------------- a test's abbreviation in brackets is no unit
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("血钾(K) 7.3", "potassium", "critical_high"),       # before: 'K' read as kelvin, so the unit did not fit
    ("钠(Na) 118", "sodium", "critical_low"),
    ("Potassium (K) 2.4 mmol/L", "potassium", "critical_low"),
])
def test_a_bracketed_abbreviation_names_the_test_not_its_unit(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize(("line", "unit", "flag"), [
    ("Glucose (mg/dL): 100", "mg/dL", "normal"),          # a unit in brackets is still the unit
    ("血糖(mmol/L) 2.1", "mmol/L", "critical_low"),
])
def test_a_bracketed_unit_is_still_read(line: str, unit: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["unit"], r["flag"]) == ("glucose", unit, flag)


# ---------------------------------------------------------------- a row written with its field labels
@pytest.mark.parametrize(("line", "key", "unit", "flag"), [
    ("透析前：项目 血钾(K) 结果 6.8 单位 mmol/L 参考区间 3.5-5.3 ↑", "potassium", "mmol/L", "critical_high"),
    ("项目：葡萄糖 结果：100 单位：mg/dL 参考范围：70-99", "glucose", "mg/dL", "high"),   # before: the unit was lost
    ("Test: Glucose Result: 100 Units: mg/dL Reference range: 70-99", "glucose", "mg/dL", "high"),
    ("项目 血红蛋白 结果 128 单位 g/L", "hgb", "g/L", "normal"),
])
def test_a_labelled_row_is_read_field_by_field(line: str, key: str, unit: str, flag: str) -> None:
    r = one(line, sex="F")
    assert (r["key"], r["unit"], r["flag"]) == (key, unit, flag)


def test_labels_in_a_sentence_are_not_a_row() -> None:
    # "结果" with no "项目" before it, and English words without a colon, stay prose.
    assert flags("化验结果 血钾 6.9") == [("potassium", "critical_high")]
    assert one("test result potassium 6.9 mmol/L")["flag"] == "critical_high"


def test_a_word_in_the_value_column_leaves_no_result() -> None:
    # The unit column follows the value column: the number after the unit is the range, not the value.
    for line in ("钾(K)  溶血  mmol/L  3.50-5.30", "Potassium haemolysed mmol/L 3.5-5.3"):
        r = one(line)
        assert (r["key"], r["value"], r["flag"]) == ("potassium", None, "unknown")
    assert one("钾 5.8 mmol/L 3.5-5.3")["flag"] == "high"


# ---------------------------------------------------------------- numbers that say when
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Cycle 4 day 1 bloods: ANC 0.3 x10^9/L", "neut_abs", "critical_low"),
    ("Chemo unit, pre-cycle 2 FOLFIRI: ANC 0.2 x10^9/L", "neut_abs", "critical_low"),
    ("术后3个月 血红蛋白 62 g/L", "hgb", "critical_low"),
    ("产后2月 Hb 90 g/L", "hgb", "low"),
])
def test_a_cycle_or_months_after_an_event_is_not_the_result(line: str, key: str, flag: str) -> None:
    rs = [r for r in results(line, sex="F") if r["key"] is not None]
    assert [(r["key"], r["flag"]) for r in rs] == [(key, flag)]


def test_a_drug_level_after_months_since_a_transplant_uses_its_printed_target() -> None:
    r = next(r for r in results("肝移植术后6月 他克莫司谷浓度 3.1 ng/mL（目标 5-10）") if r["value"] == 3.1)
    assert (r["flag"], r["range_source"]) == ("low", "report")


# ---------------------------------------------------------------- a test named after a heading's colon
def test_a_heading_before_a_colon_does_not_make_another_test() -> None:
    assert one("Pre-cycle bloods: ANC 0.4 x10^9/L")["key"] == "neut_abs"
    # ...but a specimen named in the heading still counts, and a modifier alone before the colon is part of the name.
    assert one("CSF: glucose 1.0 mmol/L")["key"] is None
    assert one("Urine: potassium 20 mmol/L")["key"] is None
    assert one("Free: Hb 50 g/L")["key"] is None


# ---------------------------------------------------------------- two tests named together
def test_two_tests_named_together_are_two_results() -> None:
    assert flags("PT/INR: 12.8 s / 1.0") == [("pt", "unknown"), ("inr", "normal")]
    # Stop 40: a PT above both public tables' upper limits (MedlinePlus 13.5 s, Mayo 12.5 s) is high.
    assert flags("PT/INR 18.5 s/6.2") == [("pt", "high"), ("inr", "critical_high")]


@pytest.mark.parametrize("line", ["AST/ALT 1.5", "谷草转氨酶/谷丙转氨酶 1.5", "BUN/Cr 20"])
def test_a_ratio_with_one_value_stays_one_unknown_result(line: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (None, "unknown")


# ---------------------------------------------------------------- iron saturation is not iron
@pytest.mark.parametrize(("line", "flag"), [
    ("Iron saturation 14 % (20-50)", "low"),             # before: read as serum iron, whose units exclude %
    ("转铁蛋白饱和度 62% 20-50", "high"),
])
def test_saturation_is_another_test_flagged_by_its_printed_range(line: str, flag: str) -> None:
    # Transferrin saturation is its own test (key "tsat", since the set 52-53 round), never serum iron.
    r = one(line)
    assert (r["key"], r["flag"], r["range_source"]) == ("tsat", flag, "report")


def test_serum_iron_is_still_iron() -> None:
    assert (one("Iron 5 umol/L")["key"], one("血清铁 5 umol/L")["flag"]) == ("iron", "low")
    assert one("二氧化碳结合力 10 mmol/L")["key"] == "tco2"


# ---------------------------------------------------------------- pending, and time words after a name
@pytest.mark.parametrize("line", ["肌酐：待复检", "血钾 复检中"])
def test_a_result_waiting_for_a_retest_is_one_unknown_result(line: str) -> None:
    r = one(line)
    assert r["key"] is not None and r["flag"] == "unknown" and "no result yet" in r["reason"]


@pytest.mark.parametrize(("line", "key", "flag"), [
    ("糖化血红蛋白这次8.1%", "hba1c", "high"),
    ("血钾今天6.9", "potassium", "critical_high"),
    ("肌酐目前是 300 umol/L", "creatinine", "high"),
])
def test_a_time_word_after_the_name_is_filler(line: str, key: str, flag: str) -> None:
    r = results(line, age=60, sex="M")[0]
    assert (r["key"], r["flag"]) == (key, flag)
