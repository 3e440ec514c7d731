"""The offline embedder: deterministic, Chinese-aware, registered with chromadb, swappable, never chromadb's default."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import numpy as np
import pytest

from carebridge.tools.kb.embed import HashedNgramEmbedding, LlamaEmbedding, make_embedder
from carebridge.tools.kb.errors import KbError


def test_vectors_are_unit_length_and_the_same_in_every_instance() -> None:
    texts = ["血红蛋白偏低常见于贫血", "Haemoglobin low values relate to anaemia", ""]
    a, b = HashedNgramEmbedding().matrix(texts), HashedNgramEmbedding().matrix(texts)
    assert a.shape == (3, 1024) and np.allclose(a, b)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0)


def test_related_chinese_texts_are_closer_than_unrelated_ones() -> None:
    m = HashedNgramEmbedding().matrix(["血红蛋白偏低", "血红蛋白低是什么意思", "探视时间是下午三点", "hemoglobin is low",
                                       "haemoglobin low"])
    sim = m @ m.T
    assert sim[0, 1] > sim[0, 2] + 0.2          # shared bigrams, not shared characters by chance
    assert sim[3, 4] > 0.3 and sim[3, 4] > sim[3, 2]  # spelling variants meet through character n-grams


def test_chinese_numerals_before_a_unit_meet_digits() -> None:
    m = HashedNgramEmbedding().matrix(["发烧五天", "发烧5天", "发烧"])
    assert m[0] @ m[1] > m[0] @ m[2]


def test_config_round_trip_and_registration() -> None:
    from chromadb.utils.embedding_functions import known_embedding_functions

    ef = HashedNgramEmbedding(dims=512)
    assert known_embedding_functions[ef.name()] is HashedNgramEmbedding
    again = HashedNgramEmbedding.build_from_config(ef.get_config())
    assert again.get_config() == ef.get_config() and not ef.is_legacy()
    assert np.allclose(ef(["胸痛"])[0], again(["胸痛"])[0])
    assert known_embedding_functions[LlamaEmbedding.name()] is LlamaEmbedding


def test_a_store_reopened_in_a_new_process_rebuilds_the_embedder_from_its_config(tmp_path: Path) -> None:
    from carebridge.tools.kb.ingest import ingest_paths
    from carebridge.tools.kb.store import KbConfig, open_store

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# 探视\n\n## 探视时间\n\n每天下午三点到八点。\n\n## 停车\n\n地下停车场。\n", encoding="utf-8")
    ingest_paths(open_store(KbConfig(tmp_path / "kb")), [docs], "hospital")
    # A plain chromadb client in another process, asked to embed the query itself: only our registered
    # function (rebuilt from the collection's stored config) can answer; chromadb's default would download.
    script = f"""
import chromadb
from chromadb.config import Settings
import carebridge.tools.kb.embed  # registers the embedding functions
client = chromadb.PersistentClient({str(tmp_path / 'kb')!r}, settings=Settings(anonymized_telemetry=False, allow_reset=False))
col = client.get_collection("hospital")
res = col.query(query_texts=["探视时间"], n_results=1, include=["metadatas"])
print(res["metadatas"][0][0]["section"])
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "探视时间"


def test_chromadbs_default_embedder_is_never_called(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chromadb.api.types import DefaultEmbeddingFunction

    from carebridge.tools.kb.ingest import ingest_paths
    from carebridge.tools.kb.store import KbConfig, open_store

    def refuse(self, input):  # noqa: A002, ANN001
        raise AssertionError("chromadb's default embedding function was called (it downloads a model)")

    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", refuse)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "b.txt").write_text("Parking\n\n1. Car park\nUnder building A.\n", encoding="utf-8")
    store = open_store(KbConfig(tmp_path / "kb"))
    ingest_paths(store, [docs], "hospital")
    assert store.search("car park", k=1)[0]["section"] == "1. Car park"
    reopened = open_store(KbConfig(tmp_path / "kb"))
    assert reopened.search("car park", k=1, mode="vector")[0]["section"] == "1. Car park"


def test_embedder_specs() -> None:
    assert make_embedder("hashed").dims == 1024
    assert make_embedder("hashed:dims=256").dims == 256
    for bad in ("word2vec", "hashed:size=3", "hashed:dims=8", "llama:"):
        with pytest.raises(KbError) as err:
            make_embedder(bad)
        assert err.value.code == "bad_embedder"
    with pytest.raises(KbError, match="does not exist"):
        make_embedder("llama:/nonexistent/embed.gguf")


def test_environment_selects_the_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREBRIDGE_EMBEDDER", "hashed:dims=128")
    assert make_embedder().dims == 128


def test_llama_embedder_without_llama_cpp_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gguf = tmp_path / "e.gguf"
    gguf.write_bytes(b"GGUF")
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # import fails
    ef = make_embedder(f"llama:{gguf}")
    with pytest.raises(KbError) as err:
        ef(["x"])
    assert err.value.code == "embedder_unavailable" and "llama-cpp-python" in str(err.value)


def test_llama_embedder_adapter_with_a_stand_in_runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The adapter's own logic (lazy load, batching, normalising, config) against a fake `llama_cpp.Llama`."""
    gguf = tmp_path / "e.gguf"
    gguf.write_bytes(b"GGUF")
    loads: list[dict] = []

    class FakeLlama:
        def __init__(self, **kwargs: object) -> None:
            loads.append(kwargs)

        def embed(self, texts: list[str], normalize: bool, truncate: bool) -> list[list[float]]:
            return [[float(len(t)), 1.0, 0.0] for t in texts]

    monkeypatch.setitem(sys.modules, "llama_cpp", types.SimpleNamespace(Llama=FakeLlama))
    ef = make_embedder(f"llama:{gguf}")
    assert not loads  # nothing loaded until the first text
    vecs = ef(["ab", "abcd"])
    assert len(loads) == 1 and loads[0]["embedding"] is True and loads[0]["model_path"] == str(gguf)
    assert np.allclose([np.linalg.norm(v) for v in vecs], 1.0)
    assert LlamaEmbedding.build_from_config(ef.get_config()).get_config() == ef.get_config()
