"""A comma row whose count per microlitre carries thousands separators ("Platelets,45,000,/uL"): the separators split
the number into cells, and the row was read as 45 /uL, a false critical low (seen in lab set 53's tail, 2026-12-05)."""

from __future__ import annotations

import pytest

from tests.lab_report import one


@pytest.mark.parametrize(("text", "key", "value", "flag"), [
    ("Platelets,45,000,/uL", "plt", 45000.0, "low"),
    ("Platelets,245,000,/uL,150,000-400,000", "plt", 245000.0, "normal"),
    ("WBC,4,500,/uL", "wbc", 4500.0, "normal"),
    ("WBC,4,500,/uL,4,000-11,000", "wbc", 4500.0, "normal"),
    ("PLT,12,000,cells/uL", "plt", 12000.0, "critical_low"),
    ("WBC,22,300,/mm3,H", "wbc", 22300.0, "high"),
])
def test_thousands_in_a_per_microlitre_comma_row(text: str, key: str, value: float, flag: str) -> None:
    r = one(text, age=50, sex="M")
    assert (r["key"], r["value"], r["flag"]) == (key, value, flag)


@pytest.mark.parametrize(("text", "key", "value", "flag"), [
    # Near misses: no count per microlitre, so a three-digit cell is a cell of its own.
    ("K,4,mmol/L", "potassium", 4.0, "normal"), ("ALT,45,U/L,7-56", "alt", 45.0, "normal"),
    ("Platelets,45,x10^9/L,125-350", "plt", 45.0, "low"),
])
def test_other_comma_rows_are_unchanged(text: str, key: str, value: float, flag: str) -> None:
    r = one(text, age=50, sex="M")
    assert (r["key"], r["value"], r["flag"]) == (key, value, flag)
