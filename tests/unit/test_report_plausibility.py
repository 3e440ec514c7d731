"""Lab engine: values no living patient can have are `unknown` with a reason; real extreme values stay critical."""

from __future__ import annotations

import pytest

from carebridge.tools.labs.engine import interpret_report
from carebridge.tools.labs.knowledge import PLAUSIBLE_BANDS, load_lab_knowledge
from tests.lab_report import one

KB = load_lab_knowledge()


@pytest.mark.parametrize("line", [
    "血红蛋白 900 g/L",          # a slipped digit
    "Sodium 1400 mmol/L",
    "血钠 1400 mmol/L",
    "K 45 mmol/L",
    "Hb 130 g/dL",               # g/L written with the g/dL unit: 1300 g/L
    "血糖 5000 mmol/L",
    "pH 4.0",
    "Creatinine 150000 umol/L",
])
def test_impossible_values_are_unknown_with_a_reason(line: str) -> None:
    r = one(line)
    assert r["flag"] == "unknown"
    assert r["reason"].startswith("value outside what can be measured in a living patient")
    assert "check the value and the unit" in r["reason"].lower()


def test_the_reason_names_the_critical_limit_and_the_bound_in_the_reports_unit() -> None:
    r = one("Hb 130 g/dL")
    assert "19.9 g/dL" in r["reason"] and "67.9 g/dL" in r["reason"]


# Real values at the extremes of survival or disease: a bound must never swallow them.
@pytest.mark.parametrize(("line", "flag"), [
    ("glucose 60 mmol/L", "critical_high"),             # hyperosmolar hyperglycaemic state
    ("Glucose 2656 mg/dL", "critical_high"),            # 147 mmol/L
    ("creatinine 1500 umol/L", "critical_high"),
    ("Creatinine 3500 umol/L", "critical_high"),
    ("CK 50000 U/L", "high"),                           # rhabdomyolysis: no critical limit, so no bound
    ("CK 500000 U/L", "high"),
    ("WBC 300 x10^9/L", "critical_high"),               # leukaemia
    ("白细胞 1000 ×10^9/L", "critical_high"),
    ("PLT 5000 x10^9/L", "critical_high"),
    ("Sodium 255 mmol/L", "critical_high"),             # highest documented in an adult (Ofran 2004)
    ("血钾 14 mmol/L", "critical_high"),
    ("K 20 mmol/L", "critical_high"),                   # haemolysed sample: still a result to act on
    ("pH 6.3", "critical_low"),
    ("pH 7.9", "critical_high"),
    ("Lactate 35 mmol/L", "critical_high"),
    ("INR 30", "critical_high"),
    ("总胆红素 1000 umol/L", "critical_high"),
    ("ALT 10000 U/L", "high"),
    ("hs-cTnT 100000 ng/L (0-14)", "critical_high"),
    ("CRP 500 mg/L", "high"),
    ("Calcium 5.0 mmol/L", "critical_high"),
    ("Hb 250 g/L", "critical_high"),
])
def test_real_extreme_values_keep_their_flag(line: str, flag: str) -> None:
    assert one(line)["flag"] == flag


def test_every_bound_lies_well_beyond_the_critical_limit() -> None:
    for a in KB.analytes:
        low, high = a.plausible_limits()
        if high is not None:
            assert a.critical is not None and a.critical.high is not None
            # concentrations: at least twice the critical limit (pH is a logarithm: 10.4 vs 7.59)
            assert high >= a.critical.high * (1.3 if a.unit == "[pH]" else 2), a.key
        if low is not None:
            assert a.critical is not None and a.critical.low is not None and low < a.critical.low, a.key


def test_only_analytes_with_a_range_and_a_critical_limit_get_a_bound() -> None:
    bounded = {a.key for a in KB.analytes if any(a.plausible_limits())}
    assert {"sodium", "potassium", "hgb", "glucose", "ph"} <= bounded
    # counts that proliferate, enzymes and markers have none
    assert not bounded & {"wbc", "plt", "ck", "alt", "ast", "crp", "ctni", "hs_ctnt", "ldh", "lymph_abs"}
    assert PLAUSIBLE_BANDS == 20


def test_an_impossible_line_does_not_hide_the_others() -> None:
    out = interpret_report("血红蛋白 900 g/L\n血钾 6.9 mmol/L\n血钠 140 mmol/L")
    assert [(r["key"], r["flag"]) for r in out["results"]] == [
        ("hgb", "unknown"), ("potassium", "critical_high"), ("sodium", "normal")]
    assert out["critical"] is True


def test_fhir_observation_with_an_impossible_value() -> None:
    import json

    obs = {"resourceType": "Observation", "id": "na", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "2951-2"}]},
           "valueQuantity": {"value": 1400, "unit": "mmol/L"}}
    r = one(json.dumps(obs))
    assert r["flag"] == "unknown" and "living patient" in r["reason"]
