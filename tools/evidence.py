"""Evidence checks for what a model adds: its words must be in the patient's text, say something, and not be denied.

A model may add a finding, a medicine name or an answer only with evidence: the exact words
of the message it rests on. Each check here is deterministic, so a model that invents, copies
a stray syllable, or cites a denied symptom ("no chest pain") adds nothing, and a model with
random weights changes no decision.
"""

from __future__ import annotations

import re
from functools import lru_cache

from carebridge.tools.lexicon import EN_CUES, PSEUDO_NEGATIONS, ZH_CUES, PhraseMatcher
from carebridge.tools.text import normalize

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[a-z]+")
# Words that carry no clinical content on their own: evidence made only of these says nothing.
_STOP = frozenset("""
a an and are as at be been but by can could did do does for from had has have having he her him his how i if in
into is it its just me my no nor not of off on or our she so than that the their them then there these they this
those to too up very was we were what when where which while who why will with would you your yes yeah okay feel
feels felt get got also some any about like really quite much many more most have been being take taking took
""".split())
_ZH_STOP = frozenset("的了是我在有和就不都也很到说要去你会着没看好自己这那个吗吧呢啊哦嗯")


_PSEUDO = re.compile("|".join(f"(?:{p})" for p in PSEUDO_NEGATIONS))
_EN_CUE = re.compile(r"(?<![a-z'])(?:" + "|".join(re.escape(c) for c in sorted(EN_CUES, key=len, reverse=True)) + r")(?![a-z'])")
# NOTE: Chinese often negates after the body part ("胸口不疼"), which a cue-before-phrase scope
# misses; inside evidence, 不 before a symptom word is a denial.
_ZH_CUE = re.compile("|".join(re.escape(c) for c in ZH_CUES) + "|不(怎么|太|是很)?(疼|痛|痒|晕|烧|发烧|发热|咳|吐|肿|难受|喘|闷|出血|流血)")


def squash(text: str) -> str:
    """Case-, width- and space-normalised text, for verbatim comparison."""
    return re.sub(r"\s+", " ", normalize(text)).strip()


def substantive(evidence: str) -> bool:
    """At least two Chinese characters (not all particles) or four letters outside stop words."""
    text = squash(evidence)
    cjk = [c for c in _CJK.findall(text) if c not in _ZH_STOP]
    if len(cjk) >= 2:
        return True
    letters = sum(len(w) for w in _LATIN_WORD.findall(text) if w not in _STOP)
    return letters >= 4


@lru_cache(maxsize=512)
def _matcher(evidence: str) -> PhraseMatcher:
    pattern = r"\s+".join(re.escape(part) for part in evidence.split(" "))
    english = not _CJK.search(evidence)
    # English evidence must sit on word edges ("pain" is not in "painting"); Chinese has none.
    phrases = {"evidence": ([pattern], []) if english else ([], [pattern])}
    return PhraseMatcher(phrases, PSEUDO_NEGATIONS)


def span(evidence: str, text: str) -> tuple[int, int] | None:
    """Where `evidence` occurs in normalised `text` as a whole-word span, not negated (None if nowhere)."""
    ev = squash(evidence)
    if not ev:
        return None
    for match in _matcher(ev).find(text):
        if not match.negated:
            return match.start, match.end
    return None


def denies_within(evidence: str) -> bool:
    """The evidence itself carries a negation ("胸口不疼", "no fever"), outside phrases that only look negative."""
    text = _PSEUDO.sub(" ", squash(evidence))
    return bool(_EN_CUE.search(text) or _ZH_CUE.search(text))


def rejection(evidence: str, text: str, *, negation: bool = True) -> str | None:
    """Why `evidence` cannot support a model's addition to `text`, or None when it can.

    `negation=False` for answers where a denial is the content ("没有胸闷" answers a yes/no question).
    """
    ev = squash(evidence)
    if not ev:
        return "no evidence given"
    if ev not in squash(text):
        return "evidence not found verbatim in the message"
    if not substantive(ev):
        return "evidence too short or only common words"
    matches = _matcher(ev).find(text)
    if not matches:
        return "evidence is not a whole-word span of the message"
    if negation and (denies_within(ev) or all(m.negated for m in matches)):
        return "the message denies it (negated)"
    return None
