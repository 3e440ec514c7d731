"""blind78 (people living with long-term conditions or treatments): what the first look missed, read for what it says,
with the near misses that must not change."""

from __future__ import annotations

from functools import partial

import pytest

from carebridge.tools.knowledge import load_knowledge
from tests.triage_screen import current_codes, decide, department_group


@pytest.mark.parametrize("text", [
    "弟弟有癫痫，刚抽完一次还没醒过来又开始抽了，这是第二次了，中间一直没醒",
    "我妈有癫痫，抽了一次，人还没缓过来就又抽起来了",
    "孩子抽完一回，一直没清醒，又接着抽了",
    "he has epilepsy, had a seizure and then another seizure before he woke up",
    "my daughter has epilepsy, she still hasn't come round and she's fitting again",
])
def test_a_second_fit_before_waking_is_a_999_seizure(text: str) -> None:
    urgency, rules = decide(text, age=22)
    assert urgency == "emergency_ambulance" and "seizure" in rules


@pytest.mark.parametrize("text", ["孩子没醒，又开始哭了", "他没抽烟", "我有癫痫，昨天抽过一次，没去医院，现在好了"])
def test_not_waking_or_not_smoking_is_no_repeated_seizure(text: str) -> None:
    assert "seizure_long_or_repeated" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "老公去年换的肾，一直吃他克莫司，今天下午开始发烧39度，冷得直打哆嗦，尿也比平时少",
    "肝移植后一直吃他克莫司，今天发烧38度5",
    "换肾三年了，吃着环孢素，今晚冷得发抖",
    "I had a kidney transplant 2 years ago, on tacrolimus, and now I've got a temperature of 38.8 and shivering",
    "my dad is on ciclosporin after his liver transplant and he's burning up with a fever",
])
def test_fever_or_shivering_after_an_organ_transplant_is_possible_sepsis(text: str) -> None:
    urgency, rules = decide(text, age=47)
    # selfcare39: shivering alone is rigors_after_organ_transplant (fever_after_organ_transplant no longer fires on a
    # temperature said to be under 38C)
    assert urgency == "emergency" and {"fever_after_organ_transplant", "rigors_after_organ_transplant"} & rules


@pytest.mark.parametrize("text", [
    "kidney transplant last year, on tacrolimus, no fever, just a bit tired",
    "I use tacrolimus ointment for eczema and have a fever with a cold",
    "肝移植后吃他克莫司，手老是有点抖，写字不太稳，别的都还好",
])
def test_a_transplant_without_fever_or_topical_tacrolimus_is_not_transplant_sepsis(text: str) -> None:
    _, rules = decide(text, age=50)
    assert not {"fever_after_organ_transplant", "rigors_after_organ_transplant"} & rules


@pytest.mark.parametrize("text", [
    "我爸前列腺癌骨转移，背疼了一阵子了，这两天两条腿越来越没劲，今天走路都走不稳，尿也解不出来",
    "肺癌骨转移，这两天两条腿没劲",
    "乳腺癌转移到腰椎，现在小便解不出来",
    "my wife has breast cancer that's spread to her spine and now her legs have gone weak",
    "prostate cancer with bone mets, back pain and now I can't pass urine",
])
def test_cancer_in_the_bones_with_weak_legs_or_retention_is_spinal_cord_compression(text: str) -> None:
    urgency, rules = decide(text, age=72)
    assert urgency == "emergency" and "spinal_metastases_neuro_signs" in rules


def test_cancer_in_the_bones_with_a_mild_backache_and_nothing_else_is_not_cord_compression() -> None:
    _, rules = decide("前列腺癌骨转移，背有点疼，腿有劲，小便正常", age=72)
    assert "spinal_metastases_neuro_signs" not in rules


@pytest.mark.parametrize("text", ["我爸尿也解不出来，憋得难受", "小便一直排不出来"])
def test_urine_that_will_not_come_is_retention(text: str) -> None:
    urgency, rules = decide(text, age=70)
    assert urgency == "emergency" and "urinary_retention" in rules


@pytest.mark.parametrize("text", [
    "我做回肠造口半年了，从昨晚到现在造口一点东西都没出来，肚子胀得鼓鼓的，一阵一阵绞着疼，吐了三次",
    "结肠造口袋一直是空的，肚子胀，吐了两次",
    "my ileostomy has had no output since last night, my tummy is bloated and I've been sick",
    "nothing has come out of my stoma since yesterday and I have cramping tummy pain",
])
def test_a_stoma_with_no_output_and_pain_or_vomiting_is_a_blockage(text: str) -> None:
    urgency, rules = decide(text, age=55)
    assert urgency == "emergency" and "bowel_obstruction" in rules


