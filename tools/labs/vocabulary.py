"""Names of real laboratory tests carebridge has no ranges for (`knowledge/labs/vocabulary.yaml`), and LOINC codes.

A result whose test carebridge does not know is flagged against the range printed beside it only when the
name is recognised as a real test: in this names-only vocabulary, or coded with a well-formed LOINC code
(a FHIR Observation). Any other name ("ZQX-7", "Frobnitase") may be a misread or made-up test: its flag is
`unknown`, whatever range the line prints.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from carebridge.tools.knowledge import KnowledgeError
from carebridge.tools.yaml_strict import load_yaml

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LOINC = re.compile(r"(\d{1,7})-(\d)")
SHORT = 3  # abbreviations this long or shorter match only as written ("BE", "AG", "RF"), never in other case


@dataclass(frozen=True)
class VocabularyTest:
    """One real test: its English name, the names it is printed under, its LOINC code if any, and its sources."""

    en: str
    names: tuple[str, ...]
    loinc: str | None
    sources: tuple[str, ...]


def loinc_check_digit_ok(code: str) -> bool:
    """Whether `code` is a well-formed LOINC code: digits, a hyphen and the Mod 10 check digit LOINC defines.

    Source: LOINC Users' Guide, "Calculating Mod 10 check digits" (https://loinc.org/kb/users-guide/).
    """
    m = _LOINC.fullmatch((code or "").strip())
    if m is None:
        return False
    digits = m.group(1)[::-1]  # from the right
    odd = int(digits[0::2][::-1] or "0") * 2
    text = digits[1::2][::-1] + str(odd)
    total = sum(int(c) for c in text)
    return (10 - total % 10) % 10 == int(m.group(2))


def _pattern(name: str) -> re.Pattern[str]:
    """A name as a whole word (Latin) or as written (Chinese)."""
    text = unicodedata.normalize("NFKC", name).strip()
    if _CJK.search(text):
        return re.compile(re.escape(text).replace(r"\ ", r"\s*"))
    flags = 0 if len(text) <= SHORT else re.IGNORECASE
    body = r"[\s_-]*".join(re.escape(part) for part in re.split(r"[\s_-]+", text))  # "24-hr" = "24 hr" = "24hr"
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", flags)


class Vocabulary:
    """The names-only vocabulary: which test, if any, a printed name is."""

    def __init__(self, tests: list[VocabularyTest], sources: dict[str, str]) -> None:
        """Index every name of every test."""
        self.tests = tests
        self.sources = sources
        self._patterns = [(_pattern(n), t) for t in tests for n in (t.en, *t.names)]

    def find(self, *texts: str | None) -> VocabularyTest | None:
        """The first test one of `texts` names (the test name first, then the line it was printed on)."""
        for text in texts:
            if not text:
                continue
            norm = unicodedata.normalize("NFKC", text)
            for pattern, test in self._patterns:
                if pattern.search(norm):
                    return test
        return None


@cache
def load_vocabulary() -> Vocabulary:
    """Load and check `knowledge/labs/vocabulary.yaml`; raises `KnowledgeError` naming what is wrong."""
    try:
        text = files("carebridge.knowledge").joinpath("labs", "vocabulary.yaml").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError("knowledge file labs/vocabulary.yaml is missing") from exc
    data = load_yaml(text)
    sources = {k: str(v) for k, v in data["sources"].items()}
    tests = []
    for rec in data["tests"]:
        loinc = str(rec["loinc"]) if rec.get("loinc") else None
        if loinc is not None and not loinc_check_digit_ok(loinc):
            raise KnowledgeError(f"knowledge/labs/vocabulary.yaml: {rec['en']}: {loinc} fails the LOINC check digit")
        cited = tuple(rec.get("sources") or ())
        if not cited or any(s not in sources for s in cited):
            raise KnowledgeError(f"knowledge/labs/vocabulary.yaml: {rec['en']}: sources {cited} not all listed")
        names = tuple(str(n) for n in (*rec.get("zh", ()), *rec.get("names", ())))
        tests.append(VocabularyTest(en=str(rec["en"]), names=names, loinc=loinc, sources=cited))
    return Vocabulary(tests, sources)
