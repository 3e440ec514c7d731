"""The agent plugin protocol: what the supervisor graph needs from an agent."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeAlias, runtime_checkable

from langchain_core.language_models import BaseChatModel
from langgraph.graph.state import CompiledStateGraph

from carebridge.graphs.context import HospitalContext
from carebridge.graphs.state import HospitalState

AgentGraph: TypeAlias = CompiledStateGraph[HospitalState, HospitalContext, HospitalState, HospitalState]


@runtime_checkable
class AgentPlugin(Protocol):
    """An agent the hospital graph can hand a request to.

    `build` returns a compiled subgraph over `HospitalState`. It must run with `model=None`
    (deterministic fallback) and finish by writing `outcome` (see `graphs.state.Outcome`).
    """

    name: str  # snake_case; the node name and the router's label
    description: str  # one sentence the router model reads
    keywords: Sequence[str]  # lexicon routing without a model (zh and en)

    def build(self, model: BaseChatModel | None) -> Any:
        """Return the agent's compiled subgraph."""
        ...
