"""Retrieval for agents: a search tool made by a factory, and numbered citations of what it found.

The deterministic decision (flags, severity, escalation) is made before and without any
of this: retrieval only adds passages an agent quotes and cites. `retrieve` never raises;
when the store is unavailable the agent still answers and says so.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from carebridge.tools.kb.errors import KbError, KbUnavailable
from carebridge.tools.text import normalize

logger = logging.getLogger(__name__)
HOSPITAL = "@hospital"  # stands for every collection that is not built-in (the hospital's own documents)
EXCERPT_CHARS = 160


class KbSearch(Protocol):
    """Search the knowledge store; raises `KbUnavailable` when it cannot."""

    def __call__(self, query: str, *, collections: Sequence[str], lang: str | None = None, k: int = 3,
                 must_mention: Sequence[Sequence[str]] = (), prefer_sections: Sequence[str] = ()) -> list[dict[str, Any]]:
        """Passages best first."""
        ...


@dataclass(frozen=True)
class Request:
    """One thing an agent wants a passage about: a query, where to look, words the passage must contain."""

    about: str  # shown before the excerpt, e.g. "钾" or "warfarin + ibuprofen"
    query: str
    collections: tuple[str, ...]
    # Each group: at least one of its words must occur in the passage (title, section or text).
    must_mention: tuple[tuple[str, ...], ...] = ()
    # Section headings that answer the request exactly (e.g. the analyte's own section); they come first.
    prefer_sections: tuple[str, ...] = ()
    k: int = 1


@dataclass
class Retrieval:
    """What retrieval gave an agent: status ("ok", "none", "unavailable", "off"), a message, numbered citations."""

    status: str
    message: str = ""
    citations: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The `retrieval` field of an agent's result."""
        return {"status": self.status, "message": self.message, "citations": self.citations}


def _occurs(word: str, hay: str) -> bool:
    w = normalize(word).strip()
    if not w:
        return False
    if w.isascii():
        # Latin names as whole words: "cr" must not match "increase".
        return re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", hay) is not None
    return w in hay


def mentions(hit: dict[str, Any], groups: Sequence[Sequence[str]]) -> bool:
    """True when every group has a word that occurs in the passage (case- and width-insensitive)."""
    hay = normalize(f"{hit.get('title') or ''}\n{hit.get('section') or ''}\n{hit.get('text') or ''}")
    return all(any(_occurs(w, hay) for w in group) for group in groups)


def make_kb_search(opener: Callable[[], Any], emergency_number: str = "120") -> KbSearch:
    """A search function over the store `opener()` returns, opened on first use (then kept).

    `emergency_number` is the hospital's: the built-in advice is written with it, so a store built for another
    number counts as stale.
    """
    state: dict[str, Any] = {}
    lock = threading.Lock()

    def store() -> Any:
        with lock:
            if "store" not in state:
                try:
                    state["store"] = opener()
                except KbUnavailable:
                    raise
                except KbError as exc:
                    raise KbUnavailable(exc.code, str(exc)) from exc
                from carebridge.tools.kb.ingest import builtin_status

                if builtin_status(state["store"], emergency_number) == "stale":
                    logger.warning("the built-in knowledge collections are older than the knowledge files; "
                                   "run carebridge kb ingest --builtin")
            return state["store"]

    def search(query: str, *, collections: Sequence[str], lang: str | None = None, k: int = 3,
               must_mention: Sequence[Sequence[str]] = (), prefer_sections: Sequence[str] = ()) -> list[dict[str, Any]]:
        st = store()
        existing = st.names()
        names: list[str] = []
        for c in collections:
            if c == HOSPITAL:
                names += [n for n in existing if not n.startswith("builtin-")]
            elif c in existing:
                names.append(c)
            else:
                raise KbUnavailable("collection_missing", f"the knowledge store has no {c} collection yet; build it with "
                                    "carebridge kb ingest --builtin")
        if not names:
            return []
        hits = st.search(query, collections=list(dict.fromkeys(names)), k=max(k * 10, 30), lang=lang)
        if must_mention:
            hits = [h for h in hits if mentions(h, must_mention)]
            # A passage whose title or heading names the subject beats one that only mentions it in passing.
            hits.sort(key=lambda h: not mentions({"title": h.get("title"), "section": h.get("section")}, must_mention))
        if prefer_sections:
            hits.sort(key=lambda h: h.get("section") not in prefer_sections)
        return hits[:k]

    return search


