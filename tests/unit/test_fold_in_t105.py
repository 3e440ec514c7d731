"""blind105 (long-term conditions and their medicines): the five under-triaged emergencies of the first look and its
urgent misses, each read as a family, with the near misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) Adrenals that no longer work said in lay words, or the Steroid Emergency Card carried (Society for Endocrinology
# adrenal crisis guidance, NatPSA/2020/005): with vomiting, the adrenal_crisis red flag.
@pytest.mark.parametrize("text", [
    "on prednisolone for years, my consultant says my adrenal glands have stopped working, been throwing up since this morning",
    "my adrenals don't work any more because of the steroids and I've been sick five times today",
    "I carry an adrenal alert card, vomiting all night and can't keep my tablets down",
    "长期吃强的松，医生说我的肾上腺已经不工作了，今天吐了四五次",
    "我有激素应急卡，昨晚开始一直吐",
])
def test_adrenals_that_do_not_work_with_vomiting_is_an_adrenal_crisis(text: str) -> None:
    assert "adrenal_crisis" in fired(text)


@pytest.mark.parametrize("text", [
    "my adrenal glands are fine, the endocrinologist checked, I've been sick twice",
    "they tested my adrenal glands and there's no problem, tummy bug since last night",
    "医生说肾上腺没问题，今天吐了两次",
    "I've been vomiting since lunch, no other conditions",
])
def test_vomiting_with_adrenals_that_work_is_no_adrenal_crisis(text: str) -> None:
    assert "adrenal_crisis" not in fired(text)
    assert "adrenal_insufficiency" not in current_codes(text)


# (2) A nosebleed that has gone on 15 minutes or more, or goes on after 10 minutes of pinching (NHS Nosebleed: A&E
# after 10 to 15 minutes): heavy bleeding.
@pytest.mark.parametrize("text", [
    "my nosebleed has been going for half an hour and won't settle",
    "nose bleed going on for about 25 minutes now",
    "I pinched my nose for 10 minutes twice and it's still dripping",
    "squeezed the soft part of his nose for fifteen minutes, still bleeding",
    "鼻血流了快半个小时了",
    "鼻子出血流了二十多分钟了",
])
def test_a_nosebleed_going_on_past_fifteen_minutes_is_heavy_bleeding(text: str) -> None:
    urgency, rules = service_decide(text, age=60)
    assert urgency in EMERGENT and "heavy_bleeding" in rules


@pytest.mark.parametrize("text", [
    "had a nosebleed for 20 minutes yesterday, it stopped",
    "nosebleed lasted about 5 minutes and stopped",
    "pinched my nose for 10 minutes and it stopped",
    "鼻血流了两三分钟就停了",
])
def test_a_short_or_stopped_nosebleed_is_not_heavy_bleeding(text: str) -> None:
    urgency, _ = service_decide(text, age=30)
    assert urgency not in EMERGENT


# (3) Weekly methotrexate taken every day by mistake (MHRA Drug Safety Update 2020; NHS Methotrexate: A&E for too much).
@pytest.mark.parametrize("text", [
    "my dad has been taking his methotrexate every day instead of once a week",
    "methotrexate is meant to be once a week, my mum has been having it every day for 5 days",
    "he took his methotrexate daily by mistake",
    "我爸甲氨蝶呤本来每周一次，这几天每天都吃了",
    "奶奶把甲氨蝶呤搞错了，天天吃",
])
def test_weekly_methotrexate_taken_daily_is_an_overdose(text: str) -> None:
    urgency, rules = decide(text, age=70)
    assert urgency in EMERGENT and "methotrexate_daily_overdose" in rules


@pytest.mark.parametrize("text", [
    "I take methotrexate once a week and folic acid every day",
    "my methotrexate is once a week on mondays, folic acid daily except monday",
    "methotrexate once a week, feel sick every day after it",
    "甲氨蝶呤每周一次，叶酸每天吃",
    "甲氨蝶呤每周吃一次，没有天天吃",
])
def test_weekly_methotrexate_with_daily_folic_acid_is_no_overdose(text: str) -> None:
    assert "methotrexate_daily_overdose" not in fired(text)


# (4) An SGLT2 inhibitor (a gliflozin) with vomiting or tummy pain and deep breathing (MHRA: euglycaemic DKA); deep
# breathing said as breathing coarser or deeper than usual.
@pytest.mark.parametrize("text", [
    "I take dapagliflozin for my heart, being sick all day with tummy pain and my breathing is deep and fast",
    "on empagliflozin, vomited three times, stomach hurts, breathing fast and deep",
    "吃恩格列净的，今天吐了好几次，肚子疼，呼吸比平时深",
    "我在吃卡格列净，恶心呕吐，喘气比平常粗多了",
])
def test_a_gliflozin_with_vomiting_and_deep_breathing_is_possible_dka(text: str) -> None:
    urgency, rules = decide(text, age=58)
    assert urgency in EMERGENT and "diabetes_vomiting_with_dka_breathing" in rules


@pytest.mark.parametrize("text", [
    "on dapagliflozin, a bit sick this morning, breathing normally",
    "吃达格列净，有点恶心，呼吸正常",
    "我在吃达格列净，想问问能不能和降压药一起吃",
])
def test_a_gliflozin_without_the_breathing_is_not_dka(text: str) -> None:
    assert "diabetes_vomiting_with_dka_breathing" not in fired(text)


@pytest.mark.parametrize("text", ["喘气比平时粗", "呼吸比以前深了", "出气比平常急"])
def test_breathing_deeper_than_usual_is_rapid_breathing(text: str) -> None:
    assert "rapid_breathing" in current_codes(text)


@pytest.mark.parametrize("text", ["呼吸平稳", "喘气正常", "声音比平时粗"])
def test_calm_breathing_or_a_hoarse_voice_is_not_rapid_breathing(text: str) -> None:
    assert "rapid_breathing" not in current_codes(text)


# (5) A dialysis session named and skipped after the schedule is told, and too breathless to finish a sentence (NHS:
# 999; 急诊预检分诊专家共识 2018).
@pytest.mark.parametrize("text", [
    "我妈透析一周三次，周五那次她不舒服没去，现在喘不上气",
    "我爸血液透析的，上周六那一次漏了，今天气喘得厉害",
])
def test_a_skipped_dialysis_session_with_breathlessness_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=60)
    assert urgency == "emergency_ambulance" and "missed_dialysis_breathless" in rules


@pytest.mark.parametrize("text", ["我爸透析一周三次，每次都按时去的，今天有点累", "我妈透析的，这次透完回家腿有点软，没有气喘"])
def test_dialysis_kept_is_not_a_missed_session(text: str) -> None:
    assert "dialysis_missed" not in current_codes(text)


@pytest.mark.parametrize("text", ["说一句话要歇好几口气", "说两句话就得喘一下", "喘得话都说不成句"])
def test_too_breathless_to_finish_a_sentence_is_severe_breathlessness(text: str) -> None:
    assert "dyspnea_severe" in current_codes(text)


@pytest.mark.parametrize("text", ["说了一句话就挂了电话", "他话说不清楚，舌头大"])
def test_a_short_call_or_slurred_words_are_not_breathlessness(text: str) -> None:
    assert "dyspnea_severe" not in current_codes(text)


# (6) A rash on lamotrigine (NHS Lamotrigine: call a doctor or 111 straight away).
@pytest.mark.parametrize("text", [
    "started lamotrigine 3 weeks ago and now I have a red rash on my arms",
    "on lamictal for my epilepsy, come out in a blotchy rash today",
    "吃拉莫三嗪一个月，身上起了红疹子",
])
def test_a_rash_on_lamotrigine_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "lamotrigine_rash" in rules


@pytest.mark.parametrize("text", ["on lamotrigine for epilepsy, no rash, just tired", "我吃拉莫三嗪好几年了，没有皮疹",
                                  "I take levetiracetam and got a rash from a new washing powder"])
def test_lamotrigine_without_a_rash_or_a_rash_on_another_medicine_is_not_this(text: str) -> None:
    assert "lamotrigine_rash" not in decide(text, age=30)[1]


# (7) Near someone with chickenpox while taking steroid tablets (NHS Chickenpox: weakened immune system).
@pytest.mark.parametrize("text", [
    "my son is on prednisolone for his kidneys and a boy in his class has chickenpox",
    "she's been on prednisolone since march and her cousin who she played with has chickenpox",
    "孩子在吃强的松，班里有同学出水痘了",
])
def test_chickenpox_contact_on_steroid_tablets_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=6)
    assert urgency == "urgent" and "chickenpox_contact_weakened_immunity" in rules


@pytest.mark.parametrize("text", [
    "my son uses prednisolone eye drops, his friend has chickenpox",
    "he had a course of prednisolone two years ago, now his friend has chickenpox",
    "孩子以前吃过泼尼松，现在停了两年了，班里有人出水痘",
])
def test_steroid_drops_or_an_old_course_is_no_weakened_immunity(text: str) -> None:
    assert "chickenpox_contact_weakened_immunity" not in decide(text, age=6)[1]


# (8) A weight read against an earlier day in heart failure (cn-hf-2018: over 2 kg in 3 days) and an INR told after a
# comma (NICE CKS: INR 5-8, same-day review).
@pytest.mark.parametrize("text", [
    "heart failure, weighed myself, 3kg more than last week",
    "my mum has heart failure and her weight is two kilos more than on friday",
    "我有心衰，这几天秤上重了4斤",
])
def test_a_quick_weight_gain_in_heart_failure_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=75)
    assert urgency == "urgent" and "heart_failure_weight_gain" in rules


@pytest.mark.parametrize("text", ["I have heart failure, my weight is 2 kilos less than on monday",
                                  "my weight is 70 kg, more than I'd like, heart failure", "我有心衰，这几天体重没变"])
def test_a_weight_lost_or_steady_is_no_weight_gain(text: str) -> None:
    assert "weight_gain" not in current_codes(text)


def test_an_inr_told_after_a_comma_is_read() -> None:
    assert "inr_high" in current_codes("在家用仪器测INR，今天测出来6.2")
    assert "inr_high" not in current_codes("吃华法林，测INR，今天测出来2.5，正常")
