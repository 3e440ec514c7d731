"""Lab set 47: a range cell labelled 'Ref:' in a pipe-separated LIS row, and a UCUM annotation standing alone as the
unit ('{SG}' for urine specific gravity)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.lab_report import one, results

UCUM = "http://unitsofmeasure.org"


# FIX 1: a delimited row whose range cell is labelled 'Ref:' ('Reference:', 'Ref. range', 'Ref. interval') is a row:
# the label is dropped like 'Reference range' already was (l47-135: the name cell was cut off and the line unread).
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("Potassium, Serum | 4.0 mmol/L | Ref: 3.5-5.1 | Normal", "potassium", "normal"),      # l47-135
    ("Potassium | 4.0 mmol/L | Ref: 3.5-5.1 | Normal", "potassium", "normal"),
    ("Sodium, Serum | 150 mmol/L | Reference: 137-147 | High", "sodium", "high"),
    ("Potassium|4.0|mmol/L|Ref. range 3.5-5.1", "potassium", "normal"),
    ("Glucose, Fasting | 5.0 mmol/L | Ref. interval: 3.9-6.1", "glucose", "normal"),
    ("K,6.1,mmol/L,Ref 3.5-5.1", "potassium", "high"),
    ("Potassium, Serum | 4.0 mmol/L | Normal values: 3.5-5.1", "potassium", "normal"),
])
def test_ref_labelled_range_cell_is_read(text: str, key: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == (key, flag)
    assert r["range_source"] == "report"


def test_ref_labelled_range_still_meets_the_critical_limit() -> None:
    r = one("Potassium, Serum | 7.2 mmol/L | Ref: 3.5-5.1 | High")
    assert r["flag"] == "critical_high"


def test_a_word_that_only_starts_with_ref_is_not_a_label() -> None:
    # Near miss: 'Refrigerated' is not a range cell, so the line is still not read as a row (as before the fix).
    rs = results("Potassium, Serum | 4.0 mmol/L | Refrigerated | Normal")
    assert not any(x["key"] == "potassium" and x["flag"] == "normal" for x in rs)


# FIX 2: UCUM §6: an annotation alone ('{SG}') is a unit equal to the unity 1 (l47-106: FHIR urine specific gravity
# coded '{SG}' was 'unit does not fit'; l11-172 gains too).
def _sg(value: float, code: str, low: float | None = 1.003, high: float | None = 1.030) -> str:
    q: dict[str, Any] = {"unit": code, "system": UCUM, "code": code}
    obs: dict[str, Any] = {"resourceType": "Observation", "status": "final",
                           "code": {"coding": [{"system": "http://loinc.org", "code": "5811-5"}], "text": "尿比重"},
                           "valueQuantity": {"value": value, **q}}
    if low is not None and high is not None:
        obs["referenceRange"] = [{"low": {"value": low, **q}, "high": {"value": high, **q}}]
    return json.dumps(obs)


@pytest.mark.parametrize(("text", "flag"), [
    (_sg(1.018, "{SG}"), "normal"),                       # l47-106
    (_sg(1.018, "{specific_gravity}"), "normal"),
    (_sg(1.035, "{SG}"), "high"),
    (_sg(1.001, "{SG}"), "low"),
    (_sg(1.018, "1"), "normal"),                          # the plain unity, as before
    ("尿比重 1.018 {SG}", "normal"),                        # sourced range 1.015-1.025
    ("SG 1.040 {SG}", "high"),
])
def test_annotation_alone_is_unity(text: str, flag: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"], r["unit"]) == ("u_sg", flag, "1")


@pytest.mark.parametrize("text", ["Potassium 4.0 {cells}", "Glucose 5.0 {SG}", "Sodium 140 {score}"])
def test_annotation_alone_does_not_fit_a_concentration(text: str) -> None:
    # Near miss: unity is not a concentration; the result stays unknown.
    r = one(text)
    assert r["flag"] == "unknown"
    assert "does not fit" in r["reason"]


@pytest.mark.parametrize(("text", "unit", "flag"), [
    ("pH 7.40 {pH}", "[pH]", "normal"),                   # '{pH}' is still the pH unit, not unity
    ("INR 1.1 {INR}", "1", "normal"),
    ("D-dimer 0.3 mg/L{FEU} (0-0.55)", "mg/L", "normal"),  # an annotation after a unit is still dropped
])
def test_other_annotations_unchanged(text: str, unit: str, flag: str) -> None:
    r = one(text)
    assert (r["unit"], r["flag"]) == (unit, flag)


# Left as label disagreements (not changed by this fold): troponin I above ARUP's 0.30 ng/mL stays critical.
@pytest.mark.parametrize("text", ["肌钙蛋白I cTnI 2.35 ng/mL ↑ 0-0.04", "hs-cTnI 1856 ng/L (0-17.5)"])
def test_troponin_i_past_the_arup_limit_stays_critical(text: str) -> None:
    assert one(text)["flag"] == "critical_high"
