"""Deterministic triage: red flags, urgency and department from sourced rules.

Everything safety-relevant is decided here, over `knowledge/`; a model may only add
findings (with verbatim evidence), and the result never falls below the lexicon's level
(see `raise_urgency`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

from pydantic import BaseModel

from carebridge.tools.dose_reread import MAX_DAILY_MG, at_daily_maximum, over_daily_maximum, paracetamol_daily_mg, taken_as_usual, usual_own_dose
from carebridge.tools.knowledge import (
    URGENCY_ORDER,
    Condition,
    Knowledge,
    KnowledgeError,
    SelfCareGroup,
    Urgency,
    load_knowledge,
)
from carebridge.tools.lexicon import (
    EPISODE_PAST_CUES,
    PSEUDO_NEGATIONS,
    Match,
    PhraseMatcher,
    clause_bounds,
    compile_mixed,
    normalised,
    sentence_at,
    sentence_bounds,
    summarize,
)
from carebridge.tools.slots import (
    parse_age_years,
    parse_duration_days,
    parse_postpartum_days,
    parse_gestation_weeks,
    parse_infant_age_months,
    parse_patient_child_age_years,
    parse_patient_infant_age_months,
    parse_severity,
)
from carebridge.tools.yaml_strict import load_yaml


@dataclass(frozen=True)
class PatientFacts:
    """What the rules may condition on, besides symptoms."""

    age_years: float | None = None
    age_months: float | None = None
    sex: str | None = None
    pregnant: bool | None = None
    severity: int | None = None
    duration_days: float | None = None
    gestation_weeks: float | None = None
    # the symptoms the severity was said of (its own sentence's findings); None: said of the whole message
    severity_codes: frozenset[str] | None = None
    # misread33a item 1: a baby's age (months) the message plainly gives its patient ("my 5 day old has a temperature")
    # while the stated age says otherwise (a parent's age typed in the age field): the rules read both ages and the
    # more urgent answer stands (`as_text_baby`), so a text age can raise the urgency, never lower it
    text_infant_months: float | None = None
    # misread34 item 1: the same for a child's age in years ("my 3 year old has had a fever for 6 days") beside an adult's
    # stated age: read both ways, the more urgent answer stands (`as_text_child`); on a tie the child's reading routes the
    # message (儿科) unless the writer also speaks of their own illness (`text_child_routes`)
    text_child_years: float | None = None
    text_child_routes: bool = False
    # misread39 item 7: the days since a birth the message states (a postpartum fact, not the symptom's duration)
    postpartum_days: float | None = None

    @property
    def months(self) -> float | None:
        """Age in months: stated months win over years (a "0" year-old has no months)."""
        if self.age_months is not None:
            return self.age_months
        return None if self.age_years is None else self.age_years * 12


class Findings(BaseModel):
    """Symptom codes found in the patient's words (present) and explicitly denied (absent)."""

    present: list[str] = []
    absent: list[str] = []
    severity: int | None = None
    # the findings of the sentences the severity was said in ("我老公右边腰疼。我牙疼得厉害": the toothache is severe,
    # not the husband's flank); None when a severity sentence names no finding of its own ("It's 9/10")
    severity_codes: list[str] | None = None
    age_months: float | None = None
    age_years: float | None = None
    pregnant: bool | None = None
    gestation_weeks: float | None = None
    # a baby's age the text says of its patient (slots.parse_patient_infant_age_months), None beside the mother's own context
    patient_infant_months: float | None = None
    # a child's age in years the text says of its patient (slots.parse_patient_child_age_years)
    patient_child_years: float | None = None
    # the writer speaks of an illness of their own too ("I'm 35 ... now I have one too"): the child does not route alone
    writer_ill_too: bool = False
    # misread39 item 7: the days since a birth the text states ("产后5周"), apart from the symptom's duration
    postpartum_days: float | None = None


class RuleHit(BaseModel):
    """A rule that fired, with its reason and sources, in both languages."""

    id: str
    en: str
    zh: str
    urgency: Urgency
    sources: list[str]
    nhs_pages: list[str] = []


class DepartmentOut(BaseModel):
    """The contract's department object."""

    code: str
    en: str
    zh: str
    group_en: str
    group_zh: str


class TriageDecision(BaseModel):
    """Urgency, the rules behind it, and where the patient should go."""

    urgency: Urgency
    red_flags: list[RuleHit]
    reasons: list[RuleHit]
    department: DepartmentOut
    specialty: DepartmentOut | None = None
    sources: list[str]
    nhs_pages: list[str] = []


# Routine is the default, not a finding: say so rather than invent a reason.
NO_RULE = RuleHit(id="no_specific_rule", urgency="routine", sources=[],
                  en="No warning sign, urgent-care or self-care rule matched: a clinic visit lets a clinician assess it",
                  zh="未触发危险征象、急诊或居家处理规则：建议门诊就诊，由医生评估")
NOTHING_RECOGNISED = RuleHit(id="nothing_recognised", urgency="routine", sources=[],
                             en="No symptom was recognised: please describe the problem to a clinician or the triage desk",
                             zh="未能识别具体症状：请向医生或导诊台描述您的情况")


@dataclass(frozen=True)
class _LexiconExtras:
    """What symptoms.yaml holds beside the symptom table (see the comments there)."""

    concepts: dict[str, tuple[list[str], list[str]]]
    compose: dict[str, tuple[list[str], list[str]]]
    keep_when_resolved: frozenset[str]
    standing: frozenset[str]
    exposures: frozenset[str]
    colour_findings: frozenset[str]
    transient_findings: frozenset[str]
    dated_episode_findings: frozenset[str]
    dated_event_findings: frozenset[str]
    # code -> (english, chinese, codes it may refer to): phrases about "it" (see `referring` in symptoms.yaml)
    referring: dict[str, tuple[list[str], list[str], frozenset[str]]]


# A referring phrase is matched under its own name until `_resolve_referring` finds what it refers to.
_REFERRING = ":referring"


@cache
def _extras() -> _LexiconExtras:
    """Concept word sets, concept patterns per code, and the ConText code lists."""
    data = load_yaml(files("carebridge.knowledge").joinpath("symptoms.yaml").read_text(encoding="utf-8"))

    def pairs(section: str) -> dict[str, tuple[list[str], list[str]]]:
        return {k: (list(v.get("en", [])), list(v.get("zh", []))) for k, v in (data.get(section) or {}).items()}

    extras = _LexiconExtras(pairs("concepts"), pairs("compose"), frozenset(data.get("keep_when_resolved") or ()),
                            frozenset(data.get("standing_conditions") or ()), frozenset(data.get("exposures") or ()),
                            frozenset(data.get("colour_findings") or ()), frozenset(data.get("transient_findings") or ()),
                            frozenset(data.get("dated_episode_findings") or ()),
                            frozenset(data.get("dated_event_findings") or ()),
                            {k: (list(v.get("en", [])), list(v.get("zh", [])), frozenset(v["after"]))
                             for k, v in (data.get("referring") or {}).items()})
    unknown = sorted((set(extras.compose) | extras.keep_when_resolved | extras.standing | extras.exposures | extras.colour_findings
                      | extras.transient_findings | extras.dated_episode_findings | extras.dated_event_findings | set(extras.referring)
                      | {c for _, _, after in extras.referring.values() for c in after})
                     - set(data["symptoms"]))
    if unknown:
        raise KnowledgeError(f"symptoms.yaml: unknown symptom codes {unknown}")
    return extras


# Codes marked `alongside: true` in symptoms.yaml are read in a pass of their own, beside whatever else the same
# words say, so a longer phrase cannot hide them (nor they it): "两条腿突然没劲" keeps its one-sided weakness reading
# (and the stroke flag) and is also weakness of both legs; "从三楼摔下来了，腿很疼" stays a possible fracture and is
# also the fall; "cataract operation three days ago" is also the surgery that raises the clot risk (vte_risk); a
# curtain over one eye with flashes is a sudden loss of vision and also the sign of a retinal detachment.
@cache
def _matcher(alongside: bool = False) -> PhraseMatcher:
    kb = load_knowledge()
    extras = _extras()
    phrases = {code: ([*s.en, *extras.compose.get(code, ([], []))[0]], [*s.zh, *extras.compose.get(code, ([], []))[1]])
               for code, s in kb.symptoms.items() if s.alongside == alongside}
    priority = {code: s.priority for code, s in kb.symptoms.items()}
    if not alongside:
        lowest = min(s.priority for s in kb.symptoms.values())
        for code, (en, zh, _) in extras.referring.items():
            phrases[code + _REFERRING] = (en, zh)
            # below every finding: a phrase about "it" that finds nothing to refer to must not have hidden one
            # ("全身发硬然后开始抽" is a seizure, whatever 发硬 could say about a hernia)
            priority[code + _REFERRING] = lowest - 1
    return PhraseMatcher(phrases, PSEUDO_NEGATIONS, priority, extras.concepts,
                         extras.keep_when_resolved, extras.standing, extras.exposures, extras.colour_findings,
                         extras.transient_findings,
                         {code: s.beside for code, s in kb.symptoms.items() if s.beside},
                         extras.dated_episode_findings, extras.dated_event_findings)


_HIP_WORDS = re.compile(r"(?<![a-z])(?:hips?|side)(?![a-z])|髋|胯|侧身")
_EYE_WORDS = re.compile(r"(?<![a-z])(?:eyes?|eyelids?)(?![a-z])|眼")
# A suicidal phrase that says where the person is now ("在楼顶...不想活了", "standing on the bridge ... jump")
# also places them there (at_a_height_or_water): an attempt under way.
_SUICIDE_PLACE_WORDS = re.compile(r"(?<![a-z])(?:roof|rooftop|bridge|ledge|cliff|railway|tracks|platform edge)(?![a-z])"
                                  r"|楼顶|天台|顶楼|桥上|桥边|江边|河边|海边|湖边|悬崖|铁轨")


def _resolve_referring(matches: list[Match], alongside: list[Match] = ()) -> list[Match]:
    """A phrase about "it" is its code when the message named what "it" can be before it, else nothing.

    "I've had a lump in my groin for a year. Since this afternoon it's gone hard, it won't go back": the
    lump (a hernia, current and not denied) comes first, in this sentence or an earlier one, so "it won't
    go back" is a hernia that will not go back; "it won't go back" with no hernia named is not. What it refers
    to may have been read in the alongside pass (an operation named: "cataract surgery ... it's got very red").
    """
    referring = _extras().referring
    out = []
    for m in matches:
        code = m.code.removesuffix(_REFERRING)
        if code == m.code:
            out.append(m)
            continue
        after = referring[code][2]
        if any(a.code in after and a.start < m.start and not a.negated and a.status == "current" for a in (*matches, *alongside)):
            out.append(replace(m, code=code))
    return out


@dataclass(frozen=True)
class _InheritSite:
    """The `inherit_site` section of symptoms.yaml, compiled (see the comments there)."""

    codes: frozenset[str]
    sites: re.Pattern[str]
    discomfort: re.Pattern[str]
    pain: re.Pattern[str]
    body: re.Pattern[str]
    not_body: re.Pattern[str] | None
    someone_else: re.Pattern[str]


def _either(words: dict[str, list[str]]) -> re.Pattern[str] | None:
    """The en and zh words of one list as one pattern (lexicon.compile_mixed), None when the list is empty."""
    cues = [*(words.get("en") or []), *(words.get("zh") or [])]
    return compile_mixed(cues) if cues else None


@cache
def _inherit_site() -> _InheritSite:
    data = load_yaml(files("carebridge.knowledge").joinpath("symptoms.yaml").read_text(encoding="utf-8"))["inherit_site"]
    codes = frozenset(data["codes"])
    if unknown := sorted(codes - set(load_knowledge().symptoms)):
        raise KnowledgeError(f"symptoms.yaml inherit_site: unknown symptom codes {unknown}")
    words = {k: _either(data.get(k) or {}) for k in ("sites", "discomfort", "pain", "body", "someone_else")}
    if missing := [k for k, pattern in words.items() if pattern is None]:
        # a knowledge file without these word lists must fail loudly (an assert would vanish under python -O)
        raise KnowledgeError(f"symptoms.yaml inherit_site: give en and/or zh words for {missing}")
    return _InheritSite(codes, words["sites"], words["discomfort"], words["pain"], words["body"],
                        _either(data.get("not_body") or {}), words["someone_else"])


# A negation stops the join in the earlier clause, or before the later clause's pain word ("右边腰不疼", "不怎么疼了");
# an easing anywhere in either ("好多了", "the pain is better now"). 不舒服 and 受不了 are no negation.
_NEGATION = re.compile(r"(?<![a-z])(?:no|not|never|without|none)(?![a-z])|n't|(?<!舒)(?<!受)(?<!对)不(?!舒服|对劲)|没|无|未|别")
_EASING = re.compile(r"(?<![a-z])(?:better|easing|eased|easier|settled|settling|gone|went away|go away|wore off|wearing off)(?![a-z])"
                     r"|好多了|好了|好些|缓解|减轻|消失|没那么|不那么|轻(一)?些|轻多了")
_EN_ANTECEDENT = re.compile(r"(?<![a-z])(it|the pain)(?![a-z])")


def _readings(site: str, piece: str, pain: re.Match[str]) -> list[str]:
    """The later clause said again with the site it leaves out, in the ways the lexicon's phrases say one."""
    if not site.isascii():  # "右边腰" + "疼得越来越厉害", and before the whole clause ("中午开始疼得...")
        return [site + piece[pain.start():], site + piece]
    # "my belly ... the pain is unbearable now": "it" / "the pain" is the site's
    said = _EN_ANTECEDENT.sub(lambda m: f"my {site}" if m.group(1) == "it" else f"the pain in my {site}", piece, count=1)
    return [f"my {site} {piece}", said, f"{pain.group()} in my {site}"]


def _inherited_site(matches: list[Match], norm: str) -> list[Match]:
    """Codes a site-less pain clause gets from the site an earlier clause named (`inherit_site` in symptoms.yaml).

    "右边腰有点酸，还以为是闪着了。中午开始疼得越来越厉害": the second sentence is the flank's pain, so the
    site is read again with it ("右边腰" + "疼得越来越厉害") and the flank pain it says is added, its evidence
    the later clause's own words. Only the nearest earlier clause that names a body part may be the
    antecedent, and only if it names one listed site (and its sentence no other body part), with a
    discomfort word and no negation or easing; a later clause that names its own body part, or is denied
    or easing ("不怎么疼了"), takes nothing. Added beside the direct findings, it never hides one.
    """
    rules = _inherit_site()
    clauses = [(s, min(e, len(norm))) for s, e in clause_bounds(norm)]

    def bodyless(s: int, e: int) -> str:
        piece = norm[s:e]
        return rules.not_body.sub(lambda m: " " * len(m.group()), piece) if rules.not_body else piece

    def antecedent(cs: int, earlier: list[tuple[int, int]]) -> str | None:
        for ps, pe in reversed(earlier):
            before = bodyless(ps, pe)
            if not rules.body.search(before):
                continue
            named = {m.group() for m in rules.sites.finditer(before)}
            sent_start, sent_end = sentence_at(norm, ps)
            sentence = bodyless(sent_start, min(sent_end, cs))
            if len(named) != 1 or {m.group() for m in rules.sites.finditer(sentence)} != named \
                    or rules.body.search(rules.sites.sub(" ", sentence)) or not rules.discomfort.search(before) \
                    or _NEGATION.search(before) or _EASING.search(before):
                return None
            return re.sub(r"aches?$", "", named.pop())  # a headache's site is the head
        return None

    have = _current_codes(matches)
    out: list[Match] = []
    for i, (cs, ce) in enumerate(clauses):
        piece = bodyless(cs, ce)
        pain = rules.pain.search(piece)
        if pain is None or rules.body.search(piece) or rules.someone_else.search(piece) \
                or _NEGATION.search(piece[:pain.start()]) or _EASING.search(piece):
            continue
        site = antecedent(cs, clauses[:i])
        if site is None:
            continue
        words = norm[cs:ce].strip(" ,.;!?。\n")
        start = cs + norm[cs:ce].index(words)
        for reading in _readings(site, piece, pain):
            for m in _matcher().find_normalised(reading):
                if m.code in rules.codes and m.code not in have and not m.negated and m.status == "current":
                    out.append(Match(m.code, start, start + len(words), words, False))
                    have.add(m.code)
    return out


# One table of sudden-onset words for the three sudden checks: _SUDDEN_WORDS (a sudden word inside a finding, or anywhere
# in the message), _SUDDEN_BEFORE (one just before a finding: 猛地 counts there too) and _SUDDEN_HEAD (a headache after
# drinking said sudden, as a blow or the worst ever: 猛地 and its own wider English list, sudden\w*, all at once, worst,
# thunderclap, instant...). misread29a item 4: the fold changes no reading (the first two patterns are the same strings).
_SUDDEN_EN = ("suddenly", "all of a sudden", "out of nowhere")
_SUDDEN_ZH = ("突然", "忽然", "一下子")
_SUDDEN_WORDS = re.compile(rf"(?<![a-z])(?:{'|'.join(_SUDDEN_EN)})(?![a-z])|{'|'.join(_SUDDEN_ZH)}")


# fold-t126: the clause around a second paracetamol medicine, asked about rather than taken
_ASKING_CLAUSE = re.compile(r"\?|？|(?<![a-z])(?:can|could|should|may|shall) (?:i|she|he|we|you) (?:take|have|use|give|add|also)(?![a-z])"
                            r"|(?<![a-z])(?:is it|would it be|will it be|is that) (?:ok|okay|safe|alright|all right|fine)(?![a-z])"
                            r"|吗|能不能|可不可以|能否|可以不|行不行|要不要")
_CLAUSE_BREAK = re.compile(r"[,.;!?，。；！？\n]")


def _clause_around(norm: str, start: int, end: int) -> str:
    """The clause (between commas or sentence breaks) that holds norm[start:end], its closing mark included."""
    before = [b.end() for b in _CLAUSE_BREAK.finditer(norm, 0, start)]
    after = _CLAUSE_BREAK.search(norm, end)
    return norm[(before[-1] if before else 0):(after.end() if after else len(norm))]


def _reread(matches: list[Match], norm: str) -> list[Match]:
    """Re-read the amounts the lexicon found (its negation and ConText status hold).

    A stated amount of paracetamol over the daily maximum becomes `paracetamol_over_max`; one or
    two tablets the patient took themself ("I swallowed two paracetamol"), or medicines taken "as
    usual", are not an ingestion; a fall onto the hip ("fell onto my hip") also places the injury,
    a swelling that names the eye ("swelled up to my eye", "眼皮肿") is also an eye swelling, and a
    suicidal phrase that names a roof, bridge or the water's edge also places the person there.
    """
    out = []
    # fold-t126: a second medicine that holds paracetamol taken on top ("plus lemsips on top"), said apart from the
    # amount itself, turns an amount at the daily maximum into one over it (NHS Paracetamol for adults)
    # A question about adding it ("can I have a lemsip as well?", "能不能再喝点感冒灵？") is advice sought, not a dose taken.
    on_top = [t for t in matches if t.code == "paracetamol_on_top" and not t.negated and t.status == "current"
              and not _ASKING_CLAUSE.search(_clause_around(norm, t.start, t.end))]
    for m in matches:
        if m.code == "recent_fall" and _HIP_WORDS.search(m.text):
            out.append(replace(m, code="hip_region"))
        if m.code == "suicidal" and _SUICIDE_PLACE_WORDS.search(m.text):
            out.append(replace(m, code="at_a_height_or_water"))
        if m.code == "lip_face_swelling" and _EYE_WORDS.search(m.text):
            out.append(replace(m, code="eye_swelling"))
        if m.code == "paracetamol_amount" and (
                over_daily_maximum(m.text, norm[slice(*sentence_at(norm, m.start))])
                or (any(t.end <= m.start or t.start >= m.end for t in on_top)
                    and at_daily_maximum(m.text, norm[slice(*sentence_at(norm, m.start))]))):
            m = replace(m, code="paracetamol_over_max")
        elif m.code == "paracetamol_amount" and not on_top and (
                (mg := paracetamol_daily_mg(m.text, norm[slice(*sentence_at(norm, m.start))])) is not None and mg <= MAX_DAILY_MG):
            # selfcare39: a day's amount read and within the 4 g maximum (NHS Paracetamol for adults: 1 or 2 extra tablets
            # by accident are unlikely to harm within 8 tablets in 24 hours): the self-care group for one extra dose needs it
            out.append(replace(m, code="paracetamol_within_max"))
        elif m.code == "overdose_poisoning" and (usual_own_dose(m.text, norm[sentence_at(norm, m.start)[0]:m.start])
                                                 or taken_as_usual(norm[m.end:])):
            continue
        out.append(m)
    return out


