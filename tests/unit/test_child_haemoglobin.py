"""A child's haemoglobin is judged against the anaemia threshold for the child's age (儿科学 第9版; WHO 2024),
never against the adult interval, and a child of unknown age still gets no range."""

from __future__ import annotations

import pytest

from carebridge.tools.labs.knowledge import LabKnowledge, Range, load_lab_knowledge
from tests.lab_report import one

KB = load_lab_knowledge()


@pytest.mark.parametrize(("line", "flag", "low"), [
    ("5岁男孩 血红蛋白 96 g/L", "low", 110),           # 6 months-6 years: anaemia below 110 g/L
    ("孩子3岁 Hb 12.3 g/dL", "normal", 11),           # 123 g/L: normal for a 3-year-old (below the adult 130)
    ("6岁 血红蛋白 105 g/L", "low", 120),              # 6-14 years: below 120 (105 is not low under 6)
    ("2-month-old infant, Hgb 9.8 g/dL", "normal", 9),  # 1-4 months: physiological nadir, anaemia below 90
    ("宝宝5个月 血红蛋白 95 g/L", "low", 100),          # 4-6 months: below 100
    ("新生儿出生第2天 血红蛋白 185 g/L", "normal", 145),  # newborn: anaemia below 145
    ("新生儿出生第2天 血红蛋白 140 g/L", "low", 145),
    ("16岁男 血红蛋白 125 g/L", "low", 130),            # WHO: males from 15 years below 130
    ("16岁女 血红蛋白 125 g/L", "normal", 120),
])
def test_child_haemoglobin_against_the_threshold_for_the_age(line: str, flag: str, low: float) -> None:
    r = one(line)
    assert r["flag"] == flag
    assert r["reference_range"]["low"] == low and r["reference_range"]["high"] is None
    assert r["range_source"] in ("cn-paed-anaemia", "who-hb-2024")
    # The caveat travels with a normal value too: only a lower threshold is sourced for children.
    assert any("no sourced upper limit" in n for n in r["notes"])


def test_the_same_value_differs_by_age_band() -> None:
    assert one("血红蛋白 105 g/L", age=5).get("flag") == "low"       # 6 months-6 years: <110
    assert one("血红蛋白 105 g/L", age=0.4).get("flag") == "normal"  # 4-6 months: <100
    assert one("血红蛋白 105 g/L", age=30, sex="F").get("flag") == "low"  # adult woman: WS/T 405 115-150


def test_critical_limits_still_apply_to_children() -> None:
    assert one("孩子4岁 血红蛋白 50 g/L")["flag"] == "critical_low"


def test_a_child_of_unstated_age_and_other_analytes_stay_unknown() -> None:
    assert one("儿童 血红蛋白 100 g/L")["flag"] == "unknown"          # a child, age not given
    assert one("孩子5岁 AST 30 U/L")["flag"] == "unknown"              # no sourced children's AST interval
    # ALT has one since lab set 67 (Mayo Clinic Laboratories, from 1 year).
    assert one("孩子5岁 ALT 30 U/L")["flag"] == "normal"
    # A children's WBC band is sourced since set 40 (Lima Memorial CBC, 3-<7 years 5.0-15.5).
    assert one("孩子5岁 白细胞 12.0×10^9/L")["range_source"] == "lmhs-cbc"


def test_adult_of_unknown_age_never_gets_a_child_band() -> None:
    r = one("Hb 140 g/L")  # normal for both sexes: with no sex given, a value normal for one only is unknown (lab set 70)
    assert r["flag"] == "normal" and r["range_source"] == "wst-405-2012"
    assert r["reference_range"]["low"] == 115 and r["reference_range"]["high"] == 175


def test_child_band_applies_only_inside_its_ages() -> None:
    band = Range(min_age=0.5, below_age=6, low=110, source="cn-paed-anaemia")
    assert band.paediatric
    assert band.applies(None, 5.99) and not band.applies(None, 6) and not band.applies(None, 0.4)
    assert not band.applies(None, None)


def test_loader_rejects_a_child_band_with_max_age_or_reversed_ages() -> None:
    data = KB.model_dump()
    hgb = next(a for a in data["analytes"] if a["key"] == "hgb")
    band = next(r for r in hgb["ranges"] if r["below_age"] == 6)
    band["max_age"] = 5
    with pytest.raises(ValueError, match="child's band"):
        LabKnowledge.model_validate(data)
    band["max_age"] = None
    band["min_age"] = 7
    with pytest.raises(ValueError, match="child's band"):
        LabKnowledge.model_validate(data)
