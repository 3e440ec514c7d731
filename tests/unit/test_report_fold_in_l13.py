"""Lab blind set 13 fold-in (the set is now tuned, not blind): each fix at its cause, with the other ways it is written."""

from __future__ import annotations

import pytest

from carebridge.tools.labs.knowledge import load_lab_knowledge
from tests.lab_report import one, results


# ---------------------------------------------------------------- who and how old, in brackets
@pytest.mark.parametrize("line", [
    "新生儿（生后3天）总胆红素 310 μmol/L",          # before: an unknown analyte '(生后' with the value 3
    "新生儿(出生后5天) 总胆红素 TBIL 290 umol/L ↑",
    "婴儿（出生4天）总胆红素 300 μmol/L",             # the age in days makes the infant a newborn
])
def test_a_newborn_age_in_brackets_sets_the_age_and_the_newborn_limits_apply(line: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == ("tbil", "critical_high")


def test_a_newborn_bilirubin_below_the_newborn_limit_is_not_critical() -> None:
    assert not one("新生儿（第3天）总胆红素 200 μmol/L")["flag"].startswith("critical")


# ---------------------------------------------------------------- bed numbers are where, not a result
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("值班护士：15床 血钾 6.9 mmol/L，要报告吗", "potassium", "critical_high"),   # before: unknown analyte '值班护士' = 15
    ("护理记录：8号床 血钠 116 mmol/L", "sodium", "critical_low"),
    ("Bed 12: potassium 2.4 mmol/L", "potassium", "critical_low"),
    ("21床病人血糖 1.9 mmol/L", "glucose", "critical_low"),
    ("床号 5 血红蛋白 52 g/L", "hgb", "critical_low"),
    # labs44 (lab set 85, l85-038): a ward, a bay or a cubicle names where, as a bed does; before, "Sepsis screen ward
    # 6: Lactate 9.1 mmol/L" was one unknown result 'Sepsis screen ward' = 6 and the critical lactate was lost.
    ("Sepsis screen ward 6: Lactate 9.1 mmol/L", "lactate", "critical_high"),
    ("Ward 6: K 6.9 mmol/L", "potassium", "critical_high"),
    ("Ward 10B: Hb 65 g/L", "hgb", "critical_low"),     # the letter is the ward's ('B: Hb' had read as BHB)
    ("Bay 4A: Hb 65 g/L", "hgb", "critical_low"),
    ("Cubicle 3 - Na 118 mmol/L", "sodium", "critical_low"),
    ("6病区 12床 血钾 6.9 mmol/L", "potassium", "critical_high"),
    ("病区6：血钾 2.1 mmol/L", "potassium", "critical_low"),
])
def test_a_bed_number_before_the_test_is_not_read_as_its_value(text: str, key: str, flag: str) -> None:
    rs = [r for r in results(text) if r["key"] is not None]
    assert [(r["key"], r["flag"]) for r in rs] == [(key, flag)]


def test_a_number_of_a_test_is_still_read_when_a_bed_is_named_elsewhere() -> None:
    # The 32 of "32床" is the bed; the 3.2 after the name is the lithium level.
    r = [r for r in results("护士：32床 血锂 3.2 mmol/L，治疗窗0.6-1.2") if r["key"] == "lithium"][0]
    assert (r["value"], r["flag"]) == (3.2, "critical_high")


# ---------------------------------------------------------------- theophylline
@pytest.mark.parametrize(("line", "flag"), [
    ("茶碱血药浓度 32 mg/L", "critical_high"),          # before: an unknown analyte, no critical limit
    ("theophylline level 27 ug/mL", "critical_high"),
    ("Theophylline 24 mcg/mL", "critical_high"),
    ("血茶碱 12 μg/mL", "unknown"),                    # no therapeutic range is sourced: only a printed one flags
    ("Theophylline 15 mcg/mL (10-20)", "normal"),
])
def test_theophylline_is_known_and_critical_above_the_limit_most_lists_share(line: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == ("theophylline", flag)


def test_theophylline_limit_cites_a_critical_source_and_converts_from_umol() -> None:
    kb = load_lab_knowledge()
    crit = kb.by_key("theophylline").critical
    assert crit is not None and crit.source in kb.sources and crit.high is not None
    assert one("theophylline 180 umol/L")["flag"] == "critical_high"  # 180 umol/L x 180.16 g/mol = 32.4 ug/mL


# ---------------------------------------------------------------- patient-portal rows
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Potassium | Your value 6.8 mmol/L | Standard range 3.5 - 5.1 mmol/L", "potassium", "critical_high"),
    ("Glucose | Result 62 mg/dL | Reference range 70-99 mg/dL | Low", "glucose", "low"),
    ("钠 | 结果 150 mmol/L | 参考范围 137-147 mmol/L", "sodium", "high"),
])
def test_a_delimited_row_with_labelled_cells_is_read(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)


# ---------------------------------------------------------------- timed urine
@pytest.mark.parametrize("line", ["24 hr urine protein 900 mg/24h (<150)", "24-hour urine protein 2.1 g/24 hr <0.15"])
def test_a_timed_urine_is_not_a_heart_rate_and_its_unit_keeps_the_period(line: str) -> None:
    r = one(line)
    assert r["flag"] == "high" and "24" in (r["unit"] or "")


def test_hr_alone_is_still_a_heart_rate() -> None:
    assert "vital sign" in one("HR 120")["reason"]


# ---------------------------------------------------------------- an unknown name in a sentence about the report
def test_an_unknown_test_mentioned_with_the_word_report_is_one_unknown_result() -> None:
    rs = results("化验报告上有个 QY指数 3.4，这个高吗")   # before: nothing, '报告' made it report metadata
    assert len(rs) == 1 and rs[0]["flag"] == "unknown" and rs[0]["value"] == 3.4


def test_report_metadata_with_a_number_is_still_skipped() -> None:
    assert results("报告编号 12345\n血钾 4.1 mmol/L")[0]["key"] == "potassium"
    assert len(results("报告编号 12345\n血钾 4.1 mmol/L")) == 1


# ---------------------------------------------------------------- names and codes
def test_iron_in_moles_has_its_own_loinc_code_as_an_alternative() -> None:
    kb = load_lab_knowledge()
    assert kb.by_code("14798-3") is kb.by_key("iron")


def test_uacr_written_with_a_slash_and_bi_is_the_ratio() -> None:
    assert one("尿微量白蛋白/肌酐比 45 mg/g")["key"] == "uacr"
