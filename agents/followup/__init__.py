"""Follow-up agent: the chat route for a discharged patient writing about their follow-up.

The follow-up conversation itself runs through `FollowupService.answer` (CLI
`carebridge followup answer`, a channel adapter, or a future API), which knows the
contact. In a general chat this agent screens the message for red flags (every message,
whatever else happens) and tells the patient how their follow-up reaches them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from carebridge.graphs.context import HospitalContext
from carebridge.graphs.state import HospitalState, Outcome
from carebridge.tools.kb.cite import HOSPITAL, Request, render, retrieve
from carebridge.tools.knowledge import load_knowledge
from carebridge.tools.triage_engine import rank, screen_message

# NOTE: only words about the follow-up itself; "after discharge" + a symptom must still reach triage.
_KEYWORDS = ("随访", "回访", "follow-up", "followup")


@dataclass(frozen=True)
class FollowupAgent:
    """Post-discharge follow-up (诊后随访) agent."""

    name: str = "followup"
    description: str = "Follow-up after discharge: answers to the nurse's follow-up questions and escalation to the nurse."
    keywords: tuple[str, ...] = field(default=_KEYWORDS)

    def build(self, model: BaseChatModel | None) -> Any:
        """Compile the follow-up chat subgraph; it needs no model."""
        kb = load_knowledge()

        def reply(state: HospitalState, runtime: Runtime[HospitalContext]) -> dict[str, Any]:
            lang = state.get("lang", "en")
            texts = [str(m.content) for m in state["messages"] if isinstance(m, HumanMessage)]
            _, flags, _ = screen_message(texts[-1] if texts else "", [], state.get("patient") or {}, None, [])
            flags += [f for f in state.get("red_flags", []) if f["id"] not in {g["id"] for g in flags}]
            zh = lang == "zh"
            lines = []
            if flags:
                worst = max(flags, key=lambda f: rank(f["urgency"]))
                lines.append(kb.advice(worst["urgency"], runtime.context.emergency_number).model_dump()["zh" if zh else "en"])
            lines.append("出院随访的问题会按计划发送给您；请直接回复随访消息，护士会看到您的回答。" if zh else
                         "Your follow-up questions are sent to you on schedule; reply to the follow-up message and "
                         "your nurse will see your answers.")
            # The advice above comes from the rules; retrieval only adds passages about the warning signs found.
            requests = []
            for f in flags:
                rule = next((r for r in kb.red_flags if r.id == f["id"]), None)
                if rule is not None:
                    label = rule.name.zh if zh else rule.name.en
                    requests.append(Request(about=label, query=label, collections=("builtin-conditions", HOSPITAL),
                                            must_mention=((rule.name.zh, rule.name.en),)))
            retrieval = retrieve(runtime.context.kb_search, requests, lang=lang)
            lines += render(retrieval, lang)
            events: list[dict[str, Any]] = [{"kind": "agent", "agent": self.name, "red_flags": [f["id"] for f in flags]}]
            if retrieval.status not in ("off", "none"):
                events.append({"kind": "tool", "name": "kb_search", "result": {
                    "status": retrieval.status, "citations": [c["id"] for c in retrieval.citations]}})
            outcome: Outcome = {"agent": self.name, "kind": "notice", "text": "\n".join(lines), "needs_review": False,
                                "result": {"red_flags": flags, "retrieval": retrieval.as_dict()},
                                "sources": [c["citation"] for c in retrieval.citations if c.get("citation")]}
            return {"outcome": outcome, "events": events}

        builder = StateGraph(HospitalState, context_schema=HospitalContext)
        builder.add_node("reply", reply)
        builder.add_edge(START, "reply")
        builder.add_edge("reply", END)
        return builder.compile(name=self.name)


plugin = FollowupAgent()
