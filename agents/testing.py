"""`assert_agent_contract`: the checks a plugin author runs in their own test suite.

    from carebridge.agents.testing import assert_agent_contract
    from my_radiology_agent import plugin

    def test_contract():
        assert_agent_contract(plugin)
"""

from __future__ import annotations

from typing import Any

from langchain_core.messages import HumanMessage

from carebridge.agents.base import AgentPlugin
from carebridge.agents.registry import validate_plugin
from carebridge.graphs.context import HospitalContext

SAMPLE_MESSAGES = ("I have had a mild cough for two days", "我咳嗽两天了")


class AgentContractError(AssertionError):
    """A plugin breaks the agent contract; the message says which rule and how to fix it."""


def assert_agent_contract(plugin: object) -> AgentPlugin:
    """Check shape, that `build(None)` works without a model, and that a run writes `outcome`."""
    try:
        checked = validate_plugin(plugin)
    except TypeError as exc:
        raise AgentContractError(str(exc)) from exc
    graph = checked.build(None)
    if not hasattr(graph, "invoke"):
        raise AgentContractError(f"{checked.name}.build(None) must return a compiled graph, got {type(graph)!r}")
    for text in SAMPLE_MESSAGES:
        state: dict[str, Any] = {
            "messages": [HumanMessage(text)], "session_id": "contract-check", "role": "patient",
            "mode": "oneshot", "lang": "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en",
            "findings": {"present": [], "absent": []}, "red_flags": [], "events": [],
        }
        out = graph.invoke(state, context=HospitalContext())
        outcome = out.get("outcome") if isinstance(out, dict) else None
        if not isinstance(outcome, dict) or not isinstance(outcome.get("text"), str) or not outcome["text"].strip():
            raise AgentContractError(f"{checked.name}: a run must write outcome.text (a non-empty string) for {text!r}")
        if outcome.get("kind") not in ("question", "answer", "notice"):
            raise AgentContractError(f"{checked.name}: outcome.kind must be question, answer or notice")
        if not isinstance(outcome.get("sources", []), list):
            raise AgentContractError(f"{checked.name}: outcome.sources must be a list")
    return checked
