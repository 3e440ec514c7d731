"""Turn a patient's free-text reply into a structured answer (lexicon; a model may only fill gaps).

Pure functions. An empty or meaningless reply, an ambiguous number (72: kg or 斤?), or a
value outside the question's plausible range is not an answer: the caller asks again.
"I don't know" / "没测" is an answer whose value is unknown; it is recorded, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Literal

from pydantic import BaseModel

from carebridge.tools.followup.protocols import Question

Status = Literal["answered", "unknown", "reask"]


class ParsedAnswer(BaseModel):
    """A reply read against one question."""

    status: Status
    value: bool | float | str | None = None
    unit: str | None = None
    evidence: str = ""  # the words the value was read from
    method: Literal["lexicon", "model"] = "lexicon"
    reason: str | None = None  # why a re-ask: empty, not_understood, unit_needed, out_of_range, ambiguous

    def display(self, lang: str) -> str:
        """The value as a nurse reads it."""
        if self.status == "unknown":
            return "不知道/未测" if lang == "zh" else "unknown / not measured"
        if isinstance(self.value, bool):
            return ("是" if self.value else "否") if lang == "zh" else ("yes" if self.value else "no")
        if isinstance(self.value, float):
            return f"{self.value:g}{' ' + UNIT_LABEL[self.unit] if self.unit in UNIT_LABEL else ''}"
        return str(self.value)


UNIT_LABEL = {"kg": "kg", "celsius": "°C", "mmol_l": "mmol/L", "days": "d", "months": "mo"}

_UNKNOWN = re.compile(
    r"不知道|不清楚|不确定|说不好|没测|没量|没有测|没有量|未测|忘了|记不清"
    r"|\bdon'?t know\b|\bdo not know\b|\bnot sure\b|\bunsure\b|\bno idea\b|\bnot (?:been )?(?:measured|checked|taken)\b"
    r"|\bdidn'?t (?:measure|check|take)\b|\bhaven'?t (?:measured|checked|taken)\b|\bdon'?t remember\b|\bcan'?t remember\b",
    re.I)
_NO = re.compile(
    r"没有|没|無|无|不是|不会|不对|不|否|\bno\b|\bnope\b|\bnah\b|\bnot\b|\bnever\b|\bnone\b|\bn\b"
    r"|\bi (?:do not|don'?t|have not|haven'?t|am not|'m not|did not|didn'?t)\b", re.I)
_YES = re.compile(
    r"是的|是|有|对|嗯|会|\byes\b|\byeah\b|\byep\b|\byup\b|\by\b|\bsure\b|\bcorrect\b|\bright\b|\bindeed\b"
    r"|\bi (?:do|have|am|did)(?=\s*(?:$|[,.!;]|(?:once|twice|sometimes|a bit|a little|too)\b))|\ba (?:bit|little)\b|\bslightly\b|\bsometimes\b", re.I)

# Unit words per question unit: (pattern, factor or converter). Longest alternatives first.
_CONVERT: dict[str, list[tuple[str, Any]]] = {
    "kg": [(r"kgs?|kilo(?:gram)?s?|公斤|千克", 1.0), (r"斤", 0.5), (r"lbs?|pounds?|磅", 0.45359237)],
    "celsius": [(r"°\s*c|℃|celsius|摄氏度|度|c\b", 1.0), (r"°\s*f|℉|fahrenheit|f\b", "f")],
    "mmol_l": [(r"mmol\s*/\s*l|mmol|毫摩尔", 1.0), (r"mg\s*/\s*dl|mg", 1 / 18.0)],
    "days": [(r"天|日|days?|d\b", 1.0), (r"周|星期|weeks?|wk", 7.0)],
    "months": [(r"个月|月|months?|mo\b", 1.0), (r"岁|周岁|years?|yrs?|y\b", 12.0), (r"周|weeks?|wk", 12 / 52)],
}
# A bare number is accepted only where it cannot mean two things: 72 may be kg or 斤, 2 may be
# months or years, 30 may be mmol/L or mg/dL. Then the patient is asked for the unit.
_BARE_OK: dict[str, Any] = {"kg": None, "celsius": (34, 43), "mmol_l": (0.5, 18), "days": (0, 60), "months": None}

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = re.compile(r"[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?")
_NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)")


def _cn_int(s: str) -> int:
    total, current = 0, 0
    for ch in s:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


def cn_numerals_to_digits(text: str) -> str:
    """三十八度五 -> 38度5, 一百四十斤 -> 140斤, 三点九 -> 3.9."""
    def repl(m: re.Match[str]) -> str:
        whole, _, frac = m.group(0).partition("点")
        out = str(_cn_int(whole))
        return out + ("." + "".join(str(_CN_DIGITS[c]) for c in frac) if frac else "")
    return _CN_NUM.sub(repl, text)


def normalise(text: str) -> str:
    """NFKC, lower case, single spaces (full-width digits and letters become ASCII)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def is_meaningless(text: str) -> bool:
    """No letter, digit or CJK character at all (empty, punctuation, emoji, ...)."""
    return not any(ch.isalnum() for ch in normalise(text))


def _reask(reason: str) -> ParsedAnswer:
    return ParsedAnswer(status="reask", reason=reason)


