"""The scale-out model: a langchain-core chat model over an OpenAI-compatible HTTP server.

For hospitals that run the model on a separate box (llama.cpp's `llama-server`, vLLM, or
llama-cpp-python's server). Plain `/v1/chat/completions` over httpx, streamed (SSE). The
schema goes as OpenAI's `response_format: {type: json_schema}`; a server that refuses it
(llama-cpp-python's server accepts only `{type: json_object, schema}`) is asked once more
in that form and remembered. A request timeout and a wall-clock deadline bound each call.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from typing import Any

import httpx
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

from carebridge.graphs.grammar import schema_of_response_format
from carebridge.graphs.model_config import ModelConfig

_ROLES = {"system": "system", "human": "user", "ai": "assistant", "tool": "tool"}


class ModelServerError(RuntimeError):
    """The model server answered with an error; the message says what it said."""


class ChatOpenAICompatible(BaseChatModel):
    """A model served over HTTP with the OpenAI chat-completions API."""

    base_url: str
    model_name: str = "default"
    max_tokens: int = 512
    timeout_s: float = 60.0
    temperature: float = 0.0
    seed: int = 0
    api_key_env: str | None = None
    _client: httpx.Client = PrivateAttr()
    _style: str = PrivateAttr(default="json_schema")

    def __init__(self, cfg: ModelConfig, **kwargs: Any) -> None:
        """Talk to `cfg.url` (e.g. http://10.0.0.5:8080/v1)."""
        super().__init__(base_url=(cfg.url or "").rstrip("/"), model_name=cfg.model_name or "default",
                         max_tokens=cfg.max_tokens, timeout_s=cfg.timeout_s, temperature=cfg.temperature,
                         seed=cfg.seed, api_key_env=cfg.api_key_env, **kwargs)
        self._client = httpx.Client(timeout=httpx.Timeout(cfg.timeout_s), trust_env=False)

    @property
    def _llm_type(self) -> str:
        return "openai-compatible"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"base_url": self.base_url, "model_name": self.model_name}

    def get_token_ids(self, text: str) -> list[int]:
        """Not known here: the server holds the tokenizer.

        langchain-core's default would fetch GPT-2's tokenizer (a download, and the wrong one), so
        counting is refused and callers send the text whole (the server rejects an overflow cleanly).
        """
        raise NotImplementedError("the server's tokenizer is not available locally")

    def _headers(self) -> dict[str, str]:
        key = os.environ.get(self.api_key_env) if self.api_key_env else None
        return {"Authorization": f"Bearer {key}"} if key else {}

    def list_models(self) -> list[str]:
        """Model names the server offers (`GET /models`)."""
        resp = self._client.get(f"{self.base_url}/models", headers=self._headers())
        resp.raise_for_status()
        return [str(m.get("id")) for m in resp.json().get("data", [])]

    def _format(self, fmt: Any) -> Any:
        schema = schema_of_response_format(fmt)
        if schema is None:
            return None
        if self._style == "json_object":
            return {"type": "json_object", "schema": schema}
        return {"type": "json_schema", "json_schema": {"name": (fmt.get("json_schema") or {}).get("name", "answer"),
                                                         "schema": schema}}

    def _payload(self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict[str, Any]) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "model": self.model_name, "stream": True, "stream_options": {"include_usage": True},
            "messages": [{"role": _ROLES.get(m.type, "user"), "content": m.content} for m in messages],
            "max_tokens": int(kwargs.get("max_tokens") or self.max_tokens),
            "temperature": self.temperature, "seed": self.seed,
        }
        if stop:
            payload["stop"] = stop
        fmt = self._format(kwargs.get("response_format"))
        if fmt is not None:
            payload["response_format"] = fmt
        return payload

    def _refused_format(self, attempt: int, payload: dict[str, Any], body: str) -> bool:
        # NOTE: servers disagree on the status (400, 422, even 500 from llama-cpp-python's server)
        # but name the field they refuse; then ask once more in the json_object dialect.
        if attempt == 0 and "response_format" in payload and self._style == "json_schema" and "response_format" in body:
            self._style = "json_object"
            return True
        return False

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        started = time.monotonic()
        deadline = started + float(kwargs.get("timeout_s") or self.timeout_s)
        for attempt in range(2):
            payload = self._payload(messages, stop, kwargs)
            with self._client.stream("POST", f"{self.base_url}/chat/completions", json=payload,
                                     headers=self._headers()) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    if self._refused_format(attempt, payload, resp.text):
                        continue
                    raise ModelServerError(f"the model server at {self.base_url} answered HTTP {resp.status_code}: "
                                           f"{resp.text[:200]}")
                yield from self._read_events(resp, started, deadline, run_manager)
                return

    def _read_events(self, resp: httpx.Response, started: float, deadline: float,
                     run_manager: CallbackManagerForLLMRun | None) -> Iterator[ChatGenerationChunk]:
        finish, usage, first, pieces = None, None, None, 0
        for line in resp.iter_lines():
            if time.monotonic() > deadline:
                finish = "timeout"
                break
            if not line.startswith("data:"):
                continue
            data = line[5:].strip()
            if data == "[DONE]":
                break
            event = json.loads(data)
            usage = event.get("usage") or usage
            for choice in event.get("choices") or []:
                finish = choice.get("finish_reason") or finish
                piece = (choice.get("delta") or {}).get("content")
                if piece:
                    first = first or time.monotonic()
                    pieces += 1
                    chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
                    if run_manager:
                        run_manager.on_llm_new_token(piece, chunk=chunk)
                    yield chunk
        done = time.monotonic()
        meta: dict[str, Any] = {"finish_reason": finish or "stop", "model_name": self.model_name,
                                "ttft_ms": round(((first or done) - started) * 1000, 1),
                                "total_ms": round((done - started) * 1000, 1)}
        usage_meta = None
        if usage:
            meta |= {"prompt_tokens": usage.get("prompt_tokens"), "completion_tokens": usage.get("completion_tokens")}
            usage_meta = {"input_tokens": int(usage.get("prompt_tokens") or 0),
                          "output_tokens": int(usage.get("completion_tokens") or 0),
                          "total_tokens": int(usage.get("total_tokens") or 0)}
        yield ChatGenerationChunk(message=AIMessageChunk(content="", response_metadata=meta, usage_metadata=usage_meta))  # type: ignore[arg-type]

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        # NOTE: without a token consumer one plain request is cheaper for both sides (and
        # llama-cpp-python's server streams a random model's invalid UTF-8 very slowly).
        started = time.monotonic()
        for attempt in range(2):
            payload = self._payload(messages, stop, kwargs) | {"stream": False}
            payload.pop("stream_options", None)
            resp = self._client.post(f"{self.base_url}/chat/completions", json=payload, headers=self._headers())
            if resp.status_code >= 400:
                if self._refused_format(attempt, payload, resp.text):
                    continue
                raise ModelServerError(f"the model server at {self.base_url} answered HTTP {resp.status_code}: "
                                       f"{resp.text[:200]}")
            break
        body = resp.json()
        choice = (body.get("choices") or [{}])[0]
        usage = body.get("usage") or {}
        done = time.monotonic()
        meta: dict[str, Any] = {"finish_reason": choice.get("finish_reason") or "stop", "model_name": self.model_name,
                                "prompt_tokens": usage.get("prompt_tokens"), "completion_tokens": usage.get("completion_tokens"),
                                "total_ms": round((done - started) * 1000, 1)}
        if done - started > float(kwargs.get("timeout_s") or self.timeout_s):
            meta["finish_reason"] = "timeout"
        message = AIMessage(content=(choice.get("message") or {}).get("content") or "", response_metadata=meta,
                            usage_metadata={"input_tokens": int(usage.get("prompt_tokens") or 0),
                                            "output_tokens": int(usage.get("completion_tokens") or 0),
                                            "total_tokens": int(usage.get("total_tokens") or 0)} if usage else None)
        return ChatResult(generations=[ChatGeneration(message=message)])
