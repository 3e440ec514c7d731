"""The lab-set-17 round (the set is now tuned, not blind): each fix with other ways it is written and a look-alike
that must stay as it was. Every group fails without its change."""

from __future__ import annotations

import pytest

from tests.lab_report import one, results


def _flags(text: str, **kw: object) -> list[tuple[str | None, str]]:
    return [(r["key"], r["flag"]) for r in results(text, **kw)]


# --- names: "Mag" is magnesium, "total bili" / "T bili" / "bili" total bilirubin, "direct bili" direct bilirubin
@pytest.mark.parametrize(("line", "key", "flag"), [
    ("Mag 0.7 mg/dL - replacing IV", "magnesium", "critical_low"),
    ("Mag 2.0 mg/dL", "magnesium", "normal"),
    ("total bili 24.6 mg/dL", "tbil", "critical_high"),
    ("T bili 1.0 mg/dL", "tbil", "normal"),
    ("direct bili 0.1 mg/dL", "dbil", "normal"),
])
def test_bedside_abbreviations_name_their_tests(line: str, key: str, flag: str) -> None:
    r = one(line)
    assert (r["key"], r["flag"]) == (key, flag)
