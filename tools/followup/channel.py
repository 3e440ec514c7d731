"""How questions reach a patient and replies come back. Text (terminal or API) is the default.

A channel only carries words. An SMS, phone or voice adapter implements `Channel.send` and
hands each reply it receives to `FollowupService.answer(actor, contact_id, text)`; the
service decides what is recorded, what escalates and what is asked next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable


@dataclass(frozen=True)
class OutgoingMessage:
    """One message to a patient."""

    contact_id: str
    patient_id: str
    lang: str
    text: str
    kind: Literal["question", "reask", "advice", "closing", "citations"]
    phone: str | None = None


@runtime_checkable
class Channel(Protocol):
    """Carries messages to the patient; replies come back through `FollowupService.answer`."""

    name: str

    def send(self, message: OutgoingMessage) -> None:
        """Deliver `message` (or queue it for delivery); must not raise for an ordinary failure."""
        ...


@dataclass
class TextChannel:
    """The default channel: messages are kept for the caller (CLI `--json`, an API response) to show."""

    name: str = "text"
    sent: list[OutgoingMessage] = field(default_factory=list)

    def send(self, message: OutgoingMessage) -> None:
        """Keep the message; the terminal or API caller prints it."""
        self.sent.append(message)
