"""Lab sets 26 and 27 folded in: each behaviour changed, with a paraphrased case and a near miss that stays."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.lab_report import first as one


def fhir(code: str, display: str, value: float, unit: str, **extra: Any) -> str:
    obs = {"resourceType": "Observation", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": display}]},
           "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}, **extra}
    return json.dumps(obs)


# ---------------------------------------------------------------- a bare value whose printed range names its unit
def test_haematocrit_fraction_with_a_fraction_range_is_litres_per_litre() -> None:
    r = one("血细胞比容 Hct 0.31 (0.40-0.50)", sex="M", age=60)
    assert (r["flag"], r["unit"]) == ("low", "L/L")  # before: 0.31 % -> critical low


def test_percent_range_or_no_range_keeps_the_old_reading() -> None:
    assert one("血细胞比容 Hct 31 (40-50)", sex="M", age=60)["flag"] == "low"
    # a glucose printed range in the canonical unit changes nothing
    assert one("血糖 5.0 (3.9-6.1)")["unit"] == "mmol/L"


# ---------------------------------------------------------------- intact PTH
def test_parathyroid_hormone_has_the_mayo_adult_range() -> None:
    r = one("甲状旁腺激素 iPTH 310 pg/mL", age=58, sex="M")
    assert (r["key"], r["flag"], r["range_source"]) == ("pth", "high", "mayo-pth2")
    assert one("intact PTH 40 ng/L", age=58, sex="F")["flag"] == "normal"


def test_pth_in_pmol_per_litre_is_not_converted() -> None:
    r = one("PTH 12 pmol/L", age=58, sex="F")
    assert r["flag"] == "unknown"


# ---------------------------------------------------------------- prealbumin
def test_prealbumin_low_against_mayo_palb() -> None:
    r = one("血清前白蛋白 95 mg/L", age=75, sex="M")
    assert (r["key"], r["flag"], r["range_source"]) == ("prealbumin", "low", "mayo-palb")


def test_prealbumin_normal_and_never_albumin() -> None:
    r = one("Prealbumin 26 mg/dL", age=40, sex="F")
    assert (r["key"], r["flag"]) == ("prealbumin", "normal")
    assert one("白蛋白 30 g/L", age=40, sex="F")["key"] == "alb"


# ---------------------------------------------------------------- lead-in: after taking a medicine
def test_after_taking_a_medicine_is_context_before_the_test_name() -> None:
    r = one("爸爸吃了降糖药以后空腹血糖 3.0 mmol/L")
    assert r["key"] == "glucose"


def test_a_sentence_without_a_test_name_stays_unknown() -> None:
    r = one("吃了降压药后头晕 3")
    assert r["key"] is None and r["flag"] == "unknown"


# ---------------------------------------------------------------- a lipaemic specimen in the value's place
def test_lipaemic_specimen_is_a_result_not_given() -> None:
    r = one("甘油三酯：标本严重脂血，请重新采样")
    assert (r["key"], r["flag"], r["value"]) == ("tg", "unknown", None)
    r = one("Triglycerides: grossly lipemic specimen")
    assert (r["key"], r["flag"]) == ("tg", "unknown")


def test_a_value_with_a_lipaemia_remark_is_still_read() -> None:
    assert one("甘油三酯 8.6 mmol/L 乳糜血")["flag"] == "high"


# ---------------------------------------------------------------- troponin critical limits
@pytest.mark.parametrize(("text", "flag"), [
    (fhir("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", 18000, "ng/L"),
     "critical_high"),
    (fhir("67151-1", "Troponin T.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", 2900, "ng/L"),
     "critical_high"),
    ("cardiac troponin T 3.4 ng/mL", "critical_high"),
])
def test_troponin_far_past_every_list_is_critical(text: str, flag: str) -> None:
    assert one(text, age=70, sex="F")["flag"] == flag


@pytest.mark.parametrize(("text", "flag"), [
    ("hs-TnI 95 ng/L (<34)", "high"),        # above the 99th percentile, below ARUP's 300 ng/L
    ("hs-TnT 60 ng/L (<14)", "high"),        # below 100 ng/L
    ("cardiac troponin T 0.03 ng/mL", "unknown"),  # no range, under the limit: only a printed range can say more
])
def test_troponin_below_the_limits_is_not_critical(text: str, flag: str) -> None:
    assert one(text, age=70, sex="F")["flag"] == flag


# ---------------------------------------------------------------- D-dimer in FEU or DDU
def test_d_dimer_with_its_expression_is_compared_with_mayo() -> None:
    assert one("D-二聚体 0.35 mg/L FEU")["flag"] == "normal"
    assert one("D-dimer 1.6 ug/mL FEU")["flag"] == "high"
    assert one("D-dimer 300 ng/mL (DDU)")["flag"] == "high"


def test_d_dimer_without_its_expression_stays_unknown() -> None:
    assert one("D-二聚体 0.35 mg/L")["flag"] == "unknown"
    assert one("D-dimer 1.6 ug/mL")["flag"] == "unknown"
