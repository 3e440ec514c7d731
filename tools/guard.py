"""Input limits: who may ask, how much, and in what encoding. Errors say what to do next."""

from __future__ import annotations

import unicodedata

MAX_MESSAGE_CHARS = 4000
ROLES = ("patient", "nurse", "doctor")


class InputRejected(ValueError):
    """A message carbridge will not process; `code` is stable, messages are bilingual."""

    def __init__(self, code: str, en: str, zh: str) -> None:
        """Keep the machine code and both human messages."""
        super().__init__(en)
        self.code, self.en, self.zh = code, en, zh

    def as_dict(self) -> dict[str, str]:
        """The `{"code", "message", "message_zh"}` shape of the JSON error."""
        return {"code": self.code, "message": self.en, "message_zh": self.zh}


def check_message(raw: str | bytes) -> str:
    """Return the message as text, or raise `InputRejected` with advice."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputRejected(
                "binary_input",
                "The message is not readable text (not UTF-8). Please type or paste the text itself.",
                "消息不是可读的文字（非UTF-8编码）。请直接输入或粘贴文字内容。") from exc
    controls = sum(1 for ch in raw if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    if "\x00" in raw or controls > max(2, len(raw) // 100):
        raise InputRejected(
            "binary_input",
            "The message looks like binary data, not text. Please type or paste the text itself.",
            "消息看起来是二进制数据而非文字。请直接输入或粘贴文字内容。")
    text = raw.strip()
    if not text:
        raise InputRejected("empty_message", "The message is empty. Please describe the problem in a few words.",
                            "消息为空。请用几句话描述您的不适。")
    if len(text) > MAX_MESSAGE_CHARS:
        raise InputRejected(
            "message_too_long",
            f"The message is {len(text)} characters; the limit is {MAX_MESSAGE_CHARS}. "
            "Please describe the main problem briefly; a lab report goes to `carebridge report`.",
            f"消息共{len(text)}字，超过{MAX_MESSAGE_CHARS}字上限。请简要描述主要问题；化验单请使用 `carebridge report`。")
    return text


def check_role(role: str) -> str:
    """Return `role` if it is one carebridge knows."""
    if role not in ROLES:
        raise InputRejected("unknown_role", f"Unknown role {role!r}; use one of: {', '.join(ROLES)}.",
                            f"未知角色 {role!r}；可用角色：{', '.join(ROLES)}。")
    return role
