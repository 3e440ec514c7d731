"""The baseline for `model_speed.py`: LangGraph's prebuilt ReAct agent with the same model and the same engines as tools.

The tools wrap carebridge's deterministic engines (no model inside), so both sides can reach
the same facts; what differs is the control flow: ReAct lets the model pick a tool, write its
arguments, read the result and write the answer, re-reading the whole conversation each step.

With random weights a model would rarely follow that protocol by itself, so `ReactPath`
constrains each step to the protocol's shortest successful path, the way a capable model
behaves: the first step must be a tool call (grammar: one tool's JSON arguments), a step
after a tool result must be the answer (free text). The random model still writes every
token of the call and the answer; only its choice between calling and answering is made for it.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, SystemMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.tools import tool

SYSTEM = ("You are a hospital assistant. Use a tool to answer: triage for symptoms, check_medications for medicine "
          "questions, interpret_lab_report for lab results, read_followup_answer for a reply to a follow-up question. "
          "Then answer the patient briefly in their language, citing only what the tool returned.")


def make_tools() -> list[Any]:
    """carebridge's engines as LangChain tools (deterministic, no model)."""
    from carebridge.agents.triage import contract_result
    from carebridge.tools.followup.parse import parse_answer
    from carebridge.tools.followup.protocols import load_protocols
    from carebridge.tools.knowledge import load_knowledge
    from carebridge.tools.labs.engine import interpret_report
    from carebridge.tools.labs.parse import ReportInputError
    from carebridge.tools.medication.engine import MedInputError, default_engine
    from carebridge.tools.triage_engine import extract_findings, patient_facts
    from carebridge.tools.triage_engine import triage as run_triage

    kb = load_knowledge()
    question = load_protocols().get("heart_failure").questions[1]

    @tool
    def triage(text: str, age: float | None = None) -> str:
        """Urgency, red flags and department for a patient's description of their symptoms.

        Args:
            text: The patient's own words.
            age: Age in years, if known.
        """
        found = extract_findings(text)
        decision = run_triage(found, patient_facts({"age_years": age}, None, found), kb)
        out = contract_result(decision, kb)
        return json.dumps({"urgency": out["urgency"], "red_flags": [f["en"] for f in out["red_flags"]],
                           "department": out["department"]["en"], "reasons": [r["en"] for r in out["reasons"]]})

    @tool
    def check_medications(drugs: list[str]) -> str:
        """Interactions and alerts for a list of medicine names (generic, brand or Chinese).

        Args:
            drugs: The medicine names, one per item.
        """
        try:
            result = default_engine().check(drugs[:12], lang="en")
        except MedInputError as exc:
            return json.dumps({"error": exc.en})
        return json.dumps({"drugs": [d["id"] for d in result["drugs"]], "unknown": [u["input"] for u in result["unknown"]],
                           "interactions": [[*x["drug_ids"], x["severity"], x["management"]["en"] if isinstance(x["management"], dict) else x["management"]]
                                            for x in result["interactions"]]}, ensure_ascii=False)

    @tool
    def interpret_lab_report(report: str) -> str:
        """Flags (normal, low, high, critical) for lab results pasted as text lines.

        Args:
            report: The report text, e.g. "Potassium 6.9 mmol/L".
        """
        try:
            result = interpret_report(report, lang="en")
        except ReportInputError as exc:
            return json.dumps({"error": str(exc)})
        return json.dumps({"critical": result["critical"], "results": [
            [r.get("analyte"), r["value"], r.get("unit"), r["flag"]] for r in result["results"]]}, ensure_ascii=False)

    @tool
    def read_followup_answer(reply: str) -> str:
        """Read a patient's reply to the follow-up question "Are you more breathless when lying flat?".

        Args:
            reply: The patient's reply.
        """
        parsed = parse_answer(reply, question)
        return json.dumps({"status": parsed.status, "value": parsed.value})

    return [triage, check_medications, interpret_lab_report, read_followup_answer]


class ReactPath(BaseChatModel):
    """A model held to the ReAct protocol's success path: call one tool, then answer."""

    inner: Any
    tools: list[Any] = []

    @property
    def _llm_type(self) -> str:
        return "react-path"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> ReactPath:
        """Remember the tools; each step decides whether they are offered."""
        return ReactPath(inner=self.inner, tools=list(tools))

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        # The tools stay in every prompt (as in a real ReAct run); only what may be written changes.
        after_tool = isinstance(messages[-1], ToolMessage)
        model = self.inner.bind_tools(self.tools, tool_choice="none" if after_tool else "required")
        message = model.invoke(messages)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(
            content=message.content, tool_calls=getattr(message, "tool_calls", []),
            response_metadata=message.response_metadata, usage_metadata=message.usage_metadata))])


def run_react(model: Any, text: str, recursion_limit: int = 8) -> dict[str, Any]:
    """One request through `create_react_agent`; tokens counted from every model call."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from langgraph.prebuilt import create_react_agent

        agent = create_react_agent(ReactPath(inner=model), make_tools(), prompt=SystemMessage(SYSTEM))
    try:
        out = agent.invoke({"messages": [("user", text)]}, {"recursion_limit": recursion_limit})
        messages = out["messages"]
        stopped = None
    except Exception as exc:  # noqa: BLE001 - a bench records what happened
        messages, stopped = [], f"{type(exc).__name__}: {exc}"
    calls = [m for m in messages if isinstance(m, AIMessage)]
    prompt = sum((m.usage_metadata or {}).get("input_tokens", 0) for m in calls)
    generated = sum((m.usage_metadata or {}).get("output_tokens", 0) for m in calls)
    evaluated = prompt - sum(m.response_metadata.get("prompt_tokens_reused") or 0 for m in calls)
    used_tool = any(isinstance(m, ToolMessage) for m in messages)
    final = calls[-1] if calls else None
    resolved = bool(final is not None and not final.tool_calls and str(final.content).strip() and used_tool)
    return {"calls": len(calls), "prompt_tokens": prompt, "generated_tokens": generated, "evaluated_tokens": evaluated,
            "resolved": resolved,
            "error": stopped}
