"""Agent registry: built-in and third-party agents load from one entry-point group."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from importlib.metadata import entry_points

from carebridge.agents.base import AgentPlugin

ENTRY_POINT_GROUP = "carebridge.agents"
logger = logging.getLogger(__name__)
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class DuplicateAgentError(ValueError):
    """Two plugins claim the same agent name."""


class InvalidAgentError(TypeError):
    """An object does not satisfy `AgentPlugin`; the message says what is missing."""


def validate_plugin(plugin: object) -> AgentPlugin:
    """Check the static shape of a plugin, with a message a plugin author can act on."""
    if not isinstance(plugin, AgentPlugin):
        missing = [a for a in ("name", "description", "keywords", "build") if not hasattr(plugin, a)]
        raise InvalidAgentError(f"{plugin!r} is not an AgentPlugin: missing {', '.join(missing)}")
    if not isinstance(plugin.name, str) or not _NAME.match(plugin.name):
        raise InvalidAgentError(f"agent name {plugin.name!r} must be snake_case (a-z, 0-9, _)")
    if not isinstance(plugin.description, str) or not plugin.description.strip():
        raise InvalidAgentError(f"agent {plugin.name!r} needs a one-sentence description")
    if isinstance(plugin.keywords, str) or not all(isinstance(k, str) for k in plugin.keywords):
        raise InvalidAgentError(f"agent {plugin.name!r}: keywords must be a list of strings")
    if not callable(plugin.build):
        raise InvalidAgentError(f"agent {plugin.name!r}: build must be callable")
    return plugin


class AgentRegistry:
    """Name -> plugin, in registration order."""

    def __init__(self) -> None:
        """Start empty; call `load_entry_points` or `register`."""
        self._agents: dict[str, AgentPlugin] = {}
        self.skipped: list[tuple[str, str]] = []

    def register(self, plugin: object) -> None:
        """Add a plugin; raises `InvalidAgentError` or `DuplicateAgentError`."""
        checked = validate_plugin(plugin)
        if checked.name in self._agents:
            raise DuplicateAgentError(f"agent {checked.name!r} is already registered")
        self._agents[checked.name] = checked

    def load_entry_points(self, group: str = ENTRY_POINT_GROUP) -> None:
        """Register every plugin in `group`; a broken one is skipped with one log line."""
        for ep in entry_points(group=group):
            try:
                self.register(ep.load())
            except Exception as exc:  # noqa: BLE001 - a broken plugin must not take the ward down
                reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
                self.skipped.append((ep.name, reason))
                logger.warning("skipping agent plugin %r (%s): %s", ep.name, ep.value, reason)

    def __getitem__(self, name: str) -> AgentPlugin:
        """The plugin called `name`."""
        return self._agents[name]

    def __contains__(self, name: object) -> bool:
        """Whether an agent called `name` is registered."""
        return name in self._agents

    def __iter__(self) -> Iterator[AgentPlugin]:
        """Plugins in registration order."""
        return iter(self._agents.values())

    def __len__(self) -> int:
        """Number of registered agents."""
        return len(self._agents)

    @property
    def names(self) -> list[str]:
        """Registered agent names."""
        return list(self._agents)


def default_registry() -> AgentRegistry:
    """A registry with everything installed in the `carebridge.agents` group."""
    registry = AgentRegistry()
    registry.load_entry_points()
    return registry
