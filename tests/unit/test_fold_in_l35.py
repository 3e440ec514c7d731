"""Lab set 35 (a representative month: LIS printouts, portal pastes, sentences, nurses' shorthand, FHIR) folded in:
each behaviour changed, with a paraphrased case and a near miss that stays."""

from __future__ import annotations

import pytest

from tests.lab_report import first as one
from tests.lab_report import no_result, results


# ------------------------------------------------- a bracketed pending remark after "name：unit" (l35-085)
# Before: "肌酐：μmol/L（结果待复核）" gave no result (the colon form's tail "μmol/L(结果待复核)" was not a unit, and the
# pending remark was only read after a separator, not in brackets).
@pytest.mark.parametrize(("text", "key"), [
    ("尿素：  mmol/L（结果待审核）", "urea"),
    ("血钾：mmol/L（待出）", "potassium"),
    ("Sodium: mmol/L (pending)", "sodium"),
    ("Creatinine: umol/L (to follow)", "creatinine"),
])
def test_a_named_test_with_a_bracketed_pending_remark(text: str, key: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"], r["value"]) == (key, "unknown", None)
    assert "no value given" in r["reason"]


def test_near_miss_a_bracketed_remark_that_is_not_pending_or_names_no_test() -> None:
    assert no_result(results("备注：（结果待复核）"))
    assert no_result(results("肌酐：μmol/L（请到窗口领取报告单并咨询医生）"))


# ------------------------------------------------- "血钾结果出来了": a test whose result is out, with no number (set 32)
# Before: the line was skipped ("结果出来了" was not read as a remark after the name).
@pytest.mark.parametrize(("text", "key"), [
    ("血钠结果出来了", "sodium"),
    ("肌酐报告已经出来了", "creatinine"),
    ("my potassium result is back", "potassium"),
])
def test_a_test_whose_result_is_out_without_a_number(text: str, key: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"], r["value"]) == (key, "unknown", None)


def test_near_miss_a_result_out_with_no_test_or_with_a_number() -> None:
    assert no_result(results("结果出来了"))
    assert no_result(results("血常规结果出来了"))  # a panel, not one test
    assert no_result(results("我的化验结果出来了"))


# ------------------------------------------------- a test still to be done is no result
# Before: "明天去查血钾" gave potassium unknown "no value given", as if a result were missing.
@pytest.mark.parametrize("text", ["明天去查血钾", "下周要复查肌酐", "I'm going to check my potassium tomorrow"])
def test_a_test_still_to_be_done_is_no_result(text: str) -> None:
    assert no_result(results(text))


def test_near_miss_a_lead_in_before_a_test_without_a_value_stays() -> None:
    r = one("复查血钾 mmol/L（结果待回报）")
    assert (r["key"], r["flag"]) == ("potassium", "unknown")
    r = one("去查血钾 5.8 mmol/L")
    assert (r["key"], r["flag"]) == ("potassium", "high")


# ------------------------------------------------- urine WBC per high-power field (l35-096)
# Before: "尿白细胞 45 /HPF" went to the dipstick's leukocyte esterase and was unknown ("expected negative or positive").
# A count per high-power field is the sediment count (LOINC 5821-4), flagged against the report's printed range.
@pytest.mark.parametrize(("text", "flag"), [
    ("尿白细胞 18 个/HP 0-5", "high"),
    ("尿白细胞 2 /hpf (0-5)", "normal"),
    ("尿沉渣白细胞 9 /高倍视野 0-5", "high"),
])
def test_urine_wbc_per_high_power_field_is_the_sediment_count(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"], r["unit"]) == ("u_wbc_hpf", flag, "/HPF")


def test_near_miss_dipstick_words_stay_leukocyte_esterase_and_no_invented_range() -> None:
    assert (one("尿白细胞 2+")["key"], one("尿白细胞 2+")["flag"]) == ("u_le", "high")
    assert one("尿白细胞 阴性")["key"] == "u_le"
    r = one("尿白细胞 18 /HPF")  # no printed range: since lab set 62 the textbook's 0-5 per HPF (诊断学 第9版)
    assert (r["key"], r["flag"], r["range_source"]) == ("u_wbc_hpf", "high", "textbook-diagnostics-lab")
