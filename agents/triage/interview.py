"""The pre-consultation interview: which slot to ask next and how to fill it from an answer."""

from __future__ import annotations

import re
from typing import Any

from carebridge.prompts import load_prompt_data
from carebridge.tools.slots import is_none_answer, parse_duration_days, parse_postpartum_days, parse_severity, parse_yes_no
from carebridge.tools.text import normalize

SLOTS = ("chief_complaint", "age_sex", "duration", "severity", "pregnancy", "associated",
         "medications", "allergies", "history")
_GREETING = re.compile(r"^(hi|hello|hey|good (morning|afternoon|evening)|你好|您好|医生你好|在吗|hi there)[\s!！.。,，]*$")
_AGE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*(岁|周岁|years?|yrs?|yo|y/o|-year-old)?")
_AGE_MONTHS = re.compile(r"(\d{1,2})\s*(个月|months?)")
_FEMALE = re.compile(r"\b(f|female|woman|girl|she|her)\b|女")
_MALE = re.compile(r"\b(m|male|man|boy|he|him)\b|男")


# chat43 (chat bank 6 c6e-017): the answer to "how bad is it, from 0 to 10?" is a score even when it is not said bare:
# "He says 9.", "3.", "about a 7", "Headache is about 5.", "8, it's really bad", "他说有9分吧". The one number of
# the reply, 0 to 10, not a time, a count, an age or a temperature ("2 days", "since 3pm", "38.5"), nor denied.
_SCORE_IN_ANSWER = re.compile(r"(?<![\d.])(10|[0-9])(?![\d.]\d)(?!\s*(?:days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|h\b|"
                              r"mins?|minutes?|secs?|seconds?|am\b|pm\b|o'?clock|times|x\b|°|度|天|周|星期|礼拜|个|月|年|"
                              r"小时|钟|点|岁|次|号|回|遍|kg|ml|mg|%))")
_ANY_NUMBER = re.compile(r"\d")
_SCORE_DENIED = re.compile(r"(\bnot\b|n't\b|\bno\b|不是|没有)[^,.;!?。，]*$")


def _answered_score(text: str) -> int | None:
    """A 0-10 score given in a reply to the severity question with words around it; None if not one plain score."""
    norm = normalize(text)
    scores = list(_SCORE_IN_ANSWER.finditer(norm))
    if len(scores) != 1 or len(_ANY_NUMBER.findall(norm)) != len(scores[0].group(1)):
        return None
    m = scores[0]
    if _SCORE_DENIED.search(norm[max(0, m.start() - 20):m.start()]):
        return None
    return int(m.group(1))


def new_record() -> dict[str, Any]:
    """An empty interview record."""
    return {slot: None for slot in SLOTS} | {"asked": [], "pending_slot": None, "complete": False,
                                              "duration_days": None}


def parse_age_sex(text: str) -> tuple[float | None, float | None, str | None]:
    """(age in years, age in months if given in months, "F"/"M") from a short answer."""
    norm = normalize(text)
    months_m = _AGE_MONTHS.search(norm)
    months = float(months_m.group(1)) if months_m else None
    age_m = _AGE.search(norm)
    years = months / 12 if months is not None else (float(age_m.group(1)) if age_m else None)
    if years is not None and not 0 <= years <= 120:
        years = None
    sex = "F" if _FEMALE.search(norm) else ("M" if _MALE.search(norm) else None)
    return years, months, sex


def fill_from_message(record: dict[str, Any], patient: dict[str, Any], text: str, has_findings: bool,
                      severity_codes: list[str] | None = None) -> None:
    """Fill the pending slot from the patient's answer, and any slot the text happens to answer."""
    slot = record.get("pending_slot")
    record["pending_slot"] = None
    if slot == "chief_complaint" or (record["chief_complaint"] is None and slot is None):
        if has_findings or not _GREETING.match(normalize(text).strip()):
            record["chief_complaint"] = text.strip()[:500]
    elif slot == "age_sex":
        years, months, sex = parse_age_sex(text)
        if years is not None:
            patient["age_years"] = years
        if months is not None:
            patient["age_months"] = months
        if sex is not None:
            patient["sex"] = sex
        record["age_sex"] = text.strip()[:100]
    elif slot == "pregnancy":
        answer = parse_yes_no(text)
        if answer is not None:
            patient["pregnant"] = answer
        record["pregnancy"] = text.strip()[:200]
    elif slot in ("associated", "history", "medications", "allergies"):
        record[slot] = "none" if is_none_answer(text) else text.strip()[:500]
    elif slot == "duration":
        record["duration"] = text.strip()[:200]
    elif slot == "severity":
        bare = re.fullmatch(r"\s*(10|[0-9])\s*(分)?\s*", normalize(text))
        record["severity"] = int(bare.group(1)) if bare else parse_severity(text)
        if record["severity"] is None:
            record["severity"] = _answered_score(text)
        record.pop("severity_codes", None)  # the answer to "how bad is it" is said of the whole complaint
        if record["severity"] is None:
            record["severity_text"] = text.strip()[:100]
    # Any message may carry a duration or a severity the patient volunteered.
    if record.get("duration_days") is None:
        days = parse_duration_days(text)
        if days is not None:
            record["duration_days"] = days
            record["duration"] = record["duration"] or text.strip()[:200]
    # misread39 item 7: the time since a birth ("产后5周") is a postpartum fact kept apart from the duration
    if record.get("postpartum_days") is None:
        since_birth = parse_postpartum_days(text)
        if since_birth is not None:
            record["postpartum_days"] = since_birth
    if record["severity"] is None and slot != "severity":
        record["severity"] = parse_severity(text) if has_findings else None
        # a severity volunteered in a message is said of its own sentence's symptoms (extract_findings.severity_codes)
        if record["severity"] is not None and severity_codes is not None:
            record["severity_codes"] = list(severity_codes)


def _applies(when: dict[str, Any] | None, patient: dict[str, Any]) -> bool:
    if not when:
        return True
    age = patient.get("age_years")
    if "sex" in when and patient.get("sex") != when["sex"]:
        return False
    if "min_age_years" in when and (age is None or age < when["min_age_years"]):
        return False
    return not ("max_age_years" in when and (age is None or age > when["max_age_years"]))


def _filled(slot: str, record: dict[str, Any], patient: dict[str, Any]) -> bool:
    if slot == "age_sex":
        return patient.get("age_years") is not None and patient.get("sex") is not None
    if slot == "pregnancy":
        return patient.get("pregnant") is not None or record.get("pregnancy") is not None
    if slot == "severity":
        return record.get("severity") is not None or bool(record.get("severity_text"))
    return record.get(slot) is not None


def next_question(record: dict[str, Any], patient: dict[str, Any], lang: str, max_questions: int) -> dict[str, str] | None:
    """The next question to ask ({slot, text}), or None when the interview is done."""
    if len(record["asked"]) >= max_questions:
        return None
    for q in load_prompt_data("triage.questions")["questions"]:
        slot = q["slot"]
        if slot in record["asked"] or _filled(slot, record, patient) or not _applies(q.get("when"), patient):
            continue
        key = "zh" if lang == "zh" else "en"
        text = q[key]
        if slot == "age_sex" and patient.get("age_years") is not None:
            text = q["sex_only"][key]
        elif slot == "age_sex" and patient.get("sex") is not None:
            text = q["age_only"][key]
        return {"slot": slot, "text": text}
    return None
