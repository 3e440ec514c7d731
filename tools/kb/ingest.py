"""Ingest files and folders into a collection: skip unchanged files, replace changed ones, report the rest.

A file that cannot be read is reported (code + message) and leaves what the store held
for it untouched; the run carries on with the next file. A store failure stops the run
(the remaining files are not attempted) with everything committed so far intact.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from carebridge.tools.kb.chunk import MAX_CHARS, Chunk, chunk_sections
from carebridge.tools.kb.errors import KbError
from carebridge.tools.kb.readers import KINDS, MAX_FILE_BYTES, Document, read_document
from carebridge.tools.kb.store import KnowledgeStore

MAX_CHUNKS_PER_FILE = 20_000
# Documents are written in batches (one manifest commit per batch): far fewer store round trips.
FLUSH_CHUNKS = 2000
FLUSH_DOCS = 300
Progress = Callable[[int, int, str], None]


@dataclass
class IngestReport:
    """What one `ingest` run did, file by file."""

    collection: str
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)  # not a supported type, inside a folder
    failed: list[dict[str, str]] = field(default_factory=list)
    chunks: int = 0
    repaired: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of `kb ingest --json`."""
        return {"collection": self.collection, "added": self.added, "replaced": self.replaced,
                "unchanged": self.unchanged, "removed": self.removed, "skipped": self.skipped, "failed": self.failed,
                "chunks_written": self.chunks, "repaired_chunks": self.repaired, "seconds": round(self.seconds, 3)}


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[dict[str, str]], list[dict[str, str]]]:
    """(files to read, skipped files, problems): folders are walked (hidden entries ignored), files taken as given."""
    files: list[Path] = []
    skipped: list[dict[str, str]] = []
    problems: list[dict[str, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for p in sorted(path.rglob("*")):
                if any(part.startswith(".") for part in p.relative_to(path).parts) or not p.is_file():
                    continue
                if p.suffix.lower() in KINDS:
                    found.append(p)
                else:
                    skipped.append({"path": str(p), "reason": f"not a supported type ({p.suffix or 'no extension'})"})
            if not found:
                problems.append({"path": str(path), "code": "empty_folder",
                                 "message": f"{path} has no Markdown, text, HTML or PDF files to ingest "
                                            f"({', '.join(sorted(KINDS))})."})
            files += found
        elif path.exists():
            files.append(path)
        else:
            problems.append({"path": str(path), "code": "file_not_found", "message": f"{path} does not exist; check the path."})
    return list(dict.fromkeys(files)), skipped, problems


def ingest_paths(store: KnowledgeStore, paths: Iterable[str | Path], collection: str, *, progress: Progress | None = None,
                 max_bytes: int = MAX_FILE_BYTES, max_chars: int = MAX_CHARS, prune: bool = False) -> IngestReport:
    """Ingest every supported file under `paths` into `collection`."""
    started = time.perf_counter()
    paths = list(paths)
    report = IngestReport(collection)
    files, report.skipped, report.failed = discover(paths)
    docs = _existing(store, collection)
    if docs is not None:
        report.repaired = store.repair(collection)
    current = docs or {}
    batch = _Batch(store, collection, current, report)
    for n, path in enumerate(files, 1):
        if progress:
            progress(n - 1, len(files), str(path))
        try:
            doc = read_document(path, max_bytes=max_bytes, max_chars=max_chars)
        except KbError as exc:
            report.failed.append({"path": str(path), "code": exc.code, "message": str(exc)})
            continue
        batch.add(doc, max_chars)
    batch.flush()
    if prune:
        roots = [Path(p).resolve() for p in paths if Path(p).is_dir()]
        for key, entry in current.items():
            p = Path(key)
            if any(p.is_relative_to(r) for r in roots) and not p.exists():
                store.remove_document(collection, key)
                report.removed.append(entry.get("source") or key)
    if progress:
        progress(len(files), len(files), "")
    report.seconds = time.perf_counter() - started
    return report


def ingest_documents(store: KnowledgeStore, docs: Iterable[Document], collection: str, *, sources: dict[str, str],
                     description: str = "", progress: Progress | None = None, prune: bool = True) -> IngestReport:
    """Ingest generated documents (the built-in collections); documents no longer generated are removed."""
    started = time.perf_counter()
    docs = list(docs)
    report = IngestReport(collection)
    existing = _existing(store, collection)
    if existing is not None:
        report.repaired = store.repair(collection)
    current = existing or {}
    batch = _Batch(store, collection, current, report, sources=sources, description=description)
    for n, doc in enumerate(docs, 1):
        if progress:
            progress(n - 1, len(docs), doc.source)
        batch.add(doc, MAX_CHARS)
    batch.flush()
    if prune:
        keep = {d.key for d in docs}
        for key, entry in current.items():
            if key not in keep:
                store.remove_document(collection, key)
                report.removed.append(entry.get("source") or key)
    if progress:
        progress(len(docs), len(docs), "")
    report.seconds = time.perf_counter() - started
    return report


def _existing(store: KnowledgeStore, collection: str) -> dict[str, dict[str, Any]] | None:
    if collection not in store.names():
        return None
    store.collection(collection)  # fails early on an embedder mismatch
    return store.documents(collection)


class _Batch:
    """Documents read and chunked, waiting to be written together."""

    def __init__(self, store: KnowledgeStore, collection: str, current: dict[str, dict[str, Any]], report: IngestReport,
                 *, sources: dict[str, str] | None = None, description: str | None = None) -> None:
        self.store, self.collection, self.current, self.report = store, collection, current, report
        self.sources, self.description = sources, description
        self.items: list[tuple[Document, list[Chunk]]] = []
        self.size = 0

    def add(self, doc: Document, max_chars: int) -> None:
        old = self.current.get(doc.key)
        if old and old.get("version") == doc.version:
            self.report.unchanged.append(doc.source)
            return
        chunks = chunk_sections(doc.sections, max_chars)
        if len(chunks) > MAX_CHUNKS_PER_FILE:
            self.report.failed.append({"path": doc.source, "code": "too_large",
                                       "message": f"{doc.source} makes {len(chunks)} chunks, over the limit of "
                                                  f"{MAX_CHUNKS_PER_FILE} per file; split it into smaller documents."})
            return
        if not chunks:
            self.report.failed.append({"path": doc.source, "code": "no_text", "message": f"{doc.source} has no text to index."})
            return
        self.items.append((doc, chunks))
        self.size += len(chunks)
        if self.size >= FLUSH_CHUNKS or len(self.items) >= FLUSH_DOCS:
            self.flush()

    def flush(self) -> None:
        if not self.items:
            return
        items, self.items, self.size = self.items, [], 0
        self.report.chunks += self.store.put_documents(self.collection, items, sources=self.sources,
                                                       description=self.description, current=self.current)
        for doc, chunks in items:
            (self.report.replaced if doc.key in self.current else self.report.added).append(doc.source)
            self.current[doc.key] = {"version": doc.version, "source": doc.source, "chunks": len(chunks)}


def ingest_builtin(store: KnowledgeStore, *, progress: Progress | None = None,
                   emergency_number: str = "120") -> list[tuple[IngestReport, list[dict[str, str]]]]:
    """Build or refresh the four built-in collections; (report, topics left out) per collection."""
    from carebridge.tools.kb.builtin import builtin_collections, knowledge_fingerprint

    out = []
    fingerprint = knowledge_fingerprint(emergency_number)
    for col in builtin_collections(emergency_number):
        report = ingest_documents(store, col.documents, col.name, sources=col.sources, description=col.description,
                                  progress=progress)
        store.set_metadata(col.name, fingerprint=fingerprint)
        out.append((report, col.left_out))
    return out


def builtin_status(store: KnowledgeStore, emergency_number: str = "120") -> str:
    """"missing" (some built-in collection absent), "stale" (built from older knowledge or code) or "current"."""
    from carebridge.tools.kb.builtin import BUILTIN_NAMES, knowledge_fingerprint

    names = set(store.names())
    if not set(BUILTIN_NAMES) <= names:
        return "missing"
    fingerprint = knowledge_fingerprint(emergency_number)
    stale = any((store.collection(n).metadata or {}).get("fingerprint") != fingerprint for n in BUILTIN_NAMES)
    return "stale" if stale else "current"