@pytest.mark.parametrize("text", ["my colostomy bag isn't working well, it keeps leaking", "stoma working fine, no problems with output",
                                  "造口出东西正常，没有肚子胀"])
def test_a_working_or_leaking_stoma_is_no_blockage(text: str) -> None:
    assert "bowel_obstruction" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "pump cannula must have kinked overnight. bg 18.6 and ketones 2.1. not vomiting, feel ok-ish",
    "type 1, blood ketones 1.8. sugar 17",
])
def test_ketones_at_the_end_of_a_sentence_are_read(text: str) -> None:
    urgency, rules = decide(text, age=29)
    assert urgency == "urgent" and "ketones_raised" in rules


def test_low_ketones_at_the_end_of_a_sentence_are_not_raised() -> None:
    codes = current_codes("my ketones are 0.2. all good")
    assert "ketones_raised" not in codes and "dka_signs" not in codes


@pytest.mark.parametrize("text", [
    "高血压十几年了，今天在家用电子血压计量了三次都是190/125左右，头不疼，也没别的不舒服",
    "my BP on the home monitor is 185/122, rechecked twice, no headache, feel fine",
])
def test_a_reading_of_180_120_without_symptoms_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=59)
    assert urgency == "urgent" and "blood_pressure_180_120_no_symptoms" in rules


def test_a_reading_of_180_120_with_blurred_vision_is_still_a_red_flag() -> None:
    urgency, rules = decide("my BP is 195/125 on the home monitor and my vision has gone blurry", age=59)
    assert urgency == "emergency" and "hypertensive_crisis_with_symptoms" in rules


@pytest.mark.parametrize("text", [
    "吃华法林的，最近身上莫名其妙出了好多块青紫，也没磕着碰着，刷牙出血也比以前多",
    "吃利伐沙班，这几天牙龈老是出血",
    "on warfarin, my gums bleed when I brush and I've got bruises appearing for no reason",
    "I take apixaban and keep finding bruises on my legs, haven't knocked them",
])
def test_bleeding_gums_or_unexplained_bruises_on_an_anticoagulant_are_urgent(text: str) -> None:
    urgency, rules = decide(text, age=70)
    assert urgency == "urgent" and "anticoagulant_bleeding_signs" in rules


def test_a_bruise_from_a_knock_on_warfarin_is_not_an_unexplained_bruise() -> None:
    _, rules = decide("On warfarin. Knocked my shin on the coffee table and got a bruise", age=72)
    assert "anticoagulant_bleeding_signs" not in rules


# The department group (zh) the rules send one message to, at this file's usual age unless a test gives one.
_group = partial(department_group, age=50)


@pytest.mark.parametrize(("text", "group"), [
    ("慢阻肺好几年了，感觉这一年比以前容易喘，上两层楼就得歇会儿，想看看是不是要换药", "内科"),
    ("我有癫痫，吃拉莫三嗪，控制得挺好的，现在跟老公想要孩子了，药要不要调啊", "内科"),
    ("colostomy since last year. bag keeps leaking every couple of days now", "外科"),
    ("my COPD inhalers - should I be on a different one?", "内科"),
    ("I have stage 3 kidney disease, what can I take for a cold?", "内科"),
])
def test_a_question_about_a_long_term_condition_goes_to_its_specialty(text: str, group: str) -> None:
    assert _group(text) == group


def test_a_symptom_still_decides_the_department_over_the_condition() -> None:
    # diabetes named, but the toothache is what the patient comes with
    assert _group("I have type 2 diabetes and a toothache since yesterday") == "口腔科"


def test_a_condition_named_in_pregnancy_stays_with_the_maternity_team() -> None:
    assert _group("怀孕25周，医生说是妊娠期糖尿病，要挂什么科？", age=33) == "妇产科"


def test_asthma_as_a_child_is_history_not_a_condition_today() -> None:
    assert "asthma_condition" not in current_codes("sore throat for 2 days, I had asthma as a child")


def test_no_condition_and_no_symptom_is_still_not_determined() -> None:
    assert _group("hello, can I book an appointment") == load_knowledge().departments.unknown["zh"]


@pytest.mark.parametrize("text", ["no diabetes, no asthma, just asking about a vaccine", "我没有哮喘"])
def test_a_denied_condition_is_not_read(text: str) -> None:
    codes = current_codes(text)
    assert "asthma_condition" not in codes and "diabetes" not in codes

