"""Knowledge-store benchmark: ingest 10,000 chunks, query latency p50/p95, recall@5 of vector / BM25 / hybrid.

    .venv/bin/python bench/kb.py [--chunks 10000] [--rounds 5] [--queries bench/kb_queries.jsonl] [--show-misses]

The corpus is what a hospital would have: the four built-in collections (generated from
knowledge/), the sample hospital documents in demo/kb/, and synthetic filler documents in
the `hospital` collection up to --chunks chunks in total. A filler section strings together
30-80 short fragments (2-6 Chinese characters, or 1-3 English words) cut at random (seeded)
from random chunks of the real corpus: it has the corpus's vocabulary and local word pairs,
so it competes on every query term, but answers no question; no filler document is ever
an expected answer. Everything runs in a fresh temporary store (PersistentClient) on this
machine; timings on a shared machine are noisy, so the load average is printed.

Rankings: `vector` (exact cosine scan, the default), `bm25`, `hybrid` (reciprocal-rank fusion
of the two, the default of `kb search`), and the same through chromadb's HNSW index.
recall@5 here is the share of queries with at least one expected document in the top 5
(hit rate); `all@5` is the share of all expected documents (up to 5 per query) found.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_queries(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def doc_id(key: str) -> str:
    """Built-in keys as they are; file keys relative to the repo (demo/kb/...)."""
    if key.startswith("builtin:"):
        return key
    try:
        return Path(key).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return key


def filler_documents(texts: list[str], n_chunks: int, seed: int = 7):
    """Synthetic documents of 10 sections each, made of fragments of `texts` (see the module docstring)."""
    from carebridge.tools.kb.chunk import Section
    from carebridge.tools.kb.readers import Document

    rng = random.Random(seed)
    pieces = [re.findall(r"[\u4e00-\u9fff]+|[A-Za-z0-9][A-Za-z0-9'-]*", t) for t in texts]
    pieces = [p for p in pieces if p]

    def fragment() -> str:
        tokens = rng.choice(pieces)
        i = rng.randrange(len(tokens))
        run = tokens[i]
        if "\u4e00" <= run[0] <= "\u9fff":
            start = rng.randrange(max(1, len(run) - 1))
            return run[start:start + rng.randint(2, 6)]
        words = [run]
        for nxt in tokens[i + 1:i + rng.randint(1, 3)]:
            if "\u4e00" <= nxt[0] <= "\u9fff":
                break
            words.append(nxt)
        return " ".join(words)

    docs = []
    made = n = 0
    while made < n_chunks:
        sections = []
        for i in range(min(10, n_chunks - made)):
            zh = rng.random() < 0.5
            body = ("，" if zh else " ").join(fragment() for _ in range(rng.randint(30, 80)))
            sections.append(Section(f"Section {i + 1}", body))
        made += len(sections)
        docs.append(Document(key=f"filler:{n:05d}", source=f"filler/{n:05d}.md", title=f"Filler document {n}",
                             sections=sections, version=f"{n:016x}", kind="filler"))
        n += 1
    return docs


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=10_000, help="total chunks in the store (filler tops it up)")
    parser.add_argument("--rounds", type=int, default=5, help="times each labelled query is timed (per mode)")
    parser.add_argument("--queries", type=Path, default=ROOT / "bench" / "kb_queries.jsonl")
    parser.add_argument("--embedder", default=None, help="embedder spec (default: $CAREBRIDGE_EMBEDDER or hashed)")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()

    import chromadb

    from carebridge.tools.kb.ingest import IngestReport, _Batch, ingest_builtin, ingest_paths
    from carebridge.tools.kb.store import KbConfig, open_store

    load = os.getloadavg()
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
          f"Python {platform.python_version()}, chromadb {chromadb.__version__}")
    tmp = Path(tempfile.mkdtemp(prefix="cb-kb-bench-"))
    try:
        store = open_store(KbConfig(tmp / "kb", embedder=args.embedder))
        print(f"embedder: {store.embedder.name()} {json.dumps(store.embedder.get_config())}")
        t0 = time.perf_counter()
        built = ingest_builtin(store)
        t_builtin = time.perf_counter() - t0
        demo = ingest_paths(store, [ROOT / "demo" / "kb"], "hospital")
        real_chunks = sum(r.chunks for r, _ in built) + demo.chunks
        texts = []
        for name in store.names():
            got = store.collection(name).get(include=["documents"])
            texts += got["documents"]
        filler = filler_documents(texts, max(0, args.chunks - real_chunks))
        t1 = time.perf_counter()
        report = IngestReport("hospital")
        batch = _Batch(store, "hospital", store.documents("hospital"), report)
        for doc in filler:
            batch.add(doc, 1200)
        batch.flush()
        t_filler = time.perf_counter() - t1
        total = real_chunks + report.chunks
        ingest_s = t_builtin + demo.seconds + t_filler
        print(f"ingest: {total} chunks in {ingest_s:.1f} s ({total / ingest_s:.0f} chunks/s): built-in collections "
              f"{sum(r.chunks for r, _ in built)} chunks in {t_builtin:.1f} s, demo/kb {demo.chunks} chunks in "
              f"{demo.seconds:.2f} s, filler {report.chunks} chunks in {t_filler:.1f} s")
        t2 = time.perf_counter()
        resumed = ingest_builtin(store)
        print(f"re-ingest of the unchanged built-ins: {time.perf_counter() - t2:.2f} s "
              f"({sum(len(r.unchanged) for r, _ in resumed)} documents skipped)")

        queries = load_queries(args.queries)
        # A fresh store object, as a new process would have: the first query builds the BM25 index.
        store = open_store(KbConfig(tmp / "kb", embedder=args.embedder))
        t3 = time.perf_counter()
        store.search("warm up", k=5)
        print(f"first query in a new process (opens collections, builds BM25 over {total} chunks): "
              f"{(time.perf_counter() - t3) * 1000:.0f} ms")
        print(f"\nlabelled queries: {len(queries)} ({sum(q['lang'] == 'zh' for q in queries)} zh, "
              f"{sum(q['lang'] == 'en' for q in queries)} en; kinds: "
              + ", ".join(f"{k} {sum(q['kind'] == k for q in queries)}" for k in sorted({q['kind'] for q in queries})) + ")")
        print(f"{'ranking':14s} {'recall@5':>9s} {'all@5':>6s} {'MRR':>6s} {'zh':>6s} {'en':>6s}   "
              f"{'p50 ms':>7s} {'p95 ms':>7s}  (latency over {len(queries) * args.rounds} searches, all collections)")
        hnsw_store = open_store(KbConfig(tmp / "kb", embedder=args.embedder))
        hnsw_store.vector_search = "hnsw"
        runs = [("vector", store, "vector"), ("bm25", store, "bm25"), ("hybrid", store, "hybrid"),
                ("vector-hnsw", hnsw_store, "vector"), ("hybrid-hnsw", hnsw_store, "hybrid")]
        for label, st, mode in runs:
            hits, found_all, rr, by_lang, times, misses = 0, 0.0, 0.0, {"zh": [0, 0], "en": [0, 0]}, [], []
            for q in queries:
                for _ in range(args.rounds):
                    t = time.perf_counter()
                    res = st.search(q["query"], k=5, mode=mode)
                    times.append((time.perf_counter() - t) * 1000)
                ids = [doc_id(h["key"] or "") for h in res]
                expected = set(q["expected"])
                rank = next((i for i, d in enumerate(ids, 1) if d in expected), None)
                hit = rank is not None
                hits += hit
                rr += 1 / rank if rank else 0
                found_all += len(expected & set(ids)) / min(len(expected), 5)
                by_lang[q["lang"]][0] += hit
                by_lang[q["lang"]][1] += 1
                if not hit:
                    misses.append((q["query"], ids[:3]))
            n = len(queries)
            print(f"{label:14s} {hits / n:9.3f} {found_all / n:6.3f} {rr / n:6.3f} "
                  f"{by_lang['zh'][0] / max(1, by_lang['zh'][1]):6.3f} {by_lang['en'][0] / max(1, by_lang['en'][1]):6.3f}   "
                  f"{statistics.median(times):7.1f} {percentile(times, 0.95):7.1f}")
            if args.show_misses:
                for query, top in misses:
                    print(f"    miss: {query!r} -> {top}")
        print("vector/hybrid: exact in-memory scan (the default up to 50,000 chunks per collection); "
              "-hnsw: chromadb's HNSW index (larger collections, or CAREBRIDGE_KB_VECTOR_SEARCH=hnsw)")
        load = os.getloadavg()
        print(f"\nload average after the run: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
