"""Near spellings of test names: one misspelt Latin word, or one Chinese character typed with the same pinyin.

The same two rules the medication resolver uses (tools/medication/resolver.py), applied word by word:

- A Latin word of five letters or more that is not a word of any known test name is replaced by
  the known word rapidfuzz rates at least 85 (0-100) and at least 4 above any other word that
  would give another test ("glucoes" -> glucose, "Hemoglobn" -> hemoglobin). The first letter
  must agree: a typo seldom hits it, and a different first letter is usually a different test
  ("indirect" is not "direct", "prealbumin" is not "albumin"). A word that is already part of a
  known name is never changed, so an added word ("Hemoglobin S") is never dropped this way.
- A word read off a photographed or scanned report may carry a digit that optical character recognition
  took for the letter it looks like: 1 for l or i, 0 for o, 5 for s ("Hemog1obin", "Creatin1ne", "A1bumin").
  A digit read so lies between letters, inside one word; the word is read with each such digit as its
  letter, then by the rule above (a name that is a test's own, such as HbA1c or CO2CP, never gets here:
  only a name no test has is re-read).
- The other way round, a letter typed or read for the digit it looks like: l or I for 1, O for 0 ("HbAlc" for HbA1c,
  lab set 68). A word of five characters or more that no test has is read with such letters as digits only when that
  gives a whole known name word with a digit in it ("hba1c"); a shorter word ("Alc", "CO") is left, as it may be
  another word (alcohol).
- A Chinese name is never matched by edit distance (one character separates different tests:
  前白蛋白 / 白蛋白, 尿钾 / 血钾). The one Chinese slip that is read is the commonest of a pinyin
  input method: one character replaced by another with the same pinyin, tone ignored (肌肝 -> 肌酐,
  甘油三脂 -> 甘油三酯, 血小扳 -> 血小板), when exactly one test fits.

The caller re-reads the corrected name with its usual rules and says what was read; the
correction never changes a flag by itself.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    from carebridge.tools.labs.knowledge import LabKnowledge

FUZZY_ACCEPT = 85.0  # rapidfuzz ratio at or above which a Latin word is read as a known one
FUZZY_MARGIN = 4.0  # the chosen word must beat any word giving another test by this much
MIN_WORD = 5  # shorter words (ALT/AST, Na, K) are abbreviations: one letter makes another test
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# A word with a digit inside it, between letters ("Hemog1obin"): the digits OCR puts for look-alike letters.
_OCR_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?:[015]+[A-Za-z]+)+(?![A-Za-z0-9])")
_OCR_LETTERS = {"0": "o", "1": "li", "5": "s"}
# A letter typed or read for a digit ("HbAlc"): each letter and the digit(s) it may stand for, itself included.
_DIGIT_LETTERS = {"l": "l1", "i": "i1", "o": "o0"}


@lru_cache(maxsize=4096)
def _reading(char: str) -> str:
    """The common pinyin reading of one character, tone dropped (as in the medication resolver)."""
    from pypinyin import lazy_pinyin

    return lazy_pinyin(char)[0]


class Spelling:
    """Word and character indexes over every name in the lab knowledge."""

    def __init__(self, kb: LabKnowledge) -> None:
        """Index the Latin words and the Chinese names of every test."""
        names = [n for a in kb.analytes for n in (a.en, a.zh, *a.aliases)]
        self.words = sorted({w.lower() for n in names for w in _LATIN_WORD.findall(n) if len(w) >= 4})
        self._word_set = set(self.words)
        # Name words with a digit among letters (HbA1c, CO2, 25OHD): the targets of a letter typed for a digit.
        self._digit_words = {w.lower() for n in names for w in re.findall(r"[A-Za-z0-9]+", n)
                             if re.search(r"\d", w) and re.search(r"[A-Za-z]", w)}
        self._cjk_names = sorted({n for n in names if len(n) >= 2 and all(_CJK.match(c) for c in n)})
        self._masked: dict[str, list[tuple[str, str]]] | None = None  # built on first use (pypinyin)

    # ------------------------------------------------------------ Latin
    def latin_candidates(self, name: str) -> list[tuple[str, list[tuple[str, str]]]]:
        """Corrected names, each with the (written, read as) word pairs; [] when no word needs correcting."""
        choices: list[list[tuple[str, str]]] = []
        ocr_words = list(dict.fromkeys(_OCR_WORD.findall(name)))
        for written in ocr_words:
            readings = ["".join(r) for r in product(*(_OCR_LETTERS.get(c, c) for c in written.lower()))]
            hits = [(low, 100.0) for low in readings if low in self._word_set]
            for low in [] if hits else readings:
                hits += self._near_words(low)
            if hits:
                best = max(s for _, s in hits)
                choices.append(list(dict.fromkeys((written, w) for w, s in hits if s >= best - FUZZY_MARGIN)))
        for written in dict.fromkeys(re.findall(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9])", name)):
            low = written.lower()
            if len(low) < MIN_WORD or low in self._word_set or low in self._digit_words or len(low) > 12:
                continue
            readings = {"".join(r) for r in product(*(_DIGIT_LETTERS.get(c, c) for c in low))} - {low}
            hits = sorted(r for r in readings if r in self._digit_words)
            if hits:
                choices.append([(written, w) for w in hits])
        latin = _LATIN_WORD.findall(_OCR_WORD.sub(" ", name))
        for written in dict.fromkeys(latin):
            low = written.lower()
            if len(low) < MIN_WORD or low in self._word_set:
                continue
            if "rn" in low and (joined := low.replace("rn", "m")) in self._word_set:
                # "Potassiurn": OCR reads the letter m as the two letters r n; read so only when that gives a known word.
                choices.append([(written, joined)])
                continue
            if hits := self._near_words(low):
                best = max(s for _, s in hits)
                choices.append([(written, w) for w, s in hits if s >= best - FUZZY_MARGIN])
        out = []
        for combo in list(product(*choices))[:16] if choices else []:
            fixed = name
            for written, meant in combo:
                fixed = re.sub(rf"(?<![A-Za-z]){re.escape(written)}(?![A-Za-z])", meant, fixed)
            out.append((fixed, list(combo)))
        return out

    def _near_words(self, low: str) -> list[tuple[str, float]]:
        """Known words rapidfuzz rates at least `FUZZY_ACCEPT` against `low`, with the same first letter."""
        if len(low) < MIN_WORD:
            return []
        hits = process.extract(low, self.words, scorer=fuzz.ratio, limit=6, score_cutoff=FUZZY_ACCEPT)
        return [(w, s) for w, s, _ in hits if w[0] == low[0]]

    # ------------------------------------------------------------ Chinese
    def chinese_candidates(self, name: str) -> list[tuple[str, list[tuple[str, str]]]]:
        """`name` with one run of characters replaced by a known Chinese name one same-pinyin character away."""
        masked = self._masked_index()
        text = re.sub(r"\s+", "", name)
        lengths = sorted({len(n) for n in self._cjk_names})
        out: list[tuple[str, list[tuple[str, str]]]] = []
        for start in range(len(text)):
            for length in lengths:
                window = text[start:start + length]
                if len(window) < length or not all(_CJK.match(c) for c in window):
                    continue
                for i, typed in enumerate(window):
                    for real, known in masked.get(window[:i] + "\0" + window[i + 1:], ()):
                        if real != typed and _reading(real) == _reading(typed):
                            out.append((text[:start] + known + text[start + length:], [(window, known)]))
        return out

    def _masked_index(self) -> dict[str, list[tuple[str, str]]]:
        """Chinese names with one character masked -> (that character, the whole name)."""
        if self._masked is None:
            index: dict[str, list[tuple[str, str]]] = {}
            for n in self._cjk_names:
                for i, char in enumerate(n):
                    index.setdefault(n[:i] + "\0" + n[i + 1:], []).append((char, n))
            self._masked = index
        return self._masked
