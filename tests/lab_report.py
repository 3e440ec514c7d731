"""Shared helpers for the lab-report tests: the results of one report, and the single result of a one-line report."""

from __future__ import annotations

from typing import Any

from carebridge.tools.labs.engine import interpret_report


def results(text: str, **kw: Any) -> list[dict[str, Any]]:
    """Every result `interpret_report` gives for `text`."""
    return interpret_report(text, **kw)["results"]


def one(text: str, **kw: Any) -> dict[str, Any]:
    """The one result of a one-line report (fails the test when there is not exactly one)."""
    rs = results(text, **kw)
    assert len(rs) == 1, rs
    return rs[0]


def first(text: str, **kw: Any) -> dict[str, Any]:
    """The first result of a report (fails the test when there is none): a line whose other results do not matter."""
    rs = results(text, **kw)
    assert rs, text
    return rs[0]


def flags(text: str, **kw: Any) -> list[tuple[str | None, str]]:
    """(analyte key, flag) of every result the line gives, in order."""
    return [(r["key"], r["flag"]) for r in results(text, **kw)]


def no_result(rs: list[dict[str, Any]]) -> bool:
    """Whether `rs` is the one `unknown` row a text with no lab result gives (lab set 43, FIX C)."""
    return len(rs) == 1 and rs[0].get("no_result") is True and rs[0]["flag"] == "unknown" and rs[0]["key"] is None