# An operation or a long journey is context of the person who had it. Said of someone else whose clause comes before
# the writer's own words ("my neighbour had surgery last week and now I have a cough", "邻居上周做了手术，我现在发烧"),
# it gives the writer no post-operative (or clot-risk) context: the match is someone else's.
_PERSONAL_CONTEXT = frozenset({"vte_risk", "abdominal_surgery_recent", "eye_surgery_recent"})
_OTHERS_EN = ("neighbou?rs?|friends?|colleagues?|co-?workers?|flatmates?|roommates?|housemates?|boss|husband|wife|partner|"
              "boyfriend|girlfriend|mum|mom|mother|dad|father|son|daughter|brother|sister|grandma|gran|granny|nan|nana|"
              "grandad|granddad|grandpa|grandmother|grandfather|aunt|auntie|aunty|uncle|cousin")
_OTHERS_ZH = ("邻居|朋友|同事|室友|舍友|老板|老公|老婆|丈夫|妻子|爱人|对象|男朋友|女朋友|妈妈|爸爸|母亲|父亲|儿子|女儿|哥哥|姐姐|弟弟|"
              "妹妹|奶奶|爷爷|外婆|外公|姥姥|姥爷|舅舅|姑姑|阿姨|叔叔|表哥|表姐|表弟|表妹")
_SOMEONE_ELSE = re.compile(rf"(?<![a-z])(?:my|our|a|the) (?:{_OTHERS_EN})(?![a-z])|{_OTHERS_ZH}")
# "... I'm writing for him, his calf is swollen": the writer speaks for the other person, whose context it stays.
_THIRD_PERSON = re.compile(r"(?<![a-z])(?:he|she|him|her|his|hers|he's|she's|they|them|their)(?![a-z])|他|她")
_WRITER = re.compile(rf"(?<![a-z])(?:i|i'm|im|i've|ive|i'd|me|myself)(?![a-z])|我(?!的?(?:{_OTHERS_ZH}|们))")


def _someone_elses_context(matches: list[Match], norm: str) -> list[Match]:
    """Mark operation or journey context said of another person, when the rest of the message is the writer's own
    (a first-person word after it, no he/she), as not current."""
    out = []
    for m in matches:
        if m.code in _PERSONAL_CONTEXT and m.status == "current":
            start, _ = sentence_at(norm, m.start)
            before = norm[start:m.start]
            other = list(_SOMEONE_ELSE.finditer(before))
            after = norm[m.end:]
            if other and not _WRITER.search(before[other[-1].end():]) and _WRITER.search(after) and not _THIRD_PERSON.search(after):
                m = replace(m, status="someone_else")
        out.append(m)
    return out



# carer40 (blind137 t137z-029): "70岁，绝经20年了。我姐前阵子摔一跤骨折了，说是骨质疏松。我身高好像也矮了一点，想查个骨密度":
# an illness or injury told of a sibling, friend, neighbour or colleague, in a message that also tells the writer's own
# complaint or asks for the writer's own check, is that person's, not the writer's (ConText, Harkema et al. J Biomed
# Inform 2009: the experiencer of a finding; a finding of someone else is not the patient's). Only these others: a
# parent, child or partner is the person a carer writes for ("我妈摔了一跤站不起来", "my mum fell and can't get up").
# The other person's words run from the name to the end of the sentence or to the writer's next own word ("我姐和我都
# 拉肚子" keeps the writer's diarrhoea). Nothing is marked when the message speaks of the other person later as he or she
# (the writer speaks for them) or has no complaint or check of the writer's own ("我哥晕倒了，我该怎么办" stays his).
_PEERS_EN = ("sister|brother|sis|bro|friend|mate|best mate|bestie|neighbou?r|colleague|co-?worker|workmate|classmate|"
             "flatmate|roommate|housemate|cousin|boss")
_PEERS_ZH = "我姐|我哥|我妹|我弟|姐姐|哥哥|妹妹|弟弟|(?<!小)朋友|闺蜜|邻居|同事|同学|室友|舍友|表姐|表哥|表妹|表弟|堂姐|堂哥|堂妹|堂弟|老板"
_PEER = re.compile(rf"(?<![a-z])(?:my|our) (?:{_PEERS_EN})s?(?![a-z])|{_PEERS_ZH}")
# the peer as the subject of its own clause: only a joining or time word between the clause break and the name
# ("我姐前阵子摔一跤骨折了", "last month my sister broke her hip"); not "with my sister", "跟同事喝了酒", "for my mates birthday"
_PEER_LEAD_EN = frozenset("and but also so plus because cos then well ok oh hi hey recently last week month year ago yesterday a few "
                          "couple of days weeks months the other day".split())
_PEER_LEAD_ZH = re.compile(r"(?:前阵子|前段时间|前些天|前几天|上周|上个月|上礼拜|去年|前年|最近|之前|以前|因为|而且|还有|然后|另外|我)*")
# the peer telling or seeing something of the writer ("my flatmate says my breath smells", "my sister noticed a rash on me",
# "我弟给我发消息说"), or the peer's family or things ("我姐家孩子", "朋友的"): not the peer's own illness
_PEER_NOT_SUBJECT = re.compile(r"\s*(?:'s|s'|(?:says|said|say|thinks|thought|think|noticed|notice|spotted|spots|told|tells|reckons|"
                               r"saw|sees|looked|checked|asked|asks|keeps saying|is worried|was worried|is telling|made me|wants me|"
                               r"took me|drove me|brought me|helped me|found me|gave me|and i|and me)(?![a-z])"
                               r"|家|的|那|说|觉得|看|发现|给|帮|让|叫|问|告诉|陪|带|和我|跟我|送我|扶我|提醒)")
_KIN_ZH = "闺女|孩子|儿子|女儿|宝宝|宝贝|娃|孙子|孙女|外孙|老公|老婆|老伴|老人|老妈|老爸|爸|妈|爷|奶|姥|外婆|外公|公公|婆婆|岳"
# the writer as the subject (I, my own ..., 我 not as an object and not "my sister"/"我姐")
_PEER_WRITER = re.compile(rf"(?<![a-z])(?:i|i'm|im|i've|ive|i'd|i'll|myself)(?![a-z])"
                          rf"|(?<![a-z])my (?!(?:{_PEERS_EN}|{_OTHERS_EN}|kids?|baby|child|children|little|grand)(?![a-z]))"
                          rf"|(?<![给跟和对把让叫带陪找问告诉帮替同与])我(?!的?(?:{_OTHERS_ZH}|{_KIN_ZH}|姐|哥|妹|弟|们|家))|自己")
# the writer looking at or helping the other person ("i can see brown wax in it", "我看到她耳朵里"): an onlooker, not the
# writer's own complaint; the other person's words go on
_ONLOOKER = re.compile(r"(?:i|i've|ive|we) (?:can |could |just |have |had )?(?:see|saw|seen|notice|noticed|think|thought|checked|looked|"
                       r"felt (?:her|his|it)|took|take|gave|give|called|rang|helped|help|cleaned|put|tried|heard|hear)(?![a-z])"
                       r"|我(?:能|也|刚|刚才)?(?:看到|看见|看着|发现|觉得|感觉她|感觉他|摸|瞧|听|帮|给|陪|带|扶|叫|喊|打)")
# the writer asking for a check of their own
_OWN_CHECK = re.compile(r"(?<![a-z])(?:want|like|need|should|could|can)(?: to)?(?: get| have| book)?(?: a| an| my| some)?(?: [a-z-]+){0,3} "
                        r"(?:check|checked|checkup|check-up|test|tested|scan|scanned|screen|screening|dexa)(?![a-z])"
                        r"|想(?:去)?(?:查|做|测|体检|检查|看看)|要不要(?:去)?(?:查|做|测|检查)|需不需要(?:去)?(?:查|做|测|检查)|该不该(?:去)?(?:查|做|检查)|用不用(?:去)?(?:查|做|检查)")
# findings that are about contact with the other person's illness, which stays the writer's context
# (an infection named of a flatmate: "my flatmate has glandular fever and now I've had a sore throat")
_CONTACT_CODES = frozenset({"chickenpox", "measles_signs", "co_exposure_risk", "hiv_exposure_worry", "head_lice", "cold_flu",
                            "hand_foot_mouth", "scarlet_fever", "glandular_fever", "whooping_cough", "mumps_signs", "impetigo",
                            "cold_sore", "shingles", "shingles_one_side", "slapped_cheek", "roseola_signs", "threadworm", "croup",
                            "hepatitis_b_carrier", "sti_result_positive", "genital_herpes", "diarrhea", "vomiting", "fever"})
_CLAUSE_BREAK = re.compile(r"[.,;:!?。，、；：！？\n()（）]")
# blind5-41 (paraphrases_blind_dev near misses): the peer's illness told as over or in hands ("my friend had chest pain and
# sweating yesterday and went to hospital", "我同事昨天胸口疼出汗送医院了", "my colleague got acid in his eye last week"),
# then the writer asking what to watch for or keep ready ("what should I watch for?", "想问问要注意啥", "what should we have in
# the first aid kit?"): the writer asks for advice and the finding is that person's (ConText: the experiencer). Only with
# the episode dated days back or the person taken to hospital: "my friend collapsed, what should I do?" stays an emergency.
_ADVICE_ASK = re.compile(r"(?<![a-z])what (?:should|do|can|could|would|must) (?:i|we) (?:watch|look|keep an eye) (?:out )?for"
                         r"|(?<![a-z])what (?:signs|symptoms) (?:should|do|to) (?:i|we )?(?:watch|look)"
                         r"|(?<![a-z])what (?:should|do) (?:i|we) (?:have|keep|put|get|buy|stock) in (?:the|a|our|my) first aid (?:kit|box)"
                         r"|想问(?:问|一下|下)|(?:要|该|应该|需要)注意(?:啥|什么|些什么|哪些|点什么)|急救(?:箱|包)(?:里)?(?:要|该|应该|需要)?(?:准备|备|放)")
_PEER_DONE = re.compile(r"(?<![a-z])(?:went|go|gone|taken|rushed|sent|admitted|brought|ended up) (?:to|into|in)(?: the)? (?:hospital|a&e|a and e|er|emergency)"
                        r"|(?<![a-z])(?:was|got|been) admitted|(?<![a-z])(?:in|out of) hospital"
                        r"|(?<![a-z])(?:last (?:week|month)|the other (?:day|week)|(?:a|one|two|three|four|five|six|few|several|couple of|[0-9]+) (?:days|weeks|months) ago|(?:a|one) (?:week|month) ago)(?![a-z])"
                        r"|送(?:到|去|进)?(?:了)?(?:医院|急诊)|住(?:了)?院|(?:去|进|上)(?:了)?(?:医院|急诊)|上(?:个)?(?:星期|礼拜|周|月)|(?:几|两|三|四|五|好几|[0-9]+)(?:天|周|个星期|个月)(?:以)?前|前几天")


def _peer_is_subject(norm: str, p: re.Match[str]) -> bool:
    if _PEER_NOT_SUBJECT.match(norm, p.end()):
        return False
    breaks = list(_CLAUSE_BREAK.finditer(norm, 0, p.start()))
    lead = norm[breaks[-1].end() if breaks else 0:p.start()].strip()
    if p.group(0).startswith(("my ", "our ")):
        return all(w in _PEER_LEAD_EN for w in re.findall(r"[a-z']+", lead)) and not re.search(r"[\u3400-\u9fff]", lead)
    lead = lead.split()[-1] if lead.split() else ""
    return _PEER_LEAD_ZH.fullmatch(lead) is not None


def _peers_illness(matches: list[Match], norm: str) -> list[Match]:
    peers = [p for p in _PEER.finditer(norm) if _peer_is_subject(norm, p)]
    if not peers:
        return matches
    segments = []
    for p in peers:
        _, s_end = sentence_at(norm, p.start())
        w = next((w for w in _PEER_WRITER.finditer(norm, p.end(), s_end) if not _ONLOOKER.match(norm, w.start())), None)
        w_me = re.compile(r"(?<![a-z])me(?![a-z])").search(norm, p.end(), s_end)
        ask = _ADVICE_ASK.search(norm, p.end(), s_end)
        ends = [x.start() for x in (w, w_me, ask) if x is not None]
        segments.append((p.start(), min(ends) if ends else s_end))

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in segments)

    outside = "".join(ch if not inside(i) else " " for i, ch in enumerate(norm))
    if _THIRD_PERSON.search(outside):
        return matches
    own = False
    for w in _PEER_WRITER.finditer(norm):
        if inside(w.start()) or _ONLOOKER.match(norm, w.start()):
            continue
        _, s_end = sentence_at(norm, w.start())
        if _OWN_CHECK.search(norm, w.start(), s_end) or any(
                w.start() <= m.start < s_end and not inside(m.start) and not m.negated and m.status == "current"
                for m in matches):
            own = True
            break
    if not own:
        # the writer only asks for advice about the peer's episode, which is over or in hospital's hands
        done = [(a, b) for a, b in segments if _PEER_DONE.search(norm, a, b)]
        if not done or not any(not inside(a.start()) for a in _ADVICE_ASK.finditer(norm)):
            return matches

        def peers_done(m: Match) -> bool:
            # inside a finished or hospital-held episode of the peer's (same exclusions as peers_own below)
            return (any(a <= m.start < b for a, b in done) and m.code not in _CONTACT_CODES
                    and not any(m.start == p.start() for p in peers))
        return _mark_status(matches, peers_done, "someone_else")

    def peers_own(m: Match) -> bool:
        # inside the peer's words, not a contact the writer shares (an infection named of the peer stays the writer's
        # context) and not the peer's name itself (see the comment above)
        return inside(m.start) and m.code not in _CONTACT_CODES and not any(m.start == p.start() for p in peers)
    return _mark_status(matches, peers_own, "someone_else")


# Peak flow as a share of the person's best (BTS/SIGN 158 and Asthma + Lung UK action plans grade an asthma attack by
# PEF as % of best or predicted: 75% or more is not acute severe, 50-75% a moderate exacerbation, 33-50% acute
# severe, under 33% life-threatening). Read "peak flow 270, his best is 300", "200 of best 320", "峰流速平时280，今天
# 180、190": the current number (the lowest named, the worse end of a range) over the best or usual one.
_PEF_LABEL = re.compile(r"peak ?flows?|(?<![a-z])pefr?(?![a-z])|peak expiratory flow|峰流速|峰值流速|呼气峰流速|峰流量|呼气峰值|最大呼气流量")
_PEF_BEST = re.compile(
    r"(?:(?:personal |usual |normal )?best|usual(?:ly)?|normal(?:ly)?|predicted|平时|平常|最好(?:的时候)?|最佳(?:值)?|正常(?:的时候|时)?|预计值)"
    r"(?:\s*(?:is|was|of|are|around|about|'s|是|有|在|能到|能吹到|一般|大概|都|:|=))*\s*(?<![0-9.])([1-9][0-9]{1,2})(?![0-9.])")
_PEF_NUMBER = re.compile(r"(?<![0-9./])([1-9][0-9]{1,2})(?![0-9.%]| ?(?:mg|kg|mmol|years?|yrs?|岁|次|天|小时|分钟|puffs?|下|口|times|x\b|%))")
_PEF_CODES = ((1 / 3, "peak_flow_below_33"), (0.5, "peak_flow_33_50"), (0.75, "peak_flow_50_75"), (10.0, "peak_flow_75_plus"))


def _peak_flow_matches(norm: str) -> list[Match]:
    """A finding for the peak flow read as a share of the person's best, when both numbers are said."""
    out = []
    for label in _PEF_LABEL.finditer(norm):
        e = sentence_at(norm, label.start())[1]
        # the best may be said in the next sentence ("Peak flow 270. His best is 300.")
        e2 = sentence_at(norm, e + 1)[1] if e + 1 < len(norm) else e
        window_start, window_end = label.start(), min(e2, label.end() + 90)
        window = norm[window_start:window_end]
        best = _PEF_BEST.search(window)
        if not best or not 100 <= int(best.group(1)) <= 900:
            continue
        now = [int(m.group(1)) for m in _PEF_NUMBER.finditer(window)
               if not best.start(1) <= m.start(1) < best.end(1) and 50 <= int(m.group(1)) <= 900]
        if not now:
            continue
        share = min(now) / int(best.group(1))
        code = next(c for limit, c in _PEF_CODES if share < limit)
        out.append(Match(code=code, start=window_start, end=window_end, text=window, negated=False))
    return out


# NOTE: NHS Priapism (painful erections): an erection that lasts longer than 4 hours needs A&E. The hours may be said as
# two clock times ("had an erection since about 2am and its now 8am, it wont go down", blind90 t90e-015;
# "从凌晨2点硬到现在早上8点了还没软"): the span between them, with the erection not gone down, is the priapism finding.
_ERECTION = re.compile(r"erection|hard-?on|boner|勃起|硬着|硬起来|硬到")
_NOT_DOWN = re.compile(r"(?:won'?t|wont|will not|hasn'?t|hasnt|has not|doesn'?t|doesnt|does not|isn'?t|is not|not|still not|never) "
                       r"(?:gone|go|going|come|went|gotten|got) (?:down|away|soft)|still (?:hard|up|there)|"
                       r"(?:还是|一直|还)?(?:没|不)(?:软|消|下去)|软不下(?:去|来)|消不下去|下不去")
_EN_CLOCK = r"(1[0-2]|[1-9])(?::[0-5][0-9])? ?(am|pm|a\.m\.|p\.m\.)"
_EN_SPAN = re.compile(r"since (?:about |around |roughly |like )?" + _EN_CLOCK + r"[^.!?;\n]{0,60}?\b(?:it'?s|its|it is|now)(?: now)? "
                      r"(?:about |around |almost |nearly |gone |past )?" + _EN_CLOCK)
_ZH_CLOCK = r"(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|半夜)?([0-9]{1,2}|[一二两三四五六七八九十]|十[一二])点"
_ZH_SPAN = re.compile(r"(?:从|自|打)?" + _ZH_CLOCK + r"(?:多|左右|钟)?(?:开始|起|就)?[^。！？；!?;\n]{0,16}?(?:到|至)?现在(?:是)?(?:已经)?" + _ZH_CLOCK)
_ZH_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def _hour_24(hour: str, part: str | None, english: bool) -> int:
    h = int(hour) if hour.isdigit() else _ZH_NUM[hour]
    if english:
        return h % 12 + (12 if part and part.startswith("p") else 0)
    if part in ("下午", "傍晚", "晚上") and h < 12:
        return h + 12
    if part == "中午" and h < 6:
        return h + 12
    return h % 24


