"""Deterministic bilingual explanations of abnormal results, built only from knowledge fields.

Each sentence names its sources by number; the numbers index `sources` in the output, so
a model that rephrases may cite only what is listed there.
"""

from __future__ import annotations

import re
from typing import Any

from carebridge.tools.labs.flags import range_text
from carebridge.tools.labs.knowledge import LabKnowledge

AI_LABEL = {"en": "AI-generated explanation, not a diagnosis; your doctor interprets your results.",
            "zh": "AI生成的解释，不是诊断；请以医生的解读为准。"}
CRITICAL_NOTICE = {
    "en": "⚠ Critical value: contact your care team or hospital now. Do not wait for your next appointment.",
    "zh": "⚠ 危急值：请立即联系您的医护团队或医院，不要等到下次复诊。",
}
_FLAG_WORDS = {
    "low": ("low", "偏低"), "high": ("high", "偏高"),
    "critical_low": ("critically low", "危急低值"), "critical_high": ("critically high", "危急高值"),
}
ABNORMAL = ("low", "high", "critical_low", "critical_high")


class _Numbering:
    def __init__(self, kb: LabKnowledge) -> None:
        self.kb = kb
        self.order: list[str] = []

    def n(self, source_id: str) -> int:
        if source_id not in self.order:
            self.order.append(source_id)
        return self.order.index(source_id) + 1

    def listing(self) -> list[dict[str, Any]]:
        return [{"n": i, "id": s, "citation": self.kb.sources.get(s, "the reference range printed on this report")}
                for i, s in enumerate(self.order, 1)]


def explain(results: list[dict[str, Any]], kb: LabKnowledge) -> dict[str, Any]:
    """`explanation` for the contract: one zh and one en paragraph per abnormal result, numbered sources."""
    numbering = _Numbering(kb)
    items = []
    for r in results:
        if r["flag"] not in ABNORMAL or not r.get("key"):
            continue
        a = kb.by_key(r["key"])
        direction = "low" if r["flag"] in ("low", "critical_low") else "high"
        en_word, zh_word = _FLAG_WORDS[r["flag"]]
        value = f"{r['value']}{'' if not r.get('unit') else ' ' + r['unit']}"
        rr = r.get("reference_range") or {}
        if r["range_source"] == "report":
            ref_n = numbering.n("report")
            ref_en = f"the report's own range {rr.get('text')} [{ref_n}]"
            ref_zh = f"报告自带参考范围 {rr.get('text')} [{ref_n}]"
        elif r["range_source"]:
            ref_n = numbering.n(r["range_source"])
            ref_en = f"reference {rr.get('text')} [{ref_n}]"
            ref_zh = f"参考范围 {rr.get('text')} [{ref_n}]"
        else:
            ref_en = ref_zh = ""
        crit_en = crit_zh = ""
        if r["flag"].startswith("critical") and r.get("critical_limits"):
            cl = r["critical_limits"]
            c_n = numbering.n(cl["source"])
            limit = range_text(None, cl["high"], cl["unit"] or "1") if direction == "high" else range_text(cl["low"], None, cl["unit"] or "1")
            limit = limit.replace("≤", "≥") if direction == "high" else limit.replace("≥", "≤")
            crit_en = f"; critical limit {limit} [{c_n}]"
            crit_zh = f"；危急值界限 {limit} [{c_n}]"
        ex = [numbering.n(s) for s in kb.explain_sources]
        cite = "".join(f"[{n}]" for n in ex)
        meaning = getattr(a, direction)
        en = (f"{a.en} {value} is {en_word} ({ref_en}{crit_en}). It measures {a.about.en} {cite}. "
              f"A {direction} value commonly relates to {meaning.en} {cite}; only your doctor can say what it means for you. "
              f"Ask your doctor: what may explain this result, whether it should be repeated, and whether any of your "
              f"medicines or other results matter.")
        zh = (f"{a.zh} {value}，{zh_word}（{ref_zh}{crit_zh}）。该项目反映{a.about.zh}{cite}。"
              f"{'偏低' if direction == 'low' else '偏高'}常见于{meaning.zh}{cite}；具体意义需由医生结合您的情况判断。"
              f"可以问医生：这个结果可能的原因是什么？是否需要复查？我用的药物或其他检查结果是否有影响？")
        if r["flag"].startswith("critical"):
            en = f"{CRITICAL_NOTICE['en']} {en}"
            zh = f"{CRITICAL_NOTICE['zh']}{zh}"
        items.append({"code": r["code"], "analyte": a.en, "analyte_zh": a.zh, "flag": r["flag"], "en": en, "zh": zh})
    if results and all(r.get("no_result") for r in results):
        # No line was a result: saying "nothing is outside its range" would suggest a normal report.
        none_en, none_zh = ("No lab result was found in this text, so nothing has been checked.",
                            "这段文字中没有找到化验结果，因此没有判断任何结果。")
    else:
        none_en, none_zh = "No value is outside its reference range.", "没有超出参考范围的结果。"
    return {"items": items, "sources": numbering.listing(), "ai_generated": True, "label": AI_LABEL,
            "diagnosis": False,
            "en": "\n".join(i["en"] for i in items) or none_en,
            "zh": "\n".join(i["zh"] for i in items) or none_zh}


_CITE = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_KEEP_WORDS = {"en": ("critically high", "critically low", "high", "low"), "zh": ("危急高值", "危急低值", "偏高", "偏低")}


def _numbers(text: str) -> set[str]:
    return set(_NUMBER.findall(_CITE.sub(" ", text)))


def rewrite_problem(template: str, text: str, cited: list[int], allowed: set[int], lang: str) -> str | None:
    """Why a model's rewording of `template` may not replace it, or None when it may.

    The rewording must cite only the listed sources, keep every number (values, limits) and
    every flag word, and add no number of its own: a rewording can change the words, never
    the facts.
    """
    markers = {int(n) for n in _CITE.findall(text)}
    if not set(cited) <= allowed or not markers <= allowed:
        return "cited sources that are not listed"
    want, got = _numbers(template), _numbers(text)
    if want - got:
        return f"left out numbers of the template ({', '.join(sorted(want - got))})"
    if got - want:
        return f"added numbers that are not in the template ({', '.join(sorted(got - want)[:5])})"
    lowered = text.lower()
    missing = [w for w in _KEEP_WORDS.get(lang, ()) if w in template.lower() and w not in lowered]
    if missing:
        return f"left out the flag words {', '.join(missing)}"
    return None
