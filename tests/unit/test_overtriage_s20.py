"""Over-triage and misreadings fixed at their cause (s20), each with the real emergency that must still fire."""

from __future__ import annotations

import pytest

from carebridge.agents.triage.interview import fill_from_message, new_record
from carebridge.tools.triage_engine import decide_urgency, extract_findings, patient_facts
from tests.triage_screen import current_codes, decide

# a) Retinal detachment (NHS Retinal detachment: A&E or eye casualty now) is not a stroke sign on its own.


@pytest.mark.parametrize("text", [
    "I see flashes and floaters and a curtain coming over my right eye",
    "a dark shadow is coming across the vision in my left eye",
    "右眼前有闪光和飞蚊，像有一块帘子遮住",
    "右眼看东西像拉了一块黑帘子",
])
def test_a_curtain_over_one_eye_is_a_retinal_detachment_not_a_stroke(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "emergency" and "retinal_detachment" in rules
    assert not rules & {"stroke_signs", "stroke_signs_vision"}


@pytest.mark.parametrize("text", [
    "a curtain came down over my right eye and now my face is drooping on one side",
    "右眼像拉了一块帘子，嘴也歪了",
])
def test_a_curtain_over_one_eye_with_a_drooping_face_is_still_a_stroke(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "emergency_ambulance" and "stroke_signs" in rules


@pytest.mark.parametrize("text", ["suddenly I can't see out of both eyes", "突然一只眼看不见了"])
def test_a_sudden_loss_of_sight_without_a_curtain_stays_a_stroke_sign(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "emergency_ambulance" and "stroke_signs_vision" in rules


def test_a_side_word_of_another_part_is_not_the_face_side() -> None:
    assert "face_droop" in current_codes("a curtain came down over my right eye and now my face is drooping")


# b) A usual seizure in known epilepsy, recovered (NHS What to do if someone has a seizure): no ambulance.


@pytest.mark.parametrize("text", [
    "I have epilepsy and had one of my usual seizures this morning, it lasted a minute and I'm back to normal now",
    "我有癫痫，今天早上又发作了一次，跟平时一样，一分钟就好了，现在恢复正常",
])
def test_a_usual_seizure_recovered_is_not_an_ambulance(text: str) -> None:
    urgency, _ = decide(text, age=30)
    assert urgency in ("routine", "urgent")


@pytest.mark.parametrize(("text", "rule"), [
    ("I have epilepsy and had one of my usual seizures, but it lasted 10 minutes, I'm back to normal now", "seizure_in_epilepsy_danger"),
    ("我有癫痫，跟平时一样发作，但这次抽了十分钟，现在恢复正常了", "seizure_in_epilepsy_danger"),
    ("my son has epilepsy and he's having one of his usual seizures right now", "usual_seizure_not_recovered"),
    ("I'm 20 weeks pregnant, I have epilepsy and had one of my usual seizures, back to normal now", "seizure_in_epilepsy_pregnant"),
    ("my son has epilepsy, he had his usual seizure and hit his head badly, he's fine now", "seizure_in_epilepsy_danger"),
    ("my teenager just had a seizure, never had one before", "seizure"),
])
def test_the_999_reasons_in_epilepsy_still_call_an_ambulance(text: str, rule: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency_ambulance" and rule in rules


# c) Torsion is sudden severe pain (NICE CKS Scrotal pain and swelling; NHS Testicle pain), not a dull ache for weeks.


@pytest.mark.parametrize("text", ["dull ache in my left testicle for two weeks, feels heavy", "左边睾丸隐隐作痛两周了，有坠胀感"])
def test_a_dull_testicular_ache_for_weeks_is_not_torsion(text: str) -> None:
    urgency, rules = decide(text, age=35)
    assert urgency in ("routine", "urgent") and not any(r.startswith("testicular_torsion") for r in rules)


@pytest.mark.parametrize("text", [
    "my 14 year old son has sudden severe pain in his left testicle",
    "儿子14岁，突然睾丸剧痛",
    "dull ache in my testicle for a few weeks but this morning it suddenly got much worse",
    "睾丸隐隐作痛两周了，现在疼得受不了",
])
def test_sudden_or_severe_testicular_pain_is_still_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=14)
    assert urgency == "emergency" and any(r.startswith("testicular_torsion") for r in rules)


# d) Giving a child their usual medicine is not an overdose; too much or the wrong medicine still is.


@pytest.mark.parametrize("text", ["孩子发烧，我把退烧药给他吃了", "孩子咳嗽，我把止咳药给他吃了"])
def test_giving_the_usual_medicine_is_not_an_overdose(text: str) -> None:
    assert "overdose_poisoning" not in current_codes(text)
    assert decide(text, age=4)[0] != "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "孩子把奶奶的降压药吃了", "孩子趁我不注意把一瓶药吃了", "孩子把退烧药吃多了",
    "孩子发烧，我把退烧药给他吃了，结果他把一整瓶都吃了", "my toddler swallowed a bottle of pills",
])
def test_a_child_into_the_pills_is_still_poisoning(text: str) -> None:
    urgency, rules = decide(text, age=4)
    assert urgency == "emergency_ambulance" and "poisoning_overdose" in rules


# e) A severity belongs to its own sentence's symptom.


@pytest.mark.parametrize("text", ["我老公右边腰疼。我牙疼得厉害", "My husband has pain in his right side. My toothache is agony."])
def test_a_severity_is_not_lent_to_another_sentence_symptom(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert "severe_abdominal_pain" not in rules and urgency != "emergency"


@pytest.mark.parametrize("text", [
    "My stomach hurts. The pain is 9/10.", "右边腰有点酸。中午开始疼得越来越厉害，在床上打滚", "excruciating stomach pain, 9/10",
])
def test_a_severity_of_its_own_sentence_or_of_the_whole_message_still_counts(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "emergency" and "severe_abdominal_pain" in rules


def test_the_interview_record_keeps_what_the_severity_was_said_of() -> None:
    text = "我老公右边腰疼。我牙疼得厉害"
    found = extract_findings(text)
    record = new_record()
    fill_from_message(record, {}, text, True, found.severity_codes)
    facts = patient_facts({"age_years": 40}, record)
    assert facts.severity == 8 and facts.severity_codes == frozenset({"toothache"})
    urgency, _, reasons = decide_urgency(found.present, facts)
    assert "severe_abdominal_pain" not in {r.id for r in reasons}


# f) Someone else's operation gives the writer no post-operative context.


@pytest.mark.parametrize("text", [
    "my neighbour had surgery last week and now I have a cough and feel feverish", "邻居上周做了手术，我现在发烧",
])
def test_someone_elses_operation_is_not_the_writers(text: str) -> None:
    assert "vte_risk" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "I had surgery last week and now I have a swollen painful calf",
    "my husband had surgery last week and now his calf is swollen and painful",
    "My husband had surgery last week. I'm writing for him, his calf is swollen",
    "我老公上周做了手术，现在小腿肿了",
])
def test_the_patients_own_operation_is_still_context(text: str) -> None:
    assert "vte_risk" in current_codes(text)
