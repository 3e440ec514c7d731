"""Lab set 41: printed ranges with signed bounds, and a bare number read in the one unit that makes it possible."""

from __future__ import annotations

import pytest

from carebridge.tools.labs.parse import _RANGE
from tests.lab_report import flags, one


# Printed ranges with negative bounds (base excess): the range is read and the value flagged against it.
@pytest.mark.parametrize(("text", "flag", "low", "high"), [
    ("BE -12.4 mmol/L ↓ (-3~+3)", "low", -3, 3),    # l41-026
    ("BE -12.4 mmol/L (-3 - +3)", "low", -3, 3),
    ("BE 4.1 mmol/L (-2.3–2.3)", "high", -2.3, 2.3),
    ("BE -12.4 mmol/L (-3,+3)", "low", -3, 3),
    ("BE -12.4 mmol/L (-3, +3)", "low", -3, 3),
    ("BE 1.0 mmol/L (-3~+3)", "normal", -3, 3),    # near miss: inside the signed range
    ("BE -3.5 mmol/L (-3~+3)", "low", -3, 3),      # near miss: just below
    ("BE +3.5 mmol/L (-3~+3)", "high", -3, 3),
])
def test_signed_printed_range(text: str, flag: str, low: float, high: float) -> None:
    r = one(text)
    assert r["flag"] == flag
    assert (r["reference_range"]["low"], r["reference_range"]["high"], r["range_source"]) == (low, high, "report")


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("-3~+3", "-3", "+3"), ("-3 - +3", "-3", "+3"), ("-10~-2", "-10", "-2"), ("(-3,+3)", "-3", "+3"),
    ("3.5-5.3", "3.5", "5.3"), ("3.5--5.3", "3.5", "5.3"),
])
def test_range_pattern_signed_bounds(text: str, lo: str, hi: str) -> None:
    m = _RANGE.search(text)
    assert m is not None and (m.group("lo"), m.group("hi")) == (lo, hi)


def test_comma_without_a_sign_is_no_range() -> None:
    # "3,5" (a list, or a decimal comma) is not a range: the comma separates bounds only before a signed number.
    assert _RANGE.search("3,5") is None
    assert [f for _, f in flags("K 5.8 mmol/L, Na 140 mmol/L")] == ["high", "normal"]


def test_signed_range_keeps_the_known_analytes_own_flag() -> None:
    # The report's ↓ and its signed range do not overrule a known analyte's sourced critical limit.
    assert one("K 2.1 mmol/L ↓ (-3~+3)")["flag"] == "critical_low"


# A number without a unit, read in the one usual unit in which a living patient can have it.
def test_hb_105_only_possible_in_g_per_l() -> None:  # l41-198
    r = one("Hb 105", age=70, sex="M")
    assert (r["flag"], r["unit"], r["value"]) == ("low", "g/L", 105)
    assert any("unit assumed: only g/L gives a possible value" in n for n in r["notes"])


@pytest.mark.parametrize("text", ["my hemoglobin was 11.8", "Hb 11.8", "hemoglobin is 4.1"])
def test_hb_possible_in_two_units_stays_unknown(text: str) -> None:
    # 11.8 g/dL or 11.8 g/L (or mmol/L): more than one unit gives a possible value, so none is assumed.
    r = one(text, age=40, sex="F")
    assert r["flag"] == "unknown"
    assert "say which unit" in r["reason"]
    assert not r.get("unit")


@pytest.mark.parametrize("text", ["Hb 500", "Hb 2000"])
def test_hb_past_every_units_ceiling_stays_unknown(text: str) -> None:
    # Past 354 g/L in g/L, g/dL and mmol/L; plasma free haemoglobin's mg/dL is no longer weighed for a bare number.
    r = one(text, age=40, sex="M")
    assert r["flag"] == "unknown"
    assert not r.get("unit")


def test_hb_written_in_mg_per_dl_is_still_read() -> None:
    assert one("Hb 50 mg/dL")["unit"] == "mg/dL"


def test_unit_inference_needs_a_bound() -> None:
    # ALT has no plausibility bound or physical ceiling: a bare number is not read in an inferred unit.
    r = one("ALT 105")
    assert not any("gives a possible value" in n for n in r["notes"])


def test_bare_units_must_be_among_units() -> None:
    from carebridge.tools.labs.knowledge import Analyte
    with pytest.raises(ValueError, match="bare_units"):
        Analyte(key="x", code=None, en="X", zh="X", group="cbc", unit="g/L", units=["g/L"], bare_units=["mg/dL"],
                about={"en": "a", "zh": "a"}, high={"en": "a", "zh": "a"}, low={"en": "a", "zh": "a"})
