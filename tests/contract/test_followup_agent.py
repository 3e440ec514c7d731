"""The follow-up agent satisfies the plugin contract and screens chat messages for red flags."""

from __future__ import annotations

from langchain_core.messages import HumanMessage

from carebridge.agents.followup import plugin
from carebridge.agents.registry import default_registry
from carebridge.agents.testing import assert_agent_contract
from carebridge.graphs.context import HospitalContext


def test_followup_plugin_contract():
    assert_agent_contract(plugin)
    assert "followup" in [p.name for p in default_registry()]


def _run(text, lang):
    state = {"messages": [HumanMessage(text)], "session_id": "s", "role": "patient", "mode": "oneshot", "lang": lang,
             "findings": {"present": [], "absent": []}, "red_flags": [], "events": []}
    return plugin.build(None).invoke(state, context=HospitalContext(emergency_number="999"))["outcome"]


def test_followup_chat_message_with_chest_pain_gets_emergency_advice():
    out = _run("关于随访：我现在胸口压着疼，出冷汗", "zh")
    assert out["kind"] == "notice" and "999" in out["text"]
    assert {f["id"] for f in out["result"]["red_flags"]} >= {"chest_pain_danger_features"}


def test_followup_chat_message_without_red_flags_explains_the_follow_up():
    out = _run("When is my follow-up call?", "en")
    assert out["result"]["red_flags"] == [] and "follow-up" in out["text"] and "999" not in out["text"]
