"""Report agent: reads a pasted lab report (or a file path), flags it, escalates critical values, explains."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
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
from carebridge.tools.kb.cite import HOSPITAL, Request, render, retrieve
from carebridge.tools.labs.engine import interpret_report, shown_value
from carebridge.tools.labs.escalation import escalate_critical
from carebridge.tools.labs.explain import AI_LABEL, rewrite_problem
from carebridge.tools.labs.parse import ReportInputError

# Routing words, plus the units that make a message "mostly analyte-value-unit lines".
_KEYWORDS = (
    # NOTE: multi-word English phrases only: a bare "lab" would match "labour", "result" would match
    # "as a result of a fall" and pull a symptom message away from triage.
    "化验单", "化验", "报告单", "检查结果", "检验结果", "检验报告", "体检报告", "血常规", "生化", "lab report", "lab result",
    "lab test", "blood test", "test result", "my results",
    "mmol/l", "umol/l", "μmol/l", "µmol/l", "mg/dl", "g/dl", "g/l", "10^9/l", "u/l", "iu/l", "pmol/l", "ng/ml",
)
_PATH = re.compile(r"(?:^|\s)(?P<path>[\w./~\\:-]+\.(?:json|csv|txt))(?:\s|$)", re.IGNORECASE)
MAX_FILE_BYTES = 2_000_000
_FLAG_WORDS = {
    "en": {"normal": "normal", "low": "low", "high": "high", "critical_low": "CRITICAL LOW",
           "critical_high": "CRITICAL HIGH", "unknown": "unknown"},
    "zh": {"normal": "正常", "low": "偏低", "high": "偏高", "critical_low": "危急低值", "critical_high": "危急高值",
           "unknown": "无法判断"},
}


class Rephrased(BaseModel):
    """A model's plain-language rewording of the template explanation."""

    # NOTE: no max_length: long text is bounded by max_tokens (a 4000-character bound would be
    # a 4000-deep grammar rule); the rewording is checked against the template before use.
    text: str = Field(min_length=1)
    cited: list[int] = Field(max_length=20)


def _report_text(message: str) -> tuple[str, str | None, str | None]:
    """(text, filename, problem): the message itself, or the file a path in it names."""
    m = _PATH.search(message)
    if m:
        path = Path(m.group("path")).expanduser()
        if path.is_file():
            if path.stat().st_size > MAX_FILE_BYTES:
                return message, None, f"the file {path.name} is too large (limit {MAX_FILE_BYTES} bytes)"
            data = path.read_bytes()
            for encoding in ("utf-8-sig", "gb18030"):
                try:
                    return data.decode(encoding), path.name, None
                except UnicodeDecodeError:
                    continue
            return message, None, f"the file {path.name} is not UTF-8 or GB18030 text"
    return message, None, None


def lab_requests(report: dict[str, Any], lang: str, limit: int = 4) -> list[Request]:
    """One retrieval per abnormal test (at most `limit`): lab education and the hospital's own documents."""
    from carebridge.tools.labs.education import section_heading
    from carebridge.tools.labs.explain import ABNORMAL
    from carebridge.tools.labs.knowledge import load_lab_knowledge

    kb = load_lab_knowledge()
    out: list[Request] = []
    for r in report["results"]:
        if r["flag"] not in ABNORMAL or not r.get("key") or len(out) >= limit:
            continue
        a = kb.by_key(r["key"])
        low = r["flag"] in ("low", "critical_low")
        name = a.zh if lang == "zh" else a.en
        words = ("偏低" if low else "偏高") if lang == "zh" else ("low" if low else "high")
        names = tuple(n for n in dict.fromkeys((a.zh, a.en, *a.aliases)) if len(n) >= 2 or not n.isascii())
        out.append(Request(about=name, query=f"{name} {words}", collections=("builtin-labs", HOSPITAL),
                           must_mention=(names,), prefer_sections=(section_heading(a, lang),)))
    return out


def render_reply(report: dict[str, Any], lang: str, explanation: str, extra: list[str] | None = None) -> str:
    """Patient-facing text: critical notice first, one line per result, explanation, retrieved passages, label."""
    words = _FLAG_WORDS[lang]
    lines = [report["critical_notice"][lang]] if report["critical"] else []
    if report.get("escalation"):
        lines.append("护士也已收到提醒。" if lang == "zh" else "A nurse has also been alerted.")
    for r in report["results"]:
        name = r["analyte_zh"] if lang == "zh" else r["analyte"]
        value = shown_value(r["value"])
        unit = f" {r['unit']}" if r.get("unit") else ""
        ref = (r.get("reference_range") or {}).get("text")
        tail = f" ({'参考' if lang == 'zh' else 'ref'} {ref})" if ref else ""
        reason = f" — {r['reason']}" if r["flag"] == "unknown" and r.get("reason") else ""
        lines.append(f"• {name}: {value}{unit} {words[r['flag']]}{tail}{reason}")
    if report["explanation"]["items"]:
        # The critical notice already opens the reply; the explanation need not repeat it.
        lines += ["", explanation.replace(report["critical_notice"][lang], "").strip() if report["critical"] else explanation]
    sources = report["explanation"]["sources"]
    if sources:
        lines += [""] + [f"[{s['n']}] {s['citation']}" for s in sources]
    if extra:
        lines += ["", *extra]
    lines.append(AI_LABEL[lang])
    return "\n".join(lines)


