"""The knowledge store's one domain exception: a code for machines, a message that says what to do next."""

from __future__ import annotations


class KbError(ValueError):
    """Bad input or configuration for the knowledge store (unreadable file, unknown collection, bad embedder...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class KbUnavailable(KbError):
    """The store cannot be reached or opened (server down, data dir unusable); callers may carry on without it."""
