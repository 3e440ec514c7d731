"""Lab sets 42 and 43: OCR slips in units, test names carebridge does not recognise, and texts with no result."""

from __future__ import annotations

import pytest

from tests.lab_report import one


# FIX B: a look-alike character in a unit (1 / l / I, 0 / o) is read as the one accepted unit it can be.
@pytest.mark.parametrize(("text", "flag", "unit"), [
    ("GLU  43.5  mmo1/L  3.89-6.11", "critical_high", "mmol/L"),   # l43-035
    ("Glucose 95 mg/dI", "normal", "mg/dL"),
    ("Potassium 4.1 mmoI/L", "normal", "mmol/L"),
    ("Creatinine 88 umo1/l", "normal", "umol/L"),
    ("WBC 14.8 10^9/1", "high", "10^9/L"),
])
def test_ocr_slip_in_unit_is_read(text: str, flag: str, unit: str) -> None:
    r = one(text)
    assert (r["flag"], r["unit"]) == (flag, unit)
    assert any("read as" in n and "look-alike" in n for n in r["notes"])


@pytest.mark.parametrize("text", ["Glucose 85 g/L", "Glucose 85 g/1", "Potassium 4.1 mg/1"])
def test_wrong_unit_is_not_read_as_a_slip(text: str) -> None:
    r = one(text)
    assert r["flag"] == "unknown"
    assert "does not fit" in r["reason"]
