from __future__ import annotations

from pathlib import Path

import pytest

from carebridge.agents.registry import AgentRegistry, default_registry
from carebridge.service import CareBridge


@pytest.fixture
def registry() -> AgentRegistry:
    return default_registry()


@pytest.fixture
def app(tmp_path: Path):
    cb = CareBridge(tmp_path / "data")
    yield cb
    cb.close()
