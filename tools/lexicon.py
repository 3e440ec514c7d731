"""Bilingual phrase matcher with NegEx-style negation, used for symptoms and red flags.

Longest match wins where phrases overlap; a negation cue only negates a phrase that
follows it in the same clause (Chinese: up to the next comma or contrast word; English:
within five words, NegEx's default window). Cue words that sit inside a matched phrase
("无法呼吸", "can't breathe", "不想活") are part of that phrase, not a negation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from carebridge.tools.text import normalize

# NOTE: cue lists follow NegEx (Chapman et al., J Biomed Inform 2001) for English and the
# negation words reported for Chinese clinical text (e.g. 没有/无/否认/未/不); "不" alone
# is only a cue when it touches the phrase, because it is part of so many symptom words.
EN_CUES = (
    "no", "not", "never", "without", "denies", "denied", "deny", "negative for",
    "don't have", "do not have", "doesn't have", "does not have", "haven't had",
    "have not had", "hasn't had", "has not had", "no sign of", "no signs of", "free of",
    "didn't have", "did not have", "isn't", "wasn't", "none", "nor", "don't", "doesn't", "didn't",
    "do not", "does not", "did not", "stopped", "has stopped", "hasn't", "haven't", "hasn't been",
    "haven't been", "isn't", "aren't", "wasn't", "weren't",
    # as typed on phones, without apostrophes
    "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "hasnt", "havent", "dont have", "doesnt have",
)
# Phrases that contain a cue word but negate nothing ("won't stop", "无缘无故", "无法").
PSEUDO_NEGATIONS = (
    "(don'?t|doesn'?t|won'?t|can'?t|cannot|will not|does not|did not|didn'?t) (stop|help|work|go away|get better|improve|know)",
    "not (stopping|getting better|improving|sure|helping|working|better)", "no (better|longer|idea)", "not even",
    "(hasn'?t|haven'?t|isn'?t|wasn'?t) (stopped|helped|helping|worked|working|improved|got better|gone away)",
    "无缘无故", "莫名其妙", "无法", "无力", "不停", "不止", "不退", "不了", "不出", "不住", "不见好", "不舒服", "不适",
    "没完", "没法", "不行", "不管用", "没用", "无精打采", "不怎么", "没怎么", "没(有)?避孕",
)
ZH_CUES = ("没有", "没", "无", "否认", "未", "并无", "未见", "从未", "从没", "不曾", "非")
ZH_TOUCH_CUES = ("不",)
EN_TERMINATORS = (
    "but", "however", "although", "though", "except", "yet", "now", "then", "since",
    "still", "which", "apart from", "aside from", "and i", "i have", "i've", "i am",
    "i'm", "he has", "she has", "he is", "she is", "my", "just", "only", "a bit", "a little", "slightly",
)
ZH_TERMINATORS = ("但", "但是", "不过", "可是", "然而", "却", "只是", "就是", "我", "现在", "而是")
EN_WINDOW_WORDS = 5
ZH_WINDOW_CHARS = 14

# NFKC has already turned full-width "，；！？" into ASCII; a comma ends a clause only
# beside Chinese text, because English negation lists run over commas ("no fever, cough").
# NOTE: Chinese patients often use a space where a comma belongs ("没大便 屁也不放 肚子胀"), so a
# space between two CJK characters ends a clause (and a negation's scope) too.
_CLAUSE_BREAK = re.compile(r"[。;!?\n]|\.(?!\d)|(?<=[\u3400-\u9fff]),|,(?=\s*[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


@dataclass(frozen=True)
class Match:
    """One phrase occurrence in the normalised text."""

    code: str
    start: int
    end: int
    text: str
    negated: bool


# NOTE: a pattern's gap (".{0,6}" in Chinese, "[a-z ,']{0,30}" in English) must not swallow a
# negation or a clause break: "看东西不模糊" is not blurred vision.
_ZH_GAP = "[^不没无未否;!?。\n]{0,"
_EN_GAP = "(?:(?!\\b(?:no|not|never|without|but)\\b)[a-z ,'-]){0,"
_EN_GAP_NOCOMMA = "(?:(?!\\b(?:no|not|never|without|but)\\b)[a-z '-]){0,"


def _guard_gaps(pattern: str, english: bool) -> str:
    if english:
        return pattern.replace("[a-z ,']{0,", _EN_GAP).replace("[a-z ']{0,", _EN_GAP_NOCOMMA)
    return pattern.replace(".{0,", _ZH_GAP)


def _compile(phrases: Iterable[str], english: bool) -> re.Pattern[str] | None:
    parts = sorted({_guard_gaps(p.strip().lower(), english) for p in phrases if p.strip()}, key=len, reverse=True)
    if not parts:
        return None
    body = "|".join(f"(?:{p})" for p in parts)
    # English phrases need word edges ("fit" must not match "fitness"); Chinese has none.
    return re.compile(rf"(?<![a-z])(?:{body})(?![a-z])" if english else f"(?:{body})")


class PhraseMatcher:
    """Finds coded phrases (regex fragments, zh and en) and marks negated ones."""

    def __init__(
        self,
        phrases: Mapping[str, tuple[Sequence[str], Sequence[str]]],
        pseudo_negations: Sequence[str] = (),
        priority: Mapping[str, int] | None = None,
    ) -> None:
        """Compile `phrases`: code -> (english patterns, chinese patterns).

        Where matches overlap, the higher `priority` code wins, then the longer match: a
        specific finding ("pain in my lower right abdomen" = right-lower-quadrant pain)
        beats the generic one it sits inside (abdominal pain).
        """
        self._priority = dict(priority or {})
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        for code, (en, zh) in phrases.items():
            for pat in (_compile(en, True), _compile(zh, False)):
                if pat is not None:
                    self._patterns.append((code, pat))
        self._pseudo = _compile(pseudo_negations, False) if pseudo_negations else None
        self._en_cue = _compile(EN_CUES, True)
        self._zh_cue = _compile(ZH_CUES, False)
        self._zh_touch = _compile(ZH_TOUCH_CUES, False)
        self._en_term = _compile(EN_TERMINATORS, True)
        self._zh_term = _compile(ZH_TERMINATORS, False)

    def find(self, text: str) -> list[Match]:
        """Return every coded phrase in `text`, longest-first where they overlap."""
        norm = normalize(text)
        raw: list[tuple[int, int, str]] = []
        for code, pat in self._patterns:
            raw.extend((m.start(), m.end(), code) for m in pat.finditer(norm) if m.end() > m.start())
        raw.sort(key=lambda r: (-self._priority.get(r[2], 0), -(r[1] - r[0]), r[0]))
        taken: list[tuple[int, int, str]] = []
        for start, end, code in raw:
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, code))
        taken.sort()
        masked = [(s, e) for s, e, _ in taken]
        if self._pseudo is not None:
            masked += [(m.start(), m.end()) for m in self._pseudo.finditer(norm)]
        clauses = _clause_bounds(norm)
        return [
            Match(code, s, e, norm[s:e], self._negated(norm, s, e, masked, clauses))
            for s, e, code in taken
        ]

    def _negated(
        self,
        norm: str,
        start: int,
        end: int,
        masked: list[tuple[int, int]],
        clauses: list[tuple[int, int]],
    ) -> bool:
        c_start = next((a for a, b in clauses if a <= start < b), 0)
        scope = norm[c_start:start]

        def free(pos_start: int, pos_end: int) -> bool:
            a, b = c_start + pos_start, c_start + pos_end
            return all(b <= s or a >= e for s, e in masked)

        def last_terminator(pat: re.Pattern[str] | None) -> int:
            ends = [m.end() for m in pat.finditer(scope)] if pat else []
            return max(ends, default=-1)

        # Chinese cues: anywhere earlier in the clause, no terminator in between.
        term_zh = last_terminator(self._zh_term)
        for m in self._zh_cue.finditer(scope) if self._zh_cue else ():
            if m.start() >= term_zh and free(m.start(), m.end()):
                if len(scope) - m.end() <= ZH_WINDOW_CHARS:
                    return True
        for m in self._zh_touch.finditer(scope) if self._zh_touch else ():
            if len(scope) - m.end() <= 1 and free(m.start(), m.end()):
                return True
        # English cues: within five words, no terminator in between.
        term_en = last_terminator(self._en_term)
        for m in self._en_cue.finditer(scope) if self._en_cue else ():
            if m.start() >= term_en and free(m.start(), m.end()):
                words_between = len(re.findall(r"[a-z0-9']+", scope[m.end():]))
                if words_between <= EN_WINDOW_WORDS:
                    return True
        return False


def _clause_bounds(norm: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _CLAUSE_BREAK.finditer(norm):
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(norm) + 1))
    return bounds


def summarize(matches: Iterable[Match]) -> tuple[set[str], set[str]]:
    """Split matches into (present codes, absent codes): present wins if both occur."""
    present = {m.code for m in matches if not m.negated}
    absent = {m.code for m in matches if m.negated} - present
    return present, absent
