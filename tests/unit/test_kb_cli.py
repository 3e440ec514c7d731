"""`carebridge kb` through the real CLI: ingest, search (both languages), list, drop, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from carebridge.cli import app

runner = CliRunner()
DEMO_KB = Path(__file__).resolve().parents[2] / "demo" / "kb"


def kb(data_dir: Path, *args: str, input: str | None = None):  # noqa: A002
    return runner.invoke(app, ["--data-dir", str(data_dir), "kb", *args], input=input)


def test_ingest_search_list_drop(tmp_path: Path) -> None:
    r = kb(tmp_path, "ingest", str(DEMO_KB), "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)["documents"]
    assert len(out["added"]) == 7 and out["chunks_written"] > 7 and not out["failed"]
    again = json.loads(kb(tmp_path, "ingest", str(DEMO_KB), "--json").stdout)["documents"]
    assert len(again["unchanged"]) == 7 and again["chunks_written"] == 0

    zh = json.loads(kb(tmp_path, "search", "探视时间是几点", "-c", "hospital", "--json").stdout)
    top = zh["results"][0]
    assert top["source"].endswith("visiting_rules.zh.md") and top["section"] == "探视时间" and top["rank"] == 1
    assert "15:00" in top["text"] and top["citation"]
    en = json.loads(kb(tmp_path, "search", "where do I pay my bill when I leave", "-c", "hospital", "--json").stdout)
    assert en["results"][0]["source"].endswith("discharge_checklist.en.html")
    assert en["results"][0]["section"] == "Paying the bill"

    listing = json.loads(kb(tmp_path, "list", "--json").stdout)
    assert [(c["name"], c["documents"]) for c in listing["collections"]] == [("hospital", 7)]
    assert listing["embedder"] == "carebridge-hashed-ngram"
    docs = json.loads(kb(tmp_path, "list", "hospital", "--json").stdout)["documents"]
    assert len(docs) == 7 and all(d["version"] and d["ingested_at"] for d in docs)

    human = kb(tmp_path, "search", "canteen", "-c", "hospital")
    assert human.exit_code == 0 and "Parking and meals" in human.output and "source:" in human.output

    dropped = json.loads(kb(tmp_path, "drop", "hospital", "--json").stdout)
    assert dropped == {"dropped": "hospital", "documents": 7}
    gone = kb(tmp_path, "search", "探视", "-c", "hospital", "--json")
    assert gone.exit_code == 2 and json.loads(gone.stdout)["error"]["code"] == "unknown_collection"


def test_drop_asks_before_deleting(tmp_path: Path) -> None:
    kb(tmp_path, "ingest", str(DEMO_KB / "visiting_rules.en.md"), "--json")
    r = kb(tmp_path, "drop", "hospital", input="n\n")
    assert r.exit_code == 1
    assert json.loads(kb(tmp_path, "list", "--json").stdout)["collections"][0]["documents"] == 1


def test_bad_input_gives_a_json_error_and_leaves_the_store_alone(tmp_path: Path) -> None:
    kb(tmp_path, "ingest", str(DEMO_KB / "visiting_rules.en.md"), "--json")
    empty = tmp_path / "empty"
    empty.mkdir()
    cases = [
        ((str(tmp_path / "missing"),), "file_not_found"),
        ((str(empty),), "empty_folder"),
        (("--collection", "Bad Name", str(empty)), "bad_collection_name"),
        (("--collection", "builtin-labs", str(DEMO_KB)), "bad_collection_name"),
        ((), "missing_paths"),
    ]
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.4 garbage")
    cases.append(((str(binary),), "pdf_unreadable"))
    for args, code in cases:
        r = kb(tmp_path, "ingest", *args, "--json")
        assert r.exit_code == 2, (args, r.output)
        err = json.loads(r.stdout)["error"]
        assert err["code"] == code and err["message"], args
    listing = json.loads(kb(tmp_path, "list", "--json").stdout)["collections"]
    assert [(c["name"], c["documents"]) for c in listing] == [("hospital", 1)]
    assert json.loads(kb(tmp_path, "search", "", "-c", "hospital", "--json").stdout)["error"]["code"] == "empty_query"
    assert json.loads(kb(tmp_path, "search", "x", "--lang", "fr", "--json").stdout)["error"]["code"] == "bad_lang"


def test_a_folder_with_one_bad_file_ingests_the_rest_and_exits_2(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ok.md").write_text("# Ward\n\n## Quiet hours\n\n12:00 to 14:00.\n", encoding="utf-8")
    (docs / "bad.txt").write_bytes(b"\x00\x00\x00")
    r = kb(tmp_path, "ingest", str(docs), "--json")
    assert r.exit_code == 2
    out = json.loads(r.stdout)["documents"]
    assert out["added"] == [str(docs / "ok.md")] and out["failed"][0]["code"] == "binary_file"
    human = kb(tmp_path, "ingest", str(docs))
    # rich wraps the message at the terminal's width, and the temporary path is longer under pytest-xdist (a worker
    # folder in it): compare with the line breaks and spaces taken out
    flat = "".join(human.output.split())
    assert human.exit_code == 2 and "notingested" in flat and "bad.txt" in flat


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_unreachable_chroma_server_is_a_clear_error(tmp_path: Path) -> None:
    r = kb(tmp_path, "--chroma-url", "http://127.0.0.1:9", "list", "--json")
    assert r.exit_code == 1
    err = json.loads(r.stdout)["error"]
    assert err["code"] == "chroma_unreachable" and "CAREBRIDGE_CHROMA_URL" in err["message"]
    bad = kb(tmp_path, "--chroma-url", "ftp://x", "list", "--json")
    assert json.loads(bad.stdout)["error"]["code"] == "bad_chroma_url"


def test_search_all_collections_with_the_built_ins(kb_data_dir: Path) -> None:
    r = kb(kb_data_dir, "search", "血钾高是什么意思", "--lang", "zh", "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert {"builtin-labs", "builtin-drugs", "hospital"} <= set(out["collections"])
    assert all(h["lang"] == "zh" and h["citation"] for h in out["results"])
    assert any(h["collection"] == "builtin-labs" for h in out["results"])
    listing = json.loads(kb(kb_data_dir, "list", "--json").stdout)["collections"]
    assert all(not c["stale"] for c in listing)


def test_the_built_ins_count_as_current_only_for_the_hospitals_emergency_number(kb_data_dir: Path, monkeypatch) -> None:
    # The built-in advice is written with the number patients are told to call: built with 120, it is stale for 999.
    monkeypatch.delenv("CAREBRIDGE_EMERGENCY_NUMBER", raising=False)
    listing = json.loads(kb(kb_data_dir, "list", "--json").stdout)["collections"]
    assert not any(c["stale"] for c in listing)
    monkeypatch.setenv("CAREBRIDGE_EMERGENCY_NUMBER", "999")
    listing = json.loads(kb(kb_data_dir, "list", "--json").stdout)["collections"]
    assert all(c["stale"] for c in listing if c["builtin"]) and any(c["builtin"] for c in listing)
    monkeypatch.setenv("CAREBRIDGE_EMERGENCY_NUMBER", "call-me")
    r = kb(kb_data_dir, "list", "--json")
    assert r.exit_code == 2 and json.loads(r.stdout)["error"]["code"] == "bad_config"
