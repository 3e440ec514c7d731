"""Resolve what people type (generic, brand, Chinese name, misspelling) to a drug id.

Order: exact name -> name with dose/form/salt words stripped -> a combination written
with a separator ("amoxicillin/clavulanic acid") matched to its combination product ->
spelling variants (ph/f, doubled letters, a trailing e: "metphormin", "clopidogrell") ->
fuzzy (rapidfuzz) for Latin-script names only. Chinese names never resolve by edit
distance: one character separates different drugs (头孢克洛/头孢克肟, 尼群地平/尼莫地平).
The one Chinese misspelling that does resolve is a homophone typo, the commonest slip of a
pinyin input method: one character replaced by another that is typed with the same pinyin
(tone ignored; pypinyin), when exactly one drug fits (二甲双瓜 -> 二甲双胍, 瑞舒发他汀 ->
瑞舒伐他汀). It is reported with a confidence below 1 and "did you mean ... please check the
name". 克洛 (luò) and 克肟 (wò) sound different, so 头孢克洛 never becomes 头孢克肟; any other
near miss is listed as unknown with "did you mean" suggestions, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process

from carebridge.tools.medication.knowledge import MedKnowledge
from carebridge.tools.text import normalize

MatchKind = Literal["generic", "chinese", "brand", "alias", "fuzzy", "homophone", "component"]
FUZZY_ACCEPT = 85.0  # rapidfuzz ratio (0-100) at or above which a Latin name resolves
FUZZY_MARGIN = 4.0  # the best drug must beat the next different drug by this much
SPELLING_CONFIDENCE = 0.95  # a name that differs from a known one only by a spelling variant
HOMOPHONE_CONFIDENCE = 0.9  # a Chinese name one same-pinyin character away from exactly one drug
HOMOPHONE_MIN_CHARS = 4  # at least three characters agree (苯丙氨酯 is not 苯丙胺: a three-character core is too short)
SUGGEST_MIN = 60.0
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_PUNCT = re.compile(r"[\s/\\\-_,，、;；:：+＋&.·•()（）\[\]【】《》\"'“”‘’®™]+")
# What separates the parts of a combination written out: "a/b", "a + b", "a and b", "甲、乙".
_COMBO_SEP = re.compile(r"\s*(?:/|\+|＋|&|、|\band\b|\bwith\b)\s*")
_STRENGTH = re.compile(r"\d+(?:\.\d+)?\s*(?:mg|g|mcg|µg|ug|iu|ml|mmol|micrograms?|units?|毫克|克|微克|毫升|单位|u)\b"
                       r"|\d+(?:\.\d+)?\s*(?:万单位|毫克|克|微克|毫升|单位|%)")
# A bare number left over from a strength written without a unit ("Sinemet 25/100", "Seretide 250").
_NUMBER = re.compile(r"(?<![a-z])\d+(?:\s+\d+)*(?![a-z])")
_ZH_NOISE = re.compile(r"\d+|[%*×]")  # counts and strengths around a Chinese product name ("10mg*28片")
# Dose forms, routes, release types and inhaler or pen device names (a device is not a drug:
# "Seretide Accuhaler", "salbutamol nebules", "NovoRapid FlexPen", "Epilim Chrono").
_EN_FORM = ("extended release", "sustained release", "delayed release", "modified release", "controlled release",
            "prolonged release", "immediate release", "long acting", "orally disintegrating", "film coated",
            "gastro resistant", "enteric coated", "nasal spray", "pump spray", "oral gel", "eye drops", "eye drop",
            "eye ointment", "ear drops", "ear drop", "oral drops", "ophthalmic solution", "ophthalmic suspension",
            "inhalation suspension", "inhalation solution", "inhalation powder", "inhalation aerosol",
            "pressurised inhalation", "pressurized inhalation", "metered dose inhaler", "dry powder inhaler",
            "nebuliser solution", "nebulizer solution", "for oral suspension", "for injection", "for infusion",
            "solution for injection", "oral solution", "oral suspension", "oral liquid", "oral powder",
            "prefilled syringe", "pre filled syringe", "prefilled pen", "pre filled pen", "cfc free",
            "tablets", "tablet", "tabs", "tab", "capsules", "capsule", "caps", "cap", "injection", "injectable",
            "inj", "infusion", "solution", "suspension", "syrup", "elixir", "linctus", "mixture", "liquid",
            "concentrate", "granules", "sachets", "sachet", "powder", "cream", "ointment", "lotion", "gel", "foam",
            "patch", "patches", "spray", "drops", "eyedrops", "inhaler", "inhalation", "aerosol", "nebuliser",
            "nebulizer", "nebules", "nebule", "nebs", "respules", "accuhaler", "evohaler", "turbohaler", "turbuhaler",
            "diskus", "ellipta", "respimat", "handihaler", "easyhaler", "clickhaler", "autohaler", "breezhaler",
            "genuair", "spiromax", "nexthaler", "respiclick", "modulite", "hfa", "mdi", "dpi", "pen", "pens",
            "flexpen", "flextouch", "kwikpen", "solostar", "penfill", "cartridge", "cartridges", "ampoule",
            "ampoules", "ampule", "vial", "vials", "suppository", "suppositories", "pessary", "pessaries", "enema",
            "lozenge", "lozenges", "chewable", "dispersible", "orodispersible", "soluble", "effervescent", "odt",
            "transdermal", "buccal", "sublingual", "ophthalmic", "otic", "rectal", "topical", "vaginal", "nasal",
            "retard", "continus", "chrono", "depot", "forte", "paediatric", "pediatric", "junior",
            "er", "xr", "xl", "sr", "cr", "la", "mr", "cd", "ec", "dr", "ir", "ds", "oral", "iv", "im", "sc", "po")
_EN_SALT = ("hydrochloride", "dihydrochloride", "hcl", "sodium", "disodium", "potassium", "calcium", "magnesium",
            "maleate", "besylate", "besilate", "mesylate", "mesilate", "dimesylate", "esylate", "tosylate",
            "succinate", "tartrate", "bitartrate", "hydrogen tartrate", "fumarate", "hemifumarate", "citrate",
            "sulfate", "sulphate", "bisulfate", "bisulphate", "hydrogen sulfate", "hydrogen sulphate", "phosphate",
            "acetate", "oxalate", "nitrate", "lactate", "gluconate", "lactobionate", "stearate", "estolate",
            "ethylsuccinate", "hydrobromide", "bromide", "chloride", "iodide", "furoate", "propionate",
            "dipropionate", "valerate", "butyrate", "xinafoate", "hyclate", "pamoate", "embonate", "palmitate",
            "decanoate", "enanthate", "cypionate", "undecanoate", "tromethamine", "trometamol", "meglumine",
            "erbumine", "tert butylamine", "arginine", "lysine", "semisodium", "dihydrate", "monohydrate",
            "trihydrate", "hemihydrate", "sesquihydrate", "anhydrous", "medoxomil", "axetil", "etexilate",
            "proxetil", "cilexetil", "pivoxil")
# Dose forms at the end of a Chinese product name, longest first when stripped.
_ZH_FORM = ("缓释片", "控释片", "肠溶片", "肠溶缓释片", "肠溶衣片", "分散片", "咀嚼片", "泡腾片", "口崩片", "口腔崩解片",
            "口溶片", "薄膜衣片", "糖衣片", "包衣片", "双层片", "舌下片", "舌下含片", "含片", "口含片", "颊片",
            "口腔贴片", "贴片", "阴道片", "阴道泡腾片", "阴道栓", "阴道软胶囊", "阴道凝胶", "阴道乳膏", "直肠栓",
            "栓剂", "栓", "缓释胶囊", "控释胶囊", "肠溶胶囊", "肠溶软胶囊", "软胶囊", "硬胶囊", "胶囊剂", "胶囊", "胶丸",
            "肠溶微丸胶囊", "缓释微丸胶囊", "微丸", "缓释颗粒", "肠溶颗粒", "混悬颗粒", "泡腾颗粒", "颗粒剂", "颗粒",
            "片剂", "片", "注射剂", "注射液", "氯化钠注射液", "葡萄糖注射液", "乳状注射液", "输液", "冻干粉针", "冻干粉",
            "注射用无菌粉末", "粉针剂", "粉针", "针剂", "针", "笔芯", "特充", "注射笔", "预充式注射笔", "干混悬剂",
            "混悬剂", "混悬液", "口服混悬液", "口服溶液", "口服溶液剂", "口服液", "口服乳剂", "乳剂", "溶液剂", "溶液",
            "外用溶液", "滴剂", "口服滴剂", "合剂", "滴丸", "气雾剂", "吸入气雾剂", "粉雾剂", "吸入粉雾剂", "粉吸入剂",
            "吸入粉剂", "吸入溶液", "吸入混悬液", "吸入剂", "喷雾剂", "喷剂", "鼻喷雾剂", "鼻用喷雾剂", "鼻喷剂",
            "喷鼻剂", "滴鼻液", "滴鼻剂", "乳膏", "乳膏剂", "软膏", "软膏剂", "霜剂", "眼膏", "眼药膏", "凝胶", "凝胶剂",
            "口腔凝胶", "眼用凝胶", "贴剂", "透皮贴剂", "贴膏", "凝胶贴膏", "橡胶膏", "滴眼液", "滴眼剂", "眼药水",
            "滴耳液", "滴耳剂", "搽剂", "涂剂", "洗剂", "泡沫剂", "灌肠剂", "灌肠液", "酊剂", "酊", "糖浆剂", "糖浆",
            "散剂", "粉剂", "植入剂", "膜剂", "丸", "散")
# Words in front of a Chinese product name: route or use, and 复方 (compound).
_ZH_PREFIX = ("注射用", "吸入用", "外用", "口服", "小儿", "儿童", "复方", "重组", "生物合成")
_ZH_SALT_PREFIX = ("盐酸", "二盐酸", "硫酸", "硫酸氢", "马来酸", "苯磺酸", "甲磺酸", "二甲磺酸", "乙磺酸", "对甲苯磺酸",
                   "甲苯磺酸", "托西酸", "琥珀酸", "酒石酸", "重酒石酸", "富马酸", "枸橼酸", "柠檬酸", "磷酸", "醋酸",
                   "乙酸", "草酸", "硝酸", "氢溴酸", "溴化", "碘化", "氯化", "门冬氨酸", "乳酸", "乳糖酸", "硬脂酸", "琥乙",
                   "葡萄糖酸", "阿魏酸", "糠酸", "丙酸", "二丙酸", "丁酸", "戊酸", "己酸", "庚酸", "苯甲酸", "苯丙酸",
                   "环戊丙酸", "棕榈酸", "癸酸", "十一酸", "昔萘酸", "羟萘酸", "双羟萘酸", "甲硫酸", "苹果酸", "精氨酸",
                   "赖氨酸", "左旋")
_ZH_SALT_SUFFIX = ("钠", "钾", "钙", "镁", "酯", "二钠", "双钠", "钠盐", "钾盐", "磷酸钠", "琥珀酸钠", "磷酸酯钠",
                   "棕榈酸酯", "氨丁三醇", "葡甲胺", "叔丁胺", "精氨酸", "赖氨酸", "一水合物", "半水合物", "二水合物",
                   "三水合物", "水合物")
_ZH_STEPS = (  # (kind, words) in the order a variant is tried: dose form, prefix, then salt
    ("suffix", tuple(sorted(_ZH_FORM, key=len, reverse=True))),
    ("prefix", tuple(sorted(_ZH_PREFIX, key=len, reverse=True))),
    ("prefix", tuple(sorted(_ZH_SALT_PREFIX, key=len, reverse=True))),
    ("suffix", tuple(sorted(_ZH_SALT_SUFFIX, key=len, reverse=True))),
)


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
    """Drop the listed words; phrases first ("eye drops", "nasal spray"), then single words."""
    text = key
    for w in (w for w in words if " " in w):
        if w in text:
            text = re.sub(rf"\b{re.escape(w)}\b", " ", text)
    drop = {w for w in words if " " not in w}
    return " ".join(t for t in text.split() if t not in drop)


def _strip_zh(key: str) -> list[str]:
    """Progressively simpler Chinese forms, fewest words stripped first.

    One step removes a dose form (片, 口腔凝胶), a prefix (吸入用, 复方) or a salt word
    (盐酸, 硫酸氢, 草酸; 钠, 钙); variants are tried breadth first, so 复方磺胺甲噁唑片 is
    tried as 复方磺胺甲噁唑 before 磺胺甲噁唑.
    """
    start = key.replace(" ", "")
    out: list[str] = []
    seen = {start}
    frontier = [start]
    for _ in range(4):
        nxt: list[str] = []
        for text in frontier:
            for kind, words in _ZH_STEPS:
                for w in words:
                    if kind == "suffix" and text.endswith(w) and len(text) - len(w) >= 2:
                        cand = text[: -len(w)]
                    elif kind == "prefix" and text.startswith(w) and len(text) - len(w) >= 2:
                        cand = text[len(w):]
                    else:
                        continue
                    if cand not in seen:
                        seen.add(cand)
                        nxt.append(cand)
        out += nxt
        frontier = nxt
    return out


def _plain(key: str) -> str:
    """A Latin key without strengths and bare numbers ("seretide 250 accuhaler" -> "seretide accuhaler")."""
    return " ".join(_NUMBER.sub(" ", _STRENGTH.sub(" ", key)).split())


def _stem(part: str) -> str:
    """A combination part in a comparable form: clavulanic acid ~ clavulanate, valproic acid ~ valproate."""
    words = _strip_en(_strip_en(_plain(part), _EN_FORM), _EN_SALT)
    if words.endswith(" acid"):
        words = words[: -len(" acid")]
        return words[:-2] if words.endswith("ic") else words
    return words[:-3] if words.endswith("ate") else words


def _spelling(key: str) -> str:
    """A Latin name with common spelling variants folded: ph/f, th/t, y/i, doubled letters, a final e."""
    text = key.replace("ph", "f").replace("th", "t").replace("y", "i").replace("ae", "e").replace("ck", "k")
    text = re.sub(r"(.)\1+", r"\1", text)
    return re.sub(r"(?<=[a-z]{3})e\b", "", text)


@lru_cache(maxsize=4096)
def _reading(char: str) -> str:
    """The common pinyin reading of one character, tone dropped.

    Only the common reading: a rare one would make near misses of real drugs (泛 fàn has an
    archaic reading fá, and 泛昔洛韦 famciclovir is not 伐昔洛韦 valaciclovir).
    """
    from pypinyin import lazy_pinyin

    return lazy_pinyin(char)[0]


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
        # A name's plain form is indexed too when it points at one drug only: a brand with a release
        # word in it ("Toprol-XL" -> "toprol", so "Toprol XL tablets" resolves) and a Chinese name
        # with its spaces closed up ("达英-35" -> "达英35").
        derived: dict[str, dict[str, str]] = {}  # plain form -> {drug id: the key it came from}
        for k, (drug_id, _kind, _name) in self.index.items():
            plain = k.replace(" ", "") if _is_cjk(k) else _strip_en(k, _EN_FORM)
            if plain != k and len(plain) >= (2 if _is_cjk(k) else 4) and plain not in self.index:
                derived.setdefault(plain, {}).setdefault(drug_id, k)
        for plain, sources in derived.items():
            if len(sources) == 1:
                self.index[plain] = self.index[next(iter(sources.values()))]
        self._latin = [k for k in self.index if not _is_cjk(k)]
        self._cjk = [k for k in self.index if _is_cjk(k)]
        # Spelling variants: only a variant that points at exactly one drug is usable.
        spelled: dict[str, set[str]] = {}
        for k in self._latin:
            if len(k) >= 5:
                spelled.setdefault(_spelling(k), set()).add(self.index[k][0])
        self._spelled = {v: next(iter(ids)) for v, ids in spelled.items() if len(ids) == 1}
        # Combination products by their parts ("amoxicillin/clavulanate" ~ "clavulanic acid + amoxicillin").
        combos: dict[frozenset[str], set[str]] = {}
        for d in kb.drugs.values():
            for name in (d.name_en, *d.aliases, *d.brands):
                parts = self._combo_parts(name)
                if parts:
                    combos.setdefault(parts, set()).add(d.id)
        self._combos = {parts: next(iter(ids)) for parts, ids in combos.items() if len(ids) == 1}
        self._cache: dict[tuple[str, bool], Resolution] = {}

    def resolve(self, raw: str) -> Resolution:
        """Resolve one name; never guesses (unknown carries suggestions instead)."""
        key = _key(raw)
        cache_key = (key, bool(_COMBO_SEP.search(normalize(raw))))
        if cache_key not in self._cache:
            self._cache[cache_key] = self._resolve(raw, key)
        return replace(self._cache[cache_key], input=raw)

    def resolve_all(self, raw: str) -> list[Resolution]:
        """One resolution, or one per part of a combination.

        A combination product recorded with its parts ("Percocet", "碳酸钙D3") gives each part,
        matched as a `component`. "amlodipine/atorvastatin" (no combination record) gives
        amlodipine and atorvastatin the same way, so both are checked; a part that does not
        resolve leaves the whole input unknown (never half a combination).
        """
        res = self.resolve(raw)
        if res.drug_id is not None:
            return self._as_parts(res)
        texts = [t for t in _COMBO_SEP.split(normalize(raw)) if t.strip()]
        if len(texts) < 2:
            return [res]
        parts = [p for t in texts for p in self._as_parts(self.resolve(t))]
        ids = [p.drug_id for p in parts]
        if None in ids or len(set(ids)) < 2:
            return [res]
        return [replace(p, input=raw, match="component", confidence=min(p.confidence, 1.0)) for p in parts]

    def _as_parts(self, res: Resolution) -> list[Resolution]:
        """A resolved combination product as its parts; any other resolution as itself."""
        drug = self.kb.drugs[res.drug_id] if res.drug_id else None
        if drug is None or not drug.parts:
            return [res]
        return [replace(res, drug_id=part, match="component", matched_name=res.matched_name or drug.name_en)
                for part in drug.parts]

    def _exact(self, raw: str, key: str) -> Resolution | None:
        hit = self.index.get(key)
        if hit:
            return Resolution(raw, hit[0], hit[1], hit[2], 1.0)
        return None

    def _candidates(self, key: str) -> list[str]:
        no_strength = " ".join(_STRENGTH.sub(" ", key).split())
        no_number = " ".join(_NUMBER.sub(" ", no_strength).split())
        if _is_cjk(key):
            cands: list[str] = []
            # With bare numbers kept first (达英-35), then without them (阿托伐他汀钙片 20 -> 阿托伐他汀钙片).
            for base in dict.fromkeys((no_strength, " ".join(_ZH_NOISE.sub(" ", no_strength).split()))):
                cands += [base.replace(" ", "")] + _strip_zh(base)
                # A Latin name in brackets beside a Chinese one ("波立维 plavix") is tried too.
                parts = [p for p in base.split() if p]
                cands += parts
                for p in parts:
                    cands += _strip_zh(p)
            return list(dict.fromkeys(cands))
        cands = []
        for base in dict.fromkeys((no_strength, no_number)):
            form = _strip_en(base, _EN_FORM)
            cands += [base, form, _strip_en(form, _EN_SALT)]
        return list(dict.fromkeys(cands))

    def _canonical_part(self, part: str) -> str:
        """A combination part as a drug id when it names a single drug exactly, else its stem."""
        key = _key(part)
        for cand in [key, *self._candidates(key)]:
            hit = self.index.get(cand)
            if hit and "_" not in hit[0]:
                return "id:" + hit[0]
        return _stem(key)

    def _combo_parts(self, text: str) -> frozenset[str] | None:
        pieces = [p for p in _COMBO_SEP.split(normalize(text)) if p.strip()]
        if len(pieces) < 2 or _is_cjk(text):
            return None
        parts = frozenset(self._canonical_part(p) for p in pieces)
        return parts if len(parts) == len(pieces) and all(parts) else None

    def _resolve(self, raw: str, key: str) -> Resolution:
        if not key:
            return Resolution(raw, None)
        exact = self._exact(raw, key)
        if exact:
            return exact
        candidates = [c for c in self._candidates(key) if c and c != key]
        for cand in candidates:
            hit = self._exact(raw, cand)
            if hit:
                return hit
        parts = self._combo_parts(raw)
        if parts and parts in self._combos:
            d = self.kb.drugs[self._combos[parts]]
            return Resolution(raw, d.id, "alias", d.name_en, 1.0)
        if not _is_cjk(key):
            for cand in (key, *candidates):
                variant = _spelling(cand)
                if len(cand) >= 5 and variant in self._spelled:
                    drug = self.kb.drugs[self._spelled[variant]]
                    return Resolution(raw, drug.id, "fuzzy", drug.name_en, SPELLING_CONFIDENCE)
        res = self._fuzzy(raw, key)
        if res.drug_id is None and _is_cjk(key):
            return self._homophone(raw, key, candidates) or res
        return res

    def _homophone(self, raw: str, key: str, candidates: list[str]) -> Resolution | None:
        """A Chinese name with one character swapped for a same-pinyin one, when exactly one drug fits."""
        index = self._homophone_index()
        found: dict[str, str] = {}  # drug id -> the dictionary name it was matched to
        for cand in dict.fromkeys((key.replace(" ", ""), *candidates)):
            if len(cand) < HOMOPHONE_MIN_CHARS or not _is_cjk(cand):
                continue
            for i, typed in enumerate(cand):
                for real, reading, k in index.get(cand[:i] + "\0" + cand[i + 1:], ()):
                    if real != typed and reading == _reading(typed):
                        found.setdefault(self.index[k][0], self.index[k][2])
        if len(found) != 1:
            return None
        drug_id, name = next(iter(found.items()))
        return Resolution(raw, drug_id, "homophone", name, HOMOPHONE_CONFIDENCE, (self._display(drug_id),))

    def _homophone_index(self) -> dict[str, list[tuple[str, str, str]]]:
        """Chinese names with one character masked -> (that character, its pinyin in the name, the name key).

        Built on first use (pypinyin is imported only then), so resolving exact names stays fast.
        """
        if not hasattr(self, "_homophones"):
            from pypinyin import lazy_pinyin

            index: dict[str, list[tuple[str, str, str]]] = {}
            for k in self._cjk:
                name = k.replace(" ", "")
                if len(name) < HOMOPHONE_MIN_CHARS or name != k:
                    continue
                whole = lazy_pinyin(name)  # readings in context (a polyphone reads as it does in the name)
                readings = whole if len(whole) == len(name) else [lazy_pinyin(c)[0] for c in name]
                for i, (char, reading) in enumerate(zip(name, readings, strict=True)):
                    if _CJK.match(char) and reading != char:
                        index.setdefault(name[:i] + "\0" + name[i + 1:], []).append((char, reading, k))
            self._homophones = index
        return self._homophones

    def _fuzzy(self, raw: str, key: str) -> Resolution:
        cjk = _is_cjk(key)
        pool = self._cjk if cjk else self._latin
        query = key.replace(" ", "") if cjk else _strip_en(_strip_en(_plain(key), _EN_FORM), _EN_SALT)
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
