from __future__ import annotations

import sqlite3

import pytest

from carebridge.tools.inbox import InboxError, open_inbox


@pytest.fixture
def inbox(tmp_path):
    box = open_inbox(tmp_path / "data")
    yield box
    box.close()


def _add(box, key, priority="urgent", **kw):
    return box.add(dedupe_key=key, source=kw.pop("source", "report"), kind="critical_value", priority=priority,
                   title_en=f"item {key}", title_zh=f"事项 {key}", **kw)


def test_add_is_idempotent_on_dedupe_key(inbox):
    first, created = _add(inbox, "k1", patient_id="p1", detail={"value": 6.9})
    again, created_again = _add(inbox, "k1", patient_id="p1")
    assert created and not created_again
    assert again.id == first.id
    assert len(inbox.items(role="nurse")) == 1
    assert first.detail == {"value": 6.9}


def test_most_urgent_first_then_newest(inbox):
    _add(inbox, "a", "routine")
    _add(inbox, "b", "emergency")
    _add(inbox, "c", "urgent")
    _add(inbox, "d", "emergency")
    keys = [i.title_en for i in inbox.items(role="nurse")]
    assert keys == ["item d", "item b", "item c", "item a"]


def test_patients_cannot_read_or_resolve(inbox):
    item, _ = _add(inbox, "k")
    for call in (lambda: inbox.items(role="patient"), lambda: inbox.get(item.id, role="patient"),
                 lambda: inbox.resolve(item.id, by="x", role="patient")):
        with pytest.raises(InboxError) as err:
            call()
        assert err.value.code == "forbidden"


def test_resolve_once_and_keep_the_record(inbox, tmp_path):
    item, _ = _add(inbox, "k", patient_id="p9")
    done = inbox.resolve(item.id, by="Nurse Li", role="nurse", note="called patient, sent to ED")
    assert done.status == "resolved" and done.resolved_by == "Nurse Li" and done.resolved_at
    assert inbox.items(role="nurse") == []
    assert [i.id for i in inbox.items(role="nurse", status=None, patient_id="p9")] == [item.id]
    with pytest.raises(InboxError) as err:
        inbox.resolve(item.id, by="Nurse Wang", role="nurse")
    assert err.value.code == "already_resolved" and "Nurse Li" in str(err.value)
    with pytest.raises(InboxError) as err:
        inbox.resolve("in-nope", by="Nurse Wang", role="nurse")
    assert err.value.code == "unknown_item"
    with pytest.raises(sqlite3.DatabaseError, match="never deleted"):
        inbox._conn.execute("DELETE FROM inbox")


def test_items_survive_reopening(tmp_path):
    box = open_inbox(tmp_path)
    item, _ = _add(box, "persist", "emergency")
    box.close()
    box = open_inbox(tmp_path)
    try:
        assert box.get(item.id, role="doctor").title_zh == "事项 persist"
    finally:
        box.close()


def test_fhir_task_shape(inbox):
    item, _ = _add(inbox, "t", "emergency", patient_id="p1", ref="r-1")
    task = item.to_fhir_task()
    assert task["resourceType"] == "Task" and task["status"] == "requested" and task["priority"] == "stat"
    assert task["for"]["identifier"]["value"] == "p1" and task["focus"]["identifier"]["value"] == "r-1"
    done = inbox.resolve(item.id, by="Dr Zhao", role="doctor", note="ok")
    task = done.to_fhir_task()
    assert task["status"] == "completed" and task["owner"]["display"] == "Dr Zhao" and task["note"] == [{"text": "ok"}]


def test_bad_priority_is_refused(inbox):
    with pytest.raises(InboxError) as err:
        _add(inbox, "x", "whenever")
    assert err.value.code == "bad_priority"
