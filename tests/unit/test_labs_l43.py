"""Lab sets 42 and 43: OCR slips in units, test names carebridge does not recognise, and texts with no result."""

from __future__ import annotations

import pytest

from tests.lab_report import one


# FIX B: a look-alike character in a unit (1 / l / I, 0 / o) is read as the one accepted unit it can be.
@pytest.mark.parametrize(("text", "flag", "unit"), [
    ("GLU  43.5  mmo1/L  3.89-6.11", "critical_high", "mmol/L"),   # l43-035
    ("Glucose 95 mg/dI", "normal", "mg/dL"),
    ("Potassium 4.1 mmoI/L", "normal", "mmol/L"),
    ("Creatinine 70 umo1/l", "normal", "umol/L"),
    ("WBC 14.8 10^9/1", "high", "10^9/L"),
])
def test_ocr_slip_in_unit_is_read(text: str, flag: str, unit: str) -> None:
    r = one(text)
    assert (r["flag"], r["unit"]) == (flag, unit)
    assert any("read as" in n and "look-alike" in n for n in r["notes"])


@pytest.mark.parametrize("text", ["Glucose 85 g/L", "Glucose 85 g/1", "Potassium 4.1 mg/1"])
def test_wrong_unit_is_not_read_as_a_slip(text: str) -> None:
    r = one(text)
    assert r["flag"] == "unknown"
    assert "does not fit" in r["reason"]


# FIX A: a test carebridge has no range for is flagged against the printed range only when the name is a real test.
@pytest.mark.parametrize(("text", "flag"), [
    ("癌胚抗原(CEA) 12.6 ng/mL ↑ 0-5.0", "high"),              # l42-053: names-only vocabulary
    ("他克莫司 FK506 谷浓度 3.1 ng/mL 目标 5-15", "low"),
    ("CA19-9 12 U/mL (0-37)", "normal"),
    ("Immunoglobulin G 18.2 g/L (7-16)", "high"),
    ("AG 24 mmol/L H (8-16)", "high"),
    ("血沉(ESR,魏氏法) 48 mm/h ↑ 0-20", "high"),                # a comma inside the name's brackets is the name's own
])
def test_vocabulary_name_is_flagged_against_printed_range(text: str, flag: str) -> None:
    r = one(text)
    assert r["flag"] == flag
    assert r["range_source"] == "report"


@pytest.mark.parametrize("text", [
    "ZZQ-9 5.5 mmol/L (3.0-8.0)",
    "ZZQ-9 12.5 mmol/L (3.0-8.0)",
    "Glorbatase 88 U/L 10-50",
    "血清蓝莓素 4.4 mmol/L (2.0-6.0)",
])
def test_unrecognised_name_is_unknown_with_reason(text: str) -> None:
    r = one(text)
    assert r["flag"] == "unknown" and r["key"] is None
    assert "does not recognise the test name" in r["reason"] and "ask the laboratory" in r["reason"]
    assert r["reference_range"] is not None  # the printed range is still shown


def test_ocr_typo_is_read_as_the_known_test() -> None:
    r = one("Potassiurn 3.3 mmol/L (3.5-5.1)")
    assert (r["key"], r["flag"]) == ("potassium", "low")
    assert any("read as Potassium" in n for n in r["notes"])


def test_fhir_coded_test_unknown_to_carebridge_is_flagged() -> None:
    import json
    obs = {"resourceType": "Observation", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "1863-0", "display": "Anion gap 4"}]},
           "valueQuantity": {"value": 20, "unit": "mmol/L"},
           "referenceRange": [{"low": {"value": 8, "unit": "mmol/L"}, "high": {"value": 16, "unit": "mmol/L"}}]}
    r = one(json.dumps(obs))
    assert (r["flag"], r["range_source"]) == ("high", "report")


@pytest.mark.parametrize(("code", "ok"), [("2345-7", True), ("718-7", True), ("13959-2", True), ("2345-6", False),
                                           ("abc", False), ("2345", False)])
def test_loinc_check_digit(code: str, ok: bool) -> None:
    from carebridge.tools.labs.vocabulary import loinc_check_digit_ok
    assert loinc_check_digit_ok(code) is ok


def test_vocabulary_loads_with_sources() -> None:
    from carebridge.tools.labs.vocabulary import load_vocabulary
    v = load_vocabulary()
    assert len(v.tests) >= 100
    assert all(t.sources for t in v.tests)


# FIX C: a text with no lab result gives one `unknown` row saying so, and the explanation does not say "all normal".
@pytest.mark.parametrize(("text", "lang", "words"), [
    ("报告单已审核，请凭条码到自助机打印", "zh", "没有找到化验结果"),              # l43-066
    ("化验单拍照了但是看不清，能帮我解读一下吗？", "zh", "没有找到化验结果"),         # l42-140
    ("Can you explain my blood test? The photo is blurry.", "en", "no lab result found"),
])
def test_text_without_a_result_gives_one_unknown_row(text: str, lang: str, words: str) -> None:
    from carebridge.tools.labs.engine import interpret_report
    out = interpret_report(text)
    assert out["no_result"] is True and out["critical"] is False
    r = one(text)
    assert r["flag"] == "unknown" and r["interpretation"] is None and words in r["reason"]
    explanation = out["explanation"][lang]
    assert "没有超出参考范围" not in explanation and "No value is outside" not in explanation
    assert ("没有找到化验结果" if lang == "zh" else "No lab result was found") in explanation


def test_header_and_note_lines_in_a_real_report_add_no_row() -> None:
    from carebridge.tools.labs.engine import interpret_report
    out = interpret_report("血常规检验报告单\n白细胞 12.5 10^9/L ↑ 3.5-9.5\n血红蛋白 135 g/L 130-175\n备注：结果仅供临床参考")
    assert [r["key"] for r in out["results"]] == ["wbc", "hgb"]
    assert "no_result" not in out and not any(r.get("no_result") for r in out["results"])


def test_chat_asks_for_results_when_none_found() -> None:
    from carebridge.agents.report import render_reply
    from carebridge.tools.labs.engine import interpret_report
    out = interpret_report("报告单已审核，请凭条码到自助机打印")
    text = render_reply(out, "zh", out["explanation"]["zh"])
    assert "没有找到化验结果" in text and "None" not in text
