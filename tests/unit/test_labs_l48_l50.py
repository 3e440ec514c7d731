"""Lab sets 48-50: haemoglobin written in mg/dL (plasma free haemoglobin's unit), a row's closing critical mark
(CRIT), a comma-qualified red-cell index ('MCV, RBC'), an assay generation in the name ('TSH,3rd gen') and a
bracket that names only the specimen or analyser ('Ionised calcium (blood gas)')."""

from __future__ import annotations

import pytest

from tests.lab_report import one

# FIX 1 (l48-049, and l21-173): a blood count reports haemoglobin in g/L, g/dL or mmol/L; mg/dL is the unit of plasma
# free haemoglobin (LOINC 721-1), another test. Converted as whole-blood haemoglobin, 'Hb 13.5 mg/dL' was 0.135 g/L
# and critical low (a false critical); it is unknown, naming that test.


@pytest.mark.parametrize("text", ["Hb 13.5 mg/dL", "Hemoglobin 13.5 mg/dL", "HGB 50 mg/dL", "血红蛋白 135 mg/dl",
                                  "Haemoglobin 4.1 mg/dL"])
def test_haemoglobin_in_mg_per_dl_is_unknown_not_critical(text: str) -> None:
    r = one(text, age=50, sex="F")
    assert r["key"] == "hgb" and r["flag"] == "unknown"
    assert "plasma free haemoglobin" in r["reason"] and "loinc-721-1" in r["reason"]
    assert r["unit"] == "mg/dL"  # the written unit is still read and shown


@pytest.mark.parametrize(("text", "flag"), [
    ("Hb 13.5 g/dL", "normal"), ("Hb 135 g/L", "normal"), ("Hb 8.4 mmol/L", "normal"), ("Hb 4.1 g/dL", "critical_low"),
    ("Hb 41 g/L", "critical_low"),
])
def test_haemoglobin_in_a_blood_count_unit_is_unchanged(text: str, flag: str) -> None:
    assert one(text, age=50, sex="F")["flag"] == flag


def test_other_units_keep_their_reasons() -> None:
    # Near misses: HbA1c in mg/dL and haemoglobin in mg/L are plain unit mismatches; free haemoglobin stays unknown.
    assert "does not fit" in one("HbA1c 6.1 mg/dL")["reason"]
    assert "does not fit" in one("Hb 13.5 mg/L")["reason"]
    r = one("plasma free hemoglobin 50 mg/dL")
    assert r["key"] is None and r["flag"] == "unknown"


def test_a_unit_of_another_test_cannot_be_an_accepted_unit() -> None:
    from carebridge.tools.labs.knowledge import Analyte
    with pytest.raises(ValueError, match="another test"):
        Analyte(key="x", code=None, en="X", zh="X", group="cbc", unit="g/L", units=["g/L", "mg/dL"],
                other_test_units=[{"unit": "mg/dL", "test": "y", "source": "loinc-721-1"}],
                about={"en": "x", "zh": "x"}, high={"en": "x", "zh": "x"}, low={"en": "x", "zh": "x"})


# FIX 2 (l48-197): a delimited row (or a text line) that closes with the report's critical mark is read, the mark
# being the report's own (it can raise a flag to critical, never lower one).
@pytest.mark.parametrize(("text", "flag"), [
    ("Hemoglobin | 4.1 | g/dL | 12.0-16.0 | CRIT", "critical_low"),     # l48-197
    ("Hemoglobin, 4.1, g/dL, 12.0-16.0, CRIT", "critical_low"),
    ("Hemoglobin 4.1 g/dL 12.0-16.0 CRIT", "critical_low"),
    ("Potassium | 3.0 | mmol/L | 3.5-5.3 | CRITICAL", "critical_low"),   # low by range, critical by the lab's mark
    ("Potassium | 6.0 | mmol/L | 3.5-5.3 | PANIC", "critical_high"),
    ("血钾 | 2.3 | mmol/L | 3.5-5.3 | 危急值", "critical_low"),
])
def test_a_closing_critical_mark_is_read(text: str, flag: str) -> None:
    r = one(text, age=70, sex="F")
    assert r["flag"] == flag
    assert r["lab_flag"] == "CRIT" or r["lab_flag"] in ("CRITICAL", "PANIC", "危急值")


