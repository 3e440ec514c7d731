"""Agents cite retrieved passages with numbers; the decision never depends on retrieval; no store, no crash."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from carebridge.service import CareBridge
from carebridge.tools.kb.cite import Request, default_kb_search, make_kb_search, mentions, retrieve
from carebridge.tools.kb.errors import KbUnavailable

REPORT = "血钾 6.9 mmol/L\n血红蛋白 90 g/L"
MEDS = "我在吃华法林，能不能同时吃布洛芬？"


def _without(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if k != "retrieval"}


@pytest.fixture(scope="module")
def kb_search(kb_data_dir: Path):
    return default_kb_search(kb_data_dir)


def _turn(tmp_path: Path, text: str, kb: Any, name: str = "d") -> Any:
    cb = CareBridge(tmp_path / name, kb_search=kb)
    try:
        return cb.send("s1", text)
    finally:
        cb.close()


def test_report_agent_numbers_retrieved_passages_after_its_sources(tmp_path: Path, kb_search) -> None:
    with_kb = _turn(tmp_path, REPORT, kb_search, "a")
    plain = _turn(tmp_path, REPORT, None, "b")
    result = with_kb.reply["result"]
    sources = result["explanation"]["sources"]
    cites = result["retrieval"]["citations"]
    assert result["retrieval"]["status"] == "ok" and [c["n"] for c in cites] == list(range(len(sources) + 1, len(sources) + 1 + len(cites)))
    assert {c["about"] for c in cites} == {"钾", "血红蛋白"}
    potassium = next(c for c in cites if c["about"] == "钾")
    assert potassium["collection"] == "builtin-labs" and potassium["section"].startswith("钾")
    for c in cites:
        assert f"[{c['n']}] {c['about']}：" in with_kb.reply["text"] and c["citation"] and c["source_ids"]
    assert "参考资料（检索）" in with_kb.reply["text"] and "参考资料" not in plain.reply["text"]
    # The decision (flags, critical, escalation) is the same with or without retrieval.
    assert plain.reply["result"]["retrieval"]["status"] == "off"
    strip = lambda r: {k: v for k, v in _without(r).items() if k not in ("escalation", "report_key")}  # noqa: E731
    assert strip(result) == strip(plain.reply["result"])


def test_medication_agent_cites_the_passage_about_the_interacting_pair(tmp_path: Path, kb_search) -> None:
    turn = _turn(tmp_path, MEDS, kb_search)
    result = turn.reply["result"]
    cite = result["retrieval"]["citations"][0]
    assert cite["n"] == 1 and cite["about"] == "华法林 + 布洛芬" and cite["collection"] == "builtin-drugs"
    assert mentions({"title": cite["title"], "section": cite["section"], "text": cite["excerpt"]}, [["华法林"]])
    assert "[1] 华法林 + 布洛芬" in turn.reply["text"] and cite["citation"] in turn.reply["sources"]
    plain = _turn(tmp_path, MEDS, None, "p")
    assert _without(result) == _without(plain.reply["result"])


def test_english_medication_answer_cites_english_passages(tmp_path: Path, kb_search) -> None:
    turn = _turn(tmp_path, "I take warfarin and metformin, my eGFR is 25, can I add ibuprofen?", kb_search)
    cites = turn.reply["result"]["retrieval"]["citations"]
    assert cites and all(c["citation"] for c in cites)
    assert any(c["about"] == "metformin (kidney function)" and c["section"] == "Kidney function" for c in cites)
    assert "Related passages (retrieved):" in turn.reply["text"]


class _Broken:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        self.calls += 1
        raise self.exc


@pytest.mark.parametrize("exc", [KbUnavailable("chroma_unreachable", "cannot reach the Chroma server"),
                                 RuntimeError("disk on fire")])
def test_an_unavailable_store_still_gets_an_answer_that_says_so(tmp_path: Path, exc: Exception) -> None:
    broken = _Broken(exc)
    turn = _turn(tmp_path, REPORT, broken)
    assert broken.calls == 1 and turn.reply["kind"] == "answer" and turn.reply["result"]["critical"]
    assert turn.reply["result"]["retrieval"]["status"] == "unavailable"
    assert "资料库检索暂不可用" in turn.reply["text"] and "[1]" in turn.reply["text"]  # its own sources still cited
    meds = _turn(tmp_path, "I take warfarin, can I add ibuprofen?", _Broken(exc), "m")
    assert meds.reply["result"]["interactions"] and "retrieval was unavailable" in meds.reply["text"]


def test_missing_built_ins_tell_the_operator_what_to_run(tmp_path: Path) -> None:
    kb = default_kb_search(tmp_path / "empty-store")
    r = retrieve(kb, [Request("钾", "钾 偏高", ("builtin-labs",))], lang="zh")
    assert r.status == "unavailable" and "carebridge kb ingest --builtin" in r.message


def test_hospital_documents_are_cited_too(tmp_path: Path, kb_data_dir: Path) -> None:
    kb = default_kb_search(kb_data_dir)
    r = retrieve(kb, [Request("visiting", "visiting hours", ("@hospital",), must_mention=(("visiting",),))], lang="en",
                 start=3)
    assert r.status == "ok" and r.citations[0]["n"] == 3
    assert r.citations[0]["source"].endswith("visiting_rules.en.md") and r.citations[0]["collection"] == "hospital"


def test_must_mention_uses_whole_latin_words() -> None:
    hit = {"title": "Kidney tests", "section": "Creatinine", "text": "levels increase"}
    assert mentions(hit, [["creatinine"]]) and not mentions(hit, [["cr"]]) and mentions(hit, [["肌酐", "Creatinine"]])


def test_the_factory_opens_the_store_once_and_only_when_asked() -> None:
    opened: list[int] = []

    class Store:
        def names(self) -> list[str]:
            return ["hospital"]

        def search(self, query: str, **kw: Any) -> list[dict[str, Any]]:
            return [{"id": "1", "collection": "hospital", "title": "T", "section": "S", "text": query}]

    def opener() -> Store:
        opened.append(1)
        return Store()

    search = make_kb_search(opener)
    assert opened == []
    assert search("a", collections=["@hospital"])[0]["text"] == "a"
    search("b", collections=["@hospital"])
    assert opened == [1]


def test_follow_up_escalation_reply_cites_the_protocol_passage(tmp_path: Path, kb_data_dir: Path) -> None:
    from carebridge.tools.followup.service import Actor, FollowupService

    svc = FollowupService(tmp_path / "fu", kb_search=default_kb_search(kb_data_dir))
    plain = FollowupService(tmp_path / "fu2")
    try:
        discharged = dt.date.today() - dt.timedelta(days=3)
        out = []
        for s in (svc, plain):
            s.start(Actor.staff(), patient_id="P1", protocol="heart_failure", lang="zh", discharged=discharged)
            s.tick(Actor.staff())
            s.answer(Actor.patient("P1"), "FU-0001-D2", "72公斤")
            out.append(s.answer(Actor.patient("P1"), "FU-0001-D2", "有，晚上要垫三个枕头"))
        cited, bare = out
        assert cited["escalated"] and bare["escalated"] and cited["escalations"][0]["rule_id"] == bare["escalations"][0]["rule_id"]
        cite = cited["retrieval"]["citations"][0]
        assert cite["collection"] == "builtin-followup" and "心力衰竭" in cite["title"] and cite["n"] == 1
        assert "参考资料（检索）" in cited["reply"] and bare["retrieval"]["status"] == "off"
        kinds = [m.kind for m in svc.channel.sent]
        assert kinds[-1] == "citations" and kinds[-2] == "question"  # the escalation reply went first, unchanged
        assert "citations" not in [m.kind for m in plain.channel.sent]
        assert svc.channel.sent[-2].text == plain.channel.sent[-1].text
        red = svc.answer(Actor.patient("P1"), "FU-0001-D2", "没有，就是胸口压着疼，出冷汗")
        assert any(c["collection"] == "builtin-conditions" for c in red["retrieval"]["citations"])
    finally:
        svc.close()
        plain.close()


def test_follow_up_chat_agent_cites_the_warning_sign(tmp_path: Path, kb_search) -> None:
    turn = _turn(tmp_path, "我在做出院随访，现在胸口压着疼，出冷汗", kb_search)
    assert turn.reply.get("agent") == "followup", f"routed to {turn.reply.get('agent')}"
    cites = turn.reply["result"]["retrieval"]["citations"]
    assert cites and cites[0]["collection"] == "builtin-conditions"
