"""Lab sets 54 and 55: a quoted CSV row keeps its thousands separators ('"WBC","148,000","/uL","4,500-11,000"'), a
report's flag after the range is no unit ('INR,3.1,,0.8-1.2,H'), a cell or last word naming the specimen belongs to the
test's name ('Fibrinogen,1.6,g/L,2.0-4.0,Citrated plasma'), and the names Kalium, Natrium, 25-OH维生素D and URBC."""

from __future__ import annotations

import pytest

from tests.lab_report import one


# l54-034, l54-106, l54-116, l54-137 (missed criticals), l54-031 (a false critical low), l54-004, l54-144: a quoted cell
# of a comma row or CSV kept its thousands separator and the row was not read (or '15,600' was read as 15).
@pytest.mark.parametrize(("text", "key", "value", "flag"), [
    ('"WBC","52,000","/uL","4,500-11,000","HH"', "wbc", 52000, "critical_high"),
    ('"WBC","1,200","/mm3","4,000-10,000","LL"', "wbc", 1200, "critical_low"),
    ('"Platelets","12,000","/µL","150,000-450,000",""', "plt", 12000, "critical_low"),
    ('"PLT","1,150","x10^9/L","150-400","H"', "plt", 1150, "critical_high"),
    ('"PLT","310,000","/uL","150,000","450,000"', "plt", 310000, "normal"),
    ('"Ferritin","2,400","ng/mL","30-400"', "ferritin", 2400, "high"),
    ('"WBC","7,800","/uL","4,500-11,000"', "wbc", 7800, "normal"),
])
def test_a_quoted_row_keeps_its_thousands(text: str, key: str, value: float, flag: str) -> None:
    r = one(text, age=50, sex="M")
    assert (r["key"], r["value"], r["flag"]) == (key, value, flag)


@pytest.mark.parametrize(("text", "value", "flag"), [
    ('"Test","Result","Units","Ref Range","Flag"\n"WBC","12,300","/µL","4,500-11,000","H"', 12300, "high"),
    ('"Test","Result","Units","Ref Range"\n"Platelets","18,000","/uL","150,000-400,000"', 18000, "critical_low"),
    ('Test,Result,Units,Ref Range\nWBC,"6,100",/uL,"4,500-11,000"', 6100, "normal"),
])
def test_a_csv_with_a_header_keeps_its_thousands(text: str, value: float, flag: str) -> None:
    r = one(text, age=50, sex="M")
    assert (r["value"], r["flag"]) == (value, flag)


@pytest.mark.parametrize(("text", "value", "flag"), [
    ('"Glucose","5,5","mmol/L","3.9-6.1"', 5.5, "normal"),  # a decimal comma (two digits) is still a decimal comma
    ("Platelets,45,000,/uL", 45000, "low"),  # the unquoted comma row (test_labs_thousands_row) is unchanged
    ("Potassium,4.1,mmol/L,3.5-5.3", 4.1, "normal"),
])
def test_decimal_commas_and_plain_rows_are_unchanged(text: str, value: float, flag: str) -> None:
    r = one(text, age=50, sex="M")
    assert (r["value"], r["flag"]) == (value, flag)


# l54-011: 'INR,3.1,,0.8-1.2,H' read the flag H after the range as the unit (henry): "unit 'H' does not fit INR".
@pytest.mark.parametrize(("text", "flag"), [
    ("INR,4.0,,0.8-1.2,H", "high"), ("INR 2.6 0.8-1.2 H", "high"), ("INR 0.7 0.8-1.2 L", "low"),
    ("INR,1.0,,0.8-1.2,N", "normal"),
])
def test_a_flag_after_the_range_is_no_unit(text: str, flag: str) -> None:
    r = one(text, age=60, sex="F")
    assert (r["key"], r["flag"]) == ("inr", flag)


def test_a_unit_after_the_range_is_still_read() -> None:
    # Near miss: a real unit after the range is the value's unit (set 35's 'Ca 5.4 (ref 8.6-10.3 mg/dL)').
    r = one("Ca 5.4 (ref 8.6-10.3 mg/dL)", age=60, sex="F")
    assert (r["key"], r["unit"], r["flag"]) == ("calcium", "mg/dL", "critical_low")


