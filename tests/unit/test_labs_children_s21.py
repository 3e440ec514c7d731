"""Children's reference intervals added for set 40 (s21): white cells (Lima Memorial lab catalogue, Test Code CBC),
platelets (St. Luke's Cedar Rapids, Test Code PLTCNT), potassium, sodium, chloride, urea nitrogen and urea from 1 year
(Mayo Test ID ELPN). Each band: a value inside it, one outside it, and the same value at an age outside the band
(an adult's interval, or "unknown" for a child with no sourced band)."""

from __future__ import annotations

import pytest

from tests.lab_report import one

ADULT_ONLY = "carebridge's reference ranges are for adults"


@pytest.mark.parametrize(("text", "age", "flag", "source", "other_age", "other_flag"), [
    # WBC, x10^9/L (Lima Memorial, CBC)
    ("WBC 20 ×10^9/L", 0.3, "normal", "lmhs-cbc", 30, "high"),   # 0 days-<7 months 9.0-30.0
    ("WBC 32 ×10^9/L", 0.3, "high", "lmhs-cbc", 2, "high"),
    ("WBC 8 ×10^9/L", 0.3, "low", "lmhs-cbc", 2, "normal"),
    ("WBC 15 ×10^9/L", 2, "normal", "lmhs-cbc", 30, "high"),     # 7 months-<3 years 6.0-17.5
    ("WBC 5.5 ×10^9/L", 2, "low", "lmhs-cbc", 30, "normal"),
    ("WBC 14 ×10^9/L", 5, "normal", "lmhs-cbc", 30, "high"),     # 3-<7 years 5.0-15.5
    ("WBC 16 ×10^9/L", 5, "high", "lmhs-cbc", 2, "normal"),
    ("WBC 7.0 ×10^9/L", 10, "normal", "lmhs-cbc", 30, "normal"),  # 7-<13 years 4.5-13.5 (l40-109)
    ("WBC 12 ×10^9/L", 10, "normal", "lmhs-cbc", 30, "high"),
    ("WBC 4.0 ×10^9/L", 10, "low", "lmhs-cbc", 30, "normal"),
    ("WBC 10.0 ×10^9/L", 15, "normal", "lmhs-cbc", 30, "high"),  # 13-<18 years 4.4-10.5
    ("WBC 11 ×10^9/L", 15, "high", "lmhs-cbc", 10, "normal"),
    # Platelets, x10^9/L (St. Luke's, PLTCNT)
    ("PLT 120 ×10^9/L", 0.01, "normal", "stlukes-pltcnt", 30, "low"),   # 0-6 days 100-300
    ("PLT 320 ×10^9/L", 0.01, "high", "stlukes-pltcnt", 30, "normal"),
    ("PLT 160 ×10^9/L", 0.03, "normal", "stlukes-pltcnt", 8, "low"),     # 7-14 days 150-400
    ("PLT 140 ×10^9/L", 0.03, "low", "stlukes-pltcnt", 30, "normal"),
    ("PLT 260 ×10^9/L", 8, "normal", "stlukes-pltcnt", 30, "normal"),    # 15 days-10 years 200-475 (l40-136)
    ("PLT 460 ×10^9/L", 8, "normal", "stlukes-pltcnt", 30, "high"),
    ("PLT 190 ×10^9/L", 8, "low", "stlukes-pltcnt", 30, "normal"),
    ("PLT 380 ×10^9/L", 14, "normal", "stlukes-pltcnt", 30, "high"),     # from 11 years 150-400
    ("PLT 140 ×10^9/L", 14, "low", "stlukes-pltcnt", 30, "normal"),
    # Potassium, sodium, chloride, mmol/L (Mayo ELPN, from 1 year)
    ("K 4.1 mmol/L", 2, "normal", "mayo-elpn", 0.5, "unknown"),          # 3.6-5.2 (l40-010)
    ("K 5.25 mmol/L", 2, "high", "mayo-elpn", 30, "normal"),
    ("K 3.55 mmol/L", 2, "low", "mayo-elpn", 30, "normal"),
    ("Na 136 mmol/L", 6, "normal", "mayo-elpn", 30, "low"),             # 135-145
    ("Na 146 mmol/L", 6, "high", "mayo-elpn", 30, "normal"),
    ("Na 140 mmol/L", 6, "normal", "mayo-elpn", 0.5, "unknown"),
    ("Cl 111 mmol/L", 6, "normal", "mayo-elpn", 30, "high"),            # 102-112
    ("Cl 101 mmol/L", 6, "low", "mayo-elpn", 30, "normal"),
    ("Cl 105 mmol/L", 6, "normal", "mayo-elpn", 0.5, "unknown"),
    # Urea nitrogen mg/dL and urea mmol/L (Mayo ELPN BUN 7-20 mg/dL, from 1 year)
    ("BUN 7.5 mg/dL", 6, "normal", "mayo-elpn", 30, "low"),
    ("BUN 21 mg/dL", 6, "high", "mayo-elpn", 0.5, "unknown"),
    ("尿素 2.7 mmol/L", 6, "normal", "mayo-elpn", 30, "low"),           # 2.5-7.14 mmol/L
    ("尿素 7.5 mmol/L", 6, "high", "mayo-elpn", 30, "normal"),
    ("尿素 2.3 mmol/L", 6, "low", "mayo-elpn", 0.5, "unknown"),
])
def test_child_band_and_the_same_value_outside_it(text: str, age: float, flag: str, source: str,
                                                 other_age: float, other_flag: str) -> None:
    r = one(text, age=age, sex="M")
    assert r["flag"] == flag, r
    assert r["range_source"] == source, r
    other = one(text, age=other_age, sex="M")
    assert other["flag"] == other_flag, other
    assert other.get("reference_range") != r["reference_range"], other  # another band (or the adult range)
    if other_flag == "unknown":
        assert any(ADULT_ONLY in n for n in other["notes"]), other


def test_critical_limits_are_unchanged_for_children() -> None:
    # No children's critical limits are taken: the adult panic limits still call these critical.
    assert one("K 6.5 mmol/L", age=2, sex="M")["flag"] == "critical_high"
    assert one("PLT 30 ×10^9/L", age=8, sex="M")["flag"] == "critical_low"
    assert one("WBC 1.5 ×10^9/L", age=10, sex="M")["flag"] == "critical_low"
    # A child's high that is below the critical limit stays high, not critical.
    assert one("WBC 32 ×10^9/L", age=2, sex="M")["flag"] == "high"


def test_adult_ranges_are_unchanged() -> None:
    assert one("K 5.25 mmol/L", age=40, sex="F")["range_source"] == "wst-404.3-2012"
    assert one("PLT 380 ×10^9/L", age=40, sex="F")["flag"] == "high"
    assert one("WBC 10.0 ×10^9/L", age=18, sex="F")["flag"] == "high"
