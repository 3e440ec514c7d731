"""Lab engine: how a line's test name is read (inverted names, Chinese compounds, specimens) and lines without a value."""

from __future__ import annotations

import json

import pytest

from carebridge.tools.labs.engine import interpret_report
from carebridge.tools.labs.parse import split_items
from tests.lab_report import no_result, one, results


# ---------------------------------------------------------------- "Name, qualifier" (US / LOINC style)
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Calcium, total 15.8 mg/dL", "calcium", "critical_high"),      # 3.94 mmol/L, Kost high 3.22
    ("Bilirubin, total 3.5 mg/dL", "tbil", "high"),                  # 59.9 umol/L
    ("Bilirubin, direct 0.2 mg/dL", "dbil", "normal"),
    ("Protein, total 7.0 g/dL", "tp", "normal"),                     # total protein, not the urine dipstick
    ("Calcium, ionized 0.7 mmol/L", "ionized_calcium", "critical_low"),
    ("Cholesterol, HDL 0.8 mmol/L", "hdl", "low"),
    ("Protein, total, serum 7.0 g/dL", "tp", "normal"),       # before: read as the urine dipstick "protein"
    ("Potassium, whole blood 6.9 mmol/L", "potassium", "critical_high"),  # before: the urine dipstick "blood"
    ("Glucose, fasting, plasma 5.0 mmol/L", "glucose", "normal"),
    ("Carbon dioxide, total 22 mmol/L", "tco2", "low"),
    ("Protein, urine negative", "u_protein", "normal"),
])
def test_inverted_names_with_a_comma_are_one_test(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)


def test_a_comma_between_results_still_separates_them() -> None:
    assert split_items("Na 140, K 4.1") == ["Na 140", "K 4.1"]
    assert split_items("Nitrite negative, glucose negative") == ["Nitrite negative", "glucose negative"]
    assert split_items("Protein, total 7.0 g/dL, Albumin 4.0 g/dL") == ["Protein, total 7.0 g/dL", "Albumin 4.0 g/dL"]
    rs = results("Calcium, total 9.5 mg/dL, Sodium 140 mmol/L")
    assert [(r["key"], r["flag"]) for r in rs] == [("calcium", "normal"), ("sodium", "normal")]


def test_a_name_ending_in_a_colon_is_not_glued_to_the_next_item() -> None:
    assert split_items("肌酐：, 尿素 5.0 mmol/L") == ["肌酐：", "尿素 5.0 mmol/L"]


