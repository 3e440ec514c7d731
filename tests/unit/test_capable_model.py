"""With a capable model (CAREBRIDGE_MODEL pointing at e.g. a Qwen2.5-1.5B-Instruct GGUF): it adds what the lexicon misses.

Skipped unless CAREBRIDGE_MODEL is set when pytest starts. These check that a real model's
answers get through the evidence checks, which a random model's never do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from carebridge.graphs.models import load_chat_model
from carebridge.service import CareBridge
from tests.conftest import CAPABLE_MODEL

pytestmark = pytest.mark.local_model


@pytest.fixture(scope="module")
def capable():
    return load_chat_model(CAPABLE_MODEL)


def test_a_symptom_the_lexicon_misses_is_added_with_its_evidence(capable, tmp_path: Path) -> None:
    cb = CareBridge(tmp_path, model=capable)
    out = cb.triage_once("I feel unwell, puffing hard after a few steps", age=40)
    findings = next(e["data"] for e in cb.audit.entries(out["session_id"]) if e["kind"] == "model_findings")
    assert "dyspnea" in findings["added"] and out["urgency"] in ("urgent", "emergency", "emergency_ambulance")
    cb.close()


def test_a_medicine_question_without_keywords_is_routed_by_the_model(capable, tmp_path: Path) -> None:
    cb = CareBridge(tmp_path, model=capable)
    turn = cb.send("s", "My grandfather is on warfarin. Is it a problem if he also has ibuprofen for his knee?")
    route = next(e["data"] for e in cb.audit.entries("s") if e["kind"] == "route")
    assert turn.reply["agent"] == "medication" and route["how"] in ("keywords", "model")
    assert any(x["severity"] in ("major", "contraindicated") for x in turn.reply["result"]["interactions"])
    cb.close()
