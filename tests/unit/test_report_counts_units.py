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


# ---------------------------------------------------------------- spoken Chinese decimals, known misspellings
@pytest.mark.parametrize(("raw", "number"), [
    ("血钾二点二", "2.2"), ("血红蛋白十二点五", "12.5"), ("钠一百二十点零", "120.0"), ("血糖二十三点一", "23.1"),
    ("血糖一百零二点五", "102.5"), ("血钾 三点五 mmol/L", "3.5"),
])
def test_chinese_numeral_decimals_become_digits(raw: str, number: str) -> None:
    from carebridge.tools.labs.parse import chinese_decimals

    assert number in chinese_decimals(raw).split()


@pytest.mark.parametrize("raw", ["二氧化碳 24", "十二指肠", "三酰甘油 1.2", "一点"])
def test_names_with_numerals_are_left_alone(raw: str) -> None:
    from carebridge.tools.labs.parse import chinese_decimals

    assert chinese_decimals(raw) == raw


@pytest.mark.parametrize(("text", "flag"), [("血钾二点二", "critical_low"), ("血钾四点一", "normal"), ("血钠一百二十点零", "critical_low")])
def test_spoken_decimals_are_flagged(text: str, flag: str) -> None:
    assert one(text, age=50, sex="F")["flag"] == flag


@pytest.mark.parametrize(("text", "key", "flag"), [("谷丙转氨酵 86", "alt", "high"), ("谷草转氨酵 20", "ast", "normal")])
def test_listed_misspelling_of_transaminase(text: str, key: str, flag: str) -> None:
    r = one(text, age=38, sex="F")
    assert (r["key"], r["flag"]) == (key, flag)


def test_misspellings_are_not_matched_fuzzily() -> None:
    assert interpret_report("谷丙转氨醇 86", age=38, sex="F")["results"] == []
