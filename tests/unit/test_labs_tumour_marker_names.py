"""A tumour marker's number written after a space ("CA 19-9", "CA 125") is part of its name, not a calcium value."""

from __future__ import annotations

import pytest

from carebridge.tools.labs.engine import interpret_report


@pytest.mark.parametrize(("line", "name"), [
    ("CA 19-9 40 U/mL (0-37)", "CA19-9"),
    ("CA 125 50 U/mL (0-35)", "CA125"),
    ("ca 15-3 12 U/mL (0-25)", "ca15-3"),
])
def test_a_spaced_tumour_marker_name_is_not_calcium(line: str, name: str) -> None:
    (result,) = interpret_report(line)["results"]
    assert result["key"] != "calcium" and result["as_written"] == name
    assert result["flag"] in ("high", "normal") and not result["flag"].startswith("critical")


@pytest.mark.parametrize(("line", "flag"), [("Ca 3.8 mmol/L", "critical_high"), ("CA 2.1 mmol/L", "low")])
def test_calcium_written_ca_is_still_calcium(line: str, flag: str) -> None:
    (result,) = interpret_report(line)["results"]
    assert result["key"] == "calcium" and result["flag"] == flag
