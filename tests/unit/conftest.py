"""Knowledge-store fixtures: one store with the built-in collections and the demo documents, built once per run; and\none CareBridge service a test module shares (`cb`)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO_KB = ROOT / "demo" / "kb"


@pytest.fixture(scope="session")
def kb_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir whose knowledge store holds the four built-in collections and demo/kb (read-only for tests)."""
    from carebridge.tools.kb.ingest import ingest_builtin, ingest_paths
    from carebridge.tools.kb.store import KbConfig, open_store

    data_dir = tmp_path_factory.mktemp("kb-data")
    store = open_store(KbConfig.from_env(data_dir))
    ingest_builtin(store)
    report = ingest_paths(store, [DEMO_KB], "hospital")
    assert not report.failed, report.failed
    return data_dir


@pytest.fixture(scope="session")
def kb_store(kb_data_dir: Path):
    from carebridge.tools.kb.store import KbConfig, open_store

    return open_store(KbConfig.from_env(kb_data_dir))


@pytest.fixture(scope="module")
def cb(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """One CareBridge service over a fresh data dir, shared by the tests of one module (`cb.triage_once(...)`)."""
    from carebridge.service import CareBridge

    with CareBridge(Path(tmp_path_factory.mktemp(request.module.__name__.rsplit(".", 1)[-1]))) as app:
        yield app
