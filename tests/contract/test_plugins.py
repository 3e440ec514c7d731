"""Entry-point loading: built-ins pass the contract; broken third-party plugins are skipped."""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

import pytest

from carebridge.agents.registry import AgentRegistry, DuplicateAgentError, InvalidAgentError, default_registry
from carebridge.agents.testing import AgentContractError, assert_agent_contract

GOOD_PLUGIN = textwrap.dedent('''
    from dataclasses import dataclass
    from langgraph.graph import StateGraph, START, END
    from carebridge.graphs.state import HospitalState
    from carebridge.graphs.context import HospitalContext

    @dataclass(frozen=True)
    class Nutrition:
        name: str = "nutrition"
        description: str = "Answers diet questions from the hospital's nutrition leaflets."
        keywords: tuple = ("diet", "饮食", "营养")

        def build(self, model):
            def answer(state):
                return {"outcome": {"agent": self.name, "kind": "answer", "text": "Eat well.", "sources": [],
                                    "needs_review": False, "result": {}}}
            b = StateGraph(HospitalState, context_schema=HospitalContext)
            b.add_node("answer", answer); b.add_edge(START, "answer"); b.add_edge("answer", END)
            return b.compile(name=self.name)

    plugin = Nutrition()
''')


@pytest.fixture
def fake_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pip-installed-looking partner package with one good and two broken plugins."""
    (tmp_path / "partner_nutrition.py").write_text(GOOD_PLUGIN)
    (tmp_path / "partner_broken.py").write_text("plugin = object()\n")
    dist = tmp_path / "partner_agents-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: partner-agents\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(
        "[carebridge.agents]\nnutrition = partner_nutrition:plugin\n"
        "not_a_plugin = partner_broken:plugin\nmissing = partner_does_not_exist:plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_builtin_agents_pass_the_contract(registry: AgentRegistry) -> None:
    assert "triage" in registry
    for plugin in registry:
        assert_agent_contract(plugin)


def test_broken_plugins_are_skipped_with_one_log_line_each(fake_distribution: Path, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="carebridge.agents.registry"):
        registry = default_registry()
    assert {"triage", "nutrition"} <= set(registry.names)
    assert {name for name, _ in registry.skipped} == {"not_a_plugin", "missing"}
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 2 and all("\n" not in line for line in lines)
    assert any("partner_does_not_exist" in line for line in lines)
    assert_agent_contract(registry["nutrition"])


def test_third_party_agent_is_routed_by_keywords(fake_distribution: Path, tmp_path: Path) -> None:
    from carebridge.service import CareBridge

    cb = CareBridge(tmp_path / "d", registry=default_registry())
    turn = cb.send("n1", "what diet should I follow?")
    assert turn.reply["agent"] == "nutrition" and turn.reply["text"] == "Eat well."
    assert any(e["kind"] == "route" and e["data"]["how"] == "keywords" for e in cb.audit.entries("n1"))
    triage_turn = cb.send("n2", "I have a headache")
    assert triage_turn.reply["agent"] == "triage"
    cb.close()


def test_registry_rejects_duplicates_and_non_plugins(registry: AgentRegistry) -> None:
    with pytest.raises(DuplicateAgentError):
        registry.register(registry["triage"])
    with pytest.raises(InvalidAgentError, match="missing"):
        AgentRegistry().register(object())


def test_contract_helper_names_the_problem() -> None:
    class NoOutcome:
        name = "silent"
        description = "Never answers."
        keywords = ("x",)

        def build(self, model):
            from langgraph.graph import END, START, StateGraph

            from carebridge.graphs.state import HospitalState

            b = StateGraph(HospitalState)
            b.add_node("noop", lambda s: {})
            b.add_edge(START, "noop")
            b.add_edge("noop", END)
            return b.compile()

    with pytest.raises(AgentContractError, match="outcome.text"):
        assert_agent_contract(NoOutcome())
