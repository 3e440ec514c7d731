"""Lab round 6: counts in 万/µL, cell counts without a unit, hormone U = IU, lead-ins, numerals, age-specific limits."""

from __future__ import annotations

import pytest

from carebridge.tools.labs.engine import interpret_report
from carebridge.tools.labs.units import clean_unit


def one(text: str, **kw):
    results = interpret_report(text, **kw)["results"]
    assert len(results) == 1, results
    return results[0]


# ---------------------------------------------------------------- 万/µL counts
@pytest.mark.parametrize("raw", ["万/μL", "万/µL", "万/uL", "万/ul", "万/UL", "万/微升", "x10^4/uL", "×10⁴/μL"])
def test_ten_thousand_per_microlitre_spellings(raw: str) -> None:
    assert clean_unit(raw) == "10^4/uL"


@pytest.mark.parametrize("raw", ["万/mm3", "万/mm³"])
def test_ten_thousand_per_cubic_millimetre(raw: str) -> None:
    assert clean_unit(raw) == "10^4/mm3"


@pytest.mark.parametrize(("text", "flag", "per_litre"), [
    ("PLT 0.6万/μL", "critical_low", 6), ("血小板 52万/μL", "high", 520), ("血小板 PLT 22.6万/μL", "normal", 226),
    ("血小板 8 万/µL", "low", 80), ("PLT 15万/mm³", "normal", 150), ("platelets 3万/ul", "critical_low", 30),
])
def test_platelets_in_ten_thousands_per_microlitre(text: str, flag: str, per_litre: float) -> None:
    r = one(text, age=40, sex="F")
    assert r["flag"] == flag
    assert r["converted"]["value"] == pytest.approx(per_litre)
    assert r["converted"]["unit"] == "10^9/L"


def test_wbc_in_ten_thousands_per_microlitre() -> None:
    r = one("白细胞 1.2万/μL", age=40, sex="M")
    assert r["converted"]["value"] == pytest.approx(12) and r["flag"] == "high"


def test_chinese_count_without_unit_is_never_read_in_ten_thousands() -> None:
    # "血小板 30" is 30 ×10^9/L (critical), not 30万/µL.
    assert one("血小板 30", age=40, sex="F")["flag"] == "critical_low"


# ---------------------------------------------------------------- counts without a unit
@pytest.mark.parametrize(("text", "flag"), [
    ("platelets 245", "normal"), ("platelets 92,000", "low"), ("platelets 300,000", "normal"), ("platelets 450,000", "high"),
    ("platelet count 18", "critical_low"), ("platelets 92000", "low"),
    ("WBC 12", "high"), ("WBC 3.2", "low"), ("WBC 7,400", "normal"), ("WBC 1,500", "critical_low"),
    ("white cell count 6500", "normal"),
])
def test_counts_without_unit_where_only_one_reading_fits(text: str, flag: str) -> None:
    r = one(text, age=40, sex="M")
    assert r["flag"] == flag, r
    assert any("no unit given" in n for n in r["notes"])


@pytest.mark.parametrize("text", ["WBC 800", "WBC 400", "white blood cells 500"])
def test_counts_without_unit_that_fit_both_readings_are_unknown(text: str) -> None:
    r = one(text, age=40, sex="M")
    assert r["flag"] == "unknown" and "could be ×10^9/L or a count per µL" in r["reason"]


def test_decimal_value_is_never_a_count_per_microlitre() -> None:
    assert one("platelets 1500.5", age=40, sex="M")["unit"] == "10^9/L"


# ---------------------------------------------------------------- hormone units
@pytest.mark.parametrize(("text", "flag"), [
    ("TSH 8.9 mU/L", "high"), ("TSH 0.2 uU/mL", "low"), ("TSH 3 µU/mL", "normal"), ("TSH 3 μIU/mL", "normal"),
    ("TSH 2.1 mIU/L", "normal"), ("TSH 2.1 miu/l", "normal"), ("TSH 6 m[IU]/L", "high"),
])
def test_tsh_unit_spellings(text: str, flag: str) -> None:
    assert one(text, age=50, sex="F")["flag"] == flag


def test_enzyme_milliunits_per_millilitre_are_units_per_litre() -> None:
    assert one("ALT 50 mU/mL", age=40, sex="M")["flag"] == "normal"
