"""The pre-consultation interview through the real graph, checkpointer and audit log."""

from __future__ import annotations

from langchain_core.messages import AIMessage

from carebridge.service import CareBridge


def talk(app: CareBridge, sid: str, lines: list[str], **first: object):
    turns = []
    for i, line in enumerate(lines):
        turns.append(app.send(sid, line, **(first if i == 0 else {})))  # type: ignore[arg-type]
        if turns[-1].pending_review:
            break
    return turns


def test_english_interview_asks_only_what_is_missing_and_produces_a_summary(app: CareBridge) -> None:
    turns = talk(app, "en1", ["I've had a sore throat and runny nose for 2 days", "29, male", "3", "no", "none",
                              "none", "asthma as a child", "extra"])
    questions = [t for t in turns if t.reply["kind"] == "question"]
    assert 1 <= len(questions) <= 6
    asked = app.values("en1")["triage"]["asked"]
    assert "duration" not in asked and "chief_complaint" not in asked and "pregnancy" not in asked
    final = turns[-1]
    assert final.pending_review and final.reply["kind"] == "answer"
    summary = final.values["triage"]["summary"]
    assert summary["urgency"] == "self_care" and summary["ai_generated"] and summary["review_status"] == "pending"
    assert summary["sex"] == "M" and summary["age_years"] == 29 and summary["severity"] == 3
    assert {s["code"] for s in summary["symptoms"]} == {"sore_throat", "runny_nose"}
    assert app.audit.reviews()[0]["session_id"] == "en1"


def test_chinese_interview(app: CareBridge) -> None:
    turns = talk(app, "zh1", ["我肚子疼，拉肚子一天了", "34岁，女", "5分", "没有", "没有", "没有", "没有", "没有"])
    assert all("AI" in t.reply["label"] for t in turns)
    assert turns[0].reply["lang"] == "zh" and "年龄" in turns[0].reply["text"]
    summary = turns[-1].values["triage"]["summary"]
    assert summary["department"]["group_zh"] == "内科" and summary["lang"] == "zh"
    assert summary["pregnant"] is False


def test_emergency_advice_comes_before_any_question(app: CareBridge) -> None:
    turn = app.send("em1", "我爸爸胸口压着疼，出冷汗，已经半小时了", patient={"age_years": 66, "sex": "M"})
    messages = [m for m in turn.values["messages"] if isinstance(m, AIMessage)]
    assert messages[0].name == "safety" and "120" in str(messages[0].content)
    assert turn.reply["kind"] == "answer" and turn.values["triage"]["asked"] == []
    assert turn.reply["result"]["urgency"] == "emergency_ambulance"
    assert turn.reply["result"]["department"]["zh"] == "急诊医学科"


def test_red_flag_mid_interview_escalates(app: CareBridge) -> None:
    first = app.send("mid1", "I have a cough")
    assert first.reply["kind"] == "question"
    turn = app.send("mid1", "40, female. Now my lips are turning blue and I can't breathe")
    assert turn.reply["result"]["urgency"] == "emergency_ambulance"
    assert [f["id"] for f in turn.reply["emergency"]] == ["severe_breathing_difficulty"]


def test_red_flag_while_review_is_pending_still_escalates(app: CareBridge) -> None:
    talk(app, "pend1", ["runny nose for two days", "30, male", "2", "no", "none", "none", "none"])
    assert app.status("pend1") == "pending_review"
    turn = app.send("pend1", "now I have crushing chest pain and I'm sweating")
    assert turn.reply["emergency"] and "120" in turn.reply["text"]
    assert any(e["kind"] == "safety" and e["data"]["red_flags"] for e in app.audit.entries("pend1"))


def test_clinician_review_resumes_the_paused_graph(app: CareBridge) -> None:
    talk(app, "rev1", ["runny nose for two days", "30, male", "2", "no", "none", "none", "none"])
    turn = app.review("rev1", reviewer="Nurse Wang", note="Rest and fluids", edits={"history": "asthma"})
    summary = turn.values["triage"]["summary"]
    assert summary["review_status"] == "edited" and summary["reviewed_by"] == "Nurse Wang"
    assert summary["history"] == "asthma" and app.status("rev1") == "idle"
    assert app.audit.reviews("edited")[0]["reviewer"] == "Nurse Wang"
    assert any(e["kind"] == "review" for e in app.audit.entries("rev1"))


def test_audit_records_every_step_once(app: CareBridge) -> None:
    talk(app, "aud1", ["I have a headache", "30, female"])
    kinds = [e["kind"] for e in app.audit.entries("aud1")]
    assert kinds == ["input", "safety", "route", "tool", "reply"] * 2
    seqs = [e["seq"] for e in app.audit.entries("aud1")]
    assert seqs == list(range(len(seqs)))


def test_audit_log_is_append_only(app: CareBridge) -> None:
    import sqlite3

    import pytest

    app.send("ao1", "I have a headache")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        app.audit._conn.execute("DELETE FROM audit")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        app.audit._conn.execute("UPDATE audit SET kind = 'x'")


def test_conversation_resumes_in_a_new_process(tmp_path) -> None:
    a = CareBridge(tmp_path)
    a.send("r1", "I have a headache")
    a.close()
    b = CareBridge(tmp_path)
    turn = b.send("r1", "30, female")
    assert turn.values["patient"]["sex"] == "F" and turn.values["triage"]["asked"][:1] == ["age_sex"]
    assert turn.reply["kind"] == "question"
    b.close()


def test_the_hospitals_emergency_number_is_used_everywhere(tmp_path) -> None:
    from carebridge.graphs.context import HospitalContext

    with CareBridge(tmp_path, context=HospitalContext(emergency_number="999")) as cb:
        turn = cb.send("num1", "crushing chest pain and sweating", mode="oneshot")
    notice = next(m for m in turn.values["messages"] if isinstance(m, AIMessage) and m.name == "safety")
    assert "999" in str(notice.content) and "120" not in str(notice.content)
    assert "999" in turn.reply["result"]["advice"]["en"] and "999" in turn.reply["text"]
    assert "120" not in turn.reply["result"]["advice"]["zh"]


def test_a_known_age_is_not_asked_again(app: CareBridge) -> None:
    turn = app.send("age1", "sore throat for 2 days", patient={"age_years": 40})
    assert turn.reply["kind"] == "question" and "old" not in turn.reply["text"]
    assert "male or female" in turn.reply["text"]
    turn = app.send("age2", "嗓子疼两天了", patient={"sex": "F"}, lang="zh")
    assert "年龄" in turn.reply["text"] and "性别" not in turn.reply["text"]
