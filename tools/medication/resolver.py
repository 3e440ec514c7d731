"""Resolve what people type (generic, brand, Chinese name, misspelling) to a drug id.

Order: exact name -> name with dose/form/salt words stripped -> fuzzy (rapidfuzz) for
Latin-script names only. Chinese names never resolve fuzzily: one character separates
different drugs (头孢克洛/头孢克肟, 尼群地平/尼莫地平), so a near miss is reported as
unknown with "did you mean" suggestions instead of a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from rapidfuzz import fuzz, process

from carebridge.tools.medication.knowledge import MedKnowledge
from carebridge.tools.text import normalize

MatchKind = Literal["generic", "chinese", "brand", "alias", "fuzzy"]
FUZZY_ACCEPT = 85.0  # rapidfuzz ratio (0-100) at or above which a Latin name resolves
FUZZY_MARGIN = 4.0  # the best drug must beat the next different drug by this much
SUGGEST_MIN = 60.0
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_PUNCT = re.compile(r"[\s/\\\-_,，、;；:：+&.·•()（）\[\]【】《》\"'“”‘’®™]+")
_STRENGTH = re.compile(r"\d+(?:\.\d+)?\s*(?:mg|g|mcg|µg|ug|iu|ml|毫克|克|微克|毫升|单位|u)\b|\d+(?:\.\d+)?\s*(?:毫克|克|微克|毫升|单位)")
_EN_FORM = ("extended release", "sustained release", "delayed release", "modified release", "controlled release",
            "film coated", "tablets", "tablet", "tabs", "tab", "capsules", "capsule", "caps", "cap", "injection",
            "inj", "oral solution", "solution", "suspension", "syrup", "granules", "cream", "ointment", "gel",
            "patch", "inhaler", "er", "xr", "sr", "cr", "la", "mr", "ec", "dr", "oral", "for injection", "iv")
_EN_SALT = ("hydrochloride", "hcl", "sodium", "potassium", "calcium", "magnesium", "maleate", "besylate",
            "besilate", "mesylate", "mesilate", "succinate", "tartrate", "fumarate", "citrate", "sulfate",
            "sulphate", "phosphate", "acetate", "hydrobromide", "bromide", "dihydrate", "monohydrate",
            "trihydrate", "disodium", "bisulfate", "bisulphate", "hydrogen sulfate", "medoxomil", "axetil", "etexilate", "dipropionate", "propionate")
_ZH_FORM = ("缓释片", "控释片", "肠溶片", "分散片", "咀嚼片", "泡腾片", "口崩片", "口腔崩解片", "薄膜衣片",
            "缓释胶囊", "肠溶胶囊", "软胶囊", "胶囊", "片", "颗粒", "注射液", "粉针剂", "粉针", "干混悬剂",
            "混悬液", "口服溶液", "口服液", "滴丸", "气雾剂", "吸入粉雾剂", "吸入气雾剂", "混悬液", "吸入剂",
            "乳膏", "软膏", "凝胶", "贴剂", "栓", "滴眼液", "糖浆", "针剂", "针", "丸", "散")
_ZH_PREFIX = ("注射用", "复方")
_ZH_SALT_PREFIX = ("盐酸", "硫酸", "马来酸", "苯磺酸", "甲磺酸", "琥珀酸", "酒石酸", "富马酸", "枸橼酸", "磷酸",
                   "醋酸", "氢溴酸", "门冬氨酸", "乳酸", "葡萄糖酸", "阿魏酸", "左旋")
_ZH_SALT_SUFFIX = ("钠", "钾", "钙", "镁", "酯")


@dataclass(frozen=True)
class Resolution:
    """One input name and what it resolved to (or not)."""

    input: str
    drug_id: str | None
    match: MatchKind | None = None
    matched_name: str | None = None
    confidence: float = 0.0
    suggestions: tuple[str, ...] = field(default_factory=tuple)


def name_key(text: str) -> str:
    """The form names are compared in: NFKC, lower case, punctuation and spaces folded."""
    return _key(text)


def _key(text: str) -> str:
    return _PUNCT.sub(" ", normalize(text)).strip()


def _is_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def _strip_en(key: str, words: tuple[str, ...]) -> str:
    tokens = key.split()
    drop = {w for w in words if " " not in w}
    multi = [w for w in words if " " in w]
    text = " ".join(t for t in tokens if t not in drop)
    for w in multi:
        text = re.sub(rf"\b{re.escape(w)}\b", " ", text)
    return " ".join(text.split())


def _strip_zh(key: str) -> list[str]:
    """Progressively simpler Chinese forms: dose form, then salt prefix/suffix."""
    out: list[str] = []
    text = key.replace(" ", "")
    for p in _ZH_PREFIX:
        if text.startswith(p) and len(text) > len(p) + 1:
            text = text[len(p):]
            out.append(text)
    for suffix in sorted(_ZH_FORM, key=len, reverse=True):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
            out.append(text)
            break
    for p in _ZH_SALT_PREFIX:
        if text.startswith(p) and len(text) > len(p) + 1:
            out.append(text[len(p):])
            text = text[len(p):]
            break
    for s in _ZH_SALT_SUFFIX:
        if text.endswith(s) and len(text) > 2:
            out.append(text[: -len(s)])
    return out


class Resolver:
    """Name index over the drug dictionary; pure and deterministic once built."""

    def __init__(self, kb: MedKnowledge) -> None:
        """Index every generic, Chinese, brand and alias name of every drug."""
        self.kb = kb
        self.index: dict[str, tuple[str, MatchKind, str]] = {}
        clashes: list[str] = []
        for d in kb.drugs.values():
            names: list[tuple[str, MatchKind]] = [(d.id.replace("_", " "), "generic"), (d.name_en, "generic"), (d.zh, "chinese")]
            names += [(b, "brand") for b in d.brands] + [(a, "alias") for a in d.aliases]
            for name, kind in names:
                k = _key(name)
                if not k:
                    continue
                if k in self.index and self.index[k][0] != d.id:
                    clashes.append(f"{name!r}: {self.index[k][0]} and {d.id}")
                    continue
                self.index.setdefault(k, (d.id, kind, name))
        if clashes:
            from carebridge.tools.knowledge import KnowledgeError

            raise KnowledgeError("one name points at two drugs: " + "; ".join(clashes))
        self._latin = [k for k in self.index if not _is_cjk(k)]
        self._cjk = [k for k in self.index if _is_cjk(k)]
        self._cache: dict[str, Resolution] = {}

    def resolve(self, raw: str) -> Resolution:
        """Resolve one name; never guesses (unknown carries suggestions instead)."""
        key = _key(raw)
        if key not in self._cache:
            self._cache[key] = self._resolve(raw, key)
        return replace(self._cache[key], input=raw)

    def _exact(self, raw: str, key: str) -> Resolution | None:
        hit = self.index.get(key)
        if hit:
            return Resolution(raw, hit[0], hit[1], hit[2], 1.0)
        return None

    def _candidates(self, key: str) -> list[str]:
        no_strength = " ".join(_STRENGTH.sub(" ", key).split())
        if _is_cjk(key):
            # A Latin name in brackets beside a Chinese one ("波立维 plavix") is tried too.
            cands = [no_strength.replace(" ", "")] + _strip_zh(no_strength)
            parts = [p for p in no_strength.split() if p]
            cands += parts
            for p in parts:
                cands += _strip_zh(p)
            return cands
        form = _strip_en(no_strength, _EN_FORM)
        return [no_strength, form, _strip_en(form, _EN_SALT)]

    def _resolve(self, raw: str, key: str) -> Resolution:
        if not key:
            return Resolution(raw, None)
        exact = self._exact(raw, key)
        if exact:
            return exact
        for cand in self._candidates(key):
            if cand and cand != key:
                hit = self._exact(raw, cand)
                if hit:
                    return hit
        return self._fuzzy(raw, key)

    def _fuzzy(self, raw: str, key: str) -> Resolution:
        cjk = _is_cjk(key)
        pool = self._cjk if cjk else self._latin
        query = key.replace(" ", "") if cjk else _strip_en(_strip_en(" ".join(_STRENGTH.sub(" ", key).split()), _EN_FORM), _EN_SALT)
        if not query:
            return Resolution(raw, None)
        hits = process.extract(query, pool, scorer=fuzz.ratio, limit=12)
        best: dict[str, tuple[float, str]] = {}
        for name, score, _ in hits:
            drug_id = self.index[name][0]
            if drug_id not in best or score > best[drug_id][0]:
                best[drug_id] = (score, self.index[name][2])
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0]))
        suggestions = tuple(self._display(d) for d, (s, _) in ranked[:3] if s >= SUGGEST_MIN)
        if not ranked or cjk or len(query) < 4:
            return Resolution(raw, None, suggestions=suggestions)
        top_id, (top_score, top_name) = ranked[0]
        runner_up = ranked[1][1][0] if len(ranked) > 1 else 0.0
        if top_score >= FUZZY_ACCEPT and top_score - runner_up >= FUZZY_MARGIN:
            return Resolution(raw, top_id, "fuzzy", top_name, round(top_score / 100, 2), suggestions)
        return Resolution(raw, None, suggestions=suggestions)

    def _display(self, drug_id: str) -> str:
        d = self.kb.drugs[drug_id]
        return f"{d.name_en} ({d.zh})"

    def scan(self, text: str) -> list[tuple[str, str]]:
        """Every known drug name occurring in free text, as (verbatim span, drug id), left to right.

        Longest names win over names inside them ("amoxicillin/clavulanate" over
        "amoxicillin"); Latin names must stand as whole words.
        """
        norm = normalize(text)
        latin_re, cjk_keys = self._scan_patterns()
        spans: list[tuple[int, int, str]] = []
        for m in latin_re.finditer(norm):
            key = " ".join(re.split(r"[\s/\-]+", m.group(0)))
            spans.append((m.start(), m.end(), self.index[key][0]))
        for key in cjk_keys:
            start = norm.find(key)
            while start != -1:
                spans.append((start, start + len(key), self.index[key][0]))
                start = norm.find(key, start + 1)
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        same_length = len(text) == len(norm)
        out: list[tuple[str, str]] = []
        end = -1
        for start, stop, drug_id in spans:
            if start >= end:
                out.append(((text if same_length else norm)[start:stop], drug_id))
                end = stop
        return out

    def _scan_patterns(self) -> tuple[re.Pattern[str], list[str]]:
        if not hasattr(self, "_scan_cache"):
            # Very short Latin keys ("asa", "inh", "pcn") are too ambiguous to spot in prose.
            latin = sorted((k for k in self._latin if len(k) >= 4), key=len, reverse=True)
            alternation = "|".join(r"[\s/\-]+".join(re.escape(p) for p in k.split()) for k in latin)
            self._scan_cache = (re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])"),
                                sorted(self._cjk, key=len, reverse=True))
        return self._scan_cache