def default_kb_search(data_dir: Path, emergency_number: str = "120") -> KbSearch:
    """The store configured for `data_dir` (local, or $CAREBRIDGE_CHROMA_URL), opened on first use."""

    def opener() -> Any:
        from carebridge.tools.kb.store import KbConfig, open_store

        return open_store(KbConfig.from_env(data_dir))

    return make_kb_search(opener, emergency_number)


# Lines the built-in documents carry for retrieval (names, group members), not for reading.
_INDEX_LINES = re.compile(r"^(?:Also called: |其他名称：).*$|\s*[(（](?:Medicines in this group: |该类药物包括：)[^)）]*[)）]", re.M)


def readable(text: str) -> str:
    """A passage without the built-ins' name and group-member lists (they are there for retrieval)."""
    return _INDEX_LINES.sub("", text).strip()


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The first `limit` characters of a passage on one line (without the built-ins' name lists)."""
    flat = " ".join(readable(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def retrieve(kb: KbSearch | None, requests: Sequence[Request], *, lang: str, start: int = 1,
             limit: int = 4) -> Retrieval:
    """Best passage(s) per request, deduplicated, numbered from `start`; never raises."""
    if kb is None:
        return Retrieval("off")
    if not requests:
        return Retrieval("none")
    citations: list[dict[str, Any]] = []
    seen: set[str] = set()
    try:
        for req in requests:
            for hit in kb(req.query, collections=req.collections, lang=lang, k=req.k, must_mention=req.must_mention,
                          prefer_sections=req.prefer_sections):
                if hit["id"] in seen or len(citations) >= limit:
                    continue
                seen.add(hit["id"])
                citations.append({"n": start + len(citations), "about": req.about, "collection": hit["collection"],
                                  "id": hit["id"], "title": hit.get("title"), "section": hit.get("section"),
                                  "source": hit.get("source"), "citation": hit.get("citation"),
                                  "source_ids": hit.get("source_ids") or [], "excerpt": excerpt(hit.get("text") or "")})
    except KbError as exc:
        return Retrieval("unavailable", str(exc), citations)
    except Exception as exc:  # noqa: BLE001 - retrieval only adds passages; it must never break an answer
        logger.exception("knowledge retrieval failed")
        return Retrieval("unavailable", f"{type(exc).__name__}: {str(exc)[:160]}", citations)
    return Retrieval("ok" if citations else "none", "", citations)


def render(retrieval: Retrieval, lang: str) -> list[str]:
    """Reply lines: the numbered passages, or a note that retrieval was unavailable."""
    zh = lang == "zh"
    if retrieval.status == "unavailable":
        return ["（资料库检索暂不可用：" + retrieval.message + "。以上内容仍依据所列来源。）" if zh else
                f"(Knowledge-base retrieval was unavailable: {retrieval.message}. The answer above rests on the "
                "sources listed.)"]
    if not retrieval.citations:
        return []
    lines = ["参考资料（检索）：" if zh else "Related passages (retrieved):"]
    for c in retrieval.citations:
        where = c["title"] + (f" › {c['section']}" if c.get("section") and c["section"] != c["title"] else "")
        lines.append(f"[{c['n']}] {c['about']}：{c['excerpt']} —— {where}；{c['citation']}" if zh else
                     f"[{c['n']}] {c['about']}: {c['excerpt']} — {where}; {c['citation']}")
    return lines