def _clock_span_matches(norm: str) -> list[Match]:
    """A priapism finding for an erection not gone down across two clock times 4 or more hours apart."""
    out = []
    for pat, english in ((_EN_SPAN, True), (_ZH_SPAN, False)):
        for m in pat.finditer(norm):
            s, e = sentence_at(norm, m.start())[0], sentence_at(norm, max(m.end() - 1, m.start()))[1]
            # the erection and its not going down may sit in the sentence or the next one
            e2 = sentence_at(norm, e + 1)[1] if e + 1 < len(norm) else e
            window = norm[max(0, s - 80):e2]
            if not (_ERECTION.search(window) and _NOT_DOWN.search(window)):
                continue
            if english:
                start, end = _hour_24(m.group(1), m.group(2), True), _hour_24(m.group(3), m.group(4), True)
            else:
                start, end = _hour_24(m.group(2), m.group(1), False), _hour_24(m.group(4), m.group(3), False)
            if (end - start) % 24 >= 4:
                out.append(Match(code="priapism", start=m.start(), end=m.end(), text=m.group(0), negated=False))
    return out


# NICE NG143 (traffic light table, amber) and NHS High temperature (fever) in children: a baby aged 3 to 6 months needs
# an urgent assessment for a temperature of 39C or higher (38C or higher under 3 months, the infant_fever red flag). A
# temperature said only as values under 38C ("低烧37.8", "temp 37.6") is no high temperature (NHS: 38C or more): the
# context code temperature_below_38 keeps infant_3_6_months_fever from a baby's mild temperature (blind91 t91z-044). Any
# value of 38 or more, or in Fahrenheit, anywhere in the message, and the code is not read.
_TEMP_VALUE = re.compile(r"(?<![0-9.])(3[5-9]|4[0-3])(?:\.([0-9])|度([0-9一二三四五六七八九]))?(?![0-9])(\s*(?:度|°c|℃|c(?![a-z])|degrees?(?! ?f)))?")
_TEMP_CONTEXT = re.compile(r"temp|fever|thermometer|\bhot\b|体温|烧|热|量|测|温度")
_TEMP_FAHRENHEIT = re.compile(r"(?<![0-9.])(9[5-9]|10[0-9])(\.[0-9])? ?(°f|f(?![a-z])|fahrenheit|degrees f)")
_ZH_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _temp_value(m: re.Match[str]) -> float | None:
    """The degrees C of a `_TEMP_VALUE` match, or None for a bare number ("37 weeks", "aged 40": no tenth, no unit)."""
    tenth = m.group(2) or m.group(3)
    if not (tenth or m.group(4)):
        return None
    return int(m.group(1)) + (int(tenth) if tenth and tenth.isdigit() else _ZH_DIGIT.get(tenth or "", 0)) / 10


def _temperature_matches(norm: str) -> list[Match]:
    """temperature_below_38 (and _39) when every temperature stated in the message is under 38C (39C), at least one stated."""
    if _TEMP_FAHRENHEIT.search(norm) or not _TEMP_CONTEXT.search(norm):
        return []
    values, first = [], None
    for m in _TEMP_VALUE.finditer(norm):
        value = _temp_value(m)
        if value is None:
            continue
        values.append(value)
        first = first or m
    if not values or max(values) >= 39 or first is None:
        return []
    # temperature_below_39 (UKHSA MenB paracetamol leaflet: nearly all fevers after the 8 week jabs are mild, below
    # 39C): the infant_fever red flag's exception for a baby's fever in the two days after the jabs (blind98 t98e-014)
    out = [Match(code="temperature_below_39", start=first.start(), end=first.end(), text=first.group(0), negated=False)]
    if max(values) < 38:
        out.append(Match(code="temperature_below_38", start=first.start(), end=first.end(), text=first.group(0), negated=False))
    return out


# the stroke-sign phrases a sudden word may sit inside (see symptom_matches)
_SUDDEN_CARRIERS = frozenset({"limb_weakness", "numbness", "double_vision", "one_sided_weakness", "dizziness"})


def symptom_matches(text: str) -> list[Match]:
    """Every symptom phrase the lexicon finds in `text`, with its span and whether it is negated."""
    norm = normalised(text)
    alongside = _matcher(alongside=True).find_normalised(norm)
    # A sudden word inside such a phrase ("两条腿突然瘫了") is the onset, which the main pass gave to the longer phrase.
    alongside += [replace(m, code="sudden_onset") for m in alongside if _SUDDEN_WORDS.search(m.text)]
    main = _reread(_resolve_referring(_matcher().find_normalised(norm), alongside), norm)
    # recall37a: the same for a limb, numbness or sight phrase of the main pass ("手指头和小臂一下子又麻又没劲": the
    # 一下子 is the onset the sudden-weakness rule needs, NICE NG128)
    main += [replace(m, code="sudden_onset") for m in main
             if m.code in _SUDDEN_CARRIERS and not m.negated and _SUDDEN_WORDS.search(m.text)]
    main += _inherited_site(main, norm)
    main += _peak_flow_matches(norm)
    main += _clock_span_matches(norm)
    main += _temperature_matches(norm)
    matches = _someone_elses_context(sorted(main + alongside, key=lambda m: (m.start, m.end)), norm)
    # Message-wide second looks, in this order: a colour put down to a food, "it passed" words outside their illness,
    # a heavy nosebleed said to have stopped, a thick voice or swollen throat with a sore throat, a foot turned out in walking, a poisoning asked about,
    # a bursting headache after a night's drinking, pills made ready read with a suicidal context (or dropped), a slow start said
    # beside a sudden one, a leg that cannot move after a fall.
    matches = _food_colour(matches, norm)
    matches = _tired_after_late_night(matches, norm)
    matches = _adult_off_food(matches, norm)
    matches = _negative_pregnancy_test(matches, norm)
    matches = _stated_allergy(matches, norm)
    matches = _in_context(matches, norm)
    matches = _stopped_nosebleed(matches, norm)
    matches = _sore_throat_voice(matches, norm)
    matches = _walking_pattern(matches, norm)
    matches = _asked_poisoning(matches, norm)
    matches = _hangover_headache(matches, norm)
    matches = _faint_seconds(matches)
    matches = _light_headed_eyes(matches, norm)
    matches = _drink_slurring(matches, norm)
    matches = _tremor_grip(matches, norm)
    matches = _feared_pregnancy(matches, norm)
    matches = _known_panic_pattern(matches, norm)
    matches = _witnessed_event(matches, norm)
    matches = _peers_illness(matches, norm)
    matches = _pills_made_ready(matches, norm)
    matches = _habit_it(matches, norm)
    matches = _sudden_over_gradual(matches, norm)
    matches = _mouth_place(matches, norm)
    matches = _wiped_after_stool(matches, norm)
    matches = _burn_dots(matches)
    matches = _burn_blisters(matches, norm)
    matches = _condition_duration(matches, norm)
    matches = _stroke_after_effect(matches, norm)
    matches = _dental_speech(matches, norm)
    matches = _shingles_band(matches)
    matches = _usual_aura(matches)
    matches = _cleared_chest_episode(matches, norm)
    matches = _waking_muddle(matches, norm)
    matches = _decline_muddle(matches, norm)
    return _fever_denied(_later_measured_fever(_injured_limb(matches, norm), norm))


# fold-t119b (blind119 t119z-024; sources.yaml stroke-assoc-communication, nice-cg103 for baseline_confusion):
# "我爷爷中风后说话不清楚，说嘴里疼": speech a past stroke left unclear is how the man has
# spoken since, not a stroke sign now. Stroke Association, Communication problems: about a third of stroke survivors have
# aphasia, and dysarthria leaves speech slurred or slow, problems that improve over months and years; NHS Stroke
# (symptoms) and the stroke_signs red flag are about signs that come on now (FAST: call 999). A speech, face or one-sided
# weakness finding said right after the stroke as its cause ("中风后", "脑梗以后", "since his stroke", "after a stroke",
# "the stroke left him with") is history, unless its sentence says it came on suddenly or got worse (突然, 更, 加重,
# 越来越, suddenly, worse, new...) or its own clause dates it now (今天, 刚才, today, this morning...).
_STROKE_AFTER_EFFECT_CODES = frozenset({"speech_difficulty", "face_droop", "one_sided_weakness"})
_AFTER_STROKE_ZH = re.compile(r"(中风|脑梗塞?|脑梗死|脑卒中|卒中|脑出血|脑溢血|脑血栓)(以后|之后|后|过后)(就|一直|都|便)?(留下了?|落下了?)?(后遗症)?[,，]?(人)?$")
_AFTER_STROKE_EN = re.compile(r"(?<![a-z])((since|after|from) (his|her|my|their|the|a|that) (last |big |first )?(stroke|mini[- ]?stroke)|"
                              r"(the|his|her|a|that) stroke (has )?(left|leaving) (him|her|them|me)( with)?)(?![a-z])")
# fold-t139 (blind139 t139z-028): "我爸半年前脑梗住过院，现在能自己走了，就是右手还不太灵活，……说话有时候不利索": the stroke
# dated months or years back earlier in the same sentence ("半年前脑梗", "去年中风过", "had a stroke last year", "his stroke
# six months ago") makes a speech, face or arm finding after it the stroke's after-effect (Stroke Association,
# Communication problems; 中国脑卒中康复治疗指南: 卒中后遗留功能障碍者持续康复), with the same sudden, worse, again and dated-now
# exceptions (and "now" said in its clause).
_PAST_STROKE_ZH = re.compile(r"(半年|一年|两年|三年|几年|几个月|[0-9一二两三四五六七八九十]+个?(多)?(月|年)|去年|前年|以前|之前|早年|那年)(多)?(前|以前|之前)?"
                             r"(得过|得了|发过|犯过|出过|患过|因为|因|有过)?(一次|一回)?(中风|脑梗塞?|脑梗死|脑卒中|卒中|脑出血|脑溢血|脑血栓)")
_PAST_STROKE_EN = re.compile(r"(?<![a-z])((had|has had|suffered|survived) (a|his|her|my|their) (big |major |bad |small |mild )?stroke "
                             r"(last (year|month|spring|summer|autumn|winter)|(a|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+|a few|several|some) "
                             r"(months?|years?) ago|in (19|20)[0-9]{2})|(his|her|my|their) stroke (last (year|month)|(a|one|two|three|four|five|six|[0-9]+|a few|several) (months?|years?) ago))(?![a-z])")
_NOW_EN = re.compile(r"(?<![a-z])now(?![a-z])")
_NOT_AFTER_EFFECT_SENTENCE = re.compile(r"突然|忽然|一下子|更(加)?|加重|越来越|比(平时|平常|以前|原来|往常)|又|再次|"
                                        r"(?<![a-z])(suddenly|all of a sudden|out of nowhere|worse|worsening|new|again|more slurred|"
                                        r"different from (usual|normal))(?![a-z])")
_NOT_AFTER_EFFECT_CLAUSE = re.compile(r"今天|今早|今晚|刚才|刚刚|早上|昨天|昨晚|这会儿|现在|这两天|这几天|"
                                      r"(?<![a-z])(today|tonight|this (morning|afternoon|evening)|yesterday|last night|just now|right now)(?![a-z])")


def _mark_status(matches: list[Match], predicate: Callable[[Match], bool], status: str,
                 codes: Collection[str] | None = None) -> list[Match]:
    """Each match read as current and not denied (and of `codes`, when given) takes `status` where `predicate(match)`
    holds; every other match is kept as it is. The shared shape of the second looks that find a present-sounding finding
    told as the past, as someone else's, or as explained (_peers_illness, _witnessed_event, _stroke_after_effect,
    _cleared_chest_episode, _waking_muddle, _decline_muddle, _dental_speech, _known_panic_pattern, _shingles_band,
    _usual_aura, _light_headed_eyes); each caller keeps
    its reason beside its predicate. (_someone_elses_context is not this shape: it marks denied
    matches too.)"""
    return [replace(m, status=status) if (codes is None or m.code in codes) and m.status == "current" and not m.negated
            and predicate(m) else m for m in matches]


def _current_codes(matches: list[Match]) -> set[str]:
    """The codes read as current and not denied."""
    return {m.code for m in matches if not m.negated and m.status == "current"}


def _every_match(m: Match) -> bool:
    """The predicate of a second look whose gate alone decides: every current, undenied match of its codes."""
    return True


def _stroke_after_effect(matches: list[Match], norm: str) -> list[Match]:
    def said_after_stroke(m: Match) -> bool:
        # said right after the stroke as its cause, with nothing in its sentence saying it came on suddenly or got worse
        # and nothing in its own clause dating it now (see the comment above)
        s_start, s_end = sentence_at(norm, m.start)
        c_start, c_end = next(((a, b) for a, b in clause_bounds(norm) if a <= m.start < b), (s_start, s_end))
        before = norm[max(s_start, m.start - 60):m.start]
        after = norm[m.end:min(s_end, m.end + 40)]
        said_after = _AFTER_STROKE_ZH.search(norm[max(s_start, m.start - 14):m.start]) or _AFTER_STROKE_EN.search(before) \
            or _AFTER_STROKE_EN.match(after.lstrip(" ,")) or re.match(r"^[a-z ']{0,20}?(since|after) (his|her|my|their|the|a) (stroke|mini[- ]?stroke)", after.lstrip(" ,"))
        if not said_after:
            # fold-t139: a stroke dated earlier in the sentence (months back) with nothing in this clause dating it now
            earlier = norm[max(s_start, m.start - 80):m.start]
            said_after = (_PAST_STROKE_ZH.search(earlier) or _PAST_STROKE_EN.search(earlier)) \
                and not _NOW_EN.search(norm, c_start, c_end)
        return bool(said_after and not _NOT_AFTER_EFFECT_SENTENCE.search(norm, s_start, s_end)
                    and not _NOT_AFTER_EFFECT_CLAUSE.search(norm, c_start, c_end))
    return _mark_status(matches, said_after_stroke, "historical", _STROKE_AFTER_EFFECT_CODES)


# recall38a (blind4 stroke_speech near misses): speech thick or a face numb with a mouth packed with gauze just after a
# tooth came out ("slurred because I just had my wisdom teeth out and my mouth is full of gauze", "刚拔完智齿，嘴里咬着纱布，
# 说话有点含糊") is the extraction (NHS Wisdom tooth removal: gauze is bitten on to stop the bleeding and the local
# anaesthetic numbs the mouth for a few hours), not the sudden speech change of FAST (NHS Stroke, NICE NG128). It stays the
# stroke sign with a sudden word anywhere in the message or another BE-FAST sign beside it.
_DENTAL_PACKED = re.compile(r"(?<![a-z])(gauze|(wisdom )?(teeth|tooth) (out|pulled|extracted|removed|taken out)|extractions?)(?![a-z])"
                            r"|纱布|棉球|拔(完|了|掉)?(智齿|牙)|拔牙")
_DENTAL_KEEPERS = frozenset({"one_sided_weakness", "limb_weakness", "balance_loss", "vision_loss_sudden", "double_vision", "confusion",
                             "stroke_suspected", "numbness"})


def _dental_speech(matches: list[Match], norm: str) -> list[Match]:
    current = _current_codes(matches)
    if not _DENTAL_PACKED.search(norm) or _SUDDEN_WORDS.search(norm) or current & _DENTAL_KEEPERS:
        return matches
    # every such match: the gate above is the whole reason (packed mouth, no sudden word, no other BE-FAST sign)
    return _mark_status(matches, _every_match, "explained", ("speech_difficulty", "face_droop"))


# fold-t140 (blind140 t140e-019): a burning chest pain "going round to my back" with a one-sided band of blisters come up
# in that place is the shingles band (NHS Shingles: the pain or tingling comes first, then a rash on one side of the body,
# usually the chest and tummy; see a GP or call 111 as soon as possible), not a cardiac pain spreading to the back. Only
# the spread round to the back or side is explained by the band: a pain into the arm, jaw, neck or shoulder stays the
# spread of a heart attack, and sweating, breathlessness, fainting or sickness are findings of their own
# (chest_pain_danger_features still fires on them).
_CARDIAC_SPREAD_PLACE = re.compile(r"(?<![a-z])(?:arms?|jaw|neck|shoulders?|throat|elbows?|wrists?|hands?)(?![a-z])"
                                   r"|胳膊|手臂|臂|下巴|下颌|脖子|颈|肩|喉|嗓子|手")


def _shingles_band(matches: list[Match]) -> list[Match]:
    current = _current_codes(matches)
    if "shingles" not in current:
        return matches
    return _mark_status(matches, lambda m: not _CARDIAC_SPREAD_PLACE.search(m.text), "explained", ("radiating_pain",))


# fold-t140 (blind140 t140e-037): "one of my usual migraines, same as always, zigzag lights first then left sided
# throbbing": the zigzags or flashing lights of a known migraine said to be the usual one are its aura (NHS Migraine: an
# aura of flashing lights or zigzag lines before the headache; attacks managed at home with painkillers and triptans),
# not a change in sight beside the headache. Only the aura's own words: blurred or lost sight, double vision or a curtain
# stay findings (vision_loss_sudden and double_vision are not touched here).
_AURA_WORDS = re.compile(r"(?<![a-z])(?:zig-?zags?|flashing lights?|flashes|shimmer\w*|sparkl\w*|wavy lines?)(?![a-z])"
                         r"|闪光|锯齿|之字|亮点|亮光|光点|冒金星")


def _usual_aura(matches: list[Match]) -> list[Match]:
    current = _current_codes(matches)
    # fold-t143 (blind143 t143e-026 "has had migraines since her teens, same as always with zigzag lights"): the words a
    # known migraine like the usual ones takes (migraine_usual, which then spans them) say the same usual aura
    # fold-t142 (blind142 t142e-028): the usual migraine may be read as migraine_usual (fold-t137), whose longer span
    # ("migraines with the zigzag lights, had them since i was a teen, same as always") hides migraine_usual_pattern
    if not {"migraine_usual_pattern", "migraine_usual"} & current:
        return matches
    return _mark_status(matches, lambda m: bool(_AURA_WORDS.search(m.text)), "explained",
                        ("blurred_vision", "floaters_flashes"))


# recall38a (blind3/blind4 chest_pain_cardiac near misses): a chest pain dated days, weeks or months back, assessed then
# ("went to A&E", "查了心电图和心肌酶") and cleared ("all clear", "都正常", "said it was heartburn"), with nothing said to have
# come back, is a past episode the writer asks a follow-up about, not the acute chest pain of today that NICE CG95 and
# the NHS (Chest pain: 999 or A&E) are about. The pain stays today's if the message says it is back, again or still there,
# dates anything today, or names a cardiac companion (breathlessness, sweating, spreading pain, fainting, palpitations).
_EPISODE_PAST = compile_mixed(EPISODE_PAST_CUES)
_SINCE_BEFORE = re.compile(r"(?<![a-z])(since|from|for|over|in|during|throughout)( the)? ?$|(从|自|打)$")
_ASSESSED = re.compile(r"(?<![a-z])(a ?& ?e|a and e|er|ed|hospital|gp|doctor|cardiolog\w*|ecg|ekg|heart tracing|bloods|blood tests?|tests?|troponin|"
                       r"checked|investigated|scans?)(?![a-z])|急诊|医院|门诊|医生|大夫|心电图|心肌酶|查了|检查")
_CLEARED = re.compile(r"(?<![a-z])(all clear|(all |were |was |came back |came out )?normal|nothing (wrong|found|serious|sinister)|fine|"
                      r"said it was (just )?(heartburn|reflux|indigestion|acid|muscular|a muscle|a pulled muscle|anxiety|a panic attack))(?![a-z])"
                      r"|正常|没问题|没事|排除|说是(胃|反流|肌肉|焦虑|岔气)")
