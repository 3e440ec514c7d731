"""Lab sets 33 (follow-up clinics, discharge letters) and 34 (lines copied from PDF/portal column layouts, FHIR from
several vendors) folded in: each behaviour changed, with a paraphrased case and a near miss that stays."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.lab_report import first as one
from tests.lab_report import no_result, results


def _obs(oid: str, *, status: str | None = "final", value: float = 45.0) -> str:
    obs: dict[str, Any] = {
        "resourceType": "Observation", "id": oid,
        "code": {"coding": [{"system": "urn:oid:2.16.156.10011.2.3.2.1", "code": "HGB", "display": "血红蛋白"},
                            {"system": "http://loinc.org", "code": "718-7"}], "text": "血红蛋白"},
        "subject": {"reference": "Patient/ZY1"},
        "valueQuantity": {"value": value, "unit": "g/L", "system": "http://unitsofmeasure.org", "code": "g/L"},
        "referenceRange": [{"low": {"value": 115, "unit": "g/L"}, "high": {"value": 150, "unit": "g/L"}}],
    }
    if status is not None:
        obs["status"] = status
    return json.dumps(obs, ensure_ascii=False)


# ------------------------------------------------- FHIR: a bad resource id does not hide the result (l34 cn_his)
# A Chinese HIS writes ids such as "obs-zy_his-12": the underscore breaks the FHIR id pattern. Before: the whole
# Observation was unknown ("invalid FHIR Observation (id: ...)"), even a critical haemoglobin.
def test_an_invalid_id_alone_is_noted_and_the_result_read() -> None:
    r = one(_obs("obs-zy_his-12"))
    assert (r["key"], r["flag"]) == ("hgb", "critical_low")
    assert any("invalid FHIR Observation (id" in n for n in r["notes"])


def test_a_local_coding_before_the_loinc_one_still_finds_loinc() -> None:
    assert one(_obs("obs-zy-his-12", value=135))["code"] == "718-7"


def test_near_miss_a_fault_in_the_result_itself_stays_unreadable() -> None:
    # No status (required in R4) is a fault of the result, not of its bookkeeping: still unknown.
    r = one(_obs("obs-zy_his-12", status=None))
    assert r["flag"] == "unknown" and "invalid FHIR Observation" in r["reason"]


# ------------------------------------------------- '#' marks an absolute count (l34-045, l34-144)
# Before: 'PLT#' was an unknown analyte flagged only 'low' against the printed range: a critical count missed.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("PLT#\t8\t10^9/L\t125-350\tL", "plt", "critical_low"),
    ("WBC#  0.4  10^9/L  3.5-9.5  L", "wbc", "critical_low"),
    ("RBC# 4.6 10^12/L", "rbc", "normal"),
])
def test_a_count_with_the_hash_mark_is_that_count(text: str, key: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize(("text", "key"), [
    ("NEUT% 0.4 %", "neut_pct"),   # the percentage is never the absolute count
    ("NEUT# 0.4 10^9/L", "neut_abs"),
    ("HGB# 60 g/L", None),         # not a count: no test of that name
])
def test_near_miss_hash_mark_only_for_counts(text: str, key: str | None) -> None:
    assert one(text)["key"] == key


# ------------------------------------------------- column layouts (l34-047, l34-101, l34-154)
def test_range_and_unit_before_the_value() -> None:
    # Before: unknown (the bracketed range was read as the unit).
    r = one("Potassium            (3.5-5.1)    mmol/L     7.2   H*")
    assert (r["key"], r["flag"], r["value"]) == ("potassium", "critical_high", 7.2)
    r = one("Potassium (Ref: 3.5-5.1) mmol/L 6.9 H")
    assert (r["key"], r["value"], r["reference_range"] is not None) == ("potassium", 6.9, True)


def test_near_miss_bracketed_unit_or_equation_in_the_name_stays() -> None:
    assert (one("Glucose (mg/dL): 100")["flag"], one("Glucose (mg/dL): 100")["unit"]) == ("normal", "mg/dL")
    assert one("eGFR (CKD-EPI 2021): 48 mL/min/1.73m2")["value"] == 48


def test_one_sided_range_between_value_and_unit() -> None:
    # Before: unknown ("unit '<6.0' does not fit").
    r = one("HbA1c\t5.4\t<5.7 %")
    assert (r["key"], r["flag"]) == ("hba1c", "normal")


def test_flag_with_asterisk_between_value_and_unit() -> None:
    assert one("Sodium 118 L* mmol/L")["flag"] == "critical_low"


def test_a_lone_asterisk_in_the_value_column_is_no_result() -> None:
    # Before: the 10 of '10^9/L' was read as the value (high against 3.5-9.5).
    r = one("PLT#    *    10^9/L    125-350")
    assert (r["key"], r["flag"], r["value"]) == ("plt", "unknown", None)


def test_near_miss_an_asterisk_after_a_value_is_not_a_blank() -> None:
    assert one("Potassium 6.9 mmol/L *")["flag"] == "critical_high"


# ------------------------------------------------- context words before a test (l33-014, l33-048, l33-187)
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("随访血钾 2.2 mmol/L", "potassium", "critical_low"),
    ("复诊空腹血糖 35 mmol/L", "glucose", "critical_high"),
    ("post-chemo WBC 0.6 x10^9/L", "wbc", "critical_low"),
    ("pre-chemo ANC 0.2 x10^9/L", "neut_abs", "critical_low"),
    ("post-transplant potassium 7.0 mmol/L", "potassium", "critical_high"),
])
def test_follow_up_and_treatment_words_are_context(text: str, key: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == (key, flag)


def test_near_miss_words_that_make_another_test_stay() -> None:
    assert one("pre-albumin 0.1 g/L")["key"] == "prealbumin"
    assert one("随访尿钾 20 mmol/L")["key"] is None  # a urine test, not serum potassium
    assert one("postprandial glucose 12 mmol/L")["key"] != "glucose"


def test_a_named_test_awaiting_its_result_after_a_lead_in() -> None:
    # Before: no result at all.
    r = one("复查血钾 mmol/L（结果待回报）")
    assert (r["key"], r["flag"]) == ("potassium", "unknown")


def test_near_miss_a_lead_in_alone_is_no_test() -> None:
    assert no_result(results("复查 mmol/L（结果待回报）"))
