"""A number without a unit that is critical in every unit it could be in is escalated, though its flag stays unknown."""

from __future__ import annotations

import pytest

from carebridge.tools.inbox import open_inbox
from carebridge.tools.labs.engine import interpret_report
from carebridge.tools.labs.escalation import escalate_critical
from tests.lab_report import one


@pytest.mark.parametrize("line", ["Glu 30", "glucose 30", "glucose 1.5"])
def test_critical_in_every_unit_is_possibly_critical(line: str) -> None:
    # 30 mmol/L is beyond the high glucose limit and 30 mg/dL (1.7 mmol/L) beyond the low one.
    report = interpret_report(line)
    r = report["results"][0]
    assert r["flag"] == "unknown"
    assert r["possibly_critical"] is True
    assert "every unit it could be in" in r["reason"]
    assert report["critical"] is True
    assert "critical_notice" in report


@pytest.mark.parametrize("line", ["glucose 5.2", "Hb 4.1"])
def test_not_critical_in_some_unit_is_not_escalated(line: str) -> None:
    # 5.2 mmol/L is normal; Hb 4.1 read as mmol/L (66 g/L) is not beyond the critical limit.
    r = one(line)
    assert r["flag"] == "unknown"
    assert "possibly_critical" not in r
    assert interpret_report(line)["critical"] is False


def test_possibly_critical_goes_to_the_nurse_inbox(tmp_path) -> None:
    items = escalate_critical(interpret_report("Glu 30"), tmp_path, patient_id="P9")
    assert len(items) == 1 and items[0]["priority"] == "emergency"
    box = open_inbox(tmp_path)
    try:
        titles = [i.title_en for i in box.items(role="nurse")]
    finally:
        box.close()
    assert any("possibly critical" in t for t in titles), titles