_COME_BACK = re.compile(r"(?<![a-z])(again|back|returned|recurr\w*|still (have|has|hurts?|got|getting|there|sore|tight)|today|tonight|"
                        r"this (morning|afternoon|evening)|right now|just now|at the moment|since then|worse)(?![a-z])"
                        r"|又|再次|复发|还(在|是)?(疼|痛|闷)|今天|今早|今晚|刚才|刚刚|现在(又|还|也)?(有点|有些)?(疼|痛|闷|难受|开始)|加重")
_CARDIAC_COMPANIONS = frozenset({"dyspnea", "dyspnea_severe", "sweating", "radiating_pain", "cardiac_radiation", "syncope", "palpitations",
                                 "dizziness", "nausea", "vomiting"})


def _cleared_chest_episode(matches: list[Match], norm: str) -> list[Match]:
    pains = [m for m in matches if m.code == "chest_pain" and not m.negated and m.status == "current"]
    current = _current_codes(matches)
    if not pains or current & _CARDIAC_COMPANIONS or _COME_BACK.search(norm) \
            or not _ASSESSED.search(norm) or not _CLEARED.search(norm):
        return matches
    dated = [d for d in _EPISODE_PAST.finditer(norm) if not _SINCE_BEFORE.search(norm[max(0, d.start() - 12):d.start()])
             and not re.match(r"(开始|以来|起)", norm[d.end():d.end() + 2])]

    def dated_back(m: Match) -> bool:
        # the pain's own sentence dates it days, weeks or months back (an assessed, cleared past episode: see above)
        s_start, s_end = sentence_at(norm, m.start)
        return any(s_start <= d.start() < s_end for d in dated)
    return _mark_status(matches, dated_back, "historical", ("chest_pain",))


# recall38a (blind2 confusion_drowsy near miss): muddled for a moment on waking and then fine ("I felt confused for a second
# when I woke up from a nap, then fine", "午睡醒了迷糊了一下，马上就好了") is the grogginess of waking, over in the telling; NHS
# Confusion is about a confusion that is there (sudden confusion: 999 or A&E), which a moment said to have passed is not.
_WAKING = re.compile(r"(?<![a-z])(woke|wake|waking|woken|nap|napping|dozed|dozing)(?![a-z])|睡醒|醒来|醒了|刚醒|午睡|午觉|起床")
_BRIEF = re.compile(r"(?<![a-z])(for (a|one) (second|sec|moment|minute|min|few seconds)|for (a few|a couple of) (seconds|secs|moments)|briefly|momentarily)(?![a-z])"
                    r"|一下(?!子)|一会儿?|几秒|片刻")
_THEN_FINE = re.compile(r"(?<![a-z])(then|and|but|after that|soon|quickly|straight) (i was |i'?m |was |felt |it was )?(fine|ok|okay|alright|all right|normal|back to normal|clear)(?![a-z])"
                        r"|(马上|很快|立刻|一会儿?)(就)?(好|没事|清醒|正常)(了)?|就(好|没事|清醒|正常)了")


def _waking_muddle(matches: list[Match], norm: str) -> list[Match]:
    def over_on_waking(m: Match) -> bool:
        # its sentence says waking, a moment, and then fine after it: the grogginess of waking, over in the telling
        s_start, s_end = sentence_at(norm, m.start)
        return bool(_WAKING.search(norm, s_start, s_end) and _BRIEF.search(norm, s_start, s_end) and _THEN_FINE.search(norm, m.end, s_end))
    return _mark_status(matches, over_on_waking, "historical", ("confusion",))


# fold-t137 (blind137 t137e-026): a muddle told as one step of a memory decline that has crept on over months ("over the
# last year he's been repeating the same stories ... last month got muddled finding his way home ... it's been creeping on
# slowly") is the decline's (NICE NG97 Dementia: assessment in primary care), not the new confusion of delirium, whose change
# comes over hours or days (NICE CG103 1.3.1; the altered_consciousness red flag). It stays the red flag when anything says
# it is new: a sudden word, today, since yesterday, worse now, a fever, drowsiness, a fall or a knock to the head.
_DECLINE_KEEPERS = frozenset({"fever", "chills", "drowsy", "unresponsive", "head_injury", "recent_fall", "seizure", "one_sided_weakness",
                              "speech_difficulty", "face_droop", "urinary_symptoms", "cough", "overdose_poisoning", "hypothermia"})
_DECLINE_NEW = re.compile(r"(?<![a-z])(today|tonight|this (morning|afternoon|evening)|yesterday|last night|overnight|right now|at the moment|"
                          r"(this|past|last) (few )?(hours?|days?)|(much |a lot |lot |far )?worse (now|today|since)|new|different|all of a sudden|suddenly|"
                          r"out of nowhere|since (the|a|his|her) (fall|infection|op|operation))(?![a-z])"
                          r"|今天|今早|今晚|昨天|昨晚|这两天|这几天|刚才|突然|忽然|一下子|更(加)?(糊涂|迷糊|厉害)|现在")


def _decline_muddle(matches: list[Match], norm: str) -> list[Match]:
    current = _current_codes(matches)
    if "memory_decline" not in current or current & _DECLINE_KEEPERS or _DECLINE_NEW.search(norm):
        return matches
    # every such match: the gate above is the whole reason (a memory decline, nothing new said, no keeper)
    return _mark_status(matches, _every_match, "historical", ("confusion",))


# misread32a family 8: "toothache back bottom right", "my bottom right molar hurts", "wisdom tooth pain lower right": a
# lower-right place said of a tooth, the gum or the jaw is the mouth's (NHS Toothache; a dentist's), not the right lower
# abdomen (NICE CKS Appendicitis). A right-lower-abdominal reading whose own words name no belly is dropped when its
# clause (commas included) names a tooth, gum, jaw or mouth word; "toothache, and pain bottom right of my tummy" keeps it.
_MOUTH_PLACE = re.compile(r"(?<![a-z])(tooth\w*|teeth|molars?|premolars?|wisdom|gums?|jaw\w*|fillings?|crowns?|dentist\w*|dental|mouth|tongue|cheek)(?![a-z])"
                          r"|牙|齿|龈|颌|嘴")
_BELLY = re.compile(r"(?<![a-z])(abdom\w*|belly|stomach|tummy|tum|gut|navel|groin|appendix)(?![a-z])|腹|肚")
_CLAUSE_OR_COMMA = re.compile(r"[。;!?\n,，]|\.(?!\d)")


def _mouth_place(matches: list[Match], norm: str) -> list[Match]:
    out = []
    for m in matches:
        if m.code == "rlq_pain" and not _BELLY.search(m.text):
            start, end = m.start, m.end
            while start > 0 and not _CLAUSE_OR_COMMA.match(norm, start - 1):
                start -= 1
            stop = _CLAUSE_OR_COMMA.search(norm, end)
            if _MOUTH_PLACE.search(norm, start, stop.start() if stop else len(norm)):
                continue
        out.append(m)
    return out


# blind118 t118z-029: "大便不太正常，有时候稀有时候干，偶尔擦的纸上有点血" (a man of 65): blood on the paper after wiping,
# in a message about the bowels, is bleeding from the bottom (NHS Bleeding from the bottom; NHS Bowel cancer: blood in
# the poo or a change in bowel habit, see a GP), not a vaginal bleed. Blood on the paper with no colour of old or watery
# blood (pink, brown) is as often the bottom as the vagina (symptoms.yaml compose vaginal_bleeding), so where the
# message names the stool, the bowels or the bottom and no pregnancy, period or other gynaecological finding is read,
# the reading is recoded rectal_bleeding; a pad or underwear names where the blood came from and is left alone.
_BOWEL_WORDS = re.compile(r"(?<![a-z])(poo\w*|stools?|bowels?|constipat\w*|piles|haemorrhoids?|hemorrhoids?|bum|anus|back passage)(?![a-z])"
                          r"|大便|粪便|便便|排便|便秘|拉屎|屙屎|拉肚子|拉稀|痔|肛|屁股")
_WIPE_PAPER = re.compile(r"(?<![a-z])(tissue|toilet paper|loo roll|paper)(?![a-z])|纸")
_OLD_BLOOD_COLOUR = re.compile(r"pink\w*|brown\w*|粉|褐|咖啡")


def _wiped_after_stool(matches: list[Match], norm: str) -> list[Match]:
    wiped = [m for m in matches if m.code == "vaginal_bleeding" and _WIPE_PAPER.search(m.text)
             and not _OLD_BLOOD_COLOUR.search(m.text)]
    if not wiped or not _BOWEL_WORDS.search(norm):
        return matches
    kb = load_knowledge()
    if any(m.code != "vaginal_bleeding" and not m.negated and m.code in kb.symptoms
           and kb.symptoms[m.code].dept.startswith("05") for m in matches):
        return matches
    return [replace(m, code="rectal_bleeding") if m in wiped else m for m in matches]


# misread32a family 9 (blind106 t106z-003): "炒菜油溅手背上了，几个针尖大的小红点，没起泡", "oil spat at me, a few tiny red dots":
# pinpoint red dots where hot oil or water landed are the burn's marks (NHS Burns and scalds: a minor burn, treated at
# home after cooling), not petechiae. A non-blanching rash read only from the dots' size and redness is dropped when a burn
# is read now; one said with a colour of bleeding (purple, dark red, 紫, 瘀), a press or glass test, or a fade that fails
# stays the red flag.
_RASH_SIGNS = re.compile(r"purpl\w*|dark red|maroon|bruis\w*|blood|glass|tumbler|fade|blanch|press\w*|push\w*|squash\w*|petech\w*|purpur\w*"
                         r"|紫|暗红|青|瘀|淤|出血|血|压|按|摁|杯|褪|消")


def _burn_dots(matches: list[Match]) -> list[Match]:
    if not any(m.code in ("burn", "burn_serious", "burn_severe") and m.status == "current" and not m.negated for m in matches):
        return matches
    return [m for m in matches if not (m.code == "nonblanching_rash" and m.status == "current" and not m.negated
                                       and not _RASH_SIGNS.search(m.text))]


# dept36: blisters on one named side of the face said after a burn or scald ("油锅溅起来烫到脸了，左边脸颊起了两个水泡，火辣辣
#的疼", "hot oil spat at me, blisters on the left side of my face") are the burn's (NHS Burns and scalds: blistering burns on
# the face, A&E), not shingles: the one-sided shingles reading (symptoms.yaml shingles_one_side) stands only where no burn or
# scald is read or said. "Burning pain" is how shingles feels, so the English burn words are the injury's, not the feeling's.
_BURN_SAID = re.compile(r"烫|烧伤|灼伤|油锅|热油|滚油|油溅|溅.{0,3}油|开水|蒸汽|(?<![a-z])(scald\w*|boiling|hot (oil|water|fat|pan|kettle|steam|tea|coffee)|"
                        r"steam|sunburn\w*|burnt|a burn|the burn|burned (myself|my|his|her|their|it))(?![a-z])")
_BURN_CODES = frozenset({"burn", "burn_severe", "chemical_burn", "electrical_burn", "sunburn"})


def _burn_blisters(matches: list[Match], norm: str) -> list[Match]:
    if not any(m.code == "shingles_one_side" for m in matches):
        return matches
    burned = _BURN_SAID.search(norm) or any(m.code in _BURN_CODES and m.status == "current" and not m.negated for m in matches)
    return [m for m in matches if not (burned and m.code == "shingles_one_side")]


# misread30a family 5: a fever denied for an earlier day or time ("昨天没发烧，今天烧到38.5", "no fever yesterday but 38.5
# today", "上午没烧，下午量了38.6度") does not deny a reading measured later: the denial was scoped to its time word. A
# temperature of 38C or more (NHS High temperature (fever): 38C or above), said with its tenth or unit, after the denial
# and with a later time word beside it (today, now, tonight, 今天, 现在, 下午, ...) is a fever read now. A reading for the
# earlier day ("今天没烧，昨天38.5") or a denial with no earlier time word ("没发烧，体温38.5" is a contradiction left to
# the lexicon) is left as it was.
_EARLIER_TIME = re.compile(r"(?<![a-z])(yesterday|last night|the day before|the other day|(two|2|a couple of|a few) days ago|earlier|"
                           r"this morning|in the morning|at lunch(time)?)(?![a-z])|昨天|昨晚|昨日|昨儿|前天|前两天|前几天|上午|早上|早晨|白天|中午")
_LATER_TIME = re.compile(r"(?<![a-z])(today|tonight|now|this (afternoon|evening)|since this afternoon|in the (afternoon|evening)|"
                         r"at the moment|right now|currently)(?![a-z])|今天|今日|今儿|今晚|今早|现在|目前|刚才|刚刚|这会儿|下午|晚上|傍晚|夜里")


def _later_measured_fever(matches: list[Match], norm: str) -> list[Match]:
    denied = [m for m in matches if m.code == "fever" and m.negated and m.status == "current"]
    if not denied or any(m.code == "fever" and not m.negated and m.status == "current" for m in matches):
        return matches
    for d in denied:
        s_start, s_end = sentence_at(norm, d.start)
        # the denial's own time word: just before the denied fever or right after its first word ("no fever yesterday")
        lo = max(s_start, d.start - 20)
        if not _EARLIER_TIME.search(norm, lo, min(s_end, d.start + 25)):
            continue
        end = sentence_at(norm, s_end + 1)[1] if s_end + 1 < len(norm) else s_end  # the reading may be the next sentence
        for t in _TEMP_VALUE.finditer(norm, d.start, end):
            value = _temp_value(t)
            if value is None or not 38 <= value < 43:
                continue
            # the time word nearest the reading (before it, since the last earlier word, or just after it) is a later one
            last_earlier = max((e.end() for e in _EARLIER_TIME.finditer(norm, lo, t.start())), default=lo)
            after = norm[t.end():min(end, t.end() + 10)]
            later_after = _LATER_TIME.search(after)
            earlier_after = _EARLIER_TIME.search(after)
            if _LATER_TIME.search(norm, last_earlier, t.start()) or (
                    later_after and not (earlier_after and earlier_after.start() < later_after.start())):
                return [*matches, Match(code="fever", start=t.start(), end=t.end(), text=t.group(0), negated=False)]
    return matches


# A fever the patient denies ("不发烧", "no temp") and no fever read now: context code fever_denied. NHS Flu: people
# aged 65 or over and pregnant women with flu symptoms (a sudden high temperature among them) ask for an urgent GP
# appointment; NHS Common cold: a cold without a high temperature is looked after at home. A cold said with the fever
# denied is not the flu the fever_high_risk_adult and fever_pregnant rules read (blind98 t98z-008, t98z-029).
def _fever_denied(matches: list[Match]) -> list[Match]:
    denied = [m for m in matches if m.code == "fever" and m.negated and m.status == "current"]
    if not denied or any(m.code == "fever" and not m.negated and m.status == "current" for m in matches):
        return matches
    return [*matches, replace(denied[0], code="fever_denied", negated=False)]


# A slow start said beside a sudden one ("突然疼起来，然后慢慢越来越疼", "came on suddenly and slowly spread") is the sudden
# start: the sudden word, undenied, inside any finding read now, drops the came_on_gradually context (misread28a family 5).
_NOT_SUDDEN_BEFORE = re.compile(r"(不是|并不|没有|没|不|not|wasn'?t|isn'?t|never) ?$")


def _sudden_over_gradual(matches: list[Match], norm: str) -> list[Match]:
    if not any(m.code == "came_on_gradually" and not m.negated for m in matches):
        return matches
    for m in matches:
        if m.negated or m.status != "current" or m.code == "came_on_gradually":
            continue
        for w in _SUDDEN_WORDS.finditer(m.text):
            if not _NOT_SUDDEN_BEFORE.search(norm[max(0, m.start + w.start() - 8):m.start + w.start()]):
                return [x for x in matches if x.code != "came_on_gradually"]
    return matches


# "我是不是酒精中毒了？", "am I alcohol poisoned?", "is this alcohol poisoning?": the patient asking whether it is a
# poisoning, not telling one; what was taken, how much, and the signs decide (NHS Alcohol poisoning: can't be woken,
# vomiting while not fully awake, slow or irregular breathing, a fit: 999). Only the word that names the poisoning is
# dropped: "吃了半瓶安眠药，是不是中毒了" still reads the tablets taken (misread28a family 3).
_POISON_WORD = re.compile(r"中毒|poison\w*|overdos\w*")
_ASKED_BEFORE = re.compile(r"(是不是|会不会|算不算|是否|有没有|该不会|不会是|难道是?)[^。;!?，,\n]{0,8}$"
                           r"|(?<![a-z])(am i|are we|is (he|she|it|this|that)|do (i|you think i|we) have|does (he|she) have|did (i|he|she) get|"
                           r"could (it|this|that|i|he|she) (be|have)( got)?|have i (got)?|has (he|she) got|might (it|this|i) (be|have)|"
                           r"(is|was) (it|this|that) (just )?(a |an )?)[a-z ]{0,12}$")
_ASKED_AFTER = re.compile(r"^[^。;!?，,\n]{0,6}?(吗|么|嘛|没有?|不)?\s*[?？]|^[^。;!\n]{0,6}?[?？]|^(了)?(吗|么|嘛)")


# misread32b (blind105 t105z-043): how long a standing condition has been there ("糖尿病十几年了", "had diabetes for
# years", "高血压好几年了") is the condition's age, not a slow start of the complaint told after it: "糖尿病十几年了。今天早上
# 右眼突然多了好多小黑点" is new floaters (NHS Floaters and flashes in the eyes: urgent optician or 111 when they suddenly
# appear), which the years had read as long-standing. A duration (not "gradually", "慢慢", "越来越") within a few
# characters after a long-term condition named (departments.yaml condition_codes), in its clause, is dropped.
_GRADUAL_WORDS = re.compile(r"gradual|slowly|creeping|慢慢|逐渐|越来越")


def _condition_duration(matches: list[Match], norm: str) -> list[Match]:
    conditions = set(load_knowledge().departments.condition_codes)
    named = [m for m in matches if m.code in conditions and not m.negated]
    if not named:
        return matches
    out = []
    for m in matches:
        if m.code == "gradual_onset" and not m.negated and not _GRADUAL_WORDS.search(m.text):
            if any(0 <= m.start - c.end <= 14 and not re.search(r"[。.;；!?！？,，]", norm[c.end:m.start]) for c in named):
                continue
        out.append(m)
    return out


def _asked_poisoning(matches: list[Match], norm: str) -> list[Match]:
    out = []
    for m in matches:
        if m.code == "overdose_poisoning" and not m.negated and len(m.text) <= 16 and _POISON_WORD.search(m.text):
            before, after = norm[max(0, m.start - 30):m.start], norm[m.end:m.end + 12]
            if _ASKED_BEFORE.search(before) and (_ASKED_AFTER.search(after) or re.search(r"是不是|会不会|算不算|是否", before)):
                continue
        out.append(m)
    return out


# NHS Hangover: a headache, feeling sick, thirst the morning after drinking; self-care. NICE NG228 / NHS Subarachnoid
# haemorrhage: a sudden, very severe headache, like a hit on the head ("thunderclap"), is an emergency. A headache
# after a night's drinking said to be bursting ("头疼得要炸", "head feels like it's going to explode") is a severe
# hangover headache, not a sudden one, unless the message says it came on suddenly or as a blow, or calls it the worst
# ever (misread28a family 3).
_DRINKING = re.compile(r"喝(多|醉|大|断片|高|嗨|趴)|宿醉|醉酒|酒后|断片|昨晚.{0,8}(喝|酒)|(?<![a-z])(hungover|hangover|drinking|drunk|pints|booze|boozing|"
                       r"night out|big night|sesh|session last night|too much to drink|had a skinful)(?![a-z])")
