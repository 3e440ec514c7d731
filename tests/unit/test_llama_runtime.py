"""The real llama.cpp path on a tiny random-weight GGUF the tests write: template, grammar, streaming, limits, caching."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import BaseModel, Field
from typer.testing import CliRunner

from carebridge.agents.medication import MedExtraction
from carebridge.agents.report import Rephrased
from carebridge.agents.triage.extraction import extraction_schema
from carebridge.cli import app
from carebridge.graphs.grammar import UnsupportedSchema, decoding_schema, gbnf
from carebridge.graphs.models import structured_call
from carebridge.tools.followup.service import ModelAnswer
from carebridge.tools.knowledge import load_knowledge


def agent_schemas() -> list[type[BaseModel]]:
    """Every schema an agent sends to a model (the router's is built the same way from the registry)."""
    from typing import Literal

    from pydantic import create_model

    from carebridge.agents.registry import default_registry

    route = create_model("RouteChoice", agent=(Literal[tuple(default_registry().names)], ...))  # type: ignore[valid-type]
    return [extraction_schema(load_knowledge()), MedExtraction, ModelAnswer, Rephrased, route]


def test_the_chat_template_comes_from_the_gguf(tiny_model) -> None:
    loaded = tiny_model.loaded
    assert loaded.template_source == "gguf"
    tokens = loaded.tokens([{"role": "system", "content": "S"}, {"role": "user", "content": "胸口疼"}], None)
    text = loaded.llama.detokenize(tokens, special=True).decode()
    assert text == "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\n胸口疼<|im_end|>\n<|im_start|>assistant\n"


@pytest.mark.parametrize("schema", agent_schemas(), ids=lambda s: s.__name__)
def test_every_agent_schema_becomes_a_grammar_llama_cpp_accepts(tiny_model, schema) -> None:
    text = gbnf(decoding_schema(schema))
    if "char ::=" in text:  # free strings are strict JSON (no raw control characters, no \\u escapes)
        assert 'char ::= [^"\\\\\\x7F\\x00-\\x1F] | "\\\\" (["\\\\/bfnrt])' in text
    tiny_model.loaded.grammar(text)  # raises if llama.cpp's parser refuses it


@pytest.mark.parametrize("bad", [
    {"type": "string", "pattern": "^a+$"}, {"type": "number", "minimum": 0}, {"type": "integer", "minimum": 0},
    {"type": "string", "maxLength": 5000}])
def test_constraints_the_grammar_cannot_enforce_are_refused_when_the_schema_is_built(bad: dict[str, Any]) -> None:
    from carebridge.graphs.grammar import reduce_schema

    with pytest.raises(UnsupportedSchema):
        reduce_schema({"type": "object", "properties": {"x": bad}, "required": ["x"]})


@pytest.mark.parametrize("schema", agent_schemas(), ids=lambda s: s.__name__)
def test_a_finished_grammar_bound_answer_always_parses_into_the_schema(tiny_model, schema) -> None:
    # Random weights sample (temperature 1) all over the grammar; every answer that finished must
    # validate, and the only other outcome allowed is an answer cut off at max_tokens.
    outcomes = []
    for seed in range(12):
        model = tiny_model.model_copy(update={"seed": seed})
        result, event = structured_call(model, schema, "Extract the facts.", "我胸口疼三天了, fever 39 and aspirin 100mg",
                                        purpose="test", prompt_version="v", max_tokens=600)
        assert event is not None
        if event["ok"]:
            assert isinstance(result, schema)
            outcomes.append("ok")
        else:
            assert event["finish_reason"] == "length" and event["error"].startswith("ModelTruncated"), event
            outcomes.append("truncated")
    assert outcomes.count("ok") >= 6, outcomes  # the test is about finished answers: most must finish


def test_tokens_stream_as_they_are_generated(tiny_model) -> None:
    chunks = list(tiny_model.stream([SystemMessage("s"), HumanMessage("hello")], max_tokens=20))
    assert len([c for c in chunks if c.content]) >= 5
    whole = chunks[0]
    for c in chunks[1:]:
        whole += c
    assert whole.response_metadata["finish_reason"] in ("length", "stop")
    assert whole.usage_metadata["input_tokens"] > 0 and 0 < whole.usage_metadata["output_tokens"] <= 20


class _Small(BaseModel):
    answer: str = Field(max_length=200)


def test_an_answer_cut_off_at_max_tokens_falls_back(tiny_model) -> None:
    result, event = structured_call(tiny_model, _Small, "s", "u", purpose="t", prompt_version="v", max_tokens=3)
    assert result is None and event["ok"] is False and event["fallback"] is True
    assert event["finish_reason"] == "length" and event["completion_tokens"] == 3


def test_a_call_over_its_time_limit_falls_back(tiny_model) -> None:
    slow = tiny_model.model_copy(update={"timeout_s": 1e-6})
    result, event = structured_call(slow, _Small, "s", "u", purpose="t", prompt_version="v")
    assert result is None and event["fallback"] is True and event["error"].startswith("TimeoutError")


def test_a_prompt_longer_than_the_context_falls_back_with_the_fix(tiny_model) -> None:
    result, event = structured_call(tiny_model, _Small, "s", "x" * 20_000, purpose="t", prompt_version="v")
    assert result is None and event["fallback"] is True and "raise n_ctx" in event["error"]


def test_a_crash_inside_llama_cpp_falls_back(tiny_model, monkeypatch) -> None:
    def crash(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("llama_decode returned -1")

    with monkeypatch.context() as mp:
        mp.setattr(tiny_model.loaded.llama, "eval", crash)
        result, event = structured_call(tiny_model, _Small, "s", "a new prompt", purpose="t", prompt_version="v")
    assert result is None and event["fallback"] is True and "llama_decode" in event["error"]
    # The next call works again.
    _, event = structured_call(tiny_model, _Small, "s", "a new prompt", purpose="t", prompt_version="v", max_tokens=200)
    assert "error" not in event or event["error"].startswith("ModelTruncated")


def test_a_stable_prompt_prefix_is_read_once_even_when_agents_alternate(tiny_model) -> None:
    from carebridge.graphs.llama import _common_prefix

    system_a, system_b = "Agent A instructions. " * 40, "Agent B instructions. " * 40
    tokens = tiny_model.loaded.tokens
    # Everything up to the user's words: the system prompt and the user turn's header.
    prefix_a = _common_prefix(tokens([{"role": "system", "content": system_a}, {"role": "user", "content": "x"}], None),
                              tokens([{"role": "system", "content": system_a}, {"role": "user", "content": "y"}], None))
    assert prefix_a > 800

    def reused(system: str, user: str) -> int:
        _, event = structured_call(tiny_model, _Small, system, user, purpose="t", prompt_version="v", max_tokens=30)
        return event["prompt_tokens_reused"]

    reused(system_a, "first turn")
    assert reused(system_a, "first turn, and a second message") >= prefix_a  # the live KV cache
    assert reused(system_b, "another agent") < prefix_a / 10
    assert reused(system_a, "a third message") >= prefix_a  # restored from the saved prefix states


def test_setting_CAREBRIDGE_MODEL_is_enough_for_the_cli(tiny_gguf: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CAREBRIDGE_MODEL", str(tiny_gguf))
    monkeypatch.setenv("CAREBRIDGE_MODEL_N_CTX", "8192")
    monkeypatch.setenv("CAREBRIDGE_MODEL_N_THREADS", "1")
    # Not an ambulance case: there the rules answer without asking the model.
    text = "a sore throat and a runny nose for two days"
    r = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "triage", text, "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    monkeypatch.delenv("CAREBRIDGE_MODEL")
    rules_only = json.loads(CliRunner().invoke(app, ["--data-dir", str(tmp_path / "plain"), "triage", text, "--json"]).stdout)
    assert out["urgency"] == rules_only["urgency"]
    audit = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "audit", "show", out["session_id"], "--json"])
    events = [e for e in json.loads(audit.stdout)["entries"] if e["kind"] == "model"]
    assert events and events[0]["data"]["model"] == str(tiny_gguf) and "ok" in events[0]["data"]


def test_the_terminal_chat_shows_the_explanation_while_it_is_written(tiny_model, tmp_path: Path) -> None:
    import io

    from rich.console import Console

    from carebridge.cli import run_chat
    from carebridge.service import CareBridge

    cb = CareBridge(tmp_path, model=tiny_model)
    tokens: list[str] = []
    turn = cb.send("s-stream", "化验单：血钾 6.9 mmol/L", on_token=tokens.append)
    assert turn.reply["agent"] == "report" and "".join(tokens).startswith("{")  # the draft is the model's JSON
    terminal = io.StringIO()
    run_chat(cb, "s-term", iter(["Potassium 6.9 mmol/L"]), Console(file=terminal, force_terminal=True, width=100))
    assert "draft · being checked" in terminal.getvalue()
    piped = io.StringIO()
    run_chat(cb, "s-pipe", iter(["Potassium 6.9 mmol/L"]), Console(file=piped, width=100, color_system=None))
    assert "draft" not in piped.getvalue() and "CRITICAL HIGH" in piped.getvalue()
    cb.close()


def test_bound_tools_come_back_as_valid_tool_calls_or_answers(tiny_model) -> None:
    from langchain_core.tools import tool

    @tool
    def check_medications(drugs: list[str]) -> str:
        """Interactions for medicine names.

        Args:
            drugs: The medicine names.
        """
        return ""

    messages = [SystemMessage("Use a tool."), HumanMessage("warfarin and ibuprofen?")]
    for seed in range(3):
        model = tiny_model.model_copy(update={"seed": seed})
        call = model.bind_tools([check_medications], tool_choice="required").invoke(messages, max_tokens=600)
        assert call.tool_calls and call.tool_calls[0]["name"] == "check_medications"
        assert isinstance(call.tool_calls[0]["args"]["drugs"], list) and len(call.tool_calls[0]["args"]["drugs"]) <= 6
    answer = tiny_model.bind_tools([check_medications], tool_choice="none").invoke(messages, max_tokens=30)
    assert not answer.tool_calls and answer.content and not answer.content.startswith("<")
    prompt = tiny_model.loaded.llama.detokenize(tiny_model.loaded.tokens(
        [{"role": "user", "content": "x"}], [convert_to_openai_tool(check_medications)]), special=True).decode()
    assert "<tools>" in prompt and '"check_medications"' in prompt  # the GGUF's template renders the tools
