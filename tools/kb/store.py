"""The knowledge store: chromadb collections of chunks, a manifest of documents, and hybrid search.

`open_store(config)` gives a `KnowledgeStore` over a local `PersistentClient` (default,
under `<data-dir>/kb/`) or a Chroma server (`HttpClient`, when a URL is configured); the
rest of the code does not know which. Every collection is opened with our own embedding
function, never chromadb's default (which downloads a model), and telemetry is off.

Writes are ordered so that a crash or an error never loses what was there: a document's
new chunks are written under new ids (the ids contain the content version), then one
manifest record is upserted (the commit), then the old chunks are deleted. Search only
returns chunks whose version is the one the manifest names, and `repair` removes
leftovers of an interrupted write.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

import numpy as np

from carebridge.tools.kb.bm25 import Bm25Index, bm25_scores, query_terms, top
from carebridge.tools.kb.chunk import Chunk
from carebridge.tools.kb.embed import HashedNgramEmbedding, LlamaEmbedding, make_embedder
from carebridge.tools.kb.errors import KbError, KbUnavailable
from carebridge.tools.kb.readers import Document, chunk_lang

logger = logging.getLogger(__name__)

CHROMA_URL_ENV = "CAREBRIDGE_CHROMA_URL"
MANIFEST = "carebridge-manifest"
BUILTIN_PREFIX = "builtin-"
DEFAULT_COLLECTION = "hospital"
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$")
Mode = Literal["hybrid", "vector", "bm25"]
RRF_K = 60
# How often a long-running process re-reads a collection's revision (picks up another process's ingest).
REVISION_TTL_S = 1.0
VECTOR_SEARCH_ENV = "CAREBRIDGE_KB_VECTOR_SEARCH"
# NOTE: hashed n-gram vectors are nearly orthogonal to each other, which HNSW navigates poorly: with
# chromadb's default graph (16 neighbours) only 79% of the exact top 10 came back on the benchmark.
# Up to this many chunks a collection is scanned exactly in memory (~4 ms per 10,000 chunks); above it,
# or with CAREBRIDGE_KB_VECTOR_SEARCH=hnsw, chromadb's HNSW index (built denser, below) answers.
EXACT_MAX_CHUNKS = 50_000
HNSW = {"space": "cosine", "max_neighbors": 32, "ef_construction": 200, "ef_search": 128}


@dataclass(frozen=True)
class KbConfig:
    """Where the store lives and how it embeds: a local folder, or a Chroma server URL."""

    path: Path
    url: str | None = None
    embedder: str | None = None

    @classmethod
    def from_env(cls, data_dir: Path, *, url: str | None = None, embedder: str | None = None) -> KbConfig:
        """`<data_dir>/kb`, `$CAREBRIDGE_CHROMA_URL` and `$CAREBRIDGE_EMBEDDER` unless given explicitly."""
        return cls(path=Path(data_dir) / "kb", url=url or os.environ.get(CHROMA_URL_ENV) or None,
                   embedder=embedder or None)


def check_name(name: str) -> str:
    """A collection name: 3-63 characters, lower-case letters, digits, '.', '_' or '-'."""
    if name == MANIFEST or not _NAME.match(name):
        raise KbError("bad_collection_name", f"collection name {name!r} is not allowed: use 3-63 lower-case letters, "
                      "digits, '.', '_' or '-', starting and ending with a letter or digit (e.g. ward-rules).")
    return name


def _settings() -> Any:
    from chromadb.config import Settings

    # NOTE: the same Settings object everywhere: chromadb refuses a second client on one path with other settings.
    return Settings(anonymized_telemetry=False, allow_reset=False)


def open_store(config: KbConfig) -> KnowledgeStore:
    """Open (creating if needed) the configured store; `KbUnavailable` says how to fix it if that fails."""
    embedder = make_embedder(config.embedder)
    import chromadb

    if config.url:
        u = urlparse(config.url if "://" in config.url else f"http://{config.url}")
        if u.scheme not in ("http", "https") or not u.hostname:
            raise KbError("bad_chroma_url", f"{CHROMA_URL_ENV}={config.url!r} is not an http(s) URL like http://127.0.0.1:8000")
        try:
            client = chromadb.HttpClient(host=u.hostname, port=u.port or (443 if u.scheme == "https" else 8000),
                                         ssl=u.scheme == "https", settings=_settings())
            client.heartbeat()
        except Exception as exc:  # noqa: BLE001 - any transport error means "not reachable"
            raise KbUnavailable("chroma_unreachable", f"cannot reach the Chroma server at {config.url} ({type(exc).__name__}: "
                                f"{str(exc)[:160]}); start it (chroma run --path DIR --port N) or unset "
                                f"{CHROMA_URL_ENV} to use the local store.") from exc
        return KnowledgeStore(client, embedder, location=config.url)
    try:
        config.path.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(config.path), settings=_settings())
    except Exception as exc:  # noqa: BLE001 - a corrupt or unwritable folder
        raise KbUnavailable("store_unusable", f"cannot open the knowledge store in {config.path} ({type(exc).__name__}: "
                            f"{str(exc)[:160]}); check the folder's permissions, or pass --data-dir.") from exc
    return KnowledgeStore(client, embedder, location=str(config.path))


def _doc_prefix(key: str, version: str) -> str:
    return f"{hashlib.sha1(key.encode()).hexdigest()[:16]}.{version}"


def chunk_id(key: str, version: str, index: int) -> str:
    """Deterministic chunk id: document key hash, content version, position (a new version gets new ids)."""
    return f"{_doc_prefix(key, version)}.{index:05d}"


def _manifest_id(collection: str, key: str) -> str:
    return f"{collection}/{hashlib.sha1(key.encode()).hexdigest()[:24]}"


def now_iso() -> str:
    """UTC now, seconds precision."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class _Cached:
    """A collection's live documents and BM25 index as of one revision."""

    revision: str
    checked: float
    col: Any
    live: set[str]  # "<key hash>.<version>" of every committed document
    chunks: int
    bm25: Bm25Index | None = None
    ids: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    metas: list[dict[str, Any]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    langs: np.ndarray | None = None
    matrix: np.ndarray | None = None  # live chunk vectors, for the exact scan


class KnowledgeStore:
    """Collections of chunks with a document manifest; `search` ranks by vector, BM25 or both (RRF)."""

    def __init__(self, client: Any, embedder: HashedNgramEmbedding | LlamaEmbedding, *, location: str = "memory",
                 vector_search: str | None = None) -> None:
        """Wrap an open chromadb client (`EphemeralClient`, `PersistentClient` or `HttpClient`).

        `vector_search`: "auto" (default; exact in-memory scan up to `EXACT_MAX_CHUNKS` chunks per collection,
        else chromadb's HNSW), "exact" or "hnsw"; also `$CAREBRIDGE_KB_VECTOR_SEARCH`.
        """
        self.vector_search = vector_search or os.environ.get(VECTOR_SEARCH_ENV) or "auto"
        if self.vector_search not in ("auto", "exact", "hnsw"):
            raise KbError("bad_vector_search", f"{VECTOR_SEARCH_ENV} must be auto, exact or hnsw, not {self.vector_search!r}")
        self.client = client
        self.embedder = embedder
        self.location = location
        # The manifest always uses a small fixed hashed embedder, whatever embeds the chunks.
        self._manifest_ef = HashedNgramEmbedding(dims=64)
        self._cache: dict[str, _Cached] = {}
        self._names: tuple[float, list[str]] | None = None
        self._lock = threading.Lock()
        try:
            self.batch = max(1, min(int(client.get_max_batch_size()), 4000))
        except Exception:  # noqa: BLE001 - older servers
            self.batch = 1000

    # --- collections ---------------------------------------------------------------
    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KbError:
            raise
        except Exception as exc:  # noqa: BLE001 - chromadb raises many types for "store broken / unreachable"
            if _is_not_found(exc):
                raise
            raise KbUnavailable("store_error", f"the knowledge store failed while {what} ({type(exc).__name__}: "
                                f"{str(exc)[:200]}). Nothing was half-written that search would show; run the "
                                "command again, and check the data dir or Chroma server.") from exc

    def _manifest(self) -> Any:
        return self._call("opening the manifest", self.client.get_or_create_collection, MANIFEST,
                          embedding_function=self._manifest_ef, metadata={"carebridge": "manifest"})

    def names(self) -> list[str]:
        """Every knowledge collection (not the manifest), sorted."""
        cols = self._call("listing collections", self.client.list_collections)
        return sorted(c.name if hasattr(c, "name") else str(c) for c in cols if (getattr(c, "name", c)) != MANIFEST)

    def collection(self, name: str, *, create: bool = False, description: str | None = None) -> Any:
        """A collection opened with the configured embedder; a clear error if it is missing or was built with another."""
        check_name(name)
        try:
            col = self.client.get_collection(name, embedding_function=self.embedder)
        except Exception as exc:  # noqa: BLE001
            if not _is_not_found(exc):
                if isinstance(exc, ValueError) and "embedding function" in str(exc).lower():
                    raise self._mismatch(name, None) from exc
                raise KbUnavailable("store_error", f"cannot open collection {name!r}: {type(exc).__name__}: "
                                    f"{str(exc)[:200]}") from exc
            if not create:
                how = ("carebridge kb ingest --builtin" if name.startswith(BUILTIN_PREFIX) else
                       f"carebridge kb ingest PATH --collection {name}")
                raise KbError("unknown_collection", f"there is no collection {name!r}; existing: "
                              f"{', '.join(self.names()) or 'none'}. Create it first ({how}).") from None
            meta = {"carebridge": "kb", "builtin": name.startswith(BUILTIN_PREFIX), "revision": uuid.uuid4().hex,
                    "created_at": now_iso(), "description": description or ""}
            col = self._call("creating a collection", self.client.create_collection, name,
                             embedding_function=self.embedder, metadata=meta, configuration={"hnsw": dict(HNSW)})
            self._names = None
        persisted = (getattr(col, "configuration_json", None) or {}).get("embedding_function") or {}
        if persisted.get("name") and (persisted.get("name") != self.embedder.name()
                                      or (persisted.get("config") or {}) != self.embedder.get_config()):
            raise self._mismatch(name, persisted)
        return col

    def _mismatch(self, name: str, persisted: dict[str, Any] | None) -> KbError:
        was = f"{persisted.get('name')} {json.dumps(persisted.get('config'))}" if persisted else "another embedder"
        return KbError("embedder_mismatch", f"collection {name!r} was built with {was}, but the configured embedder is "
                       f"{self.embedder.name()} {json.dumps(self.embedder.get_config())}. Vectors of two embedders "
                       f"cannot be compared: set CAREBRIDGE_EMBEDDER back, or drop the collection and ingest it again.")

    def info(self) -> list[dict[str, Any]]:
        """Name, documents, chunks, builtin flag, embedder and description of every collection."""
        out = []
        manifest = self._manifest()
        for name in self.names():
            # Opened without an embedding function: listing must work even for a collection built with another one.
            col = self._call("opening a collection", self.client.get_collection, name, embedding_function=None)
            meta = col.metadata or {}
            ef = (getattr(col, "configuration_json", None) or {}).get("embedding_function") or {}
            docs = self._call("reading the manifest", manifest.get, where={"collection": name}, include=["metadatas"])
            chunks = sum(int(m.get("chunks", 0)) for m in docs["metadatas"] or [])
            out.append({"name": name, "documents": len(docs["ids"]), "chunks": chunks,
                        "builtin": bool(meta.get("builtin")), "description": meta.get("description") or "",
                        "embedder": ef.get("name"), "embedder_config": ef.get("config"),
                        "embedder_matches": ef.get("name") == self.embedder.name()
                        and (ef.get("config") or {}) == self.embedder.get_config(),
                        "created_at": meta.get("created_at"), "fingerprint": meta.get("fingerprint")})
        return out

    def documents(self, name: str) -> dict[str, dict[str, Any]]:
        """The manifest of one collection: document key -> {version, chunks, source, title, ingested_at}."""
        got = self._call("reading the manifest", self._manifest().get, where={"collection": name}, include=["metadatas"])
        return {m["key"]: dict(m) for m in got["metadatas"] or []}

    def drop(self, name: str) -> int:
        """Delete a collection and its manifest records; returns the number of documents it held."""
        check_name(name)
        n = len(self.documents(name))
        if name not in self.names():
            raise KbError("unknown_collection", f"there is no collection {name!r}; existing: {', '.join(self.names()) or 'none'}.")
        self._call("dropping a collection", self.client.delete_collection, name)
        self._call("cleaning the manifest", self._manifest().delete, where={"collection": name})
        with self._lock:
            self._cache.pop(name, None)
            self._names = None
        return n

    # --- writing -------------------------------------------------------------------
    def put_document(self, name: str, doc: Document, chunks: Sequence[Chunk], *, sources: dict[str, str] | None = None,
                     description: str | None = None) -> int:
        """Replace one document's chunks in collection `name` (creating it); returns the number of chunks written."""
        return self.put_documents(name, [(doc, chunks)], sources=sources, description=description)

    def put_documents(self, name: str, items: Sequence[tuple[Document, Sequence[Chunk]]], *,
                      sources: dict[str, str] | None = None, description: str | None = None,
                      current: dict[str, dict[str, Any]] | None = None) -> int:
        """Replace the chunks of several documents at once; returns the number of chunks written.

        Embeddings are computed before anything is written, so a bad document changes nothing.
        Order: new chunks (new ids), then the manifest records (the commit), then the old chunks go.
        """
        if not items:
            return 0
        for doc, chunks in items:
            if not chunks:
                raise KbError("no_text", f"{doc.source} has no text to index.")
        col = self.collection(name, create=True, description=description)
        at = now_iso()
        texts: list[str] = []
        metas: list[dict[str, Any]] = []
        ids: list[str] = []
        records: list[dict[str, Any]] = []
        for doc, chunks in items:
            for c in chunks:
                heading = doc.title if c.section == doc.title else f"{doc.title} › {c.section}"
                src_ids = list(c.sources or doc.source_ids)
                if src_ids and sources:
                    citation = "; ".join(sources[s] for s in src_ids if s in sources)
                else:
                    citation = doc.citation or f"{doc.title}, {c.section} ({Path(doc.source).name})"
                texts.append(f"{heading}\n{c.text}")
                ids.append(chunk_id(doc.key, doc.version, c.index))
                metas.append({"key": doc.key, "source": doc.source, "title": doc.title, "section": c.section,
                              "lang": chunk_lang(doc, c.text), "version": doc.version, "ingested_at": at,
                              "citation": citation, "source_ids": ",".join(src_ids), "chunk": c.index, "kind": doc.kind})
            records.append({"collection": name, "key": doc.key, "source": doc.source, "title": doc.title,
                            "version": doc.version, "chunks": len(chunks), "ingested_at": at, "kind": doc.kind})
        vectors = self.embedder.matrix(texts)
        manifest = self.documents(name) if current is None else current
        for i in range(0, len(ids), self.batch):
            self._call("writing chunks", col.upsert, ids=ids[i:i + self.batch], documents=texts[i:i + self.batch],
                       metadatas=metas[i:i + self.batch], embeddings=vectors[i:i + self.batch])
        # The commit point: from here on, search shows the new versions.
        for i in range(0, len(records), self.batch):
            part = records[i:i + self.batch]
            self._call("committing the manifest", self._manifest().upsert, ids=[_manifest_id(name, r["key"]) for r in part],
                       documents=[r["key"] for r in part], metadatas=part)
        stale = []
        for r in records:
            old = manifest.get(r["key"])
            if old and old["version"] != r["version"]:
                stale += [chunk_id(r["key"], old["version"], i) for i in range(int(old["chunks"]))]
        for i in range(0, len(stale), self.batch):
            self._call("removing the old chunks", col.delete, ids=stale[i:i + self.batch])
        self._bump(col)
        return len(ids)

    def remove_document(self, name: str, key: str) -> bool:
        """Remove one document (manifest first, then its chunks); False if it was not there."""
        col = self.collection(name)
        old = self.documents(name).get(key)
        if not old:
            return False
        self._call("updating the manifest", self._manifest().delete, ids=[_manifest_id(name, key)])
        stale = [chunk_id(key, old["version"], i) for i in range(int(old["chunks"]))]
        for i in range(0, len(stale), self.batch):
            self._call("removing chunks", col.delete, ids=stale[i:i + self.batch])
        self._bump(col)
        return True

    def repair(self, name: str) -> int:
        """Delete chunks no manifest record points at (left by an interrupted write); returns how many."""
        col = self.collection(name)
        live = {_doc_prefix(k, v["version"]) for k, v in self.documents(name).items()}
        got = self._call("reading chunk ids", col.get, include=[])
        orphans = [i for i in got["ids"] if i.rsplit(".", 1)[0] not in live]
        for i in range(0, len(orphans), self.batch):
            self._call("removing leftover chunks", col.delete, ids=orphans[i:i + self.batch])
        if orphans:
            logger.info("removed %d leftover chunk(s) from %s", len(orphans), name)
            self._bump(col)
        return len(orphans)

    def set_metadata(self, name: str, **values: Any) -> None:
        """Add or change entries of a collection's metadata (keeps the rest)."""
        col = self.collection(name)
        self._call("updating the collection", col.modify, metadata={**(col.metadata or {}), **values})

    def _bump(self, col: Any) -> None:
        meta = dict(col.metadata or {})
        meta["revision"] = uuid.uuid4().hex
        self._call("updating the collection", col.modify, metadata=meta)
        with self._lock:
            self._cache.pop(col.name, None)
            self._names = None

    # --- reading -------------------------------------------------------------------
    def _searchable(self) -> list[str]:
        now = time.monotonic()
        if self._names is None or now - self._names[0] > REVISION_TTL_S:
            self._names = (now, self.names())
        return list(self._names[1])

    def _state(self, name: str) -> tuple[Any, _Cached]:
        """The collection, its live documents and (lazily) BM25 index; re-read when its revision changed."""
        with self._lock:
            cached = self._cache.get(name)
            now = time.monotonic()
            if cached is not None and now - cached.checked < REVISION_TTL_S:
                return cached.col, cached
        col = self.collection(name)
        revision = (col.metadata or {}).get("revision", "")
        with self._lock:
            cached = self._cache.get(name)
            if cached is not None and cached.revision == revision:
                cached.checked, cached.col = now, col
                return col, cached
        docs = self.documents(name)
        state = _Cached(revision=revision, checked=now, col=col,
                        live={_doc_prefix(k, v["version"]) for k, v in docs.items()},
                        chunks=sum(int(v["chunks"]) for v in docs.values()))
        with self._lock:
            self._cache[name] = state
        return col, state

    def _exact(self, state: _Cached) -> bool:
        return self.vector_search == "exact" or (self.vector_search == "auto" and state.chunks <= EXACT_MAX_CHUNKS)

    def _load(self, col: Any, state: _Cached) -> _Cached:
        """Read the live chunks once per revision: texts and metadata (BM25), and the vectors for an exact scan."""
        with self._lock:
            if state.bm25 is not None:
                return state
        exact = self._exact(state)
        include = ["documents", "metadatas", "embeddings"] if exact else ["documents", "metadatas"]
        got = self._call("reading chunks", col.get, include=include)
        keep = [i for i, cid in enumerate(got["ids"]) if cid.rsplit(".", 1)[0] in state.live]
        ids = [got["ids"][i] for i in keep]
        docs = [got["documents"][i] for i in keep]
        metas = [got["metadatas"][i] for i in keep]
        matrix = None
        if exact:
            emb = got["embeddings"]
            matrix = (np.asarray(emb, dtype=np.float32)[keep] if len(keep) else
                      np.zeros((0, self.embedder.matrix([""]).shape[1]), dtype=np.float32))
        index = Bm25Index(docs)
        with self._lock:
            state.ids, state.docs, state.metas, state.matrix = ids, docs, metas, matrix
            state.rows = {cid: i for i, cid in enumerate(ids)}
            state.langs = np.asarray([m.get("lang", "") for m in metas])
            state.bm25 = index
        return state

    def _vector_hits(self, name: str, col: Any, state: _Cached, qvec: np.ndarray, pool: int,
                     lang: str | None) -> list[tuple[float, str, str]]:
        """(cosine distance, collection, chunk id) of the nearest live chunks: exact scan, or chroma's HNSW index."""
        if self._exact(state):
            state = self._load(col, state)
            assert state.matrix is not None and state.langs is not None
            if not len(state.ids):
                return []
            # NOTE: einsum, not `@`: BLAS's threads fight other work on a small shared CPU (8 ms vs 4 ms per 10k).
            distance = 1.0 - np.einsum("ij,j->i", state.matrix, qvec.astype(np.float32))
            if lang:
                distance = np.where(state.langs == lang, distance, np.inf)
            n = min(pool, len(state.ids))
            best = np.argpartition(distance, n - 1)[:n]
            return [(float(distance[i]), name, state.ids[i]) for i in best if np.isfinite(distance[i])]
        got = self._call("searching", col.query, query_embeddings=[qvec], n_results=min(pool + 10, state.chunks + 10),
                         where={"lang": lang} if lang else None, include=["distances"])
        return [(float(d), name, cid) for cid, d in zip(got["ids"][0], got["distances"][0], strict=False)
                if cid.rsplit(".", 1)[0] in state.live]

    def search(self, query: str, *, collections: Iterable[str] | None = None, k: int = 5, mode: Mode = "hybrid",
               lang: str | None = None, pool: int = 50) -> list[dict[str, Any]]:
        """Passages best first, each with its collection, source, title, section, citation and score."""
        if not query.strip():
            raise KbError("empty_query", "the query is empty; give a few words, e.g. 探视时间 or visiting hours.")
        if mode not in ("hybrid", "vector", "bm25"):
            raise KbError("bad_mode", f"mode must be hybrid, vector or bm25, not {mode!r}")
        names = list(collections) if collections is not None else self._searchable()
        pool = max(pool, 4 * k)
        qvec = self.embedder.matrix([query])[0] if mode != "bm25" else None
        vector_hits: list[tuple[float, str, str]] = []
        bm25_hits: list[tuple[float, str, str]] = []
        states: dict[str, tuple[Any, _Cached]] = {}
        lexical: list[tuple[str, _Cached]] = []
        for name in names:
            col, state = states[name] = self._state(name)
            if not state.chunks:
                continue
            if qvec is not None:
                vector_hits += self._vector_hits(name, col, state, qvec, pool, lang)
            if mode != "vector":
                lexical.append((name, self._load(col, state)))
        if lexical:
            terms = query_terms(query)
            all_scores = bm25_scores([st.bm25 for _, st in lexical if st.bm25 is not None], terms)
            for (name, st), scores in zip(lexical, all_scores, strict=True):
                allowed = (st.langs == lang) if lang and st.langs is not None else None
                bm25_hits += [(score, name, st.ids[i]) for i, score in top(scores, pool, allowed)]
        vector_hits.sort(key=lambda h: h[0])   # cosine distance, smaller is better
        bm25_hits.sort(key=lambda h: -h[0])    # BM25 score, larger is better
        fused: dict[tuple[str, str], dict[str, Any]] = {}
        for kind, hits in (("vector", vector_hits[:pool]), ("bm25", bm25_hits[:pool])):
            for rank, (score, name, cid) in enumerate(hits, 1):
                entry = fused.setdefault((name, cid), {"collection": name, "id": cid, "score": 0.0,
                                                       "vector_rank": None, "bm25_rank": None})
                entry[f"{kind}_rank"] = rank
                entry["vector_distance" if kind == "vector" else "bm25_score"] = round(score, 4)
                entry["score"] += 1.0 / (RRF_K + rank)
        if mode == "vector":
            ranked = sorted(fused.values(), key=lambda h: h["vector_rank"])
        elif mode == "bm25":
            ranked = sorted(fused.values(), key=lambda h: h["bm25_rank"])
        else:
            ranked = sorted(fused.values(), key=lambda h: (-h["score"], h["vector_rank"] or pool + 1))
        best = ranked[:k]
        self._hydrate(best, states)
        for rank, hit in enumerate(best, 1):
            hit["rank"] = rank
            hit["score"] = round(hit["score"], 5)
        return best

    def _hydrate(self, hits: list[dict[str, Any]], states: dict[str, tuple[Any, _Cached]]) -> None:
        """Fill text and metadata of the final hits (from the BM25 cache, else one `get` per collection)."""
        missing: dict[str, list[dict[str, Any]]] = {}
        for hit in hits:
            col, state = states[hit["collection"]]
            row = state.rows.get(hit["id"]) if state.rows else None
            if row is not None:
                hit.update(_fields(state.docs[row], state.metas[row]))
            else:
                missing.setdefault(hit["collection"], []).append(hit)
        for name, group in missing.items():
            col = states[name][0]
            got = self._call("reading passages", col.get, ids=[h["id"] for h in group], include=["documents", "metadatas"])
            by_id = {cid: (doc, meta) for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=False)}
            for hit in group:
                doc, meta = by_id.get(hit["id"], ("", {}))
                hit.update(_fields(doc, meta or {}))


def _fields(document: str, meta: dict[str, Any]) -> dict[str, Any]:
    heading, _, body = document.partition("\n")
    return {"text": body or heading, "key": meta.get("key"), "source": meta.get("source"), "title": meta.get("title"),
            "section": meta.get("section"), "lang": meta.get("lang"), "citation": meta.get("citation"),
            "source_ids": [s for s in (meta.get("source_ids") or "").split(",") if s],
            "ingested_at": meta.get("ingested_at"), "version": meta.get("version")}


def _is_not_found(exc: Exception) -> bool:
    text = f"{type(exc).__name__} {exc}".lower()
    return "notfound" in text.replace(" ", "") or "does not exist" in text or "not found" in text