_SUDDEN_HEAD = re.compile("|".join(_SUDDEN_ZH) + r"|猛地|像被.{0,4}(打|砸|敲|锤|劈)|像挨了|这辈子|从来没|从没|最(厉害|严重|痛|疼)|雷|"
                          r"(?<![a-z])(sudden\w*|out of nowhere|all at once|worst|like (being )?(hit|kicked|struck)|thunderclap|in (a|one) second|instant\w*)(?![a-z])")


def _hangover_headache(matches: list[Match], norm: str) -> list[Match]:
    current = _current_codes(matches)
    if "thunderclap_headache" not in current or "sudden_onset" in current or not _DRINKING.search(norm) or _SUDDEN_HEAD.search(norm):
        return matches
    return [replace(m, code="headache") if m.code == "thunderclap_headache" and not m.negated else m for m in matches]


# fold-t122 (blind122 t122e-021): "fainted while having blood taken, was out for a few seconds and came round straight
# away": a span of seconds said of a faint is how long the faint lasted (NHS Fainting: the person usually wakes within 20
# seconds; see a GP if you have fainted), not being knocked out by a blow (NICE NG232, head_injury_danger). It is read as
# the faint when the message names a faint and no head injury; a span of minutes stays knocked_out (NHS Fainting: call 999
# if someone who has fainted cannot be woken within 1 minute), and so does any span beside a blow to the head.
_OUT_FOR_SECONDS = re.compile(r"^(was|were|been) out for [a-z0-9 .-]*(seconds?|secs?|moments?|a (second|sec|moment))$")


def _faint_seconds(matches: list[Match]) -> list[Match]:
    current = _current_codes(matches)
    # a faint during exercise is 999 (NHS Fainting): red_flags faint_during_exercise reads it as the faint it is (misread36;
    # blind26 t26e-035, "collapsed ... while he was running ... out for maybe 20 seconds"), not as a knock-out
    if "syncope" not in current or "head_injury" in current:
        return matches
    return [replace(m, code="syncope") if m.code == "knocked_out" and _OUT_FOR_SECONDS.match(m.text) else m for m in matches]


# mend41 (blind139 t139z-042 "上到十点多突然头晕眼花，手抖心慌出冷汗……十分钟就好了"): 头晕眼花 and 头昏眼花, said as one
# phrase, are the everyday Chinese words for feeling light-headed, as 头晕目眩 is (which reads dizziness alone): the dimmed
# or swimming sight that comes with the dizziness of feeling faint (NHS Fainting: symptoms include dizziness and changes
# to your vision; see a GP), not the new change in the eye's sight that new_vision_change is about (NHS Red eye,
# Cataracts). The 眼花 of the phrase is read as explained by the dizziness, unless something the blur counts with is said
# beside it: a pregnancy or the weeks after a birth (NICE NG133 and NHS Pre-eclampsia: vision problems with a headache or
# swelling; Chinese patient education lists 头晕眼花 among pre-eclampsia warnings), a headache, swelling, a blood pressure
# reading, an eye finding or injury, a blow to the head, a stroke sign, or a drink that may be methanol. Listed with a
# pause ("头晕、眼花") or said of the sight ("看东西模糊") it stays the blur.
_LIGHT_HEADED_EYES = re.compile(r"(?<=头晕)眼花|(?<=头昏)眼花")
_BLUR_KEEPERS = frozenset({"pregnancy", "postnatal", "early_postnatal", "headache", "thunderclap_headache", "headache_unrelieved",
                           "edema", "lip_face_swelling", "leg_swelling_one", "high_bp", "bp_crisis", "illicit_spirits",
                           "eye_pain", "eye_tense", "eye_red", "eye_injury", "eye_high_velocity", "eye_surgery_recent",
                           "eye_minor_irritant", "eye_chemical", "haloes", "double_vision", "vision_loss_sudden",
                           "temporal_arteritis_signs", "head_injury", "knocked_out", "one_sided_weakness", "face_droop",
                           "speech_difficulty", "balance_loss", "numbness", "co_exposure_risk"})


def _light_headed_eyes(matches: list[Match], norm: str) -> list[Match]:
    current = _current_codes(matches)
    if not current & {"dizziness", "postural_dizziness", "faint_on_standing"} or current & _BLUR_KEEPERS:
        return matches

    def in_the_phrase(m: Match) -> bool:
        # the 眼花 of 头晕眼花 / 头昏眼花 itself (see the comment above)
        return bool(_LIGHT_HEADED_EYES.match(norm, m.start)) and m.text == "眼花"
    return _mark_status(matches, in_the_phrase, "explained", ("blurred_vision",))


# misread33b: speech slurred after heavy drinking ("drank a lot, slurring my words a bit", "喝多了，说话大舌头") is what NHS
# Alcohol poisoning lists among the symptoms that start after drinking a lot (slurring words, confusion, being unable to
# coordinate: call 999 if you think someone has alcohol poisoning), not on its own the sudden speech change of FAST /
# BE-FAST (NICE NG128, NHS Stroke), which the stroke rule cites: the slurring is read as slurred_after_drinking (the
# possible_alcohol_poisoning red flag, still an ambulance). It stays the stroke sign when any other BE-FAST sign is said
# (a drooping face, a weak arm or side, lost balance or sight), when a sudden word is said anywhere in the message
# ("suddenly slurring"), or when the drinking is not read as heavy and current ("hasn't had a drop", "a glass of wine").
_SLURRED = re.compile(r"slur\w*|thick|mushy|sloppy|drunk|含糊|不清|大舌头|口齿|吐字|不利索|舌头|拌蒜|打结|喝醉")
_STROKE_SIGNS_BESIDE = frozenset({"face_droop", "one_sided_weakness", "limb_weakness", "balance_loss", "vision_loss_sudden",
                                  "double_vision", "stroke_suspected", "sudden_onset", "acute_onset"})


def _drink_slurring(matches: list[Match], norm: str) -> list[Match]:
    current = _current_codes(matches)
    if "heavy_drinking" not in current or "speech_difficulty" not in current or current & _STROKE_SIGNS_BESIDE \
            or _SUDDEN_WORDS.search(norm):
        return matches
    return [replace(m, code="slurred_after_drinking") if m.code == "speech_difficulty" and not m.negated and m.status == "current"
            and _SLURRED.search(m.text) else m for m in matches]


# misread33b: hands that shake so much a cup or a bowl cannot be held ("手抖得连碗都端不住", "my hands shake so much I
# can't hold a cup") are a tremor (NHS Tremor or shaking hands: see a GP), not the weak arm of FAST (NHS Stroke: the arm
# is weak or numb and cannot be lifted): a grip failure said in the same clause as the shaking is no one-sided weakness.
# It stays the stroke sign with a sudden word in its sentence or any other stroke sign in the message.
_GRIP_WORDS = re.compile(r"拿不住|握不住|端不住|捏不住|抓不住|拿不稳|端不稳|掉|(?<![a-z])(hold|grip|pick up|lift|grasp|hang on to|dropp\w*|drop|fell out)(?![a-z])")
_SHAKING = re.compile(r"抖|颤|哆嗦|(?<![a-z])(shak\w*|shook|trembl\w*|tremor\w*|jitter\w*)(?![a-z])")
_TREMOR_KEEPERS = frozenset({"face_droop", "speech_difficulty", "balance_loss", "vision_loss_sudden", "stroke_suspected", "confusion",
                             "sudden_onset", "acute_onset", "seizure"})


def _tremor_grip(matches: list[Match], norm: str) -> list[Match]:
    current = _current_codes(matches)
    if "one_sided_weakness" not in current or current & _TREMOR_KEEPERS:
        return matches
    out = []
    for m in matches:
        if m.code == "one_sided_weakness" and not m.negated and m.status == "current" and _GRIP_WORDS.search(m.text):
            a, b = next(((cs, ce) for cs, ce in clause_bounds(norm) if cs <= m.start < ce), (m.start, m.end))
            s_start, s_end = sentence_at(norm, m.start)
            if _SHAKING.search(norm, a, b) and not _SUDDEN_WORDS.search(norm, s_start, s_end):
                continue
        out.append(m)
    return out


# misread33b: a fear of being pregnant said after a split condom or sex without one ("套子破了，好怕怀孕", "the condom split,
# really scared I'm pregnant") is the worry emergency contraception answers (NHS Emergency contraception: a pharmacy, GP
# or sexual health clinic; the pill within 3 or 5 days, the IUD within 5), not a pregnancy: the feared word is dropped, so
# the pregnancy rules and 产科 are not applied to someone who cannot know yet. A pregnancy said otherwise (a positive test,
# a late period) is still read.
_FEAR_BEFORE = re.compile(r"(怕|担心|害怕|生怕|万一|会不会|能不能|防止|避免)(自己|我|她|会|已经|是|真的)*$"
                          r"|(?<![a-z])(scared|worried|afraid|terrified|frightened|paranoid|panicking|panicked|freaking out|anxious|nervous|concerned)"
                          r"( that| about| of)?( (i|she)('?m| am| is|'s| might| could| may| will| would)?( be| get| have got| end up| getting| being)?)?( getting| becoming| being)? ?$")


def _feared_pregnancy(matches: list[Match], norm: str) -> list[Match]:
    if not any(m.code == "contraception_mishap" and not m.negated and m.status == "current" for m in matches):
        return matches
    return [m for m in matches if not (m.code == "pregnancy" and not m.negated and m.status == "current"
                                       and _FEAR_BEFORE.search(norm[max(sentence_at(norm, m.start)[0], m.start - 24):m.start]))]


# Recurring attacks already put down to panic ("keep getting these attacks ... can't breathe ... a few times a week for
# the last 2 months, been to A&E twice, ECG normal, they said panic") are told as a pattern, not as an attack now: the
# breathlessness, racing heart and sense of doom describe the attacks (NHS Panic disorder: see a GP; panic attacks bring
# a pounding heart, breathlessness and a feeling of dying). They are read as history only when panic is named, the
# attacks recur at a stated rate or over weeks, and nothing says one is happening now or is different this time; chest
# pain, fainting, blue lips or a new illness keep their own readings (blind96 t96e-033).
_PANIC_NAMED = re.compile(r"(?<![a-z])(panic attacks?|panic disorder|(said|says|told (me|us)|diagnosed( me| her| him)?( with)?|it'?s|it was|it is)"
                          r" (that )?(it'?s |it was |it is )?(just |only )?panic)(?![a-z])|惊恐发作|惊恐障碍|(说|诊断)(是|为)?(惊恐|焦虑)(发作|症)?")
_RECURRING = re.compile(r"(?<![a-z])((a few|a couple of|several|two|three|four|[2-9]) (times )?(a|per|every) (week|day|month)|keep (getting|having) ((these|them|the|those) )?"
                        r"(attacks|episodes|panic attacks)|(for|over) the (last|past) (few |couple of |[0-9]+ |two |three |six )?(weeks|months))(?![a-z])"
                        r"|(每周|一周|每个月|一个月|每天)(都)?(好几|几|两三|三四|一两)次|反复发作|经常发作|老是发作")
_ATTACK_NOW = re.compile(r"right now|at the moment|currently|having (one|an attack|a panic attack|it) (now|right now)|(this one|this time|tonight'?s) (is|feels|was) "
                         r"(different|worse)|never (been|felt) (this|like this)|still (going|happening|can'?t breathe)|现在(正在|又|还)|这次(不一样|特别|更)")
_BLUE_WORDS = re.compile(r"blu|grey|gray|purpl|dusky|紫|青|乌|灰")
_PANIC_FEATURES = frozenset({"dyspnea_severe", "dyspnea", "impending_doom", "palpitations", "sudden_onset", "rapid_breathing"})
_PANIC_KEEPERS = frozenset({"chest_pain", "syncope", "confusion", "unresponsive", "seizure", "cough_blood", "leg_swelling_one",
                            "fever", "wheeze", "throat_tightness", "lip_face_swelling", "overdose_poisoning", "suicidal"})


# fold-t131 (blind131 t131e-048, t131z-049): "saw a cyclist get hit by a car last week, keep replaying it in my head",
# "前几天亲眼看到一场车祸 这几天老想起那个画面": a crash or fall the writer saw happen to someone else, told with the writer
# reliving it (trauma_reliving), is what the writer witnessed, not an injury of the writer's (NHS Post-traumatic stress
# disorder: upsetting thoughts after witnessing a traumatic event). The mechanism is someone else's only when a witness
# word comes just before it in its sentence and the message tells the writer reliving it; "I just watched my son get hit
# by a car" with no reliving said keeps the major trauma (the son may be the patient).
_WITNESSED_CODES = frozenset({"major_trauma", "road_collision", "fall_from_height", "injury_event"})
_WITNESS_WORDS = re.compile(r"(?<![a-z])(saw|seen|see|watched|watching|witnessed|witnessing|witness to)(?![a-z])|(亲眼)?(看到|看见|目睹|撞见|瞧见)(了)?")
_WITNESS_VICTIM_ME = re.compile(r"(?<![a-z])(hit|ran into|knocked|run over|struck) (me|us)(?![a-z])|(撞|碾|压)(了|到)?(我|我们)|我(也)?被")


def _witnessed_event(matches: list[Match], norm: str) -> list[Match]:
    if not any(m.code == "trauma_reliving" and not m.negated and m.status == "current" for m in matches):
        return matches

    def witnessed(m: Match) -> bool:
        # a witness word just before it in its sentence, and the writer not the one hit (see the comment above)
        start, end = sentence_at(norm, m.start)
        # a long mechanism phrase may hold the witness word itself ("路口看见有人被车撞")
        before = norm[max(start, m.start - 40):m.end]
        return bool(_WITNESS_WORDS.search(before) and not _WITNESS_VICTIM_ME.search(norm[start:end]))
    return _mark_status(matches, witnessed, "someone_else", _WITNESSED_CODES)


# fold-t109b (blind109 t109e-031): feeling as if about to pass out during the attacks ("feel like im going to pass out")
# is one of the panic symptoms (NHS Panic disorder: feeling faint, a pounding heartbeat); a faint (passed out, collapsed)
# stays a faint and keeps the emergency.
_FAINT_FEELING = re.compile(r"(feel|feeling|felt) like .{0,20}(pass out|faint|black out)|going to pass out")


def _known_panic_pattern(matches: list[Match], norm: str) -> list[Match]:
    current = _current_codes(matches)
    syncope = [m for m in matches if m.code == "syncope" and not m.negated and m.status == "current"]
    faint_feeling = bool(syncope) and all(_FAINT_FEELING.search(m.text) for m in syncope)
    if faint_feeling:
        current = current - {"syncope"}
    if (not (current & {"dyspnea_severe", "impending_doom"} or faint_feeling) or current & _PANIC_KEEPERS or not _PANIC_NAMED.search(norm)
            or not _RECURRING.search(norm) or _ATTACK_NOW.search(norm)
            or any(m.code == "dyspnea_severe" and _BLUE_WORDS.search(m.text) for m in matches)):
        return matches
    features = _PANIC_FEATURES | ({"syncope"} if faint_feeling else set())
    # every such match: the gate above is the whole reason (a named, recurring panic pattern, no attack now, no keeper)
    return _mark_status(matches, _every_match, "historical", features)


# fold-t109b (blind109 t109e-030): "I make myself sick after eating ... Just want it to stop": a bare "want it to stop"
# said after the message named a habit of the writer's own (an eating disorder, drinking, drug use, compulsions) is the
# wish to stop that habit (NHS Eating disorders, Alcohol support, Drug addiction: see a GP for help to stop), as "I just
# want to stop smoking" is. "want it all to stop", "want everything to stop", or any other suicidal phrase in the
# message keeps the suicidal reading.
_HABIT_CODES = frozenset({"eating_disorder", "alcohol_concern", "drug_concern", "ocd"})
_BARE_STOP_IT = re.compile(r"(want|wanted|wanting|wish) it to stop( for good)?")
# despair said beside it keeps the wish to die as a possible reading (NHS Help for suicidal thoughts)
_DESPAIR = re.compile(r"(can'?t|cannot|can not) (go on|cope|take (it|this|any ?more)|carry on|do this)|no way out|had enough|hopeless|"
                      r"give up on (everything|life)|no point|撑不下去|活不下去|没意思")


# misread33a item 4: pills made ready ("I've got the pills ready", "药都准备好了") are a sign of intent only in a message that
# gives a suicidal context (NICE NG225; NHS Help for suicidal thoughts: a plan and the means ready in someone with
# suicidal thoughts). The context is any suicidal reading now (a wish to die, to end it, can't go on, voices telling them
# to die) or words that take the pills as the means: all of them at once, an ending, a goodbye, tonight's the night.
# Alone, or with an ordinary purpose (a trip, an operation), the pills are nothing.
_SUICIDAL_CONTEXT = frozenset({"suicidal", "death_wish", "cant_go_on", "voice_commands_self_harm"})
_MEANS_CONTEXT = re.compile(
    r"(?<![a-z])(take (them|it|the lot|all of them) (all|at once|in one go)|all (of them )?at once|in one go|the (whole )?lot|"
    r"end (it|things|everything|my life|this)|kill (my|him|her)self|(want|wanted|going|gonna|ready) to die|be dead|"
    r"(won'?t|will not|not going to|don'?t think i'?ll) be (here|around|alive)|not (be |being )?(here|around) (tomorrow|anymore|any more)|"
    r"tonight'?s the night|today'?s the day|goodbye (letters?|notes?|messages?|to (everyone|you all|my))|no way out|"
    r"no point (in )?(living|going on|carrying on|anything|any more|anymore)|had enough of (everything|life|it all|living)|"
    r"can'?t (go on|do this any ?more|take (it|this) any ?more|cope any ?more))(?![a-z])"
    # an ending said of oneself or of everything: "等手术结束", "旅游结束" are no context
    r"|全(部)?(吃|吞|喝)(了|掉|下去)?(?!饭|早饭|午饭|晚饭)|一(次|口气|下子)(性)?(全)?(吃|吞)(了|掉|完)|了结|了断|(想|要|打算|准备)(去)?结束|结束(掉)?(自己|这一切|一切|生命)"
    r"|想死|去死|不想活|活不下去|撑不(住|下去)|遗书|诀别")


def _pills_made_ready(matches: list[Match], norm: str) -> list[Match]:
    ready = [m for m in matches if m.code == "pills_made_ready"]
    if not ready:
        return matches
    context = _MEANS_CONTEXT.search(norm) or any(
        m.code in _SUICIDAL_CONTEXT and not m.negated and m.status == "current" for m in matches)
    rest = [m for m in matches if m.code != "pills_made_ready"]
    if not context:
        return rest
    return sorted(rest + [replace(m, code="suicidal") for m in ready if not m.negated], key=lambda m: (m.start, m.end))


def _habit_it(matches: list[Match], norm: str) -> list[Match]:
    suicidal = [m for m in matches if m.code == "suicidal" and not m.negated and m.status == "current"]
    if not suicidal or any(not _BARE_STOP_IT.fullmatch(m.text) for m in suicidal) or _DESPAIR.search(norm):
        return matches
    habits = [m.start for m in matches if m.code in _HABIT_CODES and not m.negated and m.status == "current"]
    if not habits:
        return matches
    return [m for m in matches if not (m in suicidal and min(habits) < m.start)]


