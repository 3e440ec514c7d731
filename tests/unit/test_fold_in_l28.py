"""Lab set 28 folded in: each behaviour changed, with a paraphrased case and a near miss that stays."""

from __future__ import annotations

import json

import pytest

from tests.lab_report import first as one


# ---------------------------------------------------------------- alpha-fetoprotein (LOINC 1834-1), method-specific
@pytest.mark.parametrize(("text", "flag"), [
    ("甲胎蛋白(AFP) >980 ng/mL ↑", "high"),          # above the assay range, the report's own arrow
    ("alpha-fetoprotein 56 ug/L H", "high"),
    ("AFP 3.4 ng/mL (0-7.0)", "normal"),              # the printed range
    ("血清甲胎蛋白 25.6 ng/mL 0-8.78", "high"),
])
def test_afp_is_known_and_flagged_by_the_report(text: str, flag: str) -> None:
    r = one(text)
    assert (r["code"], r["key"], r["flag"]) == ("1834-1", "afp", flag)  # before: unknown analyte


def test_afp_without_a_printed_range_or_mark_stays_unknown() -> None:
    # no sourced interval (immunoassay, method-specific) and no critical limit: never invented
    r = one("AFP 1500 ng/mL")
    assert (r["key"], r["flag"], r["critical_limits"]) == ("afp", "unknown", None)
    assert "printed" in r["reason"]


@pytest.mark.parametrize("text", ["AFP-L3 14 %", "甲胎蛋白异质体 AFP-L3 9.5 %"])
def test_afp_l3_is_not_read_as_afp(text: str) -> None:
    assert one(text)["key"] is None


def test_afp_in_iu_has_no_sourced_conversion() -> None:
    assert one("AFP 20 IU/mL ↑")["flag"] == "unknown"


# ---------------------------------------------------------------- left as they were (see the README)
def test_ferritin_above_the_assay_range_is_above_the_mayo_ceiling() -> None:
    # lab set 32: Mayo FERR1's upper limit for men (409 ug/L) is sourced; >1650 is past it
    assert one("血清铁蛋白 >1650 ng/mL", age=55, sex="M")["flag"] == "high"


def test_troponin_below_detection_without_a_printed_range_stays_unknown() -> None:
    assert one("肌钙蛋白I <0.02 ng/mL")["flag"] == "unknown"
    assert one("肌钙蛋白I <0.01 ng/mL 0-0.04")["flag"] == "normal"


def test_fhir_afp_observation() -> None:
    obs = {"resourceType": "Observation", "status": "final",
           "code": {"coding": [{"system": "http://loinc.org", "code": "1834-1", "display": "AFP"}]},
           "valueQuantity": {"value": 420, "unit": "ng/mL", "system": "http://unitsofmeasure.org", "code": "ng/mL"},
           "referenceRange": [{"high": {"value": 7.0, "unit": "ng/mL"}}]}
    r = one(json.dumps(obs))
    assert (r["key"], r["flag"]) == ("afp", "high")
