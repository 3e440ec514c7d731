"""Follow-up service: red-flag screen on answers, restart without loss or duplicates, retry policy,
roles, bad input, sign-off and FHIR export."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from carebridge.tools.followup.protocols import ProtocolError
from carebridge.tools.followup.service import Actor, FollowupError, FollowupService
from carebridge.tools.inbox import InboxError
from tests.fakes import scripted

NOW = datetime(2026, 11, 22, 10, 0)
NURSE = Actor.staff("Nurse Li")
ME = Actor.patient("P1")


class Clock:
    def __init__(self, now=NOW):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def data(tmp_path):
    return tmp_path / "data"


def svc_at(data, clock=None, **kw):
    return FollowupService(data, clock=clock or Clock(), **kw)


def start(svc, protocol="diabetes", lang="en", days_ago=2, patient="P1"):
    return svc.start(NURSE, patient_id=patient, protocol=protocol, lang=lang,
                     discharged=(NOW - timedelta(days=days_ago)).date())


# --- red-flag screen on every answer -------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [("en", "I have crushing chest pain and I am sweating"),
                                            ("zh", "我胸口压榨样疼痛，还出冷汗")])
def test_chest_pain_during_diabetes_follow_up_escalates_as_emergency(data, lang, text):
    svc = svc_at(data)
    start(svc, "diabetes", lang)
    out = svc.answer(ME, "FU-0001-D2", text)
    assert out["escalated"] is True
    flags = [e for e in out["escalations"] if e["kind"] == "red_flag"]
    assert len(flags) == 1 and flags[0]["priority"] == "emergency"  # one item per reply, all its flags
    assert "chest_pain_danger_features" in flags[0]["red_flags"]
    assert "120" in out["reply"]
    # The reply did not answer the glucose question: it is asked again, nothing recorded.
    assert out["recorded"] is False and out["reask"] is True
    items = svc.inbox_items(NURSE)
    assert len(items) == 1
    assert items[0].priority == "emergency" and items[0].source == "followup" and items[0].ref == "FU-0001-D2"
    assert items[0].detail["sources"]  # the red-flag rules' sources travel with the item
    again = svc.answer(ME, "FU-0001-D2", text)  # the same words again: the same item, not a second one
    assert again["escalated"] and not again["escalations"][0]["new"] and len(svc.inbox_items(NURSE)) == 1


def test_emergency_number_comes_from_the_hospital_setting(data):
    svc = svc_at(data, emergency_number="999")
    start(svc, "post_operative")
    out = svc.answer(ME, "FU-0001-D2", "38.5, and I have severe chest pain")
    assert "999" in out["reply"] and "120" not in out["reply"]
    assert out["recorded"] is True  # the temperature was read as well


def test_ordinary_answer_does_not_escalate(data):
    svc = svc_at(data)
    start(svc, "diabetes")
    out = svc.answer(ME, "FU-0001-D2", "6.2 mmol/L")
    assert out["escalated"] is False and out["escalations"] == []
    assert out["answer"]["value"] == 6.2 and out["next_question"]["id"] == "hypo_needed_help"
    assert svc.inbox_items(NURSE) == []


# --- restart: nothing lost, nothing repeated --------------------------------------------
def test_reopened_store_neither_loses_nor_repeats(data):
    clock = Clock()
    svc = svc_at(data, clock)
    start(svc, "heart_failure")
    first = svc.tick(NURSE)
    assert [a["contact_id"] for a in first["attempted"]] == ["FU-0001-D2"]
    svc.answer(ME, "FU-0001-D2", "72 kg")
    svc.answer(ME, "FU-0001-D2", "yes")  # escalates: orthopnoea
    svc.close()

    again = svc_at(data, clock)  # a restart
    assert again.tick(NURSE) == {"at": NOW.isoformat(), "attempted": [], "handed_to_nurse": []}
    view = again.show(NURSE, "FU-0001")
    assert len(view["contacts"]) == 5
    d2 = view["contacts"][0]
    assert d2["attempts"] == 1 and [a["question_id"] for a in d2["answers"]] == ["weight", "breathless_lying_flat"]
    assert again.current_question(ME, "FU-0001-D2")["id"] == "woke_breathless"
    assert len(again.inbox_items(NURSE)) == 1
    with pytest.raises(FollowupError) as err:
        again.start(NURSE, patient_id="P1", protocol="heart_failure", discharged=(NOW - timedelta(days=2)).date())
    assert err.value.code == "already_running"
    assert len(again.campaigns(NURSE)) == 1


def test_escalation_survives_a_crash_before_the_inbox_write(data, monkeypatch):
    svc = svc_at(data)
    start(svc, "post_pci")
    monkeypatch.setattr(FollowupService, "flush_escalations", lambda self: 0)  # "crash" before the inbox copy
    out = svc.answer(ME, "FU-0001-D2", "yes")
    assert out["escalated"] is True
    monkeypatch.undo()
    assert svc.inbox.items(role="nurse") == []
    svc.close()
    for _ in range(2):  # each open repairs, idempotently
        reopened = svc_at(data)
        items = reopened.inbox_items(NURSE)
        assert [i.detail["rule_id"] for i in items] == ["pci_recurrent_chest_pain"]
        reopened.close()


def test_same_reply_twice_goes_to_the_next_question_not_the_same_one(data):
    svc = svc_at(data)
    start(svc, "copd")
    svc.answer(ME, "FU-0001-D2", "yes")
    svc.answer(ME, "FU-0001-D2", "yes")
    view = svc.show(NURSE, "FU-0001")
    assert [a["question_id"] for a in view["contacts"][0]["answers"]] == ["breathless_worse", "sputum_more"]
    assert len([i for i in svc.inbox_items(NURSE) if i.detail["rule_id"] == "copd_worse_breathlessness"]) == 1


# --- retry policy ---------------------------------------------------------------------------
def test_unanswered_contact_is_retried_then_handed_to_the_nurse(data):
    clock = Clock()
    svc = svc_at(data, clock)
    start(svc, "copd")
    steps = [(0, ["FU-0001-D2"], []), (1, [], []), (4, ["FU-0001-D2"], []), (8, ["FU-0001-D2"], []),
             (11, [], []), (12, [], ["FU-0001-D2"]), (16, [], [])]
    for hours, attempted, handed in steps:
        clock.now = NOW + timedelta(hours=hours)
        out = svc.tick(NURSE)
        assert [a["contact_id"] for a in out["attempted"]] == attempted, hours
        assert out["handed_to_nurse"] == handed, hours
    contact = svc.show(NURSE, "FU-0001")["contacts"][0]
    assert contact["status"] == "no_answer" and contact["attempts"] == 3
    items = svc.inbox_items(NURSE)
    assert [(i.kind, i.ref) for i in items] == [("no_answer", "FU-0001-D2")]
    with pytest.raises(FollowupError) as err:
        svc.answer(ME, "FU-0001-D2", "yes")
    assert err.value.code == "contact_closed"


def test_due_is_read_only_and_lists_the_action(data):
    svc = svc_at(data)
    start(svc, "copd")
    assert [d["action"] for d in svc.due(NURSE)] == ["attempt"]
    assert [d["action"] for d in svc.due(NURSE)] == ["attempt"]
    assert svc.show(NURSE, "FU-0001")["contacts"][0]["attempts"] == 0
    assert svc.due(NURSE, at="2026-11-20") == []


def test_a_reply_postpones_the_next_attempt(data):
    clock = Clock()
    svc = svc_at(data, clock)
    start(svc, "copd")
    svc.tick(NURSE)
    clock.now = NOW + timedelta(hours=3)
    svc.answer(ME, "FU-0001-D2", "no")
    clock.now = NOW + timedelta(hours=5)
    assert svc.tick(NURSE)["attempted"] == []  # only 2 h since the reply
    clock.now = NOW + timedelta(hours=7)
    resent = svc.tick(NURSE)["attempted"]
    assert [a["contact_id"] for a in resent] == ["FU-0001-D2"] and "phlegm" in resent[0]["text"]


# --- scheduling ---------------------------------------------------------------------------------
def test_past_schedule_days_collapse_into_one_contact_due_now(data):
    svc = svc_at(data)
    view = start(svc, "diabetes", days_ago=10)
    assert [(c["day"], c["status"]) for c in view["contacts"]] == [(2, "skipped"), (7, "scheduled"), (30, "scheduled")]
    assert [d["contact_id"] for d in svc.due(NURSE)] == ["FU-0001-D7"]


def test_contact_not_yet_due_cannot_be_answered(data):
    svc = svc_at(data)
    start(svc, "diabetes", days_ago=0)
    with pytest.raises(FollowupError) as err:
        svc.answer(ME, "FU-0001-D2", "5.5")
    assert err.value.code == "not_due"


# --- bad input -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("kwargs", "code"), [
    ({"protocol": "nope"}, "unknown_protocol"),
    ({"patient_id": "  "}, "unknown_patient"),
    ({"lang": "fr"}, "bad_lang"),
    ({"discharged": "2026-13-40"}, "bad_date"),
    ({"discharged": "2026-12-01"}, "bad_date"),   # future
    ({"discharged": "2025-01-01"}, "bad_date"),   # every contact long past
])
def test_bad_start_is_a_clear_error_and_records_nothing(data, kwargs, code):
    svc = svc_at(data)
    args = {"patient_id": "P1", "protocol": "diabetes", "lang": "en", "discharged": "2026-11-20", **kwargs}
    with pytest.raises((FollowupError, ProtocolError)) as err:
        svc.start(NURSE, **args)
    assert err.value.code == code and str(err.value)
    assert svc.campaigns(NURSE) == []


@pytest.mark.parametrize("text", ["", "   ", "???", "。。。", "🙂"])
def test_empty_or_meaningless_answer_is_asked_again_not_recorded(data, text):
    svc = svc_at(data)
    start(svc, "diabetes")
    out = svc.answer(ME, "FU-0001-D2", text)
    assert out["recorded"] is False and out["reask"] is True and out["reason"] == "empty"
    assert "lowest blood glucose" in out["reply"]
    assert svc.show(NURSE, "FU-0001")["contacts"][0]["answers"] == []


def test_ambiguous_weight_asks_for_the_unit_in_chinese(data):
    svc = svc_at(data)
    start(svc, "heart_failure", lang="zh")
    out = svc.answer(ME, "FU-0001-D2", "72")
    assert out["reask"] and out["reason"] == "unit_needed" and "斤" in out["reply"]
    assert svc.answer(ME, "FU-0001-D2", "72公斤")["answer"]["value"] == 72.0


def test_unknown_answer_is_recorded_as_unknown_and_never_fires_a_rule(data):
    svc = svc_at(data)
    start(svc, "diabetes")
    out = svc.answer(ME, "FU-0001-D2", "I didn't measure it")
    assert out["recorded"] and out["answer"]["status"] == "unknown" and out["answer"]["value"] is None
    assert out["escalated"] is False


def test_closed_contact_and_unknown_contact(data):
    svc = svc_at(data)
    start(svc, "diabetes")
    for text in ("5.5", "no", "no"):
        last = svc.answer(ME, "FU-0001-D2", text)
    assert last["done"] and last["contact_status"] == "completed"
    with pytest.raises(FollowupError) as err:
        svc.answer(ME, "FU-0001-D2", "one more")
    assert err.value.code == "contact_closed"
    with pytest.raises(FollowupError) as err:
        svc.answer(NURSE, "FU-9999-D2", "yes")
    assert err.value.code == "unknown_contact"


# --- roles ---------------------------------------------------------------------------------------
def test_patients_cannot_use_staff_functions(data):
    svc = svc_at(data)
    start(svc, "post_pci")
    svc.answer(ME, "FU-0001-D2", "yes")
    item = svc.inbox_items(NURSE)[0]
    staff_only = [
        lambda: svc.start(ME, patient_id="P1", protocol="copd"),
        lambda: svc.campaigns(ME),
        lambda: svc.due(ME),
        lambda: svc.tick(ME),
        lambda: svc.inbox_items(ME),
        lambda: svc.resolve(ME, item.id, by="me"),
        lambda: svc.signoff(ME, "FU-0001", by="me"),
        lambda: svc.export_fhir(ME, "FU-0001"),
    ]
    for call in staff_only:
        with pytest.raises(FollowupError) as err:
            call()
        assert err.value.code == "forbidden"
    with pytest.raises(InboxError):
        svc.inbox.items(role="patient")  # the inbox checks too


def test_a_patient_reaches_only_their_own_contact(data):
    svc = svc_at(data)
    start(svc, "copd", patient="P1")
    start(svc, "copd", patient="P2")
    token_p1 = svc.show(NURSE, "FU-0001")["contacts"][0]["token"]
    with pytest.raises(FollowupError) as err:
        svc.answer(Actor.patient("P2"), "FU-0001-D2", "yes")
    assert err.value.code == "forbidden"
    with pytest.raises(FollowupError):
        svc.answer(Actor.patient(token="wrong-token"), "FU-0001-D2", "yes")
    with pytest.raises(FollowupError):
        svc.answer(Actor.patient(token=token_p1), "FU-0002-D2", "yes")
    with pytest.raises(FollowupError):
        svc.show(Actor.patient("P2"), "FU-0001")
    assert svc.answer(Actor.patient(token=token_p1), "FU-0001-D2", "no")["recorded"]
    own = svc.show(ME, "FU-0001")
    assert "token" not in own["contacts"][0]
    assert svc.show(NURSE, "FU-0002")["contacts"][0]["answers"] == []


def test_staff_can_enter_an_answer_given_by_phone(data):
    svc = svc_at(data)
    start(svc, "copd")
    assert svc.answer(NURSE, "FU-0001-D2", "no")["recorded"]


# --- sign-off and export ---------------------------------------------------------------------
def _complete_paediatric(svc):
    start(svc, "paediatric_fever", days_ago=7)  # D1, D3 skipped; D7 due now
    for text in ("3 months", "38.5", "3 days", "no", "no", "yes"):
        svc.answer(ME, "FU-0001-D7", text)


def test_signoff_needs_every_contact_finished_then_records_who(data):
    svc = svc_at(data)
    start(svc, "copd")
    with pytest.raises(FollowupError) as err:
        svc.signoff(NURSE, "FU-0001", by="Dr Zhao")
    assert err.value.code == "not_complete"

    svc2 = svc_at(data.parent / "other")
    _complete_paediatric(svc2)
    assert svc2.campaigns(NURSE)[0]["status"] == "completed"
    out = svc2.signoff(NURSE, "FU-0001", by="Dr Zhao", note="reviewed")
    assert out["status"] == "signed_off" and out["signed_by"] == "Dr Zhao"
    assert len(out["open_inbox_items"]) == 1  # the reduced-urine escalation is still open
    with pytest.raises(FollowupError) as err:
        svc2.signoff(NURSE, "FU-0001", by="Dr Zhao")
    assert err.value.code == "already_signed_off"


def test_fhir_export_has_a_questionnaire_response_and_tasks(data):
    svc = svc_at(data)
    _complete_paediatric(svc)
    bundle = svc.export_fhir(NURSE, "FU-0001")
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("QuestionnaireResponse") == 3 and kinds.count("Task") == 1
    qr = next(e["resource"] for e in bundle["entry"] if e["resource"]["id"] == "FU-0001-D7")
    assert qr["status"] == "completed" and qr["subject"]["identifier"]["value"] == "P1"
    by_id = {i["linkId"]: i["answer"][0] for i in qr["item"]}
    assert by_id["temperature"]["valueQuantity"] == {"value": 38.5, "unit": "Cel", "system": "http://unitsofmeasure.org",
                                                     "code": "Cel"}
    assert by_id["fewer_wet_nappies"] == {"valueBoolean": True}
    skipped = next(e["resource"] for e in bundle["entry"] if e["resource"]["id"] == "FU-0001-D1")
    assert skipped["status"] == "stopped"
    task = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Task")
    assert task["priority"] == "urgent" and task["focus"]["identifier"]["value"] == "FU-0001-D7"
    json.dumps(bundle)


def test_resolve_goes_through_the_shared_inbox(data):
    svc = svc_at(data)
    start(svc, "post_pci")
    svc.answer(ME, "FU-0001-D2", "no")
    svc.answer(ME, "FU-0001-D2", "yes")
    item = svc.inbox_items(NURSE)[0]
    done = svc.resolve(NURSE, item.id, by="Nurse Li", note="called patient")
    assert done.status == "resolved" and svc.inbox_items(NURSE) == []
    with pytest.raises(InboxError):
        svc.resolve(NURSE, item.id, by="Nurse Li")


# --- the model fills gaps, with verbatim evidence -----------------------------------------------
def test_model_reads_a_reply_the_lexicon_cannot_with_verbatim_evidence(data):
    model = scripted('{"yes": true, "number": null, "unit": null, "evidence": "twice last night"}')
    svc = svc_at(data, model=model)
    start(svc, "heart_failure")
    svc.answer(ME, "FU-0001-D2", "72 kg")
    svc.answer(ME, "FU-0001-D2", "no")
    out = svc.answer(ME, "FU-0001-D2", "it happened twice last night")
    assert out["recorded"] and out["answer"]["method"] == "model" and out["answer"]["value"] is True
    assert "hf_paroxysmal_nocturnal_dyspnoea" in {e["rule_id"] for e in out["escalations"]}


def test_model_answer_without_verbatim_evidence_is_dropped(data):
    model = scripted('{"yes": false, "number": null, "unit": null, "evidence": "I feel perfectly fine"}')
    svc = svc_at(data, model=model)
    start(svc, "copd")
    out = svc.answer(ME, "FU-0001-D2", "hmm, hard to say really")
    assert out["recorded"] is False and out["reask"] is True


def test_model_cannot_invent_a_number(data):
    model = scripted('{"yes": null, "number": 2.5, "unit": "mmol/L", "evidence": "quite low"}')
    svc = svc_at(data, model=model)
    start(svc, "diabetes")
    out = svc.answer(ME, "FU-0001-D2", "it was quite low this morning")
    assert out["recorded"] is False


def test_stop_closes_unfinished_contacts_then_signoff_is_possible(data):
    svc = svc_at(data)
    start(svc, "copd")
    svc.answer(ME, "FU-0001-D2", "no")
    with pytest.raises(FollowupError) as err:
        svc.stop(ME, "FU-0001", by="me", reason="x")
    assert err.value.code == "forbidden"
    view = svc.stop(NURSE, "FU-0001", by="Nurse Li", reason="readmitted")
    assert view["status"] == "completed"
    assert {c["status"] for c in view["contacts"]} == {"skipped"}
    assert "readmitted" in view["contacts"][0]["close_reason"]
    assert [a["question_id"] for a in view["contacts"][0]["answers"]] == ["breathless_worse"]  # kept
    with pytest.raises(FollowupError) as err:
        svc.answer(ME, "FU-0001-D2", "no")
    assert err.value.code == "contact_closed" and err.value.zh
    assert svc.signoff(NURSE, "FU-0001", by="Dr Zhao")["status"] == "signed_off"
    assert svc.tick(NURSE)["attempted"] == []


def test_a_model_cannot_overrule_the_lexicon_or_the_rules(data):
    # A (random-weight) model that always says "no" is never asked about a reply the lexicon reads.
    model = scripted(*['{"yes": false, "number": null, "unit": null, "evidence": "yes"}'] * 5)
    svc = svc_at(data, model=model)
    start(svc, "post_pci")
    out = svc.answer(ME, "FU-0001-D2", "yes")
    assert out["answer"]["method"] == "lexicon" and out["answer"]["value"] is True
    assert [e["rule_id"] for e in out["escalations"]] == ["pci_recurrent_chest_pain"]


def test_question_asked_once_is_remembered_in_later_contacts(data):
    clock = Clock()
    svc = svc_at(data, clock)
    start(svc, "paediatric_fever", days_ago=1)
    for text in ("2 months", "37.5", "1 day", "no", "no", "no"):
        svc.answer(ME, "FU-0001-D1", text)
    clock.now = NOW + timedelta(days=2)
    assert svc.current_question(ME, "FU-0001-D3")["id"] == "temperature"  # age is not asked again
    out = svc.answer(ME, "FU-0001-D3", "38.3")
    assert "ng143_red_under_3_months_fever" in {e["rule_id"] for e in out["escalations"]}
