"""Agent plugins: the protocol, the registry and the contract check plugin authors run."""

from carebridge.agents.base import AgentGraph, AgentPlugin
from carebridge.agents.registry import (
    ENTRY_POINT_GROUP,
    AgentRegistry,
    DuplicateAgentError,
    InvalidAgentError,
    default_registry,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "AgentGraph",
    "AgentPlugin",
    "AgentRegistry",
    "DuplicateAgentError",
    "InvalidAgentError",
    "default_registry",
]
