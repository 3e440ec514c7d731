"""Read a daily dose out of what people write after a drug name ("1g qid", "500mg 每日3次")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from carebridge.tools.text import normalize

_UNIT_MG = {"mg": 1.0, "毫克": 1.0, "g": 1000.0, "克": 1000.0, "mcg": 0.001, "µg": 0.001, "ug": 0.001, "微克": 0.001}
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(mg|毫克|mcg|µg|ug|微克|g|克)(?![a-z])")
_ZH_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_PER_DAY = re.compile(r"^\s*(?:/\s*(?:day|d|天|日)|per\s+day|a\s+day|daily\s+total|每日总量|/24\s*h)")
_FREQ = (
    (re.compile(r"\b(?:qd|od|once\s+(?:a\s+)?daily|once\s+a\s+day|daily|qn|qhs|nightly)\b"), 1),
    (re.compile(r"\b(?:bid|bd|twice\s+(?:a\s+)?daily|twice\s+a\s+day|q12h)\b"), 2),
    (re.compile(r"\b(?:tid|tds|three\s+times\s+(?:a\s+)?(?:daily|day)|q8h)\b"), 3),
    (re.compile(r"\b(?:qid|qds|four\s+times\s+(?:a\s+)?(?:daily|day)|q6h)\b"), 4),
    (re.compile(r"\bq4h\b"), 6),
)
_ZH_FREQ = re.compile(r"(?:每日|每天|一日|一天|日)\s*([一二两三四五六\d])\s*次")


@dataclass(frozen=True)
class Dose:
    """A dose found after a drug name: the text, and the daily total in mg when it can be told."""

    text: str
    daily_mg: float | None


def split_name_and_dose(item: str) -> tuple[str, Dose | None]:
    """("paracetamol", Dose("1g qid", 4000)) from "paracetamol 1g qid"; no dose -> None."""
    norm = normalize(item)
    m = _AMOUNT.search(norm)
    if not m:
        return item.strip(), None
    # "amlodipine/atorvastatin 5/10mg": the first strength of a combination is dose, not name.
    name = re.sub(r"\s+\d+(?:\.\d+)?\s*/\s*$", "", norm[: m.start()]).strip(" :：,，=")
    tail = norm[m.start():].strip()
    return (name or item.strip()), Dose(text=tail, daily_mg=_daily_mg(norm[m.start():]))


def _daily_mg(tail: str) -> float | None:
    m = _AMOUNT.search(tail)
    if not m:
        return None
    amount = float(m.group(1)) * _UNIT_MG[m.group(2)]
    rest = tail[m.end():]
    if _PER_DAY.match(rest):
        return amount
    zh = _ZH_FREQ.search(rest)
    if zh:
        n = zh.group(1)
        return amount * (int(n) if n.isdigit() else _ZH_NUM[n])
    for pattern, times in _FREQ:
        if pattern.search(rest):
            return amount * times
    return None
