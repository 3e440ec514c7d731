"""Lab sets 52 and 53: 离子 (ionised) before a calcium name, a blood-gas calcium, a decimal comma after a name whose
qualifier follows a comma ('Glucose, plasma 1,4'), and a catalogue's specimen letter after a comma ('..., S')."""

from __future__ import annotations

import pytest

from tests.lab_report import flags, one


# l52-173: '离子钙 Ca2+ 1.96 mmol/L' was total calcium (low), a missed critical: 'Ca2+' is a total-calcium name, and the
# 离子 (ionised) of the Chinese name was dropped; like 游离 and 'ionized', it makes another test.
@pytest.mark.parametrize(("text", "flag"), [
    ("离子钙 Ca2+ 1.72 mmol/L", "critical_high"), ("离子钙(Ca2+) 0.61 mmol/L ↓", "critical_low"),
    ("Calcium (blood gas) 1.68 mmol/L", "critical_high"), ("Ca (blood gas) 0.7 mmol/L", "critical_low"),
    ("血气钙 0.65 mmol/L", "critical_low"),
])
def test_ionised_calcium_is_not_total_calcium(text: str, flag: str) -> None:
    r = one(text, age=60, sex="F")
    assert (r["key"], r["flag"]) == ("ionized_calcium", flag)


@pytest.mark.parametrize(("text", "key", "flag"), [
    ("钙 Ca2+ 2.31 mmol/L", "calcium", "normal"), ("血钙 Ca2+ 1.4 mmol/L", "calcium", "critical_low"),
    ("Ca2+ 2.6 mmol/L", "calcium", "high"), ("Calcium (serum) 2.2 mmol/L", "calcium", "normal"),
    ("钾离子 K+ 6.8 mmol/L", "potassium", "critical_high"), ("钠离子 Na+ 139 mmol/L", "sodium", "normal"),
])
def test_total_calcium_and_other_ions_are_unchanged(text: str, key: str, flag: str) -> None:
    # Near misses: total calcium names stay total calcium; 离子 in a name's own alias (钾离子) still reads that test.
    r = one(text, age=60, sex="F")
    assert (r["key"], r["flag"]) == (key, flag)


# l53-046: 'Glucose, plasma 1,4 mmol/L' was read as a comma-separated row (value 1, no unit): a missed critical.
@pytest.mark.parametrize(("text", "key", "value", "flag"), [
    ("Glucose, plasma 2,1 mmol/L", "glucose", 2.1, "critical_low"), ("K, serum 2,2 mmol/L", "potassium", 2.2, "critical_low"),
    ("Potassium, serum: 6,9 mmol/L", "potassium", 6.9, "critical_high"), ("Sodium, plasma 139,5 mmol/L", "sodium", 139.5, "normal"),
])
def test_a_decimal_comma_after_a_comma_name(text: str, key: str, value: float, flag: str) -> None:
    r = one(text, age=50, sex="M")
    assert (r["key"], r["value"], r["flag"]) == (key, value, flag)


@pytest.mark.parametrize(("text", "key", "value"), [
    ("K,4,mmol/L", "potassium", 4.0), ("uric acid,9.4,mg/dL,3.5-7.2", "uric_acid", 9.4), ("ALT,45,U/L,7-56", "alt", 45.0),
    ("K;6,9;mmol/L;3.5;5.3", "potassium", 6.9), ("WBC, blood 7,800 /uL", "wbc", 7800.0),
])
def test_comma_rows_and_thousands_are_unchanged(text: str, key: str, value: float) -> None:
    # Near misses: a real comma-separated row, a semicolon row with decimal commas and a thousands separator.
    r = one(text, age=50, sex="M")
    assert (r["key"], r["value"]) == (key, value)


# l53-015: 'Alkaline Phosphatase, S 265 U/L' (Mayo writes the specimen as a letter after a comma) was an unknown test.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("Alkaline Phosphatase, S 300 U/L", "alp", "normal"), ("Alk Phos, S 420 U/L", "alp", "high"),
    ("Sodium, P 128 mmol/L", "sodium", "low"), ("Potassium, B 5.9 mmol/L", "potassium", "high"),
])
def test_a_specimen_letter_after_a_comma(text: str, key: str, flag: str) -> None:
    assert flags(text, age=8, sex="M") == [(key, flag)]


def test_a_short_head_before_p_is_not_read_as_a_specimen() -> None:
    # Near miss: 'Ca, P' may be two tests (calcium and phosphorus); the letter rule needs a name of four letters or more.
    assert flags("Ca, P 1.2 mmol/L", age=50, sex="M")[0][0] != "calcium"


@pytest.mark.parametrize("text", ["Protein, S 70 %", "Protein S Antigen, P 70 %"])
def test_protein_s_is_not_total_protein(text: str) -> None:
    # Near miss: protein S (a clotting factor) is not total protein, with or without a specimen letter.
    assert flags(text, age=50, sex="M") == [(None, "unknown")]


# l53-140, l53-154: transferrin saturation was an unknown test; Mayo's iron panel (FEC) gives adults 14-50 %.
@pytest.mark.parametrize(("text", "flag"), [
    ("TSAT 11 %", "low"), ("转铁蛋白饱和度 62%", "high"), ("Iron saturation 35 %", "normal"), ("铁饱和度 14 %", "normal"),
])
def test_transferrin_saturation_is_read(text: str, flag: str) -> None:
    r = one(text, age=45, sex="F")
    assert (r["key"], r["flag"]) == ("tsat", flag)


@pytest.mark.parametrize(("text", "key"), [("Iron 20 umol/L", "iron"), ("SpO2 95 %", None), ("Transferrin 2.5 g/L", None)])
def test_iron_oxygen_saturation_and_transferrin_are_not_transferrin_saturation(text: str, key: str | None) -> None:
    # Near misses: serum iron stays iron, an oxygen saturation and transferrin itself are not this test.
    assert one(text, age=45, sex="F")["key"] == key


def test_a_childs_transferrin_saturation_needs_the_printed_range() -> None:
    # Mayo's interval is for adults; a child's value is flagged only against the range printed beside it.
    assert one("TSAT 8 %", age=6, sex="M")["flag"] == "unknown"
    assert one("TSAT 8 % 15-45", age=6, sex="M")["flag"] == "low"
