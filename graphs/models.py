"""The model port: an optional langchain-core chat model and schema-checked calls to it.

With no model configured (the default) every caller takes its deterministic path. With one,
`structured_call` hands the caller's pydantic schema to the decoder (a llama.cpp grammar in
process, `response_format` over HTTP), bounds the answer's length and time, and uses the
answer only after it parses into the schema; anything else (an exception, a timeout, an
answer cut off at `max_tokens`, prose, wrong fields) returns None plus an audit event with
`ok=false, fallback=true`, and the caller falls back.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel

from carebridge.graphs.grammar import response_format
from carebridge.graphs.model_config import ModelConfig, ModelConfigError, load_model_config

T = TypeVar("T", bound=BaseModel)
# C0/C1 control characters other than tab and newline, and lone UTF-16 surrogates: valid in
# JSON (escaped) or emitted raw by loose grammars, but nothing a patient should see or a
# UTF-8 audit log can store.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
STREAM_TAG = "carebridge:stream"


class ModelUnavailable(RuntimeError):
    """A model was asked for but cannot be loaded; the message says what to do."""


class ModelTruncated(ValueError):
    """The answer hit `max_tokens` before the JSON object closed."""


def load_chat_model(config: ModelConfig | str | None = None, *, data_dir: Path | None = None) -> BaseChatModel | None:
    """Return the configured chat model, or None to run without one.

    `config` is a `ModelConfig`, a GGUF path or server URL, or None to read `CAREBRIDGE_MODEL`
    and `<data-dir>/config.toml`. A configured model that cannot be used is an error, not a
    silent fallback: the operator asked for a model and should know it is not being used.
    """
    try:
        if isinstance(config, str):
            cfg = load_model_config(data_dir, environ={"CAREBRIDGE_MODEL": config})
        else:
            cfg = config or load_model_config(data_dir)
    except ModelConfigError as exc:
        raise ModelUnavailable(f"{exc} Run `carebridge doctor` for a full check.") from None
    if not cfg.configured:
        return None
    if cfg.url:
        from carebridge.graphs.openai_http import ChatOpenAICompatible

        return ChatOpenAICompatible(cfg)
    from carebridge.graphs.gguf_info import file_problem

    problem = file_problem(Path(cfg.path or ""))
    if problem:
        raise ModelUnavailable(f"{problem} (model set by {cfg.source}). Run `carebridge doctor` for a full check, or "
                               "unset CAREBRIDGE_MODEL to run with the built-in rules and templates.")
    try:
        from carebridge.graphs.llama import ChatLlamaCpp
    except ImportError as exc:
        raise ModelUnavailable(f"llama-cpp-python is not installed ({exc}); reinstall carebridge with "
                               "`pip install -e .` (it compiles llama.cpp).") from None
    try:
        return ChatLlamaCpp(cfg)
    except (ValueError, RuntimeError, OSError) as exc:
        raise ModelUnavailable(f"llama.cpp could not load {cfg.path}: {exc}. Run `carebridge doctor` to see why.") from None


def model_id(model: BaseChatModel | None) -> str | None:
    """A short identifier of the model for the audit log."""
    if model is None:
        return None
    for attr in ("model_path", "model_name", "model"):
        value = getattr(model, attr, None)
        if isinstance(value, str) and value:
            return value
    return type(model).__name__


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return _CONTROL.sub(" ", value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


def _parse(schema: type[T], content: Any) -> T:
    if isinstance(content, BaseModel):
        return schema.model_validate(_clean(content.model_dump()))
    if isinstance(content, dict):
        return schema.model_validate(_clean(content))
    text = content if isinstance(content, str) else json.dumps(content)
    # NOTE: loose grammars (and some servers) emit raw control characters inside strings;
    # strict=False accepts them and `_clean` removes them from every decoded string.
    text = _CONTROL.sub(" ", text).strip()
    start, end = text.find("{"), text.rfind("}")
    if start == -1 or end < start:
        raise ValueError("no JSON object in the model's answer")
    return schema.model_validate(_clean(json.loads(text[start : end + 1], strict=False)))


def fit_user_text(model: BaseChatModel, system: str, user: str, *, reserve: int, prefix: str = "") -> tuple[str, int]:
    """`user` without its oldest characters as far as needed to leave `reserve` tokens of context.

    `prefix` comes before `user` in the same message and is never cut (instructions for this
    message). Returns (text, characters dropped). Only a model that knows its context size (`n_ctx`) and
    counts its own tokens is fitted; any other gets `user` whole, and an overflow then fails
    that one call cleanly (the caller's deterministic path answers).
    """
    n_ctx = getattr(model, "n_ctx", None)
    if not isinstance(n_ctx, int):
        return user, 0

    def fits(text: str) -> bool:
        return model.get_num_tokens_from_messages([SystemMessage(system), HumanMessage(prefix + text)]) <= n_ctx - reserve

    try:
        if fits(user):
            return user, 0
    except (NotImplementedError, ImportError):
        return user, 0
    low, high = 1, len(user)  # the fewest leading characters to drop; dropping all of them is the limit
    while low < high:
        mid = (low + high) // 2
        if fits(user[mid:]):
            high = mid
        else:
            low = mid + 1
    return user[low:], low


def structured_call(
    model: BaseChatModel | None,
    schema: type[T],
    system: str,
    user: str,
    *,
    purpose: str,
    prompt_version: str,
    max_tokens: int | None = None,
    stream: bool = False,
    fit_user: bool = False,
    user_prefix: str = "",
) -> tuple[T | None, dict[str, Any] | None]:
    """Ask `model` for a `schema` object; return (result or None, audit event or None).

    Put what is stable first: `system` is the cacheable prefix, `user` the part that varies.
    `stream=True` tags the call so a terminal can show its tokens as they come. `fit_user=True`
    drops the oldest part of `user` that would not fit the model's context beside `system` and
    the answer (for a conversation, whose latest words matter most); the event says how much.
    `user_prefix` opens the user message and is never dropped (what varies per call but is not
    the patient's words, such as the codes allowed for this message).
    """
    if model is None:
        return None, None
    started = time.perf_counter()
    event: dict[str, Any] = {
        "kind": "model", "purpose": purpose, "model": model_id(model), "prompt_version": prompt_version,
    }
    tags = [f"carebridge:{purpose}", *([STREAM_TAG] if stream else [])]
    kwargs: dict[str, Any] = {"response_format": response_format(schema)}
    if max_tokens:
        kwargs["max_tokens"] = max_tokens
    try:
        if fit_user:
            user, dropped = fit_user_text(model, system, user, prefix=user_prefix,
                                          reserve=int(max_tokens or getattr(model, "max_tokens", 0) or 512))
            if dropped:
                event["input_trimmed_chars"] = dropped
        message = model.with_config(tags=tags).invoke([SystemMessage(system), HumanMessage(user_prefix + user)], **kwargs)
        meta = dict(getattr(message, "response_metadata", None) or {})
        event.update({k: meta[k] for k in ("finish_reason", "prompt_tokens", "prompt_tokens_reused",
                                            "completion_tokens", "ttft_ms") if k in meta})
        if meta.get("finish_reason") == "timeout":
            raise TimeoutError("the model did not finish within timeout_s")
        if meta.get("finish_reason") == "length":
            raise ModelTruncated(f"the answer was cut off at max_tokens ({max_tokens or 'configured limit'})")
        result = _parse(schema, message.content)
    except Exception as exc:  # noqa: BLE001 - any model failure (crash, timeout, nonsense) means: use the rules' path
        event.update(ok=False, error=f"{type(exc).__name__}: {str(exc)[:200]}", fallback=True)
        result = None
    else:
        event.update(ok=True, output=result.model_dump(mode="json"))
    event["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result, event
