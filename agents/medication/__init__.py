"""Medication agent: "can I take these together?" in Chinese or English, answered from sourced rules."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from pydantic import BaseModel, Field

from carebridge.graphs.context import HospitalContext
from carebridge.graphs.models import structured_call
from carebridge.graphs.state import HospitalState, Outcome
from carebridge.prompts import load_prompt, prompt_version
from carebridge.tools.evidence import rejection
from carebridge.tools.kb.cite import HOSPITAL, Request, render, retrieve
from carebridge.tools.medication.engine import MedInputError, default_engine
from carebridge.tools.medication.knowledge import load_med_knowledge
from carebridge.tools.medication.render import render_reply
from carebridge.tools.text import normalize

_KEYWORDS = (
    "一起吃", "同时吃", "能不能同时", "可以同时", "一起服用", "同时服用", "一起用", "合用", "相互作用", "药物相互作用",
    "能一起", "冲突吗", "用药检查", "能吃", "可以吃", "能不能吃", "可以一起", "together", "interaction", "interact", "can i take", "can i add",
    "safe to take", "take with", "mix with", "drug check", "medication check",
)
_ALLERGY_ZH = re.compile(r"对\s*([^，,。；;、\s]{1,20}?)\s*过敏")
# Words that look like a medicine even when the dictionary does not know them: a Chinese
# name ending in a dose form ("XX缓释片"), or a Latin word followed by a strength ("Xyz 10mg").
_ZH_PRODUCT = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:缓释片|控释片|肠溶片|分散片|胶囊|颗粒|口服液|注射液|片|丸))")
_LATIN_DOSED = re.compile(r"\b([A-Za-z][A-Za-z\-]{3,30})\s*\d+(?:\.\d+)?\s*(?:mg|mcg|µg|g)\b", re.I)
_FORM_WORDS = ("胶囊", "颗粒", "口服液", "注射液", "片", "丸", "缓释", "控释", "肠溶", "分散", "软")
_CONNECTORS = re.compile(r"我在吃|正在吃|在吃|我吃|还吃|服用|吃了|还有|以及|和|与|跟|及|、|能不能|可以|同时|一起|吃")
_EGFR = re.compile(r"(?:egfr|crcl|creatinine clearance|肾小球滤过率|肌酐清除率)\s*(?:is|of|=|:|：|为|是)?\s*(\d{1,3}(?:\.\d+)?)", re.I)
_ALLERGY_EN = re.compile(r"allergic to\s+([a-z][a-z\- ]{1,40}?)(?=[,.;!?]| and | but |$)|([a-z][a-z\-]{2,30}) allergy", re.I)


class _Named(BaseModel):
    name: str = Field(max_length=40)
    evidence: str = Field(max_length=40)


class MedExtraction(BaseModel):
    """What a model may propose: names with the verbatim words they came from."""

    # NOTE: the bounds are also the grammar's, so they bound the tokens a model can spend here.
    drugs: list[_Named] = Field(default_factory=list, max_length=12)
    allergies: list[_Named] = Field(default_factory=list, max_length=6)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text)).strip()


def verified(items: list[_Named], text: str) -> tuple[list[str], list[dict[str, str]]]:
    """Keep model items whose evidence holds up (`tools.evidence`: verbatim, substantive, not denied) and names them."""
    kept: list[str] = []
    dropped: list[dict[str, str]] = []
    for item in items:
        ev, name = _squash(item.evidence), _squash(item.name)
        why = rejection(item.evidence, text) or (None if name and name in ev else "the name is not in its evidence")
        if why is None:
            kept.append(item.name.strip())
        else:
            dropped.append({"name": item.name, "evidence": item.evidence, "why": why})
    return kept, dropped


def unrecognised_candidates(text: str, found: list[str]) -> list[str]:
    """Medicine-looking words the lexicon did not find, so they are reported as unknown, not skipped."""
    rest = unicodedata.normalize("NFKC", text)
    for name in sorted(found, key=len, reverse=True):
        rest = re.sub(re.escape(unicodedata.normalize("NFKC", name)), "|", rest, flags=re.I)
    rest = _CONNECTORS.sub("|", rest)
    out = [m.group(1).strip() for m in (*_ZH_PRODUCT.finditer(rest), *_LATIN_DOSED.finditer(rest))]
    return list(dict.fromkeys(w for w in out if w and len(_form_stem(w)) >= 2))


def _form_stem(word: str) -> str:
    """"降压" from "降压缓释胶囊": what is left once dose-form words are removed ("" for "肠溶片")."""
    stem = word
    changed = True
    while changed:
        changed = False
        for form in _FORM_WORDS:
            if stem.endswith(form):
                stem, changed = stem[: -len(form)], True
    return stem


def find_egfr(text: str) -> float | None:
    """An eGFR / creatinine clearance stated in the message ("eGFR 35", "肌酐清除率为28")."""
    m = _EGFR.search(text)
    return float(m.group(1)) if m and float(m.group(1)) <= 200 else None


_ALERT_WORDS = {"renal": ("kidney function", "肾功能"), "pregnancy": ("pregnancy", "妊娠"),
                "lactation": ("breastfeeding", "哺乳"), "dose": ("maximum daily dose", "每日最大剂量"),
                "allergy": ("allergy", "过敏")}


def med_requests(result: dict[str, Any], lang: str, limit: int = 4) -> list[Request]:
    """Retrieval for the most serious findings: each interaction pair, then each drug alert (kidney, pregnancy...)."""
    kb = load_med_knowledge()
    zh = lang == "zh"

    def names(drug_id: str) -> tuple[str, ...]:
        d = kb.drugs.get(drug_id)
        return tuple(dict.fromkeys((d.name_en, d.zh, *d.brands, *d.aliases))) if d else (drug_id,)

    def label(drug_id: str) -> str:
        d = kb.drugs.get(drug_id)
        return (d.zh if zh else d.name_en) if d else drug_id

    out: list[Request] = []
    for x in result["interactions"]:
        ids = list(x["drug_ids"])[:2]
        pair = " + ".join(label(i) for i in ids)
        # The rule's own mechanism words find the passage about this rule, in either drug's document.
        mechanism = x["mechanism"]["zh" if zh else "en"]
        out.append(Request(about=pair, query=" ".join(label(i) for i in ids) + " " + mechanism,
                           collections=("builtin-drugs", HOSPITAL), must_mention=tuple(names(i) for i in ids)))
    for a in result["alerts"]:
        words = _ALERT_WORDS.get(a["type"])
        if not words or not a.get("drugs"):
            continue
        drug = a["drugs"][0]
        out.append(Request(about=f"{label(drug)}（{words[1]}）" if zh else f"{label(drug)} ({words[0]})",
                           query=f"{label(drug)} {words[1] if zh else words[0]}", collections=("builtin-drugs", HOSPITAL),
                           must_mention=(names(drug),)))
    return out[:limit]


def find_allergies(text: str) -> list[str]:
    """Allergies stated in the message: "对青霉素过敏", "allergic to penicillin", "sulfa allergy"."""
    out = [m.group(1) for m in _ALLERGY_ZH.finditer(text)]
    for m in _ALLERGY_EN.finditer(text):
        out.append((m.group(1) or m.group(2)).strip())
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class MedicationAgent:
    """Interaction, allergy and dose checks of a free-text medicine list."""

    name: str = "medication"
    description: str = "Checks medicines taken together: interactions, allergies, dose, kidney function and pregnancy."
    keywords: tuple[str, ...] = field(default=_KEYWORDS)

    def build(self, model: BaseChatModel | None) -> Any:
        """Compile the medication subgraph; `model` may only propose names (with evidence)."""
        system = load_prompt("medication.extract")
        version = prompt_version("medication.extract")

        def check(state: HospitalState, runtime: Runtime[HospitalContext]) -> dict[str, Any]:
            # Loaded on first use (then cached), so starting carebridge for other agents stays fast.
            engine = default_engine()
            lang = state.get("lang", "en")
            text = next((str(m.content) for m in reversed(state["messages"]) if isinstance(m, HumanMessage)), "")
            events: list[dict[str, Any]] = []
            spans = engine.resolver.scan(text)
            names = [span for span, _ in spans]
            allergies = find_allergies(text)
            # Allergens named in the message ("对青霉素过敏") are not medicines the person takes.
            allergy_norm = {_squash(a) for a in allergies}
            names = [n for n in names if _squash(n) not in allergy_norm]
            proposed, event = structured_call(model, MedExtraction, system, text[-4000:],
                                              purpose="medication.extract", prompt_version=version, fit_user=True)
            if event:
                events.append(event)
            if proposed is not None:
                drugs_ok, dropped = verified(proposed.drugs, text)
                allergies_ok, dropped_a = verified(proposed.allergies, text)
                # The model can only add names the lexicon missed; each still goes through the resolver.
                lexicon_norm = {_squash(n) for n in names}
                names += [n for n in drugs_ok if _squash(n) not in lexicon_norm | allergy_norm]
                allergies += [a for a in allergies_ok if a not in allergies]
                if dropped or dropped_a:
                    events.append({"kind": "model_items_dropped", "purpose": "medication.extract", "items": dropped + dropped_a})
            names += unrecognised_candidates(text, names + allergies)
            patient = state.get("patient") or {}
            turn = state.get("turn") or {}
            pregnant = bool(patient.get("pregnant") or turn.get("pregnant"))
            events.append({"kind": "tool", "name": "medication_lexicon", "result": {"names": names, "allergies": allergies}})
            if not names:
                return _no_drugs(self.name, state, lang, events)
            try:
                result = engine.check(names, allergies=allergies, egfr=find_egfr(text), pregnant=pregnant, lang=lang)
            except MedInputError as exc:
                outcome: Outcome = {"agent": self.name, "kind": "notice", "text": exc.zh if lang == "zh" else exc.en,
                                    "needs_review": False, "result": {}, "sources": []}
                return {"outcome": outcome, "events": events, "active_agent": None}
            events.append({"kind": "tool", "name": "medication_check",
                           "result": {"drugs": [d["id"] for d in result["drugs"]], "unknown": [u["input"] for u in result["unknown"]],
                                      "interactions": [[x["id"], *x["drug_ids"], x["severity"]] for x in result["interactions"]],
                                      "alerts": [[a["type"], *a["drugs"], a["severity"]] for a in result["alerts"]]}})
            # Retrieval comes after the check and changes none of its findings: it only adds passages to cite.
            retrieval = retrieve(runtime.context.kb_search, med_requests(result, lang), lang=lang)
            result["retrieval"] = retrieval.as_dict()
            if retrieval.status != "off":
                events.append({"kind": "tool", "name": "kb_search", "result": {
                    "status": retrieval.status, "citations": [c["id"] for c in retrieval.citations]}})
            text = render_reply(result, lang)
            cited = render(retrieval, lang)
            if cited:
                text += "\n" + "\n".join(cited)
            # NOTE: information with a "talk to your pharmacist" instruction, not an order, so
            # it does not wait at the review gate (which would block the conversation).
            outcome = {"agent": self.name, "kind": "answer", "text": text, "needs_review": False,
                       "result": result, "sources": list(dict.fromkeys(
                           [s["citation"] for s in result["sources"]]
                           + [c["citation"] for c in retrieval.citations if c.get("citation")]))}
            return {"outcome": outcome, "events": events, "active_agent": None}

        builder = StateGraph(HospitalState, context_schema=HospitalContext)
        builder.add_node("check", check)
        builder.add_edge(START, "check")
        builder.add_edge("check", END)
        return builder.compile(name=self.name)


def _no_drugs(agent: str, state: HospitalState, lang: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    asked_before = any(e.get("kind") == "medication_asked" for e in state.get("events", []))
    if asked_before:
        text = ("我没有找到能识别的药名，无法检查。请写出药品的通用名或商品名（如：阿司匹林、波立维）。如有身体不适，请直接描述症状。"
                if lang == "zh" else
                "I could not find any medicine names I recognise, so I cannot check anything. Please write the generic "
                "or brand names (e.g. aspirin, Plavix). If you feel unwell, describe your symptoms instead.")
        outcome: Outcome = {"agent": agent, "kind": "notice", "text": text, "needs_review": False, "result": {}, "sources": []}
        return {"outcome": outcome, "events": events, "active_agent": None}
    text = ("请告诉我您正在服用或想服用的所有药物名称（通用名或商品名均可，如：阿司匹林、波立维、布洛芬）。"
            if lang == "zh" else
            "Which medicines do you take or want to take? List their names (generic or brand, e.g. aspirin, Plavix, ibuprofen).")
    outcome = {"agent": agent, "kind": "question", "text": text, "needs_review": False, "result": {}, "sources": []}
    return {"outcome": outcome, "events": [*events, {"kind": "medication_asked"}], "active_agent": agent}


plugin = MedicationAgent()