def parse_yesno(text: str) -> ParsedAnswer:
    """Yes/no from the earliest cue (是/有/yes... or 没有/不/no...); 没有 wins over the 有 inside it."""
    norm = normalise(text)
    unknown = _UNKNOWN.search(norm)
    if unknown:
        return ParsedAnswer(status="unknown", evidence=unknown.group(0))
    cues = [(m.start(), -len(m.group(0)), False, m.group(0)) for m in _NO.finditer(norm)]
    cues += [(m.start(), -len(m.group(0)), True, m.group(0)) for m in _YES.finditer(norm)]
    if not cues:
        return _reask("not_understood")
    _, _, value, word = min(cues)
    return ParsedAnswer(status="answered", value=value, evidence=word)


def _in_range(q: Question, value: float) -> bool:
    return (q.min is None or value >= q.min) and (q.max is None or value <= q.max)


def parse_number(text: str, q: Question) -> ParsedAnswer:
    """A number in the question's unit; other units are converted; bare numbers only where unambiguous."""
    norm = normalise(text)
    unknown = _UNKNOWN.search(norm)
    if unknown:
        return ParsedAnswer(status="unknown", evidence=unknown.group(0))
    norm = cn_numerals_to_digits(norm)
    norm = re.sub(r"(\d+)\s*度\s*(\d)(?!\d)", r"\1.\2度", norm)  # 38度5 = 38.5 °C, as said aloud
    unit = q.unit or ""
    found: list[tuple[float, str]] = []
    bare: list[tuple[float, str]] = []
    for m in _NUMBER.finditer(norm):
        number, rest = float(m.group(1)), norm[m.end():]
        for pattern, factor in _CONVERT.get(unit, []):
            um = re.match(rf"\s*(?:个)?\s*({pattern})(\s*半)?", rest)
            if um:
                half = 0.5 if um.group(2) else 0.0
                value = (number + half - 32) * 5 / 9 if factor == "f" else (number + half) * float(factor)
                found.append((round(value, 2), norm[m.start():m.end() + um.end()].strip()))
                break
        else:
            bare.append((number, m.group(1)))
    if found:
        values = {v for v, _ in found}
        if len(values) > 1:
            return _reask("ambiguous")
        value, evidence = found[0]
    elif len(bare) == 1 and _BARE_OK.get(unit) is not None:
        lo, hi = _BARE_OK[unit]
        value, evidence = bare[0]
        if not lo <= value <= hi:
            return _reask("unit_needed")
    elif bare:
        return _reask("unit_needed" if len(bare) == 1 else "ambiguous")
    else:
        return _reask("not_understood")
    if not _in_range(q, value):
        return _reask("out_of_range")
    return ParsedAnswer(status="answered", value=float(value), unit=unit, evidence=evidence)


def parse_scale(text: str, q: Question) -> ParsedAnswer:
    """A whole-number score (7, 7/10, 7分, 七分) within the question's range."""
    norm = normalise(text)
    unknown = _UNKNOWN.search(norm)
    if unknown:
        return ParsedAnswer(status="unknown", evidence=unknown.group(0))
    norm = cn_numerals_to_digits(norm)
    numbers = [m for m in _NUMBER.finditer(norm)]
    if not numbers:
        return _reask("not_understood")
    first = numbers[0]
    rest = [m for m in numbers[1:] if not norm[first.end():m.start()].strip() == "/"]
    if rest:
        return _reask("ambiguous")
    value = float(first.group(1))
    if value != int(value) or not _in_range(q, value):
        return _reask("out_of_range")
    return ParsedAnswer(status="answered", value=value, evidence=first.group(0))


def parse_answer(text: str, q: Question) -> ParsedAnswer:
    """Read `text` as an answer to `q` with the lexicon (no model)."""
    if is_meaningless(text):
        return _reask("empty")
    if q.type == "yesno":
        return parse_yesno(text)
    if q.type == "number":
        return parse_number(text, q)
    if q.type == "scale":
        return parse_scale(text, q)
    return ParsedAnswer(status="answered", value=text.strip(), evidence=text.strip())


REASK = {
    "empty": ("I did not receive an answer.", "没有收到您的回答。"),
    "not_understood": ("Sorry, I did not understand that answer.", "抱歉，我没有理解您的回答。"),
    "unit_needed": ("Please give the unit too", "请同时说明单位"),
    "ambiguous": ("I found more than one value; please give one.", "我看到了不止一个数值，请只回答一个。"),
    "out_of_range": ("That value looks outside the usual range; please check it.", "这个数值超出了常见范围，请核对一下。"),
}
UNIT_HINT = {
    "kg": (" (for example 72 kg or 144 jin).", "（例如 72公斤 或 144斤）。"),
    "months": (" (for example 5 months or 2 years).", "（例如 5个月 或 2岁）。"),
    "mmol_l": (" (mmol/L or mg/dL).", "（mmol/L 或 mg/dL）。"),
    "celsius": (" (°C).", "（°C）。"),
    "days": (" (days).", "（天）。"),
}


def reask_text(reason: str, q: Question, lang: str) -> str:
    """Why we ask again, then the question again, in the patient's language."""
    en, zh = REASK.get(reason, REASK["not_understood"])
    if reason == "unit_needed":
        hint_en, hint_zh = UNIT_HINT.get(q.unit or "", (".", "。"))
        en, zh = en + hint_en, zh + hint_zh
    return f"{zh}{q.text.zh}" if lang == "zh" else f"{en} {q.text.en}"
