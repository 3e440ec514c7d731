from __future__ import annotations

import os
from pathlib import Path

import pytest

from carebridge.agents.registry import AgentRegistry, default_registry
from carebridge.service import CareBridge

# A capable model for the `local_model` tests, read once: every other test runs without any
# model setting, whatever the developer's shell has configured.
CAPABLE_MODEL = os.environ.get("CAREBRIDGE_MODEL")


@pytest.fixture(autouse=True)
def _no_model_settings(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    for key in list(os.environ):
        if key.startswith("CAREBRIDGE_MODEL") or key == "CAREBRIDGE_CONFIG":
            monkeypatch.delenv(key)
    # A test that forgets --data-dir writes under a temporary "home", never the developer's real
    # per-user data dir (platformdirs reads XDG_DATA_HOME on Linux).
    monkeypatch.delenv("CAREBRIDGE_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.getbasetemp() / "xdg-data"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip = pytest.mark.skip(reason="needs a capable GGUF model: set CAREBRIDGE_MODEL=/path/model.gguf")
    for item in items:
        if "local_model" in item.keywords and not CAPABLE_MODEL:
            item.add_marker(skip)


@pytest.fixture
def registry() -> AgentRegistry:
    return default_registry()


@pytest.fixture
def app(tmp_path: Path):
    cb = CareBridge(tmp_path / "data")
    yield cb
    cb.close()


@pytest.fixture(scope="session")
def tiny_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random-weight llama GGUF (2 layers, 64 wide, byte-level tokenizer, ChatML template), written once."""
    from tests.tiny_gguf import TINY, write_gguf

    return write_gguf(tmp_path_factory.mktemp("model") / "tiny-random.gguf", TINY, seed=1234)


@pytest.fixture(scope="session")
def tiny_config(tiny_gguf: Path):
    """In-process settings for the tiny model: sampling at temperature 1 explores the grammar widely.

    One thread: a model this small gains nothing from two, and on a busy CI box llama.cpp's
    spinning thread pool is 50x slower when its threads compete for the cores.
    """
    from carebridge.graphs.model_config import ModelConfig

    # n_ctx: the tiny model's byte-level vocabulary spends about one token per character. The triage.extract call
    # once listed every symptom code (489 codes, 7.6k characters in stop 29) and at 8192 most prompts no longer fit;
    # it now lists only the codes that could raise a message's urgency (at most ~170), but conversations in the tests
    # run long, and long messages are fitted to the window anyway (tests/unit/test_prompt_fit.py).
    return ModelConfig(path=str(tiny_gguf), n_ctx=12288, n_threads=1, max_tokens=768, temperature=1.0, seed=7,
                       timeout_s=30, cache_mb=64, source="test")


@pytest.fixture(scope="session")
def tiny_model(tiny_config):
    from carebridge.graphs.models import load_chat_model

    return load_chat_model(tiny_config)