# l54-006, l54-059, l54-075, l54-081: a last cell naming the specimen ('Citrated plasma', 'Plasma', '动脉血', 'Urine')
# made the row unreadable (the unit was lost); it is part of the name, so a urine specimen stays a urine test.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("Fibrinogen,0.7,g/L,2.0-4.0,Citrated plasma", "fibrinogen", "critical_low"),
    ("Lactate,4.6,mmol/L,0.5-2.2,Plasma", "lactate", "critical_high"),
    ("Potassium,3.2,mmol/L,3.5-5.3,Serum", "potassium", "low"),
    ("钾,6.8,mmol/L,3.5-5.3,血清", "potassium", "critical_high"),
    ("Urine pH,8.5,,4.5-8.0,Urine", "u_ph", "high"),
])
def test_a_specimen_cell_is_part_of_the_name(text: str, key: str, flag: str) -> None:
    r = one(text, age=50, sex="M")
    assert (r["key"], r["flag"]) == (key, flag)


def test_a_base_excess_row_with_its_specimen_is_flagged_from_its_printed_range() -> None:
    r = one("BE(B),-6.0,mmol/L,-3--+3,静脉血", age=50, sex="M")
    assert (r["value"], r["flag"]) == (-6.0, "low")


@pytest.mark.parametrize("text", [
    "Creatinine,800,umol/L,45-84,Urine", "Potassium,30,mmol/L,,Urine", "Creatinine\t800\tumol/L\t45-84\tUrine",
    "Potassium 40 mmol/L urine", "Kalium im Urin 40 mmol/L",
])
def test_a_urine_specimen_never_makes_the_blood_test(text: str) -> None:
    # Near misses: a urine creatinine or potassium is not serum creatinine (critical high) or serum potassium.
    r = one(text, age=50, sex="M")
    assert r["flag"] == "unknown" and r["key"] in (None,)


def test_a_row_with_a_word_that_is_no_specimen_stays_unread() -> None:
    # Near miss: only a specimen cell joins the name; another word after the range is still no part of the row.
    r = one("Fibrinogen,1.6,g/L,2.0-4.0,see comment", age=50, sex="M")
    assert (r["key"], r["unit"], r["flag"]) == ("fibrinogen", None, "unknown")


# l54-187 'Kalium;3,1;mmol/l;3,5-5,1;L', l55-052 '25-OH维生素D 12 ng/mL', l54-070 'URBC 28 /HPF 0-3': names not read.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("Kalium 6.9 mmol/L", "potassium", "critical_high"), ("Kalium;3,3;mmol/l;3,5-5,1", "potassium", "low"),
    ("Natrium 119 mmol/L", "sodium", "critical_low"), ("Natrium;139;mmol/l;135-145", "sodium", "normal"),
    ("25-OH维生素D 30 ng/mL", "vitamin_d", "normal"), ("25(OH)维生素D 8 ng/mL", "vitamin_d", "low"),
])
def test_german_names_and_a_mixed_vitamin_d_name(text: str, key: str, flag: str) -> None:
    r = one(text, age=50, sex="F")
    assert (r["key"], r["flag"]) == (key, flag)


def test_urbc_is_the_urine_sediment_red_cell_count() -> None:
    r = one("URBC 12 /HPF 0-3", age=50, sex="F")
    assert r["flag"] == "high"
    assert one("URBC 2 /HPF 0-3", age=50, sex="F")["flag"] == "normal"


def test_kalzium_is_calcium_not_a_near_spelling_of_kalium() -> None:
    # Near miss: German 'Kalzium' (calcium) is one letter from 'Kalium'; read as potassium, 2.3 would be critical low.
    r = one("Kalzium 2.3 mmol/L 2.1-2.6", age=50, sex="F")
    assert (r["key"], r["flag"]) == ("calcium", "normal")


@pytest.mark.parametrize("text", ["UQRBC 12 /HPF 0-3", "1,25-(OH)2维生素D 30 pg/mL"])
def test_names_near_the_new_ones_stay_unknown(text: str) -> None:
    # Near misses: a name that is not one of the new ones is not read as one (1,25-dihydroxyvitamin D is another test).
    r = one(text, age=50, sex="F")
    assert r["key"] is None and r["flag"] == "unknown"
