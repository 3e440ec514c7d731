"""The medication agent in chat: keyword route, free-text drug lists, model evidence rule."""

from __future__ import annotations

import json
from pathlib import Path

from carebridge.agents.medication import find_allergies, plugin
from carebridge.agents.registry import default_registry
from carebridge.agents.testing import assert_agent_contract
from carebridge.service import CareBridge
from tests.fakes import scripted


def test_the_agent_passes_the_plugin_contract() -> None:
    assert "medication" in default_registry()
    assert_agent_contract(plugin)


def test_english_question_routes_to_medication_and_is_answered(app: CareBridge) -> None:
    turn = app.send("m1", "I take 阿司匹林 and warfarin, can I add ibuprofen?")
    assert turn.reply["agent"] == "medication" and turn.reply["kind"] == "answer" and not turn.pending_review
    result = turn.reply["result"]
    assert [d["id"] for d in result["drugs"]] == ["aspirin", "warfarin", "ibuprofen"]
    assert "warfarin + ibuprofen" in turn.reply["text"] and "pharmacist" in turn.reply["text"]
    assert turn.reply["sources"] and turn.reply["label"]
    kinds = [e["kind"] for e in app.audit.entries("m1")]
    assert "route" in kinds and any(e["kind"] == "tool" and e["data"].get("name") == "medication_check"
                                    for e in app.audit.entries("m1"))


def test_chinese_question_with_an_allergy(app: CareBridge) -> None:
    turn = app.send("m2", "我对青霉素过敏，在吃波立维和奥美拉唑，能不能同时吃阿莫西林？")
    assert turn.reply["agent"] == "medication" and turn.reply["lang"] == "zh"
    result = turn.reply["result"]
    assert [d["id"] for d in result["drugs"]] == ["clopidogrel", "omeprazole", "amoxicillin"]
    assert result["allergies"][0]["input"] == "青霉素"
    assert any(a["type"] == "allergy" and a["drugs"] == ["amoxicillin"] for a in result["alerts"])
    assert "【严重】" in turn.reply["text"] and "药师" in turn.reply["text"]


def test_no_names_asks_once_then_hands_back(app: CareBridge) -> None:
    first = app.send("m3", "can I take these two together?")
    assert first.reply["agent"] == "medication" and first.reply["kind"] == "question"
    second = app.send("m3", "the white ones and the blue ones")
    assert second.reply["agent"] == "medication" and second.reply["kind"] == "notice"
    third = app.send("m3", "I have a headache and a fever")
    assert third.reply["agent"] == "triage"


def test_symptom_messages_still_go_to_triage(app: CareBridge) -> None:
    assert app.send("m4", "I have chest pain").reply["agent"] == "triage"
    assert app.send("m5", "我头痛发烧两天了").reply["agent"] == "triage"


def test_a_model_can_add_a_name_only_with_verbatim_evidence(tmp_path: Path) -> None:
    answer = json.dumps({"drugs": [{"name": "Coumadin", "evidence": "coumadin"},
                                   {"name": "simvastatin", "evidence": "my statin"}],  # not in the text: dropped
                         "allergies": []})
    # The keywords ("can I take ... together") route this message, so the model is asked only to extract.
    cb = CareBridge(tmp_path / "d", model=scripted(answer))
    turn = cb.send("m6", "can I take aspirin together with my COUMADIN")
    ids = [d["id"] for d in turn.reply["result"]["drugs"]]
    assert ids == ["aspirin", "warfarin"]  # the lexicon found both; the invented statin never entered
    dropped = [e for e in cb.audit.entries("m6") if e["kind"] == "model_items_dropped"]
    assert dropped and dropped[0]["data"]["items"][0]["name"] == "simvastatin"
    cb.close()


def test_a_model_proposed_name_still_goes_through_the_resolver(tmp_path: Path) -> None:
    answer = json.dumps({"drugs": [{"name": "warfarn", "evidence": "warfarn"}], "allergies": []})
    cb = CareBridge(tmp_path / "d", model=scripted(answer))
    turn = cb.send("m7", "can I take aspirin with warfarn")
    result = turn.reply["result"]
    assert [d["id"] for d in result["drugs"]] == ["aspirin", "warfarin"]
    assert result["drugs"][1]["match"] == "fuzzy" and result["drugs"][1]["confidence"] < 1
    cb.close()


def test_allergy_phrases() -> None:
    assert find_allergies("我对青霉素过敏，也对磺胺过敏") == ["青霉素", "磺胺"]
    assert find_allergies("I'm allergic to penicillin, and I have a sulfa allergy") == ["penicillin", "sulfa"]


def test_kidney_function_in_the_message_is_used(app: CareBridge) -> None:
    turn = app.send("m8", "My eGFR is 25. Can I take metformin together with aspirin?")
    result = turn.reply["result"]
    assert result["patient"]["egfr"] == 25
    assert any(a["type"] == "renal" and a["drugs"] == ["metformin"] and a["severity"] == "contraindicated"
               for a in result["alerts"])


def test_unknown_medicine_words_in_chat_are_reported_not_skipped(app: CareBridge) -> None:
    turn = app.send("m9", "我在吃阿司匹林和神奇降压胶囊，能不能同时吃布洛芬？")
    result = turn.reply["result"]
    assert [d["id"] for d in result["drugs"]] == ["aspirin", "ibuprofen"]
    assert [u["input"] for u in result["unknown"]] == ["神奇降压胶囊"] and "神奇降压胶囊" in turn.reply["text"]
    turn = app.send("m10", "can I take warfarin together with Zorbax 20mg?")
    assert [u["input"] for u in turn.reply["result"]["unknown"]] == ["Zorbax"]


def test_a_fuzzy_match_in_chat_asks_to_check_the_name(tmp_path: Path) -> None:
    answer = json.dumps({"drugs": [{"name": "warfarn", "evidence": "warfarn"}], "allergies": []})
    cb = CareBridge(tmp_path / "d", model=scripted(answer))
    turn = cb.send("m11", "can I take aspirin with warfarn")
    assert "'warfarn' was read as warfarin" in turn.reply["text"]
    cb.close()


def test_dose_form_words_after_a_known_name_are_not_unknown_drugs(app: CareBridge) -> None:
    turn = app.send("m12", "我在吃阿司匹林肠溶片和硝苯地平控释片，能不能同时吃布洛芬缓释胶囊？")
    result = turn.reply["result"]
    assert [d["id"] for d in result["drugs"]] == ["aspirin", "nifedipine", "ibuprofen"] and result["unknown"] == []
