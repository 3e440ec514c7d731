"""Test doubles: a scripted chat model (replays answers, records prompts)."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage


class ScriptedChatModel(GenericFakeChatModel):
    """Replays `messages` in order; binding tools is a no-op; remembers what it was asked."""

    seen: list[list[BaseMessage]] = []

    def bind_tools(self, tools: Any, **kwargs: Any) -> ScriptedChatModel:
        return self

    def invoke(self, input: Any, config: Any = None, **kwargs: Any) -> BaseMessage:  # noqa: A002
        self.seen.append(list(input))
        return super().invoke(input, config, **kwargs)


class BrokenChatModel(GenericFakeChatModel):
    """A model whose every call fails the way a crashed llama.cpp process does."""

    def invoke(self, input: Any, config: Any = None, **kwargs: Any) -> BaseMessage:  # noqa: A002
        raise RuntimeError("llama.cpp process exited with code -9")


def scripted(*answers: str) -> ScriptedChatModel:
    return ScriptedChatModel(messages=iter([AIMessage(a) for a in answers]), seen=[])