# A foot or leg that turns out (or in) as someone walks, with no injury, is a walking pattern: out-toeing and in-toeing
# are common in children, usually a normal variant that resolves on its own (NHS Lothian RefHelp, paediatric
# orthopaedics: out-toeing; NHS Flat feet); a new, one-sided, worsening or painful one is for the GP, not A&E. The
# leg turned out after a fall, shortened, or with a leg that cannot bear weight (fracture_signs), stays the deformity of a broken
# hip or leg (NHS Hip fracture, Broken leg: A&E or 999) (misread28a family 2).
_TURN_ONLY = re.compile(r"往外|往里|向外|向内|外旋|外翻|内翻|外八|内八|turn\w* (out|in)|point\w* (out|in)|rotat\w*")
_SHORTENED = re.compile(r"短|shorter|shortened")
_WALKING = re.compile(r"走路|走起路|走起来|走的时候|走道|步态|走姿|外八字|内八字|(?<![a-z])(walk\w*|gait|toddl\w*)(?![a-z])")
_TURN_KEEPERS = frozenset({"recent_fall", "injury_event", "fracture_signs", "sprain", "major_trauma", "fall_from_height",
                           "open_fracture", "wound", "head_injury"})


def _walking_pattern(matches: list[Match], norm: str) -> list[Match]:
    current = _current_codes(matches)
    if not current & {"deformity", "limb_misshapen"} or current & _TURN_KEEPERS or not _WALKING.search(norm):
        return matches
    turned = [(m.start, m.end) for m in matches if m.code in ("deformity", "limb_misshapen") and not m.negated
              and _TURN_ONLY.search(m.text) and not _SHORTENED.search(m.text)]
    return [m for m in matches if not (m.code in ("deformity", "limb_misshapen", "hip_region") and (m.start, m.end) in turned)]


# NHS Quinsy: a muffled voice ("hot potato" voice) and swelling inside the mouth and throat, usually on one side, with
# tonsillitis; NHS Stroke: slurred speech that comes on suddenly; RCUK / NHS Anaphylaxis: a throat that swells or closes
# suddenly, with an allergen, a rash, a swollen face or lips or hard breathing. In a message about a sore throat:
# - a voice said to be thick or as if the mouth were full ("说话像含着东西", "说话含糊不清", "像含着个热土豆", "mouth full of
#   marbles") is the quinsy voice wherever in the message it is said, unless it came on suddenly or another stroke sign
#   (a drooping face, a weak side, lost balance or sight, confusion) is said with it;
# - a throat said to be swollen ("喉咙肿了", "throat is swollen") is the swollen throat of the infection (quinsy's when
#   one side is named), not the airway closing, unless it came on suddenly, tightens or closes, or comes with an allergy,
#   hives, a swollen face or lips, drooling or any breathing sign (misread28a family 1).
_MUFFLED_VOICE = re.compile(r"含|闷|瓮|热土豆|muffl\w*|mumbl\w*|thick|marbles|cotton wool|hot potato")
_SUDDEN_BEFORE = re.compile("(" + "|".join((*_SUDDEN_ZH, "猛地", *_SUDDEN_EN)) + r")[^。;!?\n]{0,6}$")
_STROKE_COMPANIONS = frozenset({"face_droop", "one_sided_weakness", "limb_weakness", "balance_loss", "vision_loss_sudden",
                                "stroke_suspected", "confusion"})
_SWOLLEN_ONLY = re.compile(r"肿|swell\w*|swollen")
_CLOSING = re.compile(r"紧|堵|闭|掐|窄|越来越|卡|clos\w*|tight\w*|narrow\w*|block\w*|shut\w*|strangl\w*|hands?|lump|tongue|舌")
_ONE_SIDE = re.compile(r"一边|一侧|单侧|左边|右边|左侧|右侧|半边|(?<![a-z])(one|left|right) side")
_AIRWAY_COMPANIONS = frozenset({"allergic_reaction", "anaphylaxis_named", "lip_face_swelling", "hives", "dyspnea", "dyspnea_severe",
                                "stridor_when_upset", "stridor", "drooling_cannot_swallow", "wheeze", "rapid_breathing", "sudden_onset"})


def _sore_throat_voice(matches: list[Match], norm: str) -> list[Match]:
    current = _current_codes(matches)
    if "sore_throat" not in current:
        return matches
    voice = "speech_difficulty" in current and not current & _STROKE_COMPANIONS
    swelling = "throat_tightness" in current and not current & _AIRWAY_COMPANIONS
    out = []
    for m in matches:
        if m.negated or m.status != "current":
            out.append(m)
        elif voice and m.code == "speech_difficulty" and _MUFFLED_VOICE.search(m.text) \
                and not _SUDDEN_BEFORE.search(norm[max(0, m.start - 12):m.start]):
            out.append(replace(m, code="quinsy_signs"))
        elif swelling and m.code == "throat_tightness" and _SWOLLEN_ONLY.search(m.text) and not _CLOSING.search(m.text) \
                and not _SUDDEN_BEFORE.search(norm[max(0, m.start - 12):m.start]):
            a, b = sentence_at(norm, m.start)
            out.append(replace(m, code="quinsy_signs" if _ONE_SIDE.search(norm, a, b) else "sore_throat"))
        else:
            out.append(m)
    return out


# A leg that cannot be moved after a fall or a knock, and hurts or looks out of shape, is the injured limb (fracture_signs: NHS Broken
# leg / Broken arm or wrist, A&E), not the one-sided weakness of a stroke; one-sided weakness with no injury, or with a
# drooping face, slurred speech or a head injury, stays the stroke sign (NICE NG128, BE-FAST) (misread27 family 3).
_CANT_MOVE = re.compile(r"动不了|不能动|不会动|抬不起来|(can'?t|cannot|couldn'?t|unable to|won'?t) (move|lift|raise)")
# A leg (or hip), and since misread28b an arm (shoulder, elbow, wrist, hand): "fell on my outstretched hand, now I can't
# lift my arm, shoulder really hurts" is the injured arm (NHS Broken arm or wrist; NHS Broken collarbone: 111 if you
# cannot use your arm normally after an injury, A&E if the shoulder has changed shape; NHS Dislocated shoulder), not
# the arm weakness of FAST (NHS Stroke), which stays the stroke sign with no injury, or with face droop or speech trouble.
_LIMB_WORDS = re.compile(r"腿|脚|大腿根|髋|胯|胳膊|胳臂|手臂|臂|手|肩|肘|(?<![a-z])(leg|legs|foot|feet|hip|knee|ankle|arms?|shoulders?|"
                         r"elbows?|wrists?|hands?)(?![a-z])")
_LIMB_INJURY = frozenset({"recent_fall", "injury_event", "fracture_signs", "sprain", "major_trauma", "open_fracture", "fall_from_height"})
_LIMB_INJURY_SIGNS = frozenset({"deformity", "limb_misshapen", "fracture_signs", "open_fracture"})
_STROKE_OTHERS = frozenset({"face_droop", "speech_difficulty", "head_injury", "stroke_suspected", "balance_loss", "confusion",
                            "headache", "thunderclap_headache"})
_HIP_PLACE = re.compile(r"大腿根|髋|胯|(?<![a-z])(hip|groin)(?![a-z])")
_PAIN_WORDS = re.compile(r"(?<![a-z])(pain\w*|hurts?|hurting|agony|sore)(?![a-z])|疼|痛")


# misread29a: an ARM (shoulder, elbow) that cannot be lifted or raised right after a fall or a knock is the injured arm
# even when no pain word is said ("摔了一跤，右胳膊抬不起来了", "fell onto my shoulder and now I can't lift my arm"): the
# limb not used after an injury (limb_not_used: NHS Broken arm or wrist, difficulty moving it; NHS Dislocated shoulder;
# NHS Broken collarbone: 111 if you cannot use your arm normally after an injury). A leg still needs the pain or the
# changed shape (a stroke can also make someone fall). And an arm or shoulder that has been stiff, sore or hard to lift
# for two weeks or more (a duration of 14 days or longer in the message, a shoulder or a joint named, nothing sudden) is
# a long-standing shoulder problem, not the sudden weakness of a stroke (NHS Stroke: FAST is sudden; NHS Shoulder pain:
# see a GP if it has not improved after 2 weeks or it is hard to move your arm; NHS Frozen shoulder: see a GP): it
# reads limb_weakness, the reading the zh side already gives "肩膀疼了两个多月，胳膊抬不起来".
_ARM_WORDS = re.compile(r"胳膊|胳臂|手臂|臂|肩|(?<![a-z])(arms?|shoulders?|elbows?)(?![a-z])")
_JOINT_WORDS = re.compile(r"肩|关节|(?<![a-z])(shoulders?|elbows?|joints?|stiff\w*|frozen)(?![a-z])")
_LONG_STANDING_DAYS = 14


def _long_standing_arm(matches: list[Match], norm: str, current: set[str]) -> list[Match] | None:
    if current & (_STROKE_OTHERS | {"sudden_onset", "acute_onset"}) or _SUDDEN_WORDS.search(norm):
        return None
    if not (_JOINT_WORDS.search(norm) or "joint_pain" in current):
        return None
    days = parse_duration_days(norm)
    if days is None or days < _LONG_STANDING_DAYS:
        return None
    arm = [m for m in matches if m.code == "one_sided_weakness" and not m.negated and _CANT_MOVE.search(m.text)
           and _ARM_WORDS.search(m.text)]
    if not arm:
        return None
    return [replace(m, code="limb_weakness") if m in arm else m for m in matches]


def _injured_limb(matches: list[Match], norm: str) -> list[Match]:
    current = _current_codes(matches)
    if "one_sided_weakness" not in current or current & _STROKE_OTHERS:
        return matches
    long_standing = _long_standing_arm(matches, norm, current)
    if long_standing is not None:
        return long_standing
    if not current & _LIMB_INJURY:
        return matches
    if not (_PAIN_WORDS.search(norm) or current & _LIMB_INJURY_SIGNS):
        return [replace(m, code="limb_not_used") if m.code == "one_sided_weakness" and _CANT_MOVE.search(m.text)
                and _ARM_WORDS.search(m.text) else m for m in matches]
    out = [replace(m, code="fracture_signs") if m.code == "one_sided_weakness" and _CANT_MOVE.search(m.text) and _LIMB_WORDS.search(m.text)
           else m for m in matches]
    # the place the phrase names stays read: "右边大腿根疼得动不了" after a fall is the hip (NHS Hip fracture: 999)
    out += [replace(m, code="hip_region") for m in matches
            if m.code == "one_sided_weakness" and _CANT_MOVE.search(m.text) and _HIP_PLACE.search(m.text)]
    return out


# "It passed" words read for one illness only: "缓过来了", "就好了", "back to normal" are the recovery from a seizure only
# in a message about a seizure, and a sugary snack "就好了" the recovery from a low sugar only in a message about blood
# sugar or diabetes; a dizzy spell on standing, a cramp or a toothache that passed is neither (misread27 family 2).
_CONTEXT_NEEDED: dict[str, tuple[frozenset[str], re.Pattern[str] | None]] = {
    "seizure_recovered": (frozenset({"seizure", "usual_seizure", "seizure_long_or_repeated", "epilepsy_condition"}), None),
    "hypo_treated_recovered": (frozenset({"hypoglycaemia", "hypo_not_improving", "diabetes", "diabetes_medicine_hypo_risk"}),
                               re.compile(r"(?<![a-z])(sugars?|glucose|bm|bg|hypo\w*|diabet\w*|insulin)(?![a-z])|血糖|糖尿病|低血糖|胰岛素")),
    # selfcare39: a little bleeding that stops by itself is the blood thinner's minor bleeding (NHS Side effects of
    # warfarin) only in a message about a blood thinner; without one it is the bleed's own advice.
    "anticoag_minor_bleed": (frozenset({"anticoagulant_use"}), None),
    # selfcare39: one extra dose by mistake is paracetamol's (NHS Paracetamol for adults) only in a message naming it
    "paracetamol_extra_by_mistake": (frozenset({"paracetamol_amount", "paracetamol_over_max"}),
                                     re.compile(r"paracetamol|acetaminophen|panadol|calpol|tylenol|对乙酰氨基酚|扑热息痛|泰诺林|必理通|百服宁|醋氨酚")),
}


def _in_context(matches: list[Match], norm: str) -> list[Match]:
    named = {m.code for m in matches if not m.negated}
    # (a sugar reading rechecked inside the phrase, "retested 15 mins later and it was 6.1", is its own context)
    return [m for m in matches
            if m.code not in _CONTEXT_NEEDED
            or (m.code == "hypo_treated_recovered" and re.search(r"[0-9]", m.text))
            or named & _CONTEXT_NEEDED[m.code][0]
            or (_CONTEXT_NEEDED[m.code][1] is not None and _CONTEXT_NEEDED[m.code][1].search(norm))]


# NHS Nosebleed: go to A&E if the nosebleed lasts longer than 10 to 15 minutes, the bleeding seems excessive, you are
# swallowing a large amount of blood, you feel weak or dizzy, or it followed a blow to the head. A heavy nosebleed said
# to have stopped ("it was pouring but it's stopped now", "流了好多血，捏了十分钟止住了") is no bleeding going on now: the
# heavy-bleeding reading is history, unless it started again, lasted 15 minutes or more (heavy_bleeding's own duration
# phrases decide that), or comes with weakness, dizziness or fainting, a head injury, a blood thinner or a lot of blood
# swallowed (misread27 family 5).
_NOSE_WORDS = re.compile(r"(?<![a-z])(nose ?bleeds?|nose|nostrils?)(?![a-z])|鼻")
_BLEED_STOPPED = re.compile(
    r"(?<![a-z])((it|bleeding|blood|nose|he|she|which)('?s| has| had| is| was)?( now| finally| eventually| all)? ?(stopped|settled|dried up|stopped bleeding)"
    r"|stopped (after|within|by itself|on its own|now|when)|(has|have|had) stopped)(?![a-z])"
    r"|(止住|停住|停下来|止血)了?|(不|没再?)(流|出血|冒血)了?|(血)?(就)?停了")
_BLEED_AGAIN = re.compile(r"(?<![a-z])(again|started up|restarted|back)(?![a-z])|又|再次|重新")
# "again" is the bleeding started again only when its clause speaks of the bleeding: a child who "又跑去玩了" / is
# "running around again" after the nosebleed stopped is back to normal, not bleeding again (blind91 t91z-040).
_BLEED_AGAIN_CLAUSE = re.compile(r"(?<![a-z])(bleed\w*|blood\w*|pour\w*|gush\w*|drip\w*|nose\w*|start\w*|restart\w*|came back|come back|coming back|it'?s back)(?![a-z])"
                                 r"|流|血|出|冒|滴|开始|来了")
_NOSEBLEED_KEEPERS = frozenset({"dizziness", "syncope", "head_injury", "anticoagulant_use", "shock_signs", "confusion", "drowsy"})
_SWALLOWED_BLOOD = re.compile(r"swallow\w* (a lot|lots|loads|so much|a load)|(咽|吞)(下去|进去|了)?(很多|好多|不少|大量)?(的)?血|血(往下|往肚子里)(咽|吞)")


# "还没止住", "hasn't stopped", "不停": a stop word denied is the bleeding going on.
_STOP_DENIED = re.compile(r"(还|都|也)?(没|没有|未|不|没能|止不)$|(n'?t|not|never) ?(yet )?$")


def _first_stop(norm: str, start: int, end: int) -> re.Match[str] | None:
    """The first stop word between start and end that is not denied ("还没止住" is not a stop)."""
    for stop in _BLEED_STOPPED.finditer(norm, start, end):
        if not stop.group(0).startswith(("不", "没")) and _STOP_DENIED.search(norm[max(0, stop.start() - 6):stop.start()]):
            continue
        return stop
    return None


def _bleeding_again(norm: str, after: int) -> bool:
    """An 'again' word after the stop that speaks of the bleeding (its clause names the bleeding or a start)."""
    for again in _BLEED_AGAIN.finditer(norm, after):
        a, b = next(((a, b) for a, b in clause_bounds(norm) if a <= again.start() < b), (again.start(), len(norm)))
        a = max(a, after, norm.rfind(",", 0, again.start()) + 1)  # an English clause runs over commas: from the last one
        if _BLEED_AGAIN_CLAUSE.search(norm, a, b):
            return True
    return False


def _sentences_on(norm: str, end: int, count: int) -> int:
    """The end of the `count`-th sentence after the one ending at `end`; a sentence of bare punctuation ("blood
    everywhere!! my son ...": the second "!") is not counted (blind94: the stop was told two sentences on)."""
    while count and end + 1 < len(norm):
        a, b = sentence_at(norm, end + 1)
        end = b
        if norm[a:b].strip(" !?.。！？,，;；~…"):
            count -= 1
    return end


def _stopped_nosebleed(matches: list[Match], norm: str) -> list[Match]:
    # blind95 t95z-045: the same holds for a small cut ("口子不深...当时流了好多血...按了几分钟就止住了"): NHS Cuts and grazes
    # sends a cut to A&E when the bleeding does not stop with pressure; one that stopped is cleaned and covered at home.
    # Only a cut read as minor (small, shallow, or stopped with a few minutes' pressure) is let off this way.
    # blind102 t102e-041: with a graze or small cut, the bare word bleeding said to have stopped ("took the skin off his
    # knee ... bleeding stopped straight away", "擦破了皮，流了点血，马上就止住了") is the same stopped bleeding: NHS Cuts and
    # grazes treats it at home; the stop may be said on the word itself ("bleeding stopped"), so it is looked for from there.
    cut = any(m.code == "minor_cut" and m.status == "current" and not m.negated for m in matches)
    stoppable = {"heavy_bleeding", "bleeding_unspecified"} if cut else {"heavy_bleeding"}
    if not any(m.code in stoppable and m.status == "current" and not m.negated for m in matches) or not (_NOSE_WORDS.search(norm) or cut):
        return matches
    if any(m.code in _NOSEBLEED_KEEPERS and not m.negated and m.status == "current" for m in matches) or _SWALLOWED_BLOOD.search(norm):
        return matches
    out = []
    for m in matches:
        if m.code in stoppable and m.status == "current" and not m.negated:
            a, b = sentence_at(norm, m.start)
            window_end = _sentences_on(norm, b, 2)
            stop = _first_stop(norm, m.end if m.code == "heavy_bleeding" else m.start, window_end)
            nose = bool(_NOSE_WORDS.search(norm, a, window_end))
            if (nose or cut) and stop and not _bleeding_again(norm, stop.end()):
                out.append(replace(m, status="historical"))
                # what is left is a nosebleed that stopped (NHS Nosebleed: treat at home, A&E only for the signs above)
                if nose and not any(n.code == "nosebleed" and n.status == "current" and not n.negated for n in (*matches, *out)):
                    out.append(replace(m, code="nosebleed"))
                continue
        out.append(m)
    return out


# A red or black colour put down to a food eaten ("explained_food") is still the finding when the message also says a pain,
# a fever or a blood thinner (NHS Blood in urine: see a GP for blood in your pee; with pain or a high temperature, or on
# a blood thinner, the colour is not left to the food) (misread27 family 7).
_FOOD_COLOUR_KEEPERS = frozenset({"fever", "chills", "anticoagulant_use", "flank_pain", "abdominal_pain", "back_pain", "urinary_symptoms",
                                  "genital_pain", "pain", "urinary_retention"})


# misread34 item 4: a stated allergy ("I'm allergic to penicillin") is an allergic reaction or exposure only when the message
# also says an exposure or a reaction (NICE CG183: the allergy history is recorded; a reaction follows an exposure): any such
# word anywhere keeps the reading the lexicon gave before this item, so an exposure told in other words stays read.
_ALLERGY_EXPOSURE = re.compile(
    r"(?<![a-z])(?:ate|eaten|eating|eat|had|having|took|taken|taking|take|given|gave|swallowed|stung|sting|bitten|bite|injected|injection|jab|"
    r"started|accidentally|by mistake|exposed|touched|contact|reaction|reacting|react|epi-?pens?|adrenaline|anaphyla\w*|swell\w*|swollen|hives|"
    r"wheal\w*|puff\w*|itch\w*|rash)(?![a-z])"
    r"|吃|打了|打针|用了|用药|喝了|输液|输了|接触|碰了|碰到|蛰|蜇|咬|反应|肾上腺素|不小心|误|肿|风团|疹|痒")


