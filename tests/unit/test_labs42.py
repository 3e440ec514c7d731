"""Stop 42 lab leftovers (lab set 82), fixed by class, with look-alikes that keep their flags.

- A quantitative urine protein (LOINC 2888-6, 'Protein [Mass/volume] in Urine', a method the code does not name) has
  no sourced interval in carebridge, and the test strip's blocks are for strip results only (20454-5, 5804-0). When
  the report prints its own range in the value's unit, that range decides (issue 3: "when a report carries its own
  reference range, use it and say so"), with no critical limits; with no range, or a range in another unit, unknown.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.lab_report import one


def _u_protein(value: float, unit: str = "mg/dL", ref: dict[str, Any] | None = None, code: str = "2888-6") -> str:
    obs: dict[str, Any] = {
        "resourceType": "Observation", "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": "Protein [Mass/volume] in Urine"}]},
        "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}}
    if ref is not None:
        obs["referenceRange"] = [ref]
    return json.dumps(obs)


def _q(value: float, unit: str = "mg/dL") -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}


@pytest.mark.parametrize(("text", "flag", "source"), [
    (_u_protein(150, ref={"high": _q(14)}), "high", "report"),                     # l82-140
    (_u_protein(8, ref={"high": _q(14)}), "normal", "report"),
    (_u_protein(8, ref={"low": _q(0), "high": _q(14)}), "normal", "report"),
    (_u_protein(0.9, "g/L", ref={"high": _q(0.15, "g/L")}), "high", "report"),
])
def test_quantitative_urine_protein_reads_the_printed_range(text: str, flag: str, source: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"], r["range_source"]) == ("u_protein", flag, source)
    assert any("printed on the report" in n for n in r["notes"])
    assert r["flag"] not in ("critical_high", "critical_low")


@pytest.mark.parametrize("text", [
    _u_protein(150),                                                    # no range printed: nothing sourced to flag by
    _u_protein(150, ref={"high": _q(0.14, "g/L")}),                     # a range in another unit is not compared
])
def test_quantitative_urine_protein_without_a_usable_range_stays_unknown(text: str) -> None:
    r = one(text)
    assert (r["key"], r["flag"]) == ("u_protein", "unknown")
    assert "printed on the report" in r["reason"]


def test_strip_urine_protein_keeps_the_strip_scale() -> None:
    # 20454-5 is the strip's own code: its blocks decide, a printed range or not (l79-093).
    assert one(_u_protein(100, code="20454-5"))["flag"] == "high"
    assert one(_u_protein(5, code="20454-5"))["flag"] == "normal"
