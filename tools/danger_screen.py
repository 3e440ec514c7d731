"""A complaint's danger signs, asked in the chat interview in place of "any other symptoms?".

A triage nurse asks a patient with chest pain whether it spreads to the arm and whether they are sweating. Here the
question is derived from the sourced red-flag rules (knowledge/red_flags.yaml), never written by hand:

- the rules of urgency `emergency` or higher that have not fired, whose first `all_of` group a symptom the patient
  named satisfies (a group of at most `_ANCHOR_MAX` codes, so the complaint is what the rule is about, not one of many
  companions it may have), or that name a stronger form of that symptom (a code whose display name contains the
  symptom's: "Sudden worst-ever headache" of "Headache"; not a form the rules read only at other ages, such as a
  barking cough, croup in a child); only when none of those is worth asking, the rules with the symptom in a later
  small group (breathlessness alone);
- of those, the rules still missing one group (a single "yes" decides them), then the rules missing two; most urgent
  first, then the rules most about the complaint (the smallest group it is in), then the file's order;
- the codes of the missing groups, each checked: added to the findings, it (with one code of the other missing group,
  for rules missing two) makes the rule fire for this patient (age, sex, pregnancy as known);
- a code already denied is not asked again, nor a weight-0 code (context such as "sudden onset", not a sign); codes
  that say the same thing (`_SAME_SIGN`) are asked once, and only when the code a "yes" feeds completes every rule the
  merged code would; at most `CAP` signs, numbered (the reply may give the numbers).

Signs are named by the symptom lexicon's own display names (symptoms.yaml `names`, en and zh). The answer is read back
into symptom codes (`answer_findings`), which the red-flag screen then weighs like any words of the patient's: the
rules, not this module, decide the urgency.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from carebridge.tools.knowledge import Condition, Knowledge, RedFlagRule, load_knowledge
from carebridge.tools.slots import parse_yes_no
from carebridge.tools.text import normalize
from carebridge.tools.triage_engine import (
    PatientFacts,
    as_text_baby,
    as_text_child,
    condition_applies,
    extract_findings,
    fits_patient,
    patient_facts,
    rank,
    read_for_age,
    screen_red_flags,
)

CAP = 6
# A rule is about the complaint when the complaint is in one of its groups of at most this many codes (chest pain in
# [[chest_pain], [sweating, ...]]); a complaint that is one of eight possible companions of a drowning or a blood
# pressure reading does not make that rule's missing sign a question to ask everybody with it.
_ANCHOR_MAX = 4
# Codes that say the same thing to a patient: the first is asked (and fed on a "yes"), the rest are read as the same
# sign. `join` shows both names ("Nausea or vomiting"). Phrasing only: a merge is dropped where the first code would
# not complete a rule the other one would (`_merge`).
_SAME_SIGN: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("dyspnea", ("dyspnea_severe",), False),
    ("radiating_pain", ("cardiac_radiation",), False),
    ("nausea", ("vomiting",), True),
    ("cough_blood", ("cough_blood_heavy",), False),
    ("blurred_vision", ("eyes_gone_spotty",), False),
    ("saddle_numbness", ("saddle_numbness_possible",), False),
)
_STAGE_ASKED, _STAGE_WHICH, _STAGE_MORE = "asked", "which", "more"
# the open question after signs picked that decide nothing: its entry in `asked` (it counts toward max_questions)
MORE_SLOT = "associated_more"
# the follow-up's entry in the interview's `asked` list: it is a question, so it counts toward max_questions
WHICH_SLOT = "associated_which"
# the ambulance-sign question asked with the emergency advice (`ambulance_question`): its entry in `asked` and the
# interview's pending slot while it waits for the answer (it is asked once, at an emergency that is not an ambulance)
AMBULANCE_SLOT = "ambulance_signs"
# Signs only a baby has: the anterior fontanelle closes by about 18-24 months (NICE NG143 lists a bulging fontanelle
# for infants), so a 30-year-old with a fever is not asked about one. Phrasing only: the rules still read it if said.
_INFANT_ONLY = frozenset({"bulging_fontanelle"})
_FONTANELLE_CLOSED_YEARS = 2


@dataclass(frozen=True)
class Sign:
    """One danger sign asked about: the code a "yes" feeds, every code that names it, its display names."""

    code: str
    codes: tuple[str, ...]
    en: str
    zh: str


@dataclass(frozen=True)
class DangerQuestion:
    """The signs to ask about and the red-flag rules (ids) whose missing codes they are."""

    signs: tuple[Sign, ...]
    rules: tuple[str, ...]

    def as_record(self) -> dict[str, Any]:
        """JSON-safe form kept in the interview record (the checkpointed state)."""
        return {"stage": _STAGE_ASKED, "rules": list(self.rules),
                "signs": [{"code": s.code, "codes": list(s.codes), "en": s.en, "zh": s.zh} for s in self.signs]}


def _fires(rule: RedFlagRule, codes: set[str], facts: PatientFacts, kb: Knowledge) -> bool:
    # as screen_red_flags reads a rule: the findings for the patient's age, and a baby's or child's age in the text
    return any(condition_applies(rule.when, read_for_age(codes, f, kb), f, kb)
               for f in (facts, as_text_baby(facts), as_text_child(facts)) if f is not None)


def _rules(kb: Knowledge) -> list[Any]:
    return [*kb.red_flags, *kb.urgent]


def _outside_its_ages(code: str, facts: PatientFacts, kb: Knowledge) -> bool:
    """The rules read this sign on its own only at ages this patient is not: every rule (red flag or urgent) whose only
    group names it has an age limit this patient's known age fails. A barking cough is croup in a child (croup_child,
    under 15, NHS Croup); no rule reads it so in an adult, so an adult's cough is not taken for a croup. An unknown age
    rules nothing out."""
    if facts.age_years is None and facts.months is None:
        return False
    own = [r.when for r in _rules(kb) if len(r.when.all_of) == 1 and code in r.when.all_of[0]]
    limited = [w for w in own if w.min_age_years is not None or w.max_age_years is not None or w.max_age_months is not None]
    if not own or len(limited) < len(own):
        return False
    ages = [Condition(min_age_years=w.min_age_years, max_age_years=w.max_age_years, max_age_months=w.max_age_months)
            for w in limited]
    # the ages screen_red_flags reads: the patient's, and a baby's or child's age the message gives
    patients = [f for f in (facts, as_text_baby(facts), as_text_child(facts)) if f is not None]
    return not any(fits_patient(a, f) for a in ages for f in patients)


def _stronger_forms(code: str, facts: PatientFacts, kb: Knowledge) -> set[str]:
    name = kb.symptom_name(code, "en").lower()
    pattern = re.compile(r"\b" + re.escape(name) + r"\b")
    return {c for c in kb.symptoms if c != code and pattern.search(kb.symptom_name(c, "en").lower())
            and not _outside_its_ages(c, facts, kb)}


def _candidates(present: set[str], denied: set[str], facts: PatientFacts, kb: Knowledge, floor: str = "emergency",
                companions: bool = True) -> list[tuple[tuple[int, ...], RedFlagRule, list[list[str]]]]:
    """(sort key, rule, the codes of its missing groups that complete it) for every rule of urgency `floor` or higher
    worth asking about; `companions=False`: only the rules about the complaint (never the fallback below)."""
    fired = {h.id for h in screen_red_flags(present, facts, kb)}
    complaint = {c for c in present if kb.symptoms[c].weight > 0}
    stronger = set().union(*(_stronger_forms(c, facts, kb) for c in complaint)) if complaint else set()
    out = []
    for index, rule in enumerate(kb.red_flags):
        if rank(rule.urgency) < rank(floor) or rule.id in fired:
            continue
        groups = [list(g) for g in rule.when.all_of]
        # (is it a companion group, group size) of each small group the complaint satisfies: a rule is about the
        # complaint when it names it in its first group or names a stronger form of it; one that names it in a later
        # group ([[quinsy_signs], [dyspnea, ...]] is about a quinsy) is asked about only when the complaint has no
        # rule of its own to ask (breathlessness alone, whose rules all name it second)
        anchors = [(int(i > 0), len(g)) for i, g in enumerate(groups)
                   if complaint.intersection(g) and len(g) <= _ANCHOR_MAX]
        missing = [g for g in groups if not present.intersection(g)]
        if any(stronger.intersection(g) for g in missing):
            anchors.append((0, 1))
        if not anchors or not missing or len(missing) > 2:
            continue
        # only symptoms are asked about: a weight-0 code is context ("sudden onset", "known aortic aneurysm",
        # "catheter not draining"), which the patient volunteers, not a sign to list
        denied = denied | {c for g in missing for c in g if kb.symptoms[c].weight <= 0}
        if facts.age_years is not None and facts.age_years >= _FONTANELLE_CLOSED_YEARS:
            denied = denied | _INFANT_ONLY
        if len(missing) == 1:
            asked = [[c for c in missing[0] if c not in denied and _fires(rule, present | {c}, facts, kb)]]
        else:
            first, second = missing
            asked = [[c for c in first if c not in denied
                      and any(_fires(rule, present | {c, d}, facts, kb) for d in second if d not in denied)],
                     [d for d in second if d not in denied
                      and any(_fires(rule, present | {c, d}, facts, kb) for c in first if c not in denied)]]
        if all(asked):
            companion, size = min(anchors)
            out.append(((companion, len(missing), -rank(rule.urgency), size, index), rule, asked))
    # the rules about the complaint, if any is worth asking; else those it is a companion in (a chest sore to press is
    # not asked about an electric shock, breathlessness alone is asked about a quinsy and a clot on the lung)
    own = [item for item in out if item[0][0] == 0]
    return sorted(own or (out if companions else []), key=lambda item: item[0])


def _completes(code: str, candidates: list[tuple[Any, RedFlagRule, list[list[str]]]]) -> set[str]:
    return {rule.id for _, rule, groups in candidates for g in groups if code in g}


def _merge(candidates: list[tuple[Any, RedFlagRule, list[list[str]]]]) -> dict[str, tuple[str, bool]]:
    """{merged code: (the code asked instead, show both names)} for the merges that hold here."""
    merged = {}
    for first, others, join in _SAME_SIGN:
        for other in others:
            if _completes(other, candidates) <= _completes(first, candidates) and _completes(first, candidates):
                merged[other] = (first, join)
    return merged


def _lower_first(name: str) -> str:
    return name[0].lower() + name[1:] if len(name) > 1 and name[1].islower() else name


def danger_question(present: Iterable[str], absent: Iterable[str], patient: Mapping[str, Any],
                    record: Mapping[str, Any] | None = None, kb: Knowledge | None = None,
                    cap: int = CAP) -> DangerQuestion | None:
    """The danger signs to ask about for these findings, or None (no family with danger signs, or an emergency already)."""
    kb = kb or load_knowledge()
    present_set = {c for c in present if c in kb.symptoms}
    facts = patient_facts(patient, record)
    if any(rank(h.urgency) >= rank("emergency") for h in screen_red_flags(present_set, facts, kb)):
        return None
    candidates = _candidates(present_set, {c for c in absent if c not in present_set}, facts, kb)
    return _question(candidates, kb, cap)


def ambulance_question(present: Iterable[str], absent: Iterable[str], patient: Mapping[str, Any],
                       record: Mapping[str, Any] | None = None, kb: Knowledge | None = None,
                       cap: int = CAP) -> DangerQuestion | None:
    """At an emergency that is not yet an ambulance call, the signs that would make it one, or None.

    Chest tightness alone is an emergency (chest_pain); with sweating or pain spreading to the arm it is a 999/120
    call (chest_pain_danger_features, NHS Heart attack). The signs are chosen as `danger_question` chooses them, from
    the red-flag rules of urgency emergency_ambulance that have not fired and that one or two more signs complete for
    this patient, most relevant first. None when the findings are below an emergency, already an ambulance call, or no
    such rule can be completed from them (nothing is asked)."""
    kb = kb or load_knowledge()
    present_set = {c for c in present if c in kb.symptoms}
    facts = patient_facts(patient, record)
    top = max((rank(h.urgency) for h in screen_red_flags(present_set, facts, kb)), default=-1)
    if top != rank("emergency"):
        return None
    # only the rules about the complaint: a breathless leg clot is not asked about a quinsy (the fallback to rules the
    # complaint is a companion in is for a complaint with no danger family of its own, not for an emergency)
    candidates = _candidates(present_set, {c for c in absent if c not in present_set}, facts, kb,
                             floor="emergency_ambulance", companions=False)
    return _question(candidates, kb, cap)


def _question(candidates: list[tuple[Any, RedFlagRule, list[list[str]]]], kb: Knowledge, cap: int
              ) -> DangerQuestion | None:
    """The numbered signs (merged, capped) and the rules they complete, from the candidate rules in order."""
    merged = _merge(candidates)
    order: list[str] = []
    for _, _rule, groups in candidates:
        for code in (c for g in groups for c in g):
            shown = merged.get(code, (code, False))[0]
            if shown not in order and len(order) < cap:
                order.append(shown)
    if not order:
        return None
    signs = []
    for code in order:
        same = tuple(c for c, (first, _) in merged.items() if first == code)
        joined = [c for c in same if merged[c][1]]
        en = kb.symptom_name(code, "en") + "".join(f" or {_lower_first(kb.symptom_name(c, 'en'))}" for c in joined)
        zh = kb.symptom_name(code, "zh") + "".join(f"或{kb.symptom_name(c, 'zh')}" for c in joined)
        signs.append(Sign(code=code, codes=(code, *same), en=en, zh=zh))
    # the rules asked about: those a sign shown (or a code it stands for) completes, most relevant first
    shown_codes = {c for s in signs for c in s.codes}
    rules = [rule.id for _, rule, groups in candidates if any(shown_codes.intersection(g) for g in groups)]
    return DangerQuestion(signs=tuple(signs), rules=tuple(rules))


def question_text(screen: Mapping[str, Any], lang: str) -> str:
    """The danger-sign question, in the patient's language, the signs numbered (a reply may name them or give their
    numbers: "2", "1 and 3", "第2个")."""
    if lang == "zh":
        listed = "；".join(f"{i}. {s['zh']}" for i, s in enumerate(screen["signs"], 1))
        return "有没有以下情况：" + listed + "？（有请回复序号，没有请回答“没有”）"
    listed = "; ".join(f"{i}. {_lower_first(s['en'])}" for i, s in enumerate(screen["signs"], 1))
    return "Do you have any of these: " + listed + "? (Reply with the numbers, or say \"no\" if none.)"


def which_text(screen: Mapping[str, Any], lang: str) -> str:
    """The follow-up to a bare "yes": the signs numbered."""
    if lang == "zh":
        listed = "；".join(f"{i}. {s['zh']}" for i, s in enumerate(screen["signs"], 1))
        return f"是哪几种？请回复序号（例如“1和3”）：{listed}"
    listed = "; ".join(f"{i}. {s['en']}" for i, s in enumerate(screen["signs"], 1))
    return f"Which of them? Reply with the numbers (e.g. \"1 and 3\"): {listed}"


_CJK = re.compile(r"[\u4e00-\u9fff]")
_ZH_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ALL = re.compile(r"^(all( of (them|those|these|the above))?|every one|both|都有|全都有|全部|都是|全是|以上都有|这些都有)\b")
_NONE = re.compile(r"^(no|nope|none|nothing|neither|not really|none of (them|those|these|the above)|没有|没|无|都没有|都没|"
                   r"一个都没有|以上都没有|以上都不是|这些都没有|没有这些(情况)?|都不是)(\b|[,.。，!！;；]|$)")
# a reply made of numbers and the words between them ("1 and 3", "第2个", "2、3", "numbers 1, 2")
_NUMBER_REPLY = re.compile(r"[\s\d一二两三四五六七八九,，、.。;；/&+#和与及跟还有第个项条号以是都]*")
_NUMBER_WORDS = re.compile(r"\b(yes|yeah|yep|and|numbers?|it'?s|the|ones?|only|just|plus)\b")


def picked_numbers(text: str, count: int) -> list[int]:
    """The sign numbers (1-based) a reply to the numbered follow-up picks: "1 and 3", "第2个", "2、3", "all"."""
    norm = normalize(text).strip()
    if _ALL.search(norm):
        return list(range(1, count + 1))
    numbers = [int(n) for n in re.findall(r"(?<![\d.])\d{1,2}(?![\d.]\d)", norm)]
    numbers += [_ZH_DIGIT[c] for c in re.findall(r"(?<=第)[一二两三四五六七八九]|[一二两三四五六七八九](?=个|项|条|号|和|与|、|，|,|$)", norm)]
    return sorted({n for n in numbers if 1 <= n <= count})


def is_bare_no(text: str) -> bool:
    """A reply that denies every sign asked about and says nothing else ("no", "没有", "none of them")."""
    norm = normalize(text).strip(" .。!！")
    return bool(_NONE.fullmatch(norm) or (_NONE.match(norm) and len(norm) <= 24 and parse_yes_no(norm) is False))


def pending(record: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The danger screen the patient's next message answers, if the interview's pending question is one."""
    if not record or record.get("pending_slot") not in ("associated", AMBULANCE_SLOT):
        return None
    screen = record.get("danger_screen")
    if not isinstance(screen, dict) or not screen.get("signs") or screen.get("stage") == _STAGE_MORE:
        return None
    return screen