def _stated_allergy(matches: list[Match], norm: str) -> list[Match]:
    if not any(m.code == "stated_allergy" for m in matches) or not _ALLERGY_EXPOSURE.search(norm):
        return matches
    return [replace(m, code="allergic_reaction") if m.code == "stated_allergy" else m for m in matches]


# misread39 item 3: a black stool put down to a food or medicine eaten (NHS Black poo / Vomiting blood: iron, liquorice,
# blueberries, black pudding can darken poo) stays the finding when any other sign of a bleed is said: the signs
# gi_bleeding_on_iron keeps for iron (NHS Vomiting blood, Bleeding from the bottom: blood or coffee grounds in vomit,
# sticky tar-like poo, dizziness or fainting, tummy pain, a blood thinner).
_BLACK_STOOL_KEEPERS = frozenset({"vomit_blood", "rectal_bleeding_heavy", "rectal_bleeding", "stool_tarry", "dizziness", "faint_on_standing",
                                  "syncope", "near_faint_no_loc", "shock_signs", "anticoagulant_use", "abdominal_pain", "vomiting",
                                  "palpitations", "tachycardia"})
# misread39 item 3: signs or words of a reaction; an allergen eaten that is also a food that darkens the stool ("吃了猪血和黑
# 芝麻") is no allergic reaction without one (RCUK 2021: a reaction is the skin, airway, breathing or circulation changes
# that follow an exposure).
_REACTION_SIGNS = frozenset({"hives", "lip_face_swelling", "itching", "rash", "dyspnea", "dyspnea_severe", "wheeze", "stridor", "throat_tightness",
                             "vomiting", "nausea", "abdominal_pain", "diarrhea", "syncope", "dizziness", "shock_signs", "hoarseness", "dysphagia",
                             "confusion", "drowsy", "cough", "tongue_swelling", "anaphylaxis_named", "drooling_cannot_swallow", "eye_swelling"})
_REACTION_WORDS = re.compile(r"allerg|reaction|react|anaphyla|过敏|反应")
_COLOUR_FOOD_ALLERGEN = re.compile(r"黑芝麻|芝麻糊|black sesame")


# misread39 item 6: a child a bit listless after a late night or a short sleep ("昨晚玩太晚了，今天有点蔫，没精打采的", "a bit
# lethargic after a sleepover") is tired, not the lethargy of NICE NG143 (red: no response to social cues, does not wake or
# if roused does not stay awake; green: stays awake or wakes quickly, normal activity). Only the mild words (a bit, 有点,
# 没精打采) and only with nothing else said: "very/特别蔫", floppy, hard to wake, a weak cry or any other finding keep it.
_LATE_NIGHT = re.compile(
    r"(昨晚|昨天晚上|昨天|前一天晚上|晚上)[^。;!?]{0,6}(玩|睡|熬|闹)[^。;!?]{0,4}(太晚|很晚|晚了|到半夜|到[0-9一二三四五六七八九十两]+点)|熬夜|没睡好|没睡够|睡得(太)?(少|晚)|睡太少|睡眠不足|"
    r"(?<![a-z])(late night|stayed up (late|till|until)|went to bed (late|really late|very late)|(didn'?t|did not|hasn'?t|hadn'?t) (sleep|slept) "
    r"(well|much|enough)|not enough sleep|sleepover|up late)(?![a-z])")
_MILD_LISTLESS = re.compile(r"^(有点|有些|一点|稍微|有一点)?(儿)?(蔫|没精打采|无精打采|没(有)?精神|精神(不太好|一般))(的|了)?$"
                            r"|^(a bit |a little |slightly |bit )?(lethargic|listless)$")
_TIRED_CARRIERS = frozenset({"lethargic_child", "fatigue", "child_said", "sleepiness", "tiredness"})


def _tired_after_late_night(matches: list[Match], norm: str) -> list[Match]:
    lethargic = [m for m in matches if m.code == "lethargic_child" and not m.negated and m.status == "current"]
    if not lethargic or not _LATE_NIGHT.search(norm):
        return matches
    if not all(_MILD_LISTLESS.search(re.sub(r"\s+", "", m.text) if not re.search(r"[a-z]", m.text) else m.text.strip()) or
               re.search(r"(有点|有些|一点)(儿)?" + re.escape(m.text), norm) for m in lethargic):
        return matches
    if any(not m.negated and m.status == "current" and m.code not in _TIRED_CARRIERS for m in matches):
        return matches
    return [replace(m, code="fatigue") if m.code == "lethargic_child" and not m.negated else m for m in matches]


# misread39 item 8: "not eating" / "不吃东西" / "不肯吃饭" is an infant's poor feeding (NICE NG143 reads poor feeding in
# infants) only when the message names a baby or young child; said of anyone else ("my husband is not eating", "我爸不吃东西")
# it is an adult off their food (adult_not_eating, 内科). Feeding words (feeds, bottle, breast, milk, 吃奶, 奶) stay the baby's.
_BABY_OR_CHILD = re.compile(
    r"(?<![a-z])(baby|babies|newborn|infant|toddler|child|kid|little one|son|daughter|boy|girl|grandson|granddaughter|grandchild|nephew|niece|"
    r"\d+ ?(mo|mos|m|yo|y/o)(?![a-z])|\d+ ?(months?|wks?|weeks?|days?|yrs?|years?)[- ]old)(?![a-z])|宝宝|婴儿|新生儿|孩子|小孩|儿子|女儿|闺女|娃|孙子|孙女|外孙|侄子|侄女|月龄|"
    r"[0-9一二三四五六七八九十两半]+(个月|周|天)大|[0-9一二三四五六七八九十两半]+岁|满月")
_ADULT_SUBJECT = re.compile(
    r"(?<![a-z])(husband|hubby|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|mam|grandma|grandpa|granny|grandad|granddad|nan|nana|"
    r"grandmother|grandfather|gran|uncle|aunt|auntie|neighbou?r|flatmate|i|i'?m|i'?ve|myself|elderly|old man|old lady)(?![a-z])"
    r"|老公|老婆|丈夫|妻子|爱人|老伴|爸|妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|公公|婆婆|老人|老头|老太|我(?!家)|自己")
_FEEDING_WORDS = re.compile(r"feed|(?<![a-z])fed(?![a-z])|bottle|breast|milk|formula|奶")


def _adult_off_food(matches: list[Match], norm: str) -> list[Match]:
    if not any(m.code == "infant_poor_feeding" for m in matches):
        return matches
    child = _BABY_OR_CHILD.search(norm)
    if child or not _ADULT_SUBJECT.search(norm):
        return matches
    return [replace(m, code="adult_not_eating") if m.code == "infant_poor_feeding" and not _FEEDING_WORDS.search(m.text) else m
            for m in matches]


# misread39 item 9: a late period read as a possible pregnancy ("例假推迟了", "my period is late") is denied by a negative
# pregnancy test said in the message ("但验孕是阴性", "测了一条杠", "the pregnancy test was negative"); so is the word
# "pregnancy" of "pregnancy test" then. A pregnancy said outright ("I'm 8 weeks pregnant", 怀孕6周) is kept.
_NEGATIVE_TEST = re.compile(
    r"(验孕|测孕|早孕|试纸|验孕棒|验孕纸|测了|查了|测过|查过|验了|hcg|血hcg|b超)[^。;!?]{0,8}(阴性|一(条|道)杠|单杠|没(有)?怀)|(?<!是不是)(?<!会不会)(?<!有没有)(没|没有)怀孕|(?<!是)不是怀孕|排除(了)?怀孕"
    r"|(?<![a-z])tests?(?![a-z])[a-z ,']{0,30}(was|is|came back|came out|showed|shows|said) (negative|neg|not pregnant)(?![a-z])"
    r"|(?<![a-z])(pregnancy |preg |hpt )?tests? (was |were |is |are |came back |came up |showed |shows |said |all |both |still |just )*(negative|neg|not pregnant)(?![a-z])"
    r"|(?<![a-z])negative (pregnancy |preg )?tests?(?![a-z])|(?<![a-z])(i'?m|im|i am|she'?s|she is) not pregnant(?![a-z])|(?<![a-z])bfn(?![a-z])")
_LATE_PERIOD_OR_TEST = re.compile(r"推迟|晚了|没来|不来|迟了|late|missed|overdue|hasn'?t (come|started)|pregnancy test|preg test")


def _negative_pregnancy_test(matches: list[Match], norm: str) -> list[Match]:
    if not any(m.code == "pregnancy" for m in matches) or not _NEGATIVE_TEST.search(norm):
        return matches
    def is_late_or_test(m: Match) -> bool:
        return bool(_LATE_PERIOD_OR_TEST.search(m.text) or re.match(r"\s*tests?", norm[m.end:]))
    return [m for m in matches if not (m.code == "pregnancy" and is_late_or_test(m))]


def _food_colour(matches: list[Match], norm: str = "") -> list[Match]:
    current = _current_codes(matches)
    # a second colour finding put down to the same food (black stool and coffee-ground vomit after 猪血) is still a second
    # sign of a bleed beside the first
    colours = [m for m in matches if not m.negated and m.status in ("explained", "explained_food") and m.code in ("melena", "vomit_blood", "rectal_bleeding_heavy")]
    if len({m.code for m in colours}) > 1:
        current |= {m.code for m in colours}
    out = []
    for m in matches:
        if m.status == "explained_food":
            keepers = _BLACK_STOOL_KEEPERS if m.code == "melena" else _FOOD_COLOUR_KEEPERS
            m = replace(m, status="current" if (current - {m.code}) & keepers else "explained_food")
        out.append(m)
    if not current & _REACTION_SIGNS and not _REACTION_WORDS.search(norm):
        out = [m for m in out if not (m.code == "allergic_reaction" and _COLOUR_FOOD_ALLERGEN.search(m.text))]
    # the explained colour is still what the message is about: red pee from a red food (self-care advice)
    out += [replace(m, code="red_urine_from_food", status="current") for m in out if m.status == "explained_food" and m.code == "hematuria"][:1]
    return [replace(m, status="explained") if m.status == "explained_food" else m for m in out]


_MODIFIERS: list[tuple[Knowledge, frozenset[str]]] = []


def _modifier_codes(kb: Knowledge) -> frozenset[str]:
    """The modifier codes of `kb` (read once per knowledge object: load_knowledge's is read once per process)."""
    for known, codes in _MODIFIERS:
        if known is kb:
            return codes
    codes = frozenset(c for c in kb.symptoms if kb.symptoms[c].modifier)
    _MODIFIERS[:] = [(kb, codes)]
    return codes


def extract_findings(text: str) -> Findings:
    """Find symptoms (negation-aware), severity, infant age and pregnancy in `text`."""
    kb = load_knowledge()
    matches = symptom_matches(text)
    present, absent = summarize(matches)
    modifiers = _modifier_codes(kb)
    pregnant = True if "pregnancy" in present else (False if "pregnancy" in absent else None)
    gestation = parse_gestation_weeks(text)
    if pregnant is None and gestation is not None:
        # a gestation is only read beside a pregnancy word or in the maternity notes' own form
        # ("34 weeks. ... my midwife", "I'm 33+2"): the writer is pregnant
        pregnant = True
    severity = parse_severity(text) if present - modifiers else None
    return Findings(
        present=sorted(present - modifiers),
        absent=sorted(absent - modifiers),
        severity=severity,
        severity_codes=_severity_codes(text, matches, present - modifiers, kb) if severity is not None else None,
        age_months=None if _nursing_mothers_own_fever(normalised(text)) else parse_infant_age_months(text),
        age_years=parse_age_years(text),
        pregnant=pregnant,
        gestation_weeks=gestation,
        patient_infant_months=None if present & _MOTHER_CONTEXT or _MOTHER_FEEDING.search(normalised(text))
        else parse_patient_infant_age_months(text),
        patient_child_years=parse_patient_child_age_years(text),
        writer_ill_too=bool(_WRITER_ILL_TOO.search(normalised(text))),
        postpartum_days=parse_postpartum_days(text),
    )


# misread34 item 1: the writer's own age or own illness said beside the child's ("I'm 35, my 3 year old has a cold and now I
# have one too", "我也咳嗽"): who the patient is stays open, so the child's age raises the urgency but does not route alone
_WRITER_ILL_TOO = re.compile(
    r"(?<![a-z])(?:i(?:'ve| have)? (?:got |caught )?(?:one|it|the same|them|that)(?: as well| too)|me too|so (?:do|have) i|i'?m (?:also|ill|sick|poorly) too"
    r"|i'?m \d{2}(?![a-z0-9])|i am \d{2}(?![a-z0-9])|i have (?:a|the same) [a-z ]{0,20}(?:too|as well))"
    r"|我也|我自己也|我(?:今年)?\d{2}(?:岁|了)")


# misread33a item 1: a baby named beside the mother's own problem (after the birth, breastfeeding, her breasts, in
# pregnancy) is not the patient: "breastfeeding my 3 week old, hot red patch on my breast" keeps the writer's age.
_MOTHER_CONTEXT = frozenset({"postnatal", "early_postnatal", "pregnancy", "breast_symptoms", "sore_nipples", "breast_engorgement",
                             "baby_blues", "afterpains", "lochia_settling", "offensive_lochia", "perineal_stitches"})
_MOTHER_FEEDING = re.compile(r"(?<![a-z])((i'?m|i am|im|i'?ve been|ive been|still|currently) (breast-?feeding|nursing|pumping)|breast-?feeding (my|her|his|our))(?![a-z])"
                             r"|我(在|还在|一直|正在|也在)?(喂奶|喂母乳|母乳喂养|哺乳)|(还|一直|正|也)在(喂奶|喂母乳|哺乳)|哺乳期")


# blind5-41 (paraphrases_blind_dev infant_fever near misses): a nursing mother's own fever, her baby said to be well ("I have a
# temperature of 38 and I'm breastfeeding my 5 week old, baby is fine", "我自己发烧38度，在给五周的宝宝喂奶，宝宝没事"): the
# baby's age is not the patient's, so the fever is not read at 5 weeks (NICE NG143 grades a baby's own fever by age). All
# three are needed: the feeding, the fever said in the first person, and the baby said well; a baby's own fever said
# beside the feeding ("breastfeeding my 5 week old, she has a temperature of 38") keeps the baby's age.
_WRITER_FEVER = re.compile(r"(?<![a-z])(?:i(?:'ve| have)?(?: got| had)?|i'?m(?: running)?|i am(?: running)?|my own|my) (?:a )?(?:high |slight |bit of a )?"
                           r"(?:temperature|temp|fever)(?![a-z])|我(?:自己)?(?:也)?(?:有点|有些)?(?:发烧|发热|烧到|体温)")
_BABY_WELL = re.compile(r"(?<![a-z])(?:the |my )?(?:baby|little one|he|she)(?:'s| is| seems| seems to be| has been)(?: absolutely| perfectly| totally)? "
                        r"(?:fine|well|ok|okay|happy|all good|feeding (?:fine|well|normally))(?![a-z])"
                        r"|(?:宝宝|孩子|宝贝|娃|小孩)(?:都|倒是|倒|还|一切|目前)?(?:没事|挺好|好好的|很好|正常|没什么事|没啥事|没有事)")


def _nursing_mothers_own_fever(norm: str) -> bool:
    feeding = _MOTHER_FEEDING.search(norm) or re.search(r"(?:在|正在|还在)给[^，,。;!?]{0,8}(?:喂奶|喂母乳|哺乳)", norm)
    return bool(feeding and _WRITER_FEVER.search(norm) and _BABY_WELL.search(norm))


def _severity_codes(text: str, matches: list[Match], present: set[str], kb: Knowledge) -> list[str] | None:
    """The findings a severity belongs to: those of the sentences that say it. A severity sentence with no finding
    of its own (weight 0 context aside: "It's 9/10", "it came on suddenly and it's agony") is said of the whole
    message (None), as is a severity no single sentence says."""
    norm = normalised(text)
    sentences: dict[tuple[int, int], set[str]] = {}
    for m in matches:
        if m.code in present and not m.negated and kb.symptoms[m.code].weight > 0:
            sentences.setdefault(sentence_at(norm, m.start), set()).add(m.code)
    codes: set[str] = set()
    for a, b in sentence_bounds(norm):
        if parse_severity(norm[a:b]) is None:
            continue
        own = {c for (s, e), cs in sentences.items() if s < b and e > a for c in cs}
        if not own:
            return None
        codes |= own
    return sorted(codes) if codes else None


def condition_applies(cond: Condition, present: set[str], facts: PatientFacts, kb: Knowledge | None = None) -> bool:
    """A rule's condition (`when`) holds for these findings (already read for the patient's age) and facts."""
    # misread39 item 4: a pregnancy known (said or given) is the `pregnancy` finding for an unless_all_of group too: the
    # lexicon's pregnancy code becomes a fact, not a present finding. chat43 (chat bank 6 c6e-033): and for none_of
    # (vomiting_over_2_days leaves sickness in pregnancy to its own page, NHS Vomiting and morning sickness, also when the
    # pregnancy is the answer to the chat's pregnancy question)
    unless = present | {"pregnancy"} if facts.pregnant else present
    if any(not present.intersection(group) for group in cond.all_of) or unless.intersection(cond.none_of):
        return False
    if cond.unless_all_of and all(unless.intersection(group) for group in cond.unless_all_of):
        return False
    if cond.min_severity is not None and facts.severity_codes is not None and cond.all_of:
        # a severity belongs to the symptom of its own sentence: a rule about a symptom site needs the severity said
        # of one of its findings (rules on context alone, such as a sudden onset, keep the message's severity)
        kb = kb or load_knowledge()
        named = {c for group in cond.all_of for c in present.intersection(group) if kb.symptoms[c].weight > 0}
        if named and not named.intersection(facts.severity_codes):
            return False
    if not fits_patient(cond, facts):
        return False
    checks = (
        (cond.min_severity, facts.severity, lambda lim, v: v >= lim),
        (cond.min_duration_days, facts.duration_days, lambda lim, v: v >= lim),
    )
    for limit, value, ok in checks:
        if limit is not None and (value is None or not ok(limit, value)):
            return False
    if cond.max_duration_days is not None and facts.duration_days is not None and facts.duration_days > cond.max_duration_days:
        return False
    if cond.min_gestation_weeks is not None and facts.gestation_weeks is not None \
            and facts.gestation_weeks < cond.min_gestation_weeks:
        return False
    if cond.max_gestation_weeks is not None and facts.gestation_weeks is not None \
            and facts.gestation_weeks >= cond.max_gestation_weeks:
        return False
    return not (cond.pregnant is not None and bool(facts.pregnant) != cond.pregnant)


def fits_patient(cond: Condition, facts: PatientFacts) -> bool:
    """The condition's age and sex limits hold for this patient; an unknown age or sex fails a limit."""
    checks = (
        (cond.min_age_years, facts.age_years, lambda lim, v: v >= lim),
        (cond.max_age_years, facts.age_years, lambda lim, v: v < lim),
        (cond.max_age_months, facts.months, lambda lim, v: v < lim),
    )
    if any(limit is not None and (value is None or not ok(limit, value)) for limit, value, ok in checks):
        return False
    if cond.age_not_given and (facts.age_years is not None or facts.months is not None):
        return False
    return cond.sex is None or facts.sex == cond.sex


def _hit(rule_id: str, name_en: str, name_zh: str, urgency: Urgency, sources: Iterable[str],
         nhs_pages: Iterable[str] = ()) -> RuleHit:
    return RuleHit(id=rule_id, en=name_en, zh=name_zh, urgency=urgency, sources=list(sources), nhs_pages=list(nhs_pages))


