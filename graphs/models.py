"""The model port: an optional langchain-core chat model and schema-checked calls to it.

With no model configured (the default) every caller takes its deterministic path. A
model's answer is only used after it parses into the caller's pydantic schema; anything
else (an exception, a timeout, prose, wrong fields) returns None plus an audit event, and
the caller falls back. The llama.cpp runtime itself is `carebridge` issue 6.
"""

from __future__ import annotations

import json
import os
import re
import time
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, ValidationError

T = TypeVar("T", bound=BaseModel)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ModelUnavailable(RuntimeError):
    """A model was asked for but cannot be loaded; the message says what to do."""


def load_chat_model(path: str | None = None) -> BaseChatModel | None:
    """Return the configured chat model, or None to run without one.

    `path` (or `CAREBRIDGE_MODEL`) names a local GGUF file. This build has no llama.cpp
    runtime yet, so a configured path is an error rather than a silent fallback: the
    operator asked for a model and should know it is not being used.
    """
    path = path or os.environ.get("CAREBRIDGE_MODEL") or None
    if path is None:
        return None
    raise ModelUnavailable(
        f"CAREBRIDGE_MODEL is set to {path!r}, but this carebridge build has no llama.cpp "
        "runtime yet. Unset CAREBRIDGE_MODEL to run with the built-in rules and templates."
    )


def model_id(model: BaseChatModel | None) -> str | None:
    """A short identifier of the model for the audit log."""
    if model is None:
        return None
    for attr in ("model_path", "model_name", "model"):
        value = getattr(model, attr, None)
        if isinstance(value, str) and value:
            return value
    return type(model).__name__


def _parse(schema: type[T], content: Any) -> T:
    if isinstance(content, BaseModel):
        return schema.model_validate(content.model_dump())
    if isinstance(content, dict):
        return schema.model_validate(content)
    text = content if isinstance(content, str) else json.dumps(content)
    # NOTE: grammar-constrained decoders can emit raw control characters inside strings;
    # strip them so a structurally valid answer still parses.
    text = _CONTROL.sub(" ", text).strip()
    start, end = text.find("{"), text.rfind("}")
    if start == -1 or end < start:
        raise ValueError("no JSON object in the model's answer")
    return schema.model_validate(json.loads(text[start : end + 1], strict=False))


def structured_call(
    model: BaseChatModel | None,
    schema: type[T],
    system: str,
    user: str,
    *,
    purpose: str,
    prompt_version: str,
) -> tuple[T | None, dict[str, Any] | None]:
    """Ask `model` for a `schema` object; return (result or None, audit event or None)."""
    if model is None:
        return None, None
    started = time.perf_counter()
    event: dict[str, Any] = {
        "kind": "model", "purpose": purpose, "model": model_id(model), "prompt_version": prompt_version,
    }
    try:
        message = model.invoke([SystemMessage(system), HumanMessage(user)])
        result = _parse(schema, message.content)
    except (ValidationError, ValueError, TimeoutError, RuntimeError, OSError) as exc:
        event.update(ok=False, error=f"{type(exc).__name__}: {str(exc)[:200]}", fallback=True)
        result = None
    else:
        event.update(ok=True, output=result.model_dump(mode="json"))
    event["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result, event