def asking_more(record: Mapping[str, Any] | None) -> bool:
    """The patient's next message answers the open question asked after signs that decided nothing."""
    screen = (record or {}).get("danger_screen")
    return bool(record and record.get("pending_slot") == "associated" and isinstance(screen, dict)
                and screen.get("stage") == _STAGE_MORE)


def wants_more(screen: Mapping[str, Any], turn_present: Iterable[str]) -> bool:
    """Signs asked about were named (or picked by number) and no emergency came of them: a stiff neck and a dislike of
    light said of a headache complete no rule without a fever (meningitis_signs) or a sudden onset
    (subarachnoid_haemorrhage_signs), which the list may not have named. The caller asks once what else there is."""
    return screen.get("stage") in (_STAGE_ASKED, _STAGE_WHICH) and names_a_sign(screen, turn_present)


def names_a_sign(screen: Mapping[str, Any], codes: Iterable[str]) -> bool:
    """The lexicon read one of the signs asked about in the reply."""
    found = set(codes)
    return any(found.intersection(s["codes"]) for s in screen["signs"])


def answer_findings(record: Mapping[str, Any] | None, text: str, lexicon_present: Iterable[str]
                    ) -> tuple[list[str], list[str]]:
    """(codes present, codes absent) the reply to a pending danger screen adds to the lexicon's own reading.

    A numbered reply (to the question or to its follow-up: both number the signs) feeds the signs it picks; a bare "no"
    records every sign asked as absent (a finding already present stays present: the findings merge lets "present"
    win); a reply that names a sign asked only as said of the complaint feeds it (`_said_of_the_complaint`). Anything
    else adds nothing: the lexicon reads the words.
    """
    screen = pending(record)
    if screen is None:
        return [], []
    signs = screen["signs"]
    if names_a_sign(screen, lexicon_present):
        return [], []
    # the question and its follow-up both number the signs: a reply made of numbers picks them
    norm = normalize(text).strip()
    # "all of them" opens the reply to the follow-up; to the question itself it must be the whole reply ("all day
    # long it has hurt" picks nothing)
    every = _ALL.search(norm) if screen.get("stage") == _STAGE_WHICH else _ALL.fullmatch(norm.strip(" .。!！"))
    if every or _NUMBER_REPLY.fullmatch(_NUMBER_WORDS.sub(" ", norm)):
        picked = picked_numbers(text, len(signs))
        if picked:
            return [signs[i - 1]["code"] for i in picked], []
    if is_bare_no(text) and not list(lexicon_present):
        return [], [c for s in signs for c in s["codes"]]
    return _said_of_the_complaint(record, signs, text), []