# ---------------------------------------------------------------- Chinese compound names, specimen prefixes
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("动脉血pH 6.95", "ph", "critical_low"),
    ("静脉血钾 6.9 mmol/L", "potassium", "critical_high"),
    ("全血葡萄糖 1.8 mmol/L", "glucose", "critical_low"),
])
def test_blood_specimen_prefixes_are_read_through(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize(("line", "key"), [
    ("动脉血乳酸 1.0 mmol/L", "lactate"),
    ("凝血酶原时间国际标准化比值 1.0", "inr"),       # the INR of the prothrombin time
    ("凝血酶原时间国际标准化比值(PT-INR) 9.5", "inr"),
])
def test_chinese_compound_names_end_with_the_test(line: str, key: str) -> None:
    assert one(line)["key"] == key


@pytest.mark.parametrize("line", ["缺血修饰白蛋白 65 U/mL", "糖化白蛋白 15 %", "血清抗衰老因子 12 ng/mL"])
def test_a_modifier_before_a_known_name_makes_another_test(line: str) -> None:
    # ischaemia-modified and glycated albumin are not albumin: no albumin range may be applied to them
    r = one(line)
    assert r["key"] is None and r["flag"] == "unknown" and "unknown analyte" in r["reason"]


def test_prealbumin_is_a_test_of_its_own_not_albumin() -> None:
    assert one("前白蛋白 0.25 g/L")["key"] == "prealbumin"


@pytest.mark.parametrize("line", ["Urine potassium 40 mmol/L", "尿钾 40 mmol/L", "Potassium, urine 40 mmol/L", "尿肌酐 8000 umol/L",
                                  "CSF glucose 2.0 mmol/L", "脑脊液葡萄糖 2.0 mmol/L", "Glucose [Mass/volume] in Urine 100 mg/dL"])
def test_a_test_on_urine_or_another_fluid_never_gets_the_blood_range(line: str) -> None:
    # before: "Urine potassium 40 mmol/L" was read as serum potassium and called critical
    r = one(line)
    assert r["key"] is None and r["flag"] == "unknown"
    assert "urine or another body fluid" in r["reason"]


@pytest.mark.parametrize(("line", "key"), [
    ("尿常规 蛋白质 阴性", "u_protein"), ("尿酸 400 umol/L", "uric_acid"), ("血尿酸 400 umol/L", "uric_acid"),
    ("尿素 5.0 mmol/L", "urea"), ("Glucose [Moles/volume] in Blood 5.0 mmol/L", "glucose"),
])
def test_urine_words_that_are_part_of_a_blood_test_name_still_match(line: str, key: str) -> None:
    assert one(line)["key"] == key


# ---------------------------------------------------------------- a test named without a value
@pytest.mark.parametrize(("line", "key"), [
    ("肌酐：", "creatinine"), ("Hemoglobin: g/dL", "hgb"), ("血钾 mmol/L", "potassium"), ("Potassium", "potassium"),
    ("K =", "potassium"),
])
def test_a_known_test_without_a_value_is_unknown_with_a_reason(line: str, key: str) -> None:
    r = one(line)
    assert r["key"] == key and r["flag"] == "unknown"
    assert r["reason"].startswith("no value given for") and "no result" in r["reason"]


@pytest.mark.parametrize("line", ["肝功能：", "血常规", "检验结果:", "Comments: repeat potassium tomorrow",
                                  "备注：请空腹复查血钾", "姓名：张三"])
def test_headings_and_remarks_are_skipped_not_reported_as_missing_values(line: str) -> None:
    out = interpret_report(line)
    assert no_result(out["results"])
    assert out["skipped"]


def test_a_line_without_a_value_does_not_hide_the_others() -> None:
    out = interpret_report("肌酐：\n血钾 6.9 mmol/L\nHb 130 g/L")
    assert [(r["key"], r["flag"]) for r in out["results"]] == [
        ("creatinine", "unknown"), ("potassium", "critical_high"), ("hgb", "normal")]
    assert out["critical"] is True


# ---------------------------------------------------------------- full-width text and a random glucose
@pytest.mark.parametrize(("line", "key", "value", "flag"), [
    ("血钾：７．２ ｍｍｏｌ／Ｌ", "potassium", 7.2, "critical_high"),       # full-width digits, point and unit
    ("钠（Na）：１７６ ｍｍｏｌ／Ｌ ↑", "sodium", 176.0, "critical_high"),
    ("血小板 ３０×１０^９／Ｌ", "plt", 30.0, "critical_low"),
    ("WBC 25.0 ×10⁹/L", "wbc", 25.0, "high"),                            # a superscript exponent stays an exponent
])
def test_full_width_forms_read_as_ascii(line: str, key: str, value: float, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["value"], r["flag"]) == (key, value, flag)


@pytest.mark.parametrize(("line", "flag"), [
    ("随机血糖 35.2 mmol/L H", "critical_high"),      # critical limits apply whether fasting or not
    ("随机血糖 7.8 mmol/L", "normal"),                # the fasting interval does not apply after a meal
    ("random blood glucose 12.5 mmol/L", "high"),     # >= 11.1: the guideline's diabetes range
    ("RBS 250 mg/dL", "high"),
    ("随机血糖 3.2 mmol/L", "low"),
    ("非空腹血糖 1.9 mmol/L", "critical_low"),
])
def test_a_random_glucose_uses_the_random_threshold_and_the_critical_limits(line: str, flag: str) -> None:
    r = one(line)
    assert r["key"] == "glucose_random" and r["flag"] == flag


def test_a_plain_glucose_still_uses_the_fasting_interval() -> None:
    assert (one("血糖 7.8 mmol/L")["key"], one("血糖 7.8 mmol/L")["flag"]) == ("glucose", "high")


# ---------------------------------------------------------------- decimal commas, point-of-care glucose, pending
@pytest.mark.parametrize(("line", "key", "value", "flag"), [
    ("K 2,2 mmol/L", "potassium", 2.2, "critical_low"),                  # a decimal comma
    ("Serum potassium 7,5 mmol/L *", "potassium", 7.5, "critical_high"),
    ("Hb 12,5 g/dL (13,5-17,5)", "hgb", 12.5, "low"),
    ("WBC 25,000/uL", "wbc", 25000.0, "high"),                           # a thousands separator stays one
    ("指尖血糖 1.8 mmol/L", "glucose_random", 1.8, "critical_low"),      # finger-prick readings: any time of day
    ("末梢血糖 >33.3 mmol/L HI", "glucose_random", 33.3, "critical_high"),
    ("POC BG 1.5 mmol/L 危急值", "glucose_random", 1.5, "critical_low"),
    ("HCO3⁻ 50 mmol/L", "tco2", 50.0, "critical_high"),                   # superscript minus in the name
])
def test_report_spellings_seen_in_the_wild(line: str, key: str, value: float, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["value"], r["flag"]) == (key, value, flag)


def test_two_items_split_on_comma_space_are_not_a_decimal() -> None:
    out = interpret_report("Na 140, K 4.1")
    assert [(r["key"], r["value"]) for r in out["results"]] == [("sodium", 140.0), ("potassium", 4.1)]


@pytest.mark.parametrize("line", ["Sodium — pending", "血红蛋白 待复查", "Potassium: to follow"])
def test_a_pending_result_is_unknown_and_says_so(line: str) -> None:
    r = one(line)
    assert r["flag"] == "unknown" and "no result yet" in r["reason"]


def test_a_value_with_no_test_name_is_unknown_not_dropped() -> None:
    r = one("5.2 mmol/L")
    assert r["flag"] == "unknown" and "no test name" in r["reason"]


# ---------------------------------------------------------------- printouts, meters and patients' sentences
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Phosphorus, Inorganic   0.7 (L)   mg/dL   2.5-4.5", "phosphate", "critical_low"),   # US style: (L) before the unit
    ("Creatinine     1.9 (H)   mg/dL   0.7-1.3", "creatinine", "high"),
    ("我妈化验血钾2.2，医生说偏低，要紧吗", "potassium", "critical_low"),          # who and which paper before the name
    ("化验单上钠98.5，后面有个向下的箭头", "sodium", "critical_low"),
    ("指尖血糖：HI", "glucose_random", "critical_high"),                           # a meter beyond its measuring range
    ("护士记录：床旁血糖仪显示 LO", "glucose_random", "critical_low"),
    ("Glucose HI", "glucose", "critical_high"),
])
def test_printouts_meters_and_sentences(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)


