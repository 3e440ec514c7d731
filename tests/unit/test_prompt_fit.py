"""A long message still reaches the model: its oldest part gives way to the context window.

A long Chinese message beside the triage.extract prompt and the codes offered for it can exceed
the model's n_ctx. Before, such a call failed (safely: the rules answered)
and the model never helped; now the oldest characters are dropped, the latest kept, and the
audit event says how many. Counting uses the GGUF's own tokenizer, never langchain-core's
GPT-2 default (a download).
"""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from carebridge.agents.triage.extraction import candidate_codes, extract_codes_line, extract_prompt
from carebridge.graphs.model_config import ModelConfig
from carebridge.graphs.models import fit_user_text, load_chat_model
from carebridge.service import CareBridge
from carebridge.tools.knowledge import load_knowledge
from carebridge.tools.triage_engine import URGENCY_ORDER, PatientFacts

# About 3 bytes (the tiny model's tokens) per character, so 2500 characters are ~7500 tokens.
LONG_ZH = "我最近一直觉得不太舒服，" * 200 + "今天早上开始咳嗽，嗓子疼，有点发烧。"


@pytest.fixture(scope="module")
def small_ctx_model(tiny_gguf) -> Any:
    # Its own settings: the prompt and the codes line (~3k byte tokens) plus LONG_ZH (~7.5k) overflow 8192.
    return load_chat_model(ModelConfig(path=str(tiny_gguf), n_ctx=8192, n_threads=1, max_tokens=256, temperature=1.0,
                                       seed=3, timeout_s=30, cache_mb=0, source="test"))


def _tokens(model: Any, system: str, user: str) -> int:
    return model.get_num_tokens_from_messages([SystemMessage(system), HumanMessage(user)])


def test_the_model_counts_its_own_tokens(small_ctx_model) -> None:
    # Byte-level vocabulary: one token per UTF-8 byte, so the count is checkable by hand.
    assert small_ctx_model.get_num_tokens("abc 胸痛") == len("abc 胸痛".encode())
    assert _tokens(small_ctx_model, "s", "hello") > len("shello")  # the chat template's own tokens count too


def test_a_long_message_keeps_its_latest_words_and_just_fits(small_ctx_model) -> None:
    system = extract_prompt()
    prefix = extract_codes_line(candidate_codes(load_knowledge(), set(), PatientFacts(age_years=30, sex="F"), "routine"))
    reserve = 256
    budget = small_ctx_model.n_ctx - reserve
    assert _tokens(small_ctx_model, system, prefix + LONG_ZH) > budget  # the premise: whole, it does not fit
    text, dropped = fit_user_text(small_ctx_model, system, LONG_ZH, reserve=reserve, prefix=prefix)
    assert dropped > 0 and text == LONG_ZH[dropped:]
    assert text.endswith("嗓子疼，有点发烧。")
    assert _tokens(small_ctx_model, system, prefix + text) <= budget
    # The fewest characters dropped: one more kept would overflow. The codes line is never cut.
    assert _tokens(small_ctx_model, system, prefix + LONG_ZH[dropped - 1:]) > budget


def test_a_message_that_fits_is_left_whole(small_ctx_model) -> None:
    assert fit_user_text(small_ctx_model, "short system prompt", "我头疼两天了", reserve=256) == ("我头疼两天了", 0)


def test_models_that_cannot_count_get_the_text_whole() -> None:
    # A scripted model has no n_ctx; the HTTP model refuses to count (the server holds the tokenizer).
    assert fit_user_text(FakeListChatModel(responses=["{}"]), "s", LONG_ZH, reserve=10) == (LONG_ZH, 0)
    from carebridge.graphs.openai_http import ChatOpenAICompatible

    remote = ChatOpenAICompatible(ModelConfig(url="http://127.0.0.1:9/v1", source="test"))
    with pytest.raises(NotImplementedError):
        remote.get_num_tokens("hello")

    class Windowed(ChatOpenAICompatible):
        n_ctx: int = 4096  # even told a window, it cannot count, so nothing is cut

    assert fit_user_text(Windowed(ModelConfig(url="http://127.0.0.1:9/v1", source="test")), "s", LONG_ZH,
                         reserve=10) == (LONG_ZH, 0)


def test_triage_of_a_long_message_reaches_the_model(tmp_path, small_ctx_model) -> None:
    results = {}
    for name, model in (("rules", None), ("model", small_ctx_model)):
        cb = CareBridge(tmp_path / name, model=model)
        try:
            results[name] = cb.triage_once(LONG_ZH, age=58, sex="M")
            events = [e["data"] for s in cb.audit.sessions(limit=100) for e in cb.audit.entries(s["session_id"])
                      if e["kind"] == "model" and e["data"].get("purpose") == "triage.extract"]
        finally:
            cb.close()
    assert len(events) == 1
    event = events[0]
    assert event["input_trimmed_chars"] > 0
    assert "n_ctx" not in event.get("error", "")  # it was not refused for length
    assert 0 < event["prompt_tokens"] <= small_ctx_model.n_ctx
    # The rules read the whole message either way, and the model may only raise the urgency.
    assert URGENCY_ORDER.index(results["model"]["urgency"]) >= URGENCY_ORDER.index(results["rules"]["urgency"])
