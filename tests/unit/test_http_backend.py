"""The OpenAI-compatible HTTP backend against a real llama.cpp server (llama-cpp-python's) started on loopback.

Only these tests may open sockets, and only to 127.0.0.1.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from carebridge.agents.triage.extraction import extraction_schema
from carebridge.graphs.model_config import ModelConfig
from carebridge.graphs.models import load_chat_model, structured_call
from carebridge.service import CareBridge
from carebridge.tools.knowledge import load_knowledge

pytestmark = [pytest.mark.enable_socket, pytest.mark.allow_hosts(["127.0.0.1"])]
VIGNETTES = Path(__file__).resolve().parents[2] / "bench" / "triage_vignettes_blind8.jsonl"


@pytest.fixture(scope="module")
def server_url(tiny_gguf: Path) -> Iterator[str]:
    """`python -m llama_cpp.server` on 127.0.0.1, a port the OS picks, serving the tiny random model."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(tiny_gguf), "--host", "127.0.0.1", "--port", "0",
         "--n_ctx", "8192", "--n_threads", "1", "--verbose", "false"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found: list[str] = []

    def watch() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            m = re.search(r"Uvicorn running on (http://127\.0\.0\.1:\d+)", line)
            if m:
                found.append(m.group(1))
                break
        for _ in proc.stderr:  # keep draining so the server never blocks on a full pipe
            pass

    threading.Thread(target=watch, daemon=True).start()
    deadline = time.monotonic() + 120
    while not found and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    try:
        assert found, f"llama_cpp.server did not start (exit code {proc.poll()})"
        yield f"{found[0]}/v1"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def http_model(url: str, timeout_s: float = 60):
    return load_chat_model(ModelConfig(url=url, max_tokens=400, temperature=1.0, timeout_s=timeout_s))


def test_the_schema_reaches_the_server_and_answers_parse(server_url: str) -> None:
    model = http_model(server_url)
    assert model.list_models()
    schema = extraction_schema(load_knowledge())
    outcomes = []
    for seed in range(4):
        model.seed = seed
        result, event = structured_call(model, schema, "Extract the facts.", "我胸口疼三天了, fever 39",
                                        purpose="test", prompt_version="v", max_tokens=400)
        assert event["ok"] or event["error"].startswith("ModelTruncated"), event
        outcomes.append(event["ok"])
    # Random weights write valid JSON only because the server decoded under the schema's grammar
    # (llama-cpp-python's server takes the json_object dialect; the backend switched to it).
    assert sum(outcomes) >= 2 and model._style == "json_object"


def test_a_random_model_behind_the_server_changes_no_triage(server_url: str, tmp_path: Path) -> None:
    # Every 12th case: a mix of urgencies (the set opens with ambulance cases, which skip the model).
    cases = [json.loads(line) for line in VIGNETTES.read_text(encoding="utf-8").splitlines()[::12][:8]]
    asked = 0
    plain, remote = CareBridge(tmp_path / "plain"), CareBridge(tmp_path / "remote", model=http_model(server_url))
    for case in cases:
        a = plain.triage_once(case["text"], age=case.get("age"), sex=case.get("sex"))
        b = remote.triage_once(case["text"], age=case.get("age"), sex=case.get("sex"))
        assert (a["urgency"], a["red_flags"], a["department"]) == (b["urgency"], b["red_flags"], b["department"])
        events = [e["data"] for e in remote.audit.entries(b["session_id"]) if e["kind"] in ("model", "model_skipped")]
        # An ambulance case is answered by the rules without asking the model (it may only raise).
        assert events and (events[0].get("model") == "default" or b["urgency"] == "emergency_ambulance")
        asked += events[0].get("model") == "default"
    assert asked >= 4
    plain.close()
    remote.close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_that_is_down_falls_back_and_is_audited(tmp_path: Path) -> None:
    cb = CareBridge(tmp_path, model=http_model(f"http://127.0.0.1:{_closed_port()}/v1"))
    out = cb.triage_once("I cut my arm and I am bleeding heavily, it will not stop", age=40)
    assert out["urgency"] == "emergency"
    event = next(e["data"] for e in cb.audit.entries(out["session_id"]) if e["kind"] == "model")
    assert event["ok"] is False and event["fallback"] is True and "ConnectError" in event["error"]
    cb.close()


def test_a_server_that_hangs_times_out_and_the_rules_answer(tmp_path: Path) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True).start()
    cb = CareBridge(tmp_path, model=http_model(f"http://127.0.0.1:{listener.getsockname()[1]}/v1", timeout_s=0.5))
    started = time.monotonic()
    out = cb.triage_once("runny nose for two days", age=30)
    assert out["urgency"] == "self_care" and time.monotonic() - started < 10
    event = next(e["data"] for e in cb.audit.entries(out["session_id"]) if e["kind"] == "model")
    assert event["ok"] is False and event["fallback"] is True and "Timeout" in event["error"]
    cb.close()
    listener.close()
    for conn in accepted:
        conn.close()


def test_tokens_stream_from_the_server(server_url: str) -> None:
    from langchain_core.messages import HumanMessage

    chunks = list(http_model(server_url).stream([HumanMessage("hello")], max_tokens=16))
    assert len([c for c in chunks if c.content]) >= 3
    assert chunks[-1].response_metadata.get("finish_reason") or chunks[-2].response_metadata.get("finish_reason")