def _said_of_the_complaint(record: Mapping[str, Any], signs: list[dict[str, Any]], text: str) -> list[str]:
    """The signs asked about that the reply names only as said of the complaint: "突然一下炸开一样疼，这辈子最疼的一次"
    answers a headache's question (read after "我头疼" it is a thunderclap headache; alone, a pain of no site). The reply
    is read after the first message and only the signs asked are taken from it (negation, past and other people as
    the lexicon reads them)."""
    complaint = str(record.get("chief_complaint") or "").strip()
    if not complaint or not text.strip():
        return []
    before = set(extract_findings(complaint).present)
    joined = set(extract_findings(complaint + ("。" if _CJK.search(complaint) else ". ") + text).present) - before
    asked = {c for s in signs for c in s["codes"]}
    return sorted(joined & asked)


def wants_which(record: Mapping[str, Any] | None, text: str, turn_present: Iterable[str]) -> bool:
    """A bare "yes" to the danger-sign question (no sign named): ask once which of them."""
    screen = pending(record)
    if screen is None or screen.get("stage") != _STAGE_ASKED:
        return False
    return parse_yes_no(text) is True and not names_a_sign(screen, turn_present)


def asked_which(screen: Mapping[str, Any]) -> dict[str, Any]:
    """The screen record once the follow-up is asked (it is asked once)."""
    return {**screen, "stage": _STAGE_WHICH}


def asked_more(screen: Mapping[str, Any]) -> dict[str, Any]:
    """The screen record once the open question after the signs is asked (once; its reply is read as free text)."""
    return {**screen, "stage": _STAGE_MORE}
