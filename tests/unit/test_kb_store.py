"""Ingest and search: unchanged files skipped, changed files replaced, failures and crashes lose nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from carebridge.tools.kb import store as store_mod
from carebridge.tools.kb.errors import KbError, KbUnavailable
from carebridge.tools.kb.ingest import ingest_paths
from carebridge.tools.kb.store import KbConfig, KnowledgeStore, chunk_id, open_store

DEMO_KB = Path(__file__).resolve().parents[2] / "demo" / "kb"


@pytest.fixture
def store(tmp_path: Path) -> KnowledgeStore:
    return open_store(KbConfig(tmp_path / "kb"))


def _docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "visit.md").write_text("# Visiting\n\n## Hours\n\nVisiting hours are 15:00 to 20:00.\n\n"
                                     "## Children\n\nChildren under 12 come with an adult.\n", encoding="utf-8")
    (folder / "探视.txt").write_text("探视须知\n\n一、探视时间\n每天下午三点到八点。\n\n二、陪护\n每位患者限一名陪护。\n",
                                     encoding="utf-8")
    return folder


def _sections(hits: list[dict]) -> list[str]:
    return [h["section"] for h in hits]


def test_ingest_then_search_both_languages_with_citations(store: KnowledgeStore, tmp_path: Path) -> None:
    report = ingest_paths(store, [_docs(tmp_path)], "hospital")
    assert len(report.added) == 2 and report.chunks == 4 and not report.failed
    zh = store.search("探视时间", k=2)
    assert zh[0]["section"] == "一、探视时间" and zh[0]["lang"] == "zh" and zh[0]["rank"] == 1
    assert zh[0]["citation"] == "探视须知, 一、探视时间 (探视.txt)" and zh[0]["source"].endswith("探视.txt")
    en = store.search("when can children visit", k=1)
    assert en[0]["section"] == "Children" and en[0]["lang"] == "en" and en[0]["title"] == "Visiting"
    assert store.search("探视时间", k=4, lang="en")[0]["lang"] == "en"
    for mode in ("vector", "bm25", "hybrid"):
        assert store.search("陪护", k=1, mode=mode)[0]["section"] == "二、陪护", mode


def test_unchanged_files_are_skipped_and_changed_ones_replaced(store: KnowledgeStore, tmp_path: Path) -> None:
    docs = _docs(tmp_path)
    ingest_paths(store, [docs], "hospital")
    again = ingest_paths(store, [docs], "hospital")
    assert len(again.unchanged) == 2 and again.chunks == 0 and not again.added
    (docs / "visit.md").write_text("# Visiting\n\n## Hours\n\nVisiting hours are now 14:00 to 19:00.\n", encoding="utf-8")
    changed = ingest_paths(store, [docs], "hospital")
    assert changed.replaced == [str(docs / "visit.md")] and changed.unchanged == [str(docs / "探视.txt")]
    texts = [h["text"] for h in store.search("visiting hours children adult", k=10, collections=["hospital"])]
    assert any("14:00" in t for t in texts) and not any("15:00" in t or "under 12" in t for t in texts)
    col = store.collection("hospital")
    assert col.count() == 3  # 1 new chunk + 2 of the unchanged file: the old chunks are gone, not hidden


def test_chunk_ids_are_deterministic(store: KnowledgeStore, tmp_path: Path) -> None:
    docs = _docs(tmp_path)
    ingest_paths(store, [docs], "hospital")
    manifest = store.documents("hospital")
    key = str((docs / "visit.md").resolve())
    ids = set(store.collection("hospital").get(include=[])["ids"])
    assert {chunk_id(key, manifest[key]["version"], i) for i in range(2)} <= ids


def test_a_failed_reread_keeps_the_old_chunks(store: KnowledgeStore, tmp_path: Path) -> None:
    docs = _docs(tmp_path)
    ingest_paths(store, [docs], "hospital")
    (docs / "visit.md").write_bytes(b"\x00\x01binary now")
    report = ingest_paths(store, [docs], "hospital")
    assert report.failed[0]["code"] == "binary_file" and "visit.md" in report.failed[0]["message"]
    assert store.search("children under 12", k=1)[0]["section"] == "Children"


def test_a_crash_before_the_manifest_commit_shows_only_the_old_version(store: KnowledgeStore, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _docs(tmp_path)
    ingest_paths(store, [docs], "hospital")
    (docs / "visit.md").write_text("# Visiting\n\n## Hours\n\nVisiting hours are now 14:00 to 19:00.\n", encoding="utf-8")
    real = store._manifest

    class Boom:
        def __init__(self, inner):  # noqa: ANN001
            self.inner = inner

        def upsert(self, **kwargs):  # noqa: ANN003
            raise RuntimeError("power cut")

        def __getattr__(self, name):  # noqa: ANN001
            return getattr(self.inner, name)

    monkeypatch.setattr(store, "_manifest", lambda: Boom(real()))
    with pytest.raises(KbUnavailable):
        ingest_paths(store, [docs], "hospital")
    monkeypatch.undo()
    # The new chunks were written but never committed: search ignores them, the old text still answers.
    assert store.collection("hospital").count() == 5
    hits = store.search("visiting hours", k=5, collections=["hospital"])
    assert any("15:00" in h["text"] for h in hits) and not any("14:00" in h["text"] for h in hits)
    fresh = open_store(KbConfig(tmp_path / "kb"))  # another process would see the same
    assert not any("14:00" in h["text"] for h in fresh.search("visiting hours", k=5))
    report = ingest_paths(fresh, [docs], "hospital")  # the next run cleans up and commits
    assert report.repaired == 1 and report.replaced == [str(docs / "visit.md")]
    assert fresh.collection("hospital").count() == 3
    assert any("14:00" in h["text"] for h in fresh.search("visiting hours", k=5))


def test_a_crash_after_the_commit_hides_the_old_version(store: KnowledgeStore, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _docs(tmp_path)
    ingest_paths(store, [docs], "hospital")
    (docs / "visit.md").write_text("# Visiting\n\n## Hours\n\nVisiting hours are now 14:00 to 19:00.\n", encoding="utf-8")
    col_type = type(store.collection("hospital"))
    real_delete = col_type.delete

    def fail_delete(self, *a, **k):  # noqa: ANN001, ANN002, ANN003
        raise RuntimeError("killed before the old chunks were deleted")

    monkeypatch.setattr(col_type, "delete", fail_delete)
    with pytest.raises(KbUnavailable):
        ingest_paths(store, [docs], "hospital")
    monkeypatch.setattr(col_type, "delete", real_delete)
    fresh = open_store(KbConfig(tmp_path / "kb"))
    hits = fresh.search("visiting hours", k=5)
    assert any("14:00" in h["text"] for h in hits) and not any("15:00" in h["text"] for h in hits)
    assert fresh.repair("hospital") == 2 and fresh.collection("hospital").count() == 3


def test_empty_folder_missing_path_and_unsupported_files(store: KnowledgeStore, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"PK\x03\x04")
    report = ingest_paths(store, [empty, tmp_path / "missing"], "hospital")
    assert [f["code"] for f in report.failed] == ["empty_folder", "file_not_found"]
    assert report.skipped[0]["path"].endswith("notes.docx")
    assert "hospital" not in store.names()  # nothing was created


def test_huge_file_is_reported_and_the_rest_ingested(store: KnowledgeStore, tmp_path: Path) -> None:
    docs = _docs(tmp_path)
    (docs / "huge.txt").write_bytes(b"x" * 3_000_000)
    report = ingest_paths(store, [docs], "hospital", max_bytes=1_000_000)
    assert [f["code"] for f in report.failed] == ["too_large"] and len(report.added) == 2


def test_prune_removes_documents_whose_files_are_gone(store: KnowledgeStore, tmp_path: Path) -> None:
    docs = _docs(tmp_path)
    ingest_paths(store, [docs], "hospital")
    (docs / "visit.md").unlink()
    assert not ingest_paths(store, [docs], "hospital").removed  # only with prune
    report = ingest_paths(store, [docs], "hospital", prune=True)
    assert report.removed == [str(docs / "visit.md")]
    assert all(h["lang"] == "zh" for h in store.search("visiting hours", k=5))


def test_list_and_drop(store: KnowledgeStore, tmp_path: Path) -> None:
    ingest_paths(store, [_docs(tmp_path)], "ward-rules")
    info = store.info()
    assert [(c["name"], c["documents"], c["chunks"], c["builtin"]) for c in info] == [("ward-rules", 2, 4, False)]
    assert store.drop("ward-rules") == 2 and store.names() == [] and store.documents("ward-rules") == {}
    with pytest.raises(KbError) as err:
        store.search("探视", collections=["ward-rules"])
    assert err.value.code == "unknown_collection"


def test_collection_names_and_queries_are_checked(store: KnowledgeStore) -> None:
    for bad in ("a", "Has Space", "carebridge-manifest", "-x-"):
        with pytest.raises(KbError) as err:
            store.collection(bad, create=True)
        assert err.value.code == "bad_collection_name"
    with pytest.raises(KbError) as err:
        store.search("   ")
    assert err.value.code == "empty_query"


def test_a_collection_refuses_another_embedder(tmp_path: Path) -> None:
    ingest_paths(open_store(KbConfig(tmp_path / "kb")), [_docs(tmp_path)], "hospital")
    other = open_store(KbConfig(tmp_path / "kb", embedder="hashed:dims=512"))
    with pytest.raises(KbError) as err:
        other.search("探视")
    assert err.value.code == "embedder_mismatch" and "CAREBRIDGE_EMBEDDER" in str(err.value)
    with pytest.raises(KbError):
        ingest_paths(other, [tmp_path / "docs"], "hospital")
    listed = other.info()  # listing still works, and says why searching does not
    assert listed[0]["embedder_config"]["dims"] == 1024 and listed[0]["embedder_matches"] is False


def test_another_process_ingest_is_seen_by_a_running_searcher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_mod, "REVISION_TTL_S", 0.0)
    docs = _docs(tmp_path)
    searcher = open_store(KbConfig(tmp_path / "kb"))
    ingest_paths(open_store(KbConfig(tmp_path / "kb")), [docs], "hospital")
    assert searcher.search("children", k=1)[0]["section"] == "Children"  # caches built
    more = tmp_path / "more"
    more.mkdir()
    (more / "park.md").write_text("# Parking\n\n## Car park\n\nThe car park is under building A.\n", encoding="utf-8")
    ingest_paths(open_store(KbConfig(tmp_path / "kb")), [more], "hospital")
    for mode in ("bm25", "vector", "hybrid"):
        assert searcher.search("car park building", k=1, mode=mode)[0]["section"] == "Car park", mode


def test_exact_scan_and_hnsw_index_agree_on_an_easy_query(tmp_path: Path) -> None:
    shutil.copytree(DEMO_KB, tmp_path / "demo")
    exact = open_store(KbConfig(tmp_path / "kb"))
    ingest_paths(exact, [tmp_path / "demo"], "hospital")
    hnsw = open_store(KbConfig(tmp_path / "kb"))
    hnsw.vector_search = "hnsw"
    for s in (exact, hnsw):
        assert s.search("canteen opening hours", k=1, mode="vector")[0]["source"].endswith("parking_and_meals.en.pdf")
    with pytest.raises(KbError):
        KnowledgeStore(exact.client, exact.embedder, vector_search="fastest")


def test_telemetry_is_off(store: KnowledgeStore) -> None:
    assert store.client.get_settings().anonymized_telemetry is False