def test_hi_is_only_a_meter_limit_for_glucose() -> None:
    r = one("血钾 HI")
    assert r["key"] == "potassium" and r["flag"] == "unknown"


@pytest.mark.parametrize("line", ["钠(Na)  ***  mmol/L  137-147  备注：标本量不足", "Hb --- g/L (130-175)"])
def test_a_placeholder_value_is_not_read_from_the_range(line: str) -> None:
    r = one(line)
    assert r["flag"] == "unknown" and r["value"] is None and "no result" in r["reason"]


def test_a_fhir_value_string_takes_the_unit_of_its_own_range() -> None:
    obs = {"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "1988-5"}]},
           "valueString": "<0.5", "referenceRange": [{"high": {"value": 5, "unit": "mg/L"}}]}
    r = interpret_report(json.dumps(obs))["results"][0]
    assert (r["unit"], r["flag"]) == ("mg/L", "normal")


# ---------------------------------------------------------------- patients' and nurses' sentences (blind set 5)
@pytest.mark.parametrize(("line", "key", "value", "flag"), [
    ("我爸血红蛋白才58，医生让住院", "hgb", 58.0, "critical_low"),       # no unit in Chinese: SI (g/L)
    ("血小板只有2万", "plt", 20.0, "critical_low"),                      # 2万/µL = 20 ×10^9/L
    ("血小板20万，正常吧", "plt", 200.0, "normal"),
    ("妈妈今天查血糖34.2，还能吃东西吗", "glucose", 34.2, "critical_high"),
    ("急查血钾7.3，已通知值班医生", "potassium", 7.3, "critical_high"),
    ("尿酸560，脚趾头疼", "uric_acid", 560.0, "high"),
    ("护理记录：血气pH 7.68，已报告医生", "ph", 7.68, "critical_high"),
    ("my potassium came back at 7.1 is that bad", "potassium", 7.1, "critical_high"),
    ("K+ 7.2 recheck pending", "potassium", 7.2, "critical_high"),       # a number: not a pending result
    ("血钾3.1 有点低", "potassium", 3.1, "low"),                         # words after the value are not a unit
])
def test_sentences_as_patients_and_nurses_write_them(line: str, key: str, value: float, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["value"], r["flag"]) == (key, value, flag)


@pytest.mark.parametrize(("line", "other"), [("血糖 100", "mg/dL"), ("肌酐 1.2", "mg/dL"), ("血红蛋白 13.5", "g/dL"),
                                           ("总胆固醇 200", "mg/dL")])
def test_no_si_unit_is_assumed_where_another_unit_makes_the_number_ordinary(line: str, other: str) -> None:
    r = one(line)
    assert r["flag"] == "unknown" and "no unit" in r["reason"] and other in r["reason"]


@pytest.mark.parametrize(("line", "key"), [("前白蛋白 200 mg/L", "prealbumin"), ("尿钾 40 mmol/L", None)])
def test_a_lead_in_is_never_a_different_test_name(line: str, key: str | None) -> None:
    # "前" is not a lead-in before albumin: prealbumin is its own test (never albumin)
    assert one(line)["key"] == key


@pytest.mark.parametrize("line", ["血红蛋白 HGB  溶血，请重新采样", "Platelets: sample clotted, unable to report"])
def test_an_unusable_sample_is_unknown(line: str) -> None:
    r = interpret_report(line)["results"][0]
    assert r["flag"] == "unknown" and "no result" in r["reason"]