def test_critical_in_prose_is_not_a_mark() -> None:
    # Near miss: a question that says 'critical' is not the report's mark.
    r = one("Potassium 4.1 mmol/L is it critical", age=40, sex="M")
    assert r["flag"] == "normal" and not r.get("lab_flag")


def test_a_word_that_only_starts_with_crit_is_not_a_mark() -> None:
    r = one("Hemoglobin | 12.1 | g/dL | 12.0-16.0 | CRITIQUE", age=40, sex="F")
    assert r["flag"] != "critical_low" and r["flag"] != "critical_high"


# FIX 3 (l49-137): 'MCV, RBC' (LOINC-style: the mean volume of the red cells) is the red-cell index, not the red
# cell count; only a red-cell index drops 'RBC'.
@pytest.mark.parametrize(("text", "key", "flag"), [
    ("MCV, RBC         90.2   fL      80-100", "mcv", "normal"),   # l49-137
    ("MCH, RBC 30 pg", "mch", "normal"),
    ("MCHC, RBC 340 g/L", "mchc", "normal"),
    ("RBC, MCV 90 fL", "mcv", "normal"),
    ("MCV, red cells 70 fL", "mcv", "low"),
])
def test_red_cell_index_with_rbc_qualifier(text: str, key: str, flag: str) -> None:
    r = one(text, age=40, sex="M")
    assert (r["key"], r["flag"]) == (key, flag)


@pytest.mark.parametrize("text", ["Folate, RBC 300 ng/mL", "WBC, RBC 5.0"])
def test_rbc_qualifier_on_other_tests_does_not_change(text: str) -> None:
    # Near misses: red-cell folate is another test, and 'WBC, RBC' is no red-cell index: neither reads as one.
    r = one(text)
    assert r["key"] not in ("folate", "wbc", "mcv")
    assert r["flag"] == "unknown"


# FIX 4 (l49-181): the immunoassay's generation ('3rd gen', 'third generation') is part of the name: its digit is no
# longer read as the value, and it does not make another test.
@pytest.mark.parametrize(("text", "flag"), [
    ("TSH,3rd gen: 0.05 mIU/L (0.27-4.20) L", "low"),   # l49-181
    ("TSH, 3rd generation 0.05 mIU/L", "low"),
    ("TSH 3rd gen 0.05 mIU/L", "low"),
    ("TSH (third generation) 2.0 mIU/L", "normal"),
    ("3rd gen TSH 0.05 mIU/L", "low"),
])
def test_assay_generation_is_part_of_the_name(text: str, flag: str) -> None:
    r = one(text, age=40, sex="F")
    assert (r["key"], r["flag"]) == ("tsh", flag)
    assert r["value"] in (0.05, 2.0)


def test_a_plain_tsh_value_is_still_read() -> None:
    r = one("TSH 3 mIU/L", age=40, sex="F")
    assert (r["key"], r["value"], r["flag"]) == ("tsh", 3.0, "normal")


# FIX 5 (l50-014): a bracket after a known name that says only the specimen or the blood gas analyser.
@pytest.mark.parametrize("text", ["Ionised calcium (blood gas) 0.52 mmol/L",   # l50-014
                                  "Ionised calcium (whole blood) 0.52 mmol/L", "iCa (blood gas) 0.52 mmol/L",
                                  "Ionized calcium (ABG) 0.52 mmol/L", "离子钙(血气) 0.52 mmol/L"])
def test_specimen_bracket_after_a_known_name(text: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("ionized_calcium", "critical_low")


@pytest.mark.parametrize("text", ["Glucose (urine) 5 mmol/L", "Bilirubin (direct) 30 umol/L"])
def test_a_bracket_that_makes_another_test_is_not_dropped(text: str) -> None:
    r = one(text)
    assert r["key"] not in ("glucose", "tbil")
