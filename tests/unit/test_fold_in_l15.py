"""Lab set 15 fold-in (the set is now tuned, not blind): each fix at its cause, written other ways than the
case, with look-alikes that must stay as they were. Every group fails without its change."""

from __future__ import annotations

import json

import pytest

from carebridge.tools.labs.engine import interpret_report
from carebridge.tools.labs.knowledge import load_lab_knowledge
from carebridge.tools.labs.units import annotation, clean_unit, same_annotation
from tests.lab_report import one, results


# ---------------------------------------------------------------- carboxyhaemoglobin (COHb)
@pytest.mark.parametrize(("line", "flag"), [
    ("COHb 24 %", "critical_high"),                    # before: an unknown analyte, flagged only against its range
    ("碳氧血红蛋白 31%", "critical_high"),
    ("Carboxyhaemoglobin 15.0 % (0-2)", "critical_high"),   # the limit itself is called (Bronson >= 15.0)
    ("Carboxyhemoglobin 8 % (0-3)", "high"),           # a smoker's level: above the printed range, not critical
    ("COHb 1.2 % (0-3)", "normal"),
    ("COHb 12 %", "unknown"),                          # no range: the usual level depends on smoking
])
def test_carboxyhaemoglobin_is_known_and_critical_from_15_percent(line: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == ("cohb", flag)


def test_carboxyhaemoglobin_limit_cites_a_critical_list_and_notes_the_disagreement() -> None:
    kb = load_lab_knowledge()
    cohb = kb.by_key("cohb")
    assert cohb.code == "20563-3" and not cohb.ranges
    assert cohb.critical.high == 15.0 and cohb.critical.source == "bronson-cohb"
    assert "20" in cohb.critical.note


def test_plain_haemoglobin_is_still_haemoglobin() -> None:
    assert one("Hemoglobin 5.5 g/dL")["key"] == "hgb"


# ---------------------------------------------------------------- vancomycin, and a range printed after a comma
@pytest.mark.parametrize(("line", "flag"), [
    ("Vanco trough 24 mcg/mL, goal 10-20", "high"),     # before: unknown analyte, and the range was a clause of its own
    ("万古霉素谷浓度 8.5 mg/L，目标范围 10-20", "low"),
    ("vancomycin level 15 ug/mL, therapeutic range 10-20", "normal"),
    ("Vancomycin trough 31 mcg/mL", "unknown"),          # no critical limit and no range is sourced
])
def test_vancomycin_is_known_and_flagged_against_the_range_after_the_comma(line: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["code"], r["flag"]) == ("vancomycin", "4092-3", flag)


@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Lithium 1.3 mmol/L, therapeutic 0.6-1.2", "lithium", "high"),
    ("血锂 0.9 mmol/L，治疗范围 0.6-1.2", "lithium", "normal"),
    ("Sodium 149 mmol/L, ref range 150-160 mmol/L", "sodium", "low"),   # the printed range wins over the sourced one
    ("Digoxin 1.4 ng/mL, target <0.9", "digoxin", "high"),
])
def test_a_labelled_range_after_a_comma_belongs_to_the_result_before_it(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)
    assert r["range_source"] == "report"


def test_a_second_result_after_a_comma_is_still_its_own_result() -> None:
    rs = results("Na 140, K 6.8, range 3.5-5.3")
    assert [(r["key"], r["flag"]) for r in rs] == [("sodium", "normal"), ("potassium", "critical_high")]
    assert rs[0]["range_source"] != "report" and rs[1]["range_source"] == "report"


# ---------------------------------------------------------------- a Chinese sentence right after the unit
@pytest.mark.parametrize(("line", "key", "unit", "flag"), [
    ("糖化血红蛋白6.9%是不是高了", "hba1c", "%", "high"),   # before: unit '%是不是高了' does not fit
    ("血钾6.9mmol/L要紧吗", "potassium", "mmol/L", "critical_high"),
    ("血红蛋白 98 g/L偏低吗", "hgb", "g/L", "low"),
])
def test_a_unit_glued_to_a_chinese_sentence_is_read(line: str, key: str, unit: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["unit"], r["flag"]) == (key, unit, flag)


def test_a_unit_written_in_chinese_words_is_kept_whole() -> None:
    r = one("血钾 3.1 毫摩尔/升")
    assert (r["key"], r["flag"]) == ("potassium", "low")


# ---------------------------------------------------------------- context before an abbreviation
@pytest.mark.parametrize(("line", "key"), [
    ("备孕前查了TSH 6.8 mIU/L", "tsh"),                   # before: unknown analyte '备孕前查了TSH'
    ("上个月复查了ALT 88 U/L", "alt"),
    ("孕前测了 TSH 2.1 mIU/L", "tsh"),
])
def test_words_ending_in_a_context_word_before_an_abbreviation_are_context(line: str, key: str) -> None:
    assert one(line)["key"] == key


@pytest.mark.parametrize("line", ["维生素K 2.1", "前ALB 30 g/L", "尿液查了K 30 mmol/L"])
def test_an_unknown_word_or_a_specimen_glued_to_an_abbreviation_still_makes_another_test(line: str) -> None:
    assert one(line)["key"] is None


# ---------------------------------------------------------------- "医生说" is who said it, not report metadata
@pytest.mark.parametrize("text", ["医生说我的指标是120，没说是什么", "大夫说那个值是85，要紧吗", "医生说结果是7.5"])
def test_a_number_the_doctor_named_without_a_test_is_one_unknown_result(text: str) -> None:
    r = one(text)
    assert r["flag"] == "unknown" and r["key"] is None


def test_the_reports_doctor_is_still_metadata() -> None:
    out = interpret_report("送检医生：王 12\n血钾 4.1 mmol/L")
    assert [r["key"] for r in out["results"]] == ["potassium"]


# ---------------------------------------------------------------- a D-dimer annotation written as a word
def _ddimer(value: float, unit: str, ref_high: float, ref_unit: str) -> dict:
    obs = {"resourceType": "Observation", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "48065-7"}], "text": "D-dimer FEU"},
           "valueQuantity": {"value": value, "unit": unit},
           "referenceRange": [{"high": {"value": ref_high, "unit": ref_unit}}]}
    return one(json.dumps(obs))


@pytest.mark.parametrize(("value", "unit", "ref_unit", "flag"), [
    (0.3, "mg/L FEU", "mg/L FEU", "normal"),             # before: unit 'mg/lfeu' does not fit D-dimer
    (1.9, "ug/mL (FEU)", "ug/mL (FEU)", "high"),
    (0.3, "mg/L FEU", "mg/L{FEU}", "normal"),
])
def test_a_d_dimer_unit_with_its_annotation_written_as_a_word_is_read(value: float, unit: str, ref_unit: str,
                                                                     flag: str) -> None:
    assert _ddimer(value, unit, 0.5, ref_unit)["flag"] == flag


def test_a_written_annotation_is_still_compared_with_the_ranges_annotation() -> None:
    # FEU is about twice DDU: a value in FEU is never flagged against a DDU range.
    assert _ddimer(0.3, "mg/L FEU", 0.25, "mg/L DDU")["flag"] == "unknown"
    assert not same_annotation("mg/L FEU", "mg/L{DDU}")


@pytest.mark.parametrize(("raw", "unit", "note"), [
    ("mg/L FEU", "mg/L", "FEU"), ("ng/mL (DDU)", "ng/mL", "DDU"), ("mg/L", "mg/L", None), ("FEU", "FEU", None),
])
def test_clean_unit_reads_a_written_annotation(raw: str, unit: str, note: str | None) -> None:
    assert (clean_unit(raw), annotation(raw)) == (unit, note)
