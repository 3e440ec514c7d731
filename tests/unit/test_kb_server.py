"""Scale-out: the same store code against a real Chroma server (HttpClient) started on 127.0.0.1 for this test."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

DEMO_KB = Path(__file__).resolve().parents[2] / "demo" / "kb"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path: Path):
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    if chroma is None:
        pytest.skip("the chroma command (chromadb's server) is not installed")
    port = _free_port()
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    proc = subprocess.Popen([chroma, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.skip(f"the Chroma server did not start (exit code {proc.poll()})")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_ingest_and_search_through_a_chroma_server(chroma_server: str, tmp_path: Path) -> None:
    from carebridge.tools.kb.ingest import ingest_paths
    from carebridge.tools.kb.store import KbConfig, open_store

    store = open_store(KbConfig(tmp_path / "unused", url=chroma_server))
    report = ingest_paths(store, [DEMO_KB], "hospital")
    assert len(report.added) == 7 and not report.failed
    assert not (tmp_path / "unused").exists()  # nothing local
    assert len(ingest_paths(store, [DEMO_KB], "hospital").unchanged) == 7
    # A second client (as another worker would have) sees the same store, in both languages, both vector paths.
    other = open_store(KbConfig(tmp_path / "unused", url=chroma_server))
    assert other.search("探视时间", k=1)[0]["section"] == "探视时间"
    other.vector_search = "hnsw"
    assert other.search("canteen opening hours", k=1, mode="vector")[0]["source"].endswith("parking_and_meals.en.pdf")
    assert [c["name"] for c in other.info()] == ["hospital"]
    assert other.drop("hospital") == 7 and other.names() == []


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_the_cli_uses_the_server_from_the_environment(chroma_server: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from typer.testing import CliRunner

    from carebridge.cli import app

    monkeypatch.setenv("CAREBRIDGE_CHROMA_URL", chroma_server)
    runner = CliRunner()
    base = ["--data-dir", str(tmp_path / "data"), "kb"]
    r = runner.invoke(app, [*base, "ingest", str(DEMO_KB / "visiting_rules.en.md"), "--json"])
    assert r.exit_code == 0, r.output
    listing = json.loads(runner.invoke(app, [*base, "list", "--json"]).stdout)
    assert listing["store"] == chroma_server and listing["collections"][0]["documents"] == 1
    assert not (tmp_path / "data" / "kb").exists()