@dataclass(frozen=True)
class ReportAgent:
    """Lab report interpretation (化验单解读)."""

    name: str = "report"
    description: str = "Lab report interpretation: flags each value against sourced ranges, escalates critical values, explains."
    keywords: tuple[str, ...] = field(default=_KEYWORDS)

    def build(self, model: BaseChatModel | None) -> Any:
        """Compile the report subgraph; `model` (optional) may only rephrase the explanation."""

        def interpret(state: HospitalState, runtime: Runtime[HospitalContext]) -> dict[str, Any]:
            lang = state.get("lang", "en")
            message = next((str(m.content) for m in reversed(state["messages"]) if isinstance(m, HumanMessage)), "")
            text, filename, problem = _report_text(message)
            patient = state.get("patient") or {}
            events: list[dict[str, Any]] = []
            try:
                if problem:
                    raise ReportInputError("unreadable_file", problem)
                report = interpret_report(text, age=patient.get("age_years"), sex=patient.get("sex"), lang=lang,
                                          filename=filename)
            except ReportInputError as exc:
                return {"outcome": _ask(self.name, lang, str(exc)), "events": [
                    {"kind": "tool", "name": "interpret_report", "error": exc.code}]}
            if not report["results"] or report.get("no_result"):
                return {"outcome": _ask(self.name, lang, None), "events": [
                    {"kind": "tool", "name": "interpret_report", "result": "no lab values"}]}
            events.append({"kind": "tool", "name": "interpret_report", "args": {"format": report["format"]},
                           "result": {"critical": report["critical"], "counts": report["counts"]}})
            if report["critical"]:
                data_dir = runtime.context.data_dir
                if data_dir:
                    items = escalate_critical(report, Path(data_dir), ref=state.get("session_id"))
                    report["escalation"] = items
                    events.append({"kind": "escalation", "to": "nurse_inbox", "items": [i["id"] for i in items]})
                else:
                    events.append({"kind": "escalation", "to": "nurse_inbox", "skipped": "no data_dir in context"})
            explanation = report["explanation"][lang]
            if report["explanation"]["items"]:
                allowed = {s["n"] for s in report["explanation"]["sources"]}
                rephrased, event = structured_call(
                    model, Rephrased, load_prompt("report.explain").format(lang_name="Chinese" if lang == "zh" else "English"),
                    explanation, purpose="report.explain", prompt_version=prompt_version("report.explain"), stream=True)
                if event:
                    events.append(event)
                # The model may only reword: same numbers, flag words and sources, else the template stays.
                problem = None if rephrased is None else rewrite_problem(
                    explanation, rephrased.text, rephrased.cited, allowed, lang)
                if rephrased is not None and problem is None:
                    explanation = rephrased.text
                elif rephrased is not None:
                    events.append({"kind": "model_output_rejected", "reason": problem})
            # Retrieval comes after every decision above and changes none of them: it only adds passages to cite,
            # numbered after the knowledge sources the explanation already cites.
            retrieval = retrieve(runtime.context.kb_search, lab_requests(report, lang), lang=lang,
                                 start=len(report["explanation"]["sources"]) + 1)
            report["retrieval"] = retrieval.as_dict()
            if retrieval.status != "off":
                events.append({"kind": "tool", "name": "kb_search", "result": {
                    "status": retrieval.status, "citations": [c["id"] for c in retrieval.citations]}})
            outcome: Outcome = {
                "agent": self.name, "kind": "answer", "text": render_reply(report, lang, explanation, render(retrieval, lang)),
                # NOTE: no review pause: the review gate is built around the triage summary. A
                # critical value goes to the nurse inbox instead, where a nurse acts and signs it off.
                "needs_review": False, "result": report,
                "sources": list(dict.fromkeys([s["citation"] for s in report["explanation"]["sources"]]
                                              + [c["citation"] for c in retrieval.citations if c.get("citation")])),
            }
            return {"outcome": outcome, "events": events, "active_agent": None}

        builder = StateGraph(HospitalState, context_schema=HospitalContext)
        builder.add_node("interpret", interpret)
        builder.add_edge(START, "interpret")
        builder.add_edge("interpret", END)
        return builder.compile(name=self.name)


def _ask(agent: str, lang: str, problem: str | None) -> Outcome:
    if lang == "zh":
        text = (f"无法读取化验单：{problem}\n" if problem else "没有在您的消息中找到化验结果。") + \
            "请把结果逐行粘贴，例如“血钾 6.9 mmol/L”，或给出报告文件路径（FHIR JSON、CSV 或文本）。"
    else:
        text = (f"I could not read the report: {problem}\n" if problem else "I found no lab values in your message. ") + \
            "Paste the results one per line, e.g. 'Potassium 6.9 mmol/L', or give the path of a FHIR JSON, CSV or text file."
    return {"agent": agent, "kind": "question", "text": text, "needs_review": False, "result": {}, "sources": []}


plugin = ReportAgent()