def read_for_age(present: Iterable[str], facts: PatientFacts, kb: Knowledge | None = None) -> set[str]:
    """The findings as the rules read them for this patient's age: a child's sign with an `adult_reading` in
    symptoms.yaml, in a patient known to be old enough, is that reading instead ("发烧，全身软绵绵的" from a 35-year-old
    is a fever with weakness all over, not a floppy child; NICE NG51 and NHS Sepsis give floppiness as a sign in
    babies and young children only). An unknown age keeps the child's reading."""
    kb = kb or load_knowledge()
    codes = set(present)
    age = facts.months / 12 if facts.months is not None else None
    # misread39 item 6: a sign said of a child the message names ("小孩特别蔫", "my son is floppy") is the child's sign, not
    # the adult reading of the person whose age was given (a parent writing)
    if age is None or "child_said" in codes:
        return codes
    for code in list(codes):
        adult = kb.symptoms[code].adult_reading if code in kb.symptoms else None
        if adult is not None and age >= adult.min_age_years:
            codes.discard(code)
            codes.add(adult.code)
    return codes


def screen_red_flags(present: Iterable[str], facts: PatientFacts, kb: Knowledge | None = None) -> list[RuleHit]:
    """Every red-flag rule that fires, most urgent first."""
    kb = kb or load_knowledge()
    codes = read_for_age(present, facts, kb)
    hits = [
        _hit(r.id, r.name.en, r.name.zh, r.urgency, r.sources, r.nhs_pages)
        for r in kb.red_flags
        # the first test of condition_applies (a group of all_of with no code present) made here saves the call
        if not (r.when.all_of and codes.isdisjoint(r.when.all_of[0])) and condition_applies(r.when, codes, facts, kb)
    ]
    for other in (as_text_baby(facts), as_text_child(facts)):
        if other is not None:
            # a red flag the baby's or child's age in the text raises (infant_fever) is screened too; none is taken away
            seen = {h.id for h in hits}
            hits += [h for h in screen_red_flags(present, other, kb) if h.id not in seen]
    return sorted(hits, key=lambda h: -rank(h.urgency))


def _own_codes(codes: Iterable[str] | None) -> frozenset[str] | None:
    return frozenset(codes) if codes is not None else None


def patient_facts(patient: Mapping[str, Any], record: Mapping[str, Any] | None = None,
                  found: Findings | None = None) -> PatientFacts:
    """What the rules know about the patient: stated facts first, else what this message says."""
    found, record = found or Findings(), record or {}

    def pick(key: str, fallback: Any) -> Any:
        value = patient.get(key)
        return fallback if value is None else value

    years, months = pick("age_years", found.age_years), pick("age_months", found.age_months)
    # A stated age of a year or more and an infant's age in months cannot both be the patient's:
    # a baby's age in the text ("生完孩子一个多月" from a breastfeeding mother) is someone else's.
    stated = patient.get("age_years")
    if stated is not None and stated >= 1 and months is not None and months < 12:
        months = None
    # misread33a item 1: a baby's age the text plainly gives its patient, against a stated age of a year or more (a parent
    # typing their own age): kept beside the stated facts for `as_text_baby`
    baby = pick("patient_infant_months", found.patient_infant_months)
    text_baby = baby if stated is not None and stated >= 1 and baby is not None and baby < 12 else None
    # misread34 item 1: a child's age in years the text gives its patient, against an adult's stated age (18 or more)
    child = pick("patient_child_years", found.patient_child_years)
    text_child = child if text_baby is None and stated is not None and stated >= 18 and child is not None and child < 16 else None
    return PatientFacts(
        age_years=years, age_months=months,
        sex=patient.get("sex"), pregnant=pick("pregnant", found.pregnant),
        severity=found.severity if found.severity is not None else record.get("severity"),
        duration_days=record.get("duration_days"), gestation_weeks=pick("gestation_weeks", found.gestation_weeks),
        severity_codes=_own_codes(found.severity_codes if found.severity is not None else record.get("severity_codes")),
        text_infant_months=text_baby,
        text_child_years=text_child,
        text_child_routes=text_child is not None and not pick("writer_ill_too", found.writer_ill_too),
        postpartum_days=record.get("postpartum_days") if record.get("postpartum_days") is not None else found.postpartum_days,
    )


def as_text_baby(facts: PatientFacts) -> PatientFacts | None:
    """The facts with the baby's age the text gives its patient in place of the stated age, or None when there is none.

    NICE NG143's traffic lights grade a fever by the baby's age (under 3 months with 38C or more is red): "my 5 day old
    has a temperature of 38.2" typed with the parent's age must be read at 5 days. The stated age stays the patient's
    for everything else; the rules take the baby's reading only where it is more urgent (decide_urgency, triage)."""
    months = facts.text_infant_months
    if months is None:
        return None
    return replace(facts, age_years=round(months / 12, 2), age_months=months, text_infant_months=None)


def as_text_child(facts: PatientFacts) -> PatientFacts | None:
    """The facts with the child's age in years the text gives its patient in place of the stated age, or None.

    NICE NG143 (fever in under 5s: a fever lasting 5 days or longer is amber, and Kawasaki disease is to be thought of in
    every child with it) and the children's rules are read at the child's age; as for a baby, the child's reading is
    taken only where it is more urgent, or on a tie when the message is plainly about the child (deciding_facts)."""
    years = facts.text_child_years
    if years is None:
        return None
    return replace(facts, age_years=years, age_months=None, text_child_years=None, text_child_routes=False)


def screen_message(text: str, prior_present: Iterable[str], patient: Mapping[str, Any],
                   record: Mapping[str, Any] | None, known_flag_ids: Iterable[str]
                   ) -> tuple[Findings, list[dict[str, Any]], list[dict[str, Any]]]:
    """The red-flag screen for one new message: (its findings, all flags now, flags not seen before)."""
    found = extract_findings(text)
    present = set(prior_present) | set(found.present)
    facts = patient_facts(patient, record, found)
    flags = [h.model_dump(include={"id", "en", "zh", "urgency"}) for h in screen_red_flags(present, facts)]
    known = set(known_flag_ids)
    return found, flags, [f for f in flags if f["id"] not in known]


def rank(urgency: str) -> int:
    """Position of `urgency` on the five-level scale (self_care = 0)."""
    return URGENCY_ORDER.index(urgency)  # type: ignore[arg-type]


def raise_urgency(rule_level: Urgency, suggested: str | None) -> Urgency:
    """A model may raise the rules' urgency, never lower it; unknown suggestions are ignored."""
    if suggested in URGENCY_ORDER and rank(suggested) > rank(rule_level):
        return suggested  # type: ignore[return-value]
    return rule_level




def _self_care_ok(present: set[str], facts: PatientFacts, kb: Knowledge) -> list[RuleHit]:
    """Self-care groups covering every present finding, or [] if any group's limit fails.

    Greedy cover, preferring the group that explains most findings; on a tie, advice for a context the message
    names (requires_any) whose age band the patient is in, then any such context group, then the narrower group
    ("headache" alone is a simple headache, not a cold), so the tighter duration limit of the more specific advice
    applies.
    """
    covering: list[RuleHit] = []
    # A stated age in months ("10-month-old") is more precise than the integer years.
    age = facts.months / 12 if facts.months is not None else None

    def fits_age(g: SelfCareGroup) -> bool:
        return not ((g.min_age_years is not None and (age is None or age < g.min_age_years))
                    or (g.max_age_years is not None and age is not None and age > g.max_age_years))

    # Weight-0 codes are context ("suddenly"), not symptoms: they never need covering.
    remaining = {c for c in present if kb.symptoms[c].weight > 0}
    # A reassuring reading ("plenty of wet nappies", "BP 126/79") is advice of its own when it is all there is; beside a
    # symptom it needs no covering, so the symptom's own group decides ("a cold, plenty of wet nappies" is a cold).
    reassuring = {c for c in remaining if kb.symptoms[c].reassuring}
    if remaining - reassuring:
        remaining -= reassuring
    while remaining:
        # Advice only for pregnancy (morning sickness) explains nothing for someone not pregnant: it is
        # not a candidate, so "headache and nausea" is weighed by the groups that can apply.
        candidates = [g for g in kb.self_care if remaining.intersection(g.codes)
                      and (not g.requires_any or present.intersection(g.requires_any))
                      and (not g.only_pregnant or facts.pregnant)]
        if not candidates:
            return []
        # On a tie, a group whose context the message names (requires_any: "home from hospital with pneumonia") is the
        # advice meant for it (tiredness after pneumonia is not a simple headache's tiredness), and of those the one whose
        # age band the patient is in (a baby's jabs are the babies' after-vaccination advice, not the adults'). Only
        # context groups are reordered by age: the chosen group's limits still hold, so fatigue alone in a child is not
        # turned into a cold by skipping the groups whose age limits refuse it.
        # A group another finding rules out (not_with) loses a tie to one that can apply: "whacked my head, didn't pass
        # out, bit of a headache" is the head bump's and a simple headache's advice, not the near-faint group's (which a
        # head injury rules out); every finding still needs a group of its own whose limits hold.
        group = max(candidates, key=lambda g: (len(remaining.intersection(g.codes)), not present.intersection(g.not_with),
                                               bool(g.requires_any) and fits_age(g), bool(g.requires_any), -len(g.codes)))
        limit = min([group.max_duration_days] + [group.code_max_days[c] for c in remaining if c in group.code_max_days])
        too_long = facts.duration_days is not None and facts.duration_days > limit
        # misread39 item 7: advice for the postnatal weeks (baby blues, lochia settling, healing stitches) holds only as long
        # after the birth as its limit: the time since the birth is read apart from the symptom's duration
        if facts.postpartum_days is not None and {"postnatal", "early_postnatal"} & set(group.codes):
            too_long = too_long or facts.postpartum_days > limit
        wrong_age = not fits_age(group)
        ruled_out = bool(present.intersection(group.not_with)) or (group.only_pregnant and not facts.pregnant)
        ruled_out = ruled_out or (group.sex is not None and facts.sex != group.sex)
        if too_long or wrong_age or ruled_out or (group.not_pregnant and facts.pregnant):
            return []
        covering.append(_hit(group.id, group.name.en, group.name.zh, "self_care", group.sources, group.nhs_pages))
        remaining -= set(group.codes)
    return covering


def decide_urgency(present: Iterable[str], facts: PatientFacts, kb: Knowledge | None = None) -> tuple[Urgency, list[RuleHit], list[RuleHit]]:
    """Return (urgency, red flags, reasons): red flags first, then urgent rules, self-care, routine."""
    kb = kb or load_knowledge()
    return _decide(present, deciding_facts(present, facts, kb), kb)


def deciding_facts(present: Iterable[str], facts: PatientFacts, kb: Knowledge | None = None) -> PatientFacts:
    """The facts the decision is made on: the stated ones, or the baby's reading (as_text_baby) when it is more urgent."""
    baby = as_text_baby(facts)
    child = as_text_child(facts)
    if baby is None and child is None:
        return facts
    kb = kb or load_knowledge()
    present = list(present)
    stated = replace(facts, text_infant_months=None, text_child_years=None, text_child_routes=False)
    if baby is not None:
        return baby if rank(_decide(present, baby, kb)[0]) > rank(_decide(present, stated, kb)[0]) else stated
    assert child is not None
    child_rank, stated_rank = rank(_decide(present, child, kb)[0]), rank(_decide(present, stated, kb)[0])
    # the child's reading when it is more urgent; on a tie, when the message is about the child alone (its department)
    return child if child_rank > stated_rank or (child_rank == stated_rank and facts.text_child_routes) else stated


def _decide(present: Iterable[str], facts: PatientFacts, kb: Knowledge) -> tuple[Urgency, list[RuleHit], list[RuleHit]]:
    codes = read_for_age(present, facts, kb)
    flags = screen_red_flags(codes, facts, kb)
    if flags:
        return flags[0].urgency, flags, flags
    urgent = [
        _hit(r.id, r.name.en, r.name.zh, "urgent", r.sources, r.nhs_pages) for r in kb.urgent if condition_applies(r.when, codes, facts, kb)
    ]
    if urgent:
        return "urgent", [], urgent
    self_care = _self_care_ok(codes, facts, kb)
    if self_care:
        return "self_care", [], self_care
    return "routine", [], [NO_RULE if codes else NOTHING_RECOGNISED]


def _dept(code: str, kb: Knowledge) -> DepartmentOut:
    d = kb.departments.departments[code]
    g = kb.departments.departments[d.group]
    return DepartmentOut(code=code, en=d.en, zh=d.zh, group_en=g.en, group_zh=g.zh)


# fold-t140 (blind141 t141z-021: 停经快7周，验孕棒两道杠 ... 右下腹隐隐作痛，内裤上有点咖啡色分泌物): a one-sided tummy pain
# in pregnancy with bleeding or a brown discharge is the picture of an ectopic pregnancy (NHS Ectopic pregnancy: pain low
# down on one side with vaginal bleeding or a brown watery discharge; NICE NG126: early pregnancy assessment service), the
# maternity team's and not the surgeons', though the pain alone (an appendix in pregnancy) stays with surgery.
_PREGNANCY_BLEED_CODES = frozenset({"vaginal_bleeding", "bleeding_unspecified", "discharge_warning_sign"})


def route_department(present: Iterable[str], facts: PatientFacts, urgency: Urgency,
                     kb: Knowledge | None = None) -> tuple[DepartmentOut, DepartmentOut | None]:
    """(department to go to now, likely specialty) from symptom weights, age, sex and urgency."""
    kb = kb or load_knowledge()
    cfg = kb.departments
    present = read_for_age(present, facts, kb)
    scores: dict[str, int] = {}
    # the codes that weigh in routing; context read beside them (weight 0: a child named, a rope made ready) does not
    scored = {c for c in present if kb.symptoms[c].weight > 0}
    for code in present:
        sym = kb.symptoms[code]
        if not sym.modifier and sym.weight > 0:
            scores[sym.dept] = scores.get(sym.dept, 0) + sym.weight
    if not scores and not facts.pregnant:
        # No symptom read: a long-term condition or treatment named (a question about it, its medicine or its
        # appliance) goes to the specialty the condition belongs to (departments.yaml condition_codes). In pregnancy
        # the question is the maternity team's first, as every pregnancy question with no symptom is (below).
        # An injury said with no symptom that points anywhere (a knock, a trapped finger: departments.yaml
        # injury_codes) goes to the department of the injury, as every injury does (house convention: 外科).
        for code in set(present).intersection([*cfg.condition_codes, *cfg.injury_codes]):
            dept = kb.symptoms[code].dept
            scores[dept] = scores.get(dept, 0) + 1
    specialty: str | None = None
    if scores:
        # Ties go to the more specific (sub-)department, then to the lower code, so the
        # result does not depend on the order findings were typed in.
        specialty = max(scores, key=lambda c: (scores[c], "." in c, -float(c.replace(".", "")) if c[0].isdigit() else 0))
        if specialty == cfg.emergency:
            specialty = None
    # A combination the house routes as one illness (departments.yaml combination_routes: a kidney infection is
    # internal medicine's, though each of its findings alone points to urology) wins over the single weights.
    for route in cfg.combination_routes:
        if scores and all(set(present).intersection(group) for group in route.all_of) and not set(present).intersection(route.none_of):
            specialty = route.dept
            break
    if specialty is not None:
        group = cfg.departments[specialty].group
        age = facts.age_years
        if age is not None and age < cfg.paediatric_max_age and group not in cfg.child_keeps:
            surgical = group in cfg.child_surgical_groups and set(present).intersection(cfg.child_surgical_codes)
            if surgical:
                specialty = cfg.paediatric_surgery
            elif not any(cfg.departments[kb.symptoms[c].dept].group == group for c in set(present).intersection(cfg.child_injury_keeps)):
                specialty = cfg.paediatrics
        elif facts.pregnant and (group == "03" or specialty == "05.01"
                                 or specialty == "04.04"
                                 # a skin finding in pregnancy is the maternity team's, but a melasma alone stays 皮肤科
                                 # (departments.yaml pregnancy_skin_keeps: NHS Melasma)
                                 or (specialty == "13" and not (set(cfg.pregnancy_skin_keeps) >= scored > set()))
                                 or (specialty in ("04.03", "04.01") and (not set(present).intersection(cfg.child_surgical_codes)
                                                                          or set(present).intersection(_PREGNANCY_BLEED_CODES)))
                                 or (specialty == "03.03" and set(present).intersection(cfg.pregnancy_headache_codes))
                                 or (specialty == "15" and set(cfg.pregnancy_sleep_codes) >= scored > set())):
            # A medical problem in pregnancy (any 内科 subspecialty: a raised blood pressure, flu, numb fingers, a cough) is
            # the maternity team's first (blind104: NICE NG133, hypertension in pregnancy is assessed in secondary maternity
            # care; NHS Flu, pregnancy: urgent GP or 111; 8 of the 11 such pregnancy vignettes in bench/ outside the
            # emergencies say 妇产科 and none 内科: two nosebleeds say 耳鼻咽喉科, a pregnancy worry 精神科). Urine symptoms and back pain without an injury are pregnancy problems first (NICE NG109:
            # UTI in pregnancy; NHS Back pain in pregnancy): 产科 sees them. So are itching (NHS Intrahepatic
            # cholestasis of pregnancy), a rash and a swollen leg (RCOG GTG37a: a DVT in pregnancy is managed with
            # the maternity team); an injury or an acute abdomen stays with surgery. A headache in pregnancy is the
            # maternity team's too (departments.yaml pregnancy_headache_codes: NICE NG133, pre-eclampsia), and so is
            # trouble sleeping with nothing else read (pregnancy_sleep_codes: NHS Sleep problems in pregnancy).
            specialty = cfg.obstetrics
        elif specialty == "13" and {"postnatal", "early_postnatal"} & set(present) and set(present) & set(cfg.postnatal_wound_codes):
            # an infected caesarean or perineal wound after the birth is the maternity team's (NICE NG194 1.2: wound infection)
            specialty = cfg.obstetrics
    if specialty is None and facts.pregnant:
        specialty = cfg.obstetrics  # a pregnancy question with no symptom goes to 产科
    elif specialty is None and facts.months is not None and facts.months < cfg.paediatric_max_age * 12:
        # house rule: a child's problem with no symptom read (a rash named in other words, a late talker,
        # one testicle felt) goes to 儿科 first, as a child's medical problem does
        specialty = cfg.paediatrics
    spec_out = _dept(specialty, kb) if specialty else None
    if rank(urgency) >= rank("emergency"):
        return _dept(cfg.emergency, kb), spec_out
    if spec_out is None:
        u = cfg.unknown
        return DepartmentOut(code=u["code"], en=u["en"], zh=u["zh"], group_en=u["en"], group_zh=u["zh"]), None
    return spec_out, spec_out


def triage(findings: Findings, facts: PatientFacts, kb: Knowledge | None = None) -> TriageDecision:
    """Run the whole deterministic decision for one set of findings."""
    kb = kb or load_knowledge()
    facts = deciding_facts(findings.present, facts, kb)
    urgency, flags, reasons = decide_urgency(findings.present, facts, kb)
    dept, specialty = route_department(findings.present, facts, urgency, kb)
    cited = dict.fromkeys(s for hit in reasons for s in hit.sources)
    cited.update(dict.fromkeys(kb.departments.source))
    pages = dict.fromkeys(p for hit in reasons for p in hit.nhs_pages)
    return TriageDecision(
        urgency=urgency, red_flags=flags, reasons=reasons, department=dept, specialty=specialty,
        sources=list(cited), nhs_pages=list(pages),
    )
