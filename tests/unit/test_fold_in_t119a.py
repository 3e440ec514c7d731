"""fold-t119a: blind119's emergent, urgent and routine misses (people described by carers, interpreters, care-home staff
or family), each read as a family of wordings, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, department_group, service_decide


# (1) t119e-002: a carer names the fit as one of the person's own ("having one of his fits"); going 7 minutes is a seizure
# of 5 minutes or more (NHS What to do if someone has a seizure: call 999).
@pytest.mark.parametrize("text", [
    "my brother has epilepsy, hes having one of his fits on the floor and its been going about 7 mins now",
    "she's having one of her seizures and it's lasted over 6 minutes",
    "he's in one of his fits right now and it's been going on for 8 minutes",
    "my son is having another of his fits, it has gone on for 8 minutes",
])
def test_one_of_his_fits_going_over_5_minutes_is_an_ambulance(text: str) -> None:
    urgency, _ = service_decide(text, 24, "M")
    assert urgency == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "mum will have one of her fits about the mess in the kitchen",
    "dad had one of his fits over the parking ticket, shouting all morning",
])
def test_a_temper_called_one_of_her_fits_is_no_seizure(text: str) -> None:
    assert "seizure" not in current_codes(text)


# (2) t119z-032: a chemical put in the eye in place of eye drops (NHS Eye injuries: chemical in the eye, A&E).
@pytest.mark.parametrize("text", [
    "我妈认知不太好，刚才把消毒水当眼药水往眼睛里滴了，眼睛通红一直流泪",
    "我爸把84当眼药水滴了",
    "奶奶把洁厕灵当成滴眼液点了，眼睛疼得睁不开",
    "my nan put hand sanitiser in her eye thinking it was her eye drops",
    "mum used nail glue instead of her eye drops, eye stuck shut",
])
def test_a_chemical_taken_for_eye_drops_is_a_chemical_eye_injury(text: str) -> None:
    urgency, rules = service_decide(text, 73, "F")
    assert urgency == "emergency" and "chemical_eye_injury" in rules


@pytest.mark.parametrize("text", [
    "用消毒水洗了手，然后滴眼药水",
    "the disinfectant is kept next to the eye drops in the cupboard",
])
def test_eye_drops_beside_a_chemical_put_nothing_in_the_eye(text: str) -> None:
    assert "eye_chemical" not in current_codes(text)


# (3) t119z-034: deep tooth marks still bleeding after a dog bite (NHS Animal and human bites: A&E for a deep wound;
# 狂犬病暴露预防处置工作规范: III级暴露).
@pytest.mark.parametrize("text", [
    "刚才在小区被流浪狗咬了手，两个深牙印一直往外渗血",
    "被狗咬了小腿，有个深牙洞还在流血",
    "被猫咬了，深口子一直渗血",
])
def test_deep_tooth_marks_still_bleeding_after_a_bite_is_an_emergency(text: str) -> None:
    urgency, rules = service_decide(text, 36, "M")
    assert urgency == "emergency" and "deep_or_bleeding_bite" in rules


@pytest.mark.parametrize("text", [
    "被狗咬了一下，牙印不深，没出血",
    "被狗咬了，两个浅牙印，没流血",
])
def test_a_shallow_bite_that_did_not_bleed_is_no_emergency(text: str) -> None:
    urgency, _ = service_decide(text, 36, "M")
    assert urgency not in ("emergency", "emergency_ambulance")


# (4) t119z-038: a foot scalded red with blisters (NHS Burns and scalds: A&E for blistering burns on the feet and hands).
@pytest.mark.parametrize("text", [
    "我奶奶自己倒开水泡脚没兑凉水，脚背烫得通红还起了好几个大水泡",
    "手背烫得通红，起了两个大水泡",
    "脚被烫得起了好几个泡",
])
def test_a_scald_red_with_blisters_is_a_serious_burn(text: str) -> None:
    urgency, rules = service_decide(text, 80, "F")
    assert urgency == "emergency" and "serious_burn" in rules


@pytest.mark.parametrize("text", [
    "孩子发烧，脸烫得通红",
    "额头烫得通红，一直喊难受",
])
def test_a_face_flushed_hot_with_a_fever_is_no_burn(text: str) -> None:
    assert "burn" not in current_codes(text)


# (5) t119z-044, t119z-031: speech slurred since an earlier stroke is the survivor's long-standing deficit (Stroke
# Association, Communication problems after stroke), not a new stroke sign; a new change stays one.
@pytest.mark.parametrize("text", [
    "我妈中风后说话不利索，这两天右边脸肿起来了",
    "我爸中风以后说话说不清，一直吃阿司匹林",
    "我爸脑梗之后说话一直含糊不清",
    "since his stroke last year his speech is slurred, now he has a cough",
    "my dad's speech has been slurred since his stroke in 2019",
])
def test_speech_slurred_since_an_old_stroke_is_no_stroke_sign(text: str) -> None:
    codes = current_codes(text)
    assert "speech_difficulty" not in codes


@pytest.mark.parametrize("text", [
    "我爸中风后说话不利索，今天突然说不出话了，嘴也歪了",
    "我爸中风后突然说话不清",
    "我爸今天中风后说话不清",
    "dad's speech is slurred all of a sudden",
])
def test_a_new_change_in_speech_after_a_stroke_is_still_an_ambulance(text: str) -> None:
    urgency, _ = service_decide(text, 75, "M")
    assert urgency == "emergency_ambulance"


# (6) t119z-044, t119e-013: an adult off their food is not a baby's poor feeding (not 儿科); a tooth that makes them flinch
# with a swollen face and bad breath is a dental abscess (NHS Dental abscess: urgent dentist).
@pytest.mark.parametrize(("text", "age"), [
    ("我妈中风后说话不利索，这两天不肯吃饭，右边脸肿起来了，一碰那边牙就躲，嘴里有臭味，喝水咽东西还行，眼睛不肿", 70),
    ("我爸这两天不肯吃饭，左边脸肿了，一碰那颗牙就皱眉，嘴里有臭味", 66),
])
def test_a_flinching_tooth_with_a_swollen_face_is_an_urgent_dentist(text: str, age: int) -> None:
    urgency, rules = service_decide(text, age, "F")
    assert urgency == "urgent" and "dental_abscess_signs" in rules
    assert department_group(text, age) == "口腔科"


@pytest.mark.parametrize("text", [
    "my son is 30 with autism, not eating for 2 days, his cheek near the back teeth is swollen and his breath smells bad",
    "我哥这两天不肯吃饭，嘴里有臭味",
])
def test_an_adult_not_eating_does_not_go_to_paediatrics(text: str) -> None:
    assert department_group(text, 30) != "儿科"


def test_a_baby_not_feeding_still_goes_to_paediatrics() -> None:
    assert department_group("宝宝不肯吃奶，一直哭", 0.5) == "儿科"


# (7) t119e-014, t119e-035: a call not heard from the next room is hearing, and daytime dozing after the night's snoring
# pauses is sleep apnoea (NHS Hearing loss, NHS Sleep apnoea: see a GP), not an unresponsive or drowsy patient.
@pytest.mark.parametrize("text", [
    "the last few months he has the telly right up loud and doesnt answer when we call from the next room",
    "mum doesn't answer when I call her from upstairs, she's had the radio loud for ages",
])
def test_a_call_not_heard_from_another_room_is_not_unresponsive(text: str) -> None:
    assert "unresponsive" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "he fell in the bathroom and doesnt answer me",
    "she collapsed and isn't responding",
])
def test_a_collapse_without_an_answer_stays_unresponsive(text: str) -> None:
    assert "unresponsive" in current_codes(text)


@pytest.mark.parametrize("text", [
    "he snores really loud and we hear him stop breathing then gasp in his sleep, and hes nodding off all day at his day centre",
    "she snores and stops breathing for a few seconds at night, now dozing off during the day",
    "我弟弟晚上呼噜打得震天响，有时候停一会儿再猛地吸一口气，白天老打瞌睡",
])
def test_night_pauses_with_daytime_dozing_is_sleep_apnoea(text: str) -> None:
    urgency, _ = service_decide(text, 35, "M")
    assert urgency == "routine" and department_group(text, 35) == "耳鼻咽喉科"


def test_nodding_off_mid_sentence_when_ill_stays_drowsiness() -> None:
    assert "confusion" in current_codes("grandad has a UTI and keeps nodding off mid sentence")


# (8) t119e-015, t119z-041: UTI symptoms with one side of the back held or sore and shivers is a kidney infection (NHS
# Urinary tract infections: urgent GP or 111), internal medicine's.
@pytest.mark.parametrize("text", [
    "she cant say where it hurts, shes weeing loads and it smells strong and tonight she keeps holding one side of her back and she feels hot and shivery",
    "帮我姑姑问，她是聋人，打字说尿频尿痛两天了，今天腰一边疼，一阵阵发冷打哆嗦",
    "尿急尿痛，腰左边有点疼，一阵阵发冷",
])
def test_uti_with_one_sided_back_pain_and_shivers_is_urgent_internal_medicine(text: str) -> None:
    urgency, rules = service_decide(text, 30, "F")
    assert urgency == "urgent" and "kidney_infection_signs" in rules
    assert department_group(text, 30) == "内科"


def test_peeing_loads_with_thirst_stays_diabetes_polyuria() -> None:
    assert "urinary_symptoms" not in current_codes("really thirsty and peeing loads for weeks")


# (9) t119e-029: diarrhoea with only one wee in a day is dehydration (NHS Diarrhoea and vomiting: urgent GP or 111 for
# signs of dehydration such as peeing less than usual).
@pytest.mark.parametrize("text", [
    "had diarrhoea 3 days now, hes barely drinking, only one wee today and it was dark",
    "diarrhoea since yesterday and she's only done one wee all day",
    "bad diarrhoea, only had two wees since this morning",
])
def test_diarrhoea_with_one_wee_today_is_urgent_dehydration(text: str) -> None:
    urgency, rules = service_decide(text, 78, "M")
    assert urgency == "urgent" and "dehydration" in rules


# (10) t119e-009, t119z-019: a pressure ulcer with pus or red, swollen skin round it (NHS Pressure ulcers: urgent GP or
# 111), surgery's; bedbound for years is no faint.
@pytest.mark.parametrize("text", [
    "mum is in bed all the time, the sore on her bottom has got bigger, its red and swollen round it, yellow pus coming out",
    "dad has a bed sore on his tailbone, it's oozing pus",
    "我爸瘫在床上好几年了，屁股上那个烂的疮最近变大了，边上红肿，往外流黄脓，有臭味",
    "奶奶尾骨那里的褥疮流脓了",
])
def test_an_infected_pressure_ulcer_is_urgent_surgery(text: str) -> None:
    urgency, rules = service_decide(text, 85, "F")
    # ("oozing pus" on its own is already the abscess reading, the same urgent visit)
    assert urgency == "urgent" and rules & {"pressure_ulcer_infected", "abscess"}
    assert department_group(text, 85) == "外科"


def test_a_healing_pressure_sore_is_not_urgent() -> None:
    urgency, _ = service_decide("nan has a pressure sore on her heel, it's healing well, no pus, not red", 88, "F")
    assert urgency == "routine"


def test_bedbound_for_years_is_no_faint() -> None:
    assert "syncope" not in current_codes("我爸瘫在床上好几年了")
    assert "syncope" in current_codes("他刚才突然瘫在床上，叫不醒")


# (11) t119e-044, t119e-016, t119e-025, t119e-031: the department a carer's words point to. Deaf said to explain how the
# person talks is no ear complaint (the misty sight is NHS Cataracts'); pooing every 4 or 5 days is constipation,
# wetting herself is incontinence, crying most days and no longer enjoying things is low mood.
@pytest.mark.parametrize(("text", "group"), [
    ("my dad is deaf and lip reads, he says faces look misty now and car headlights dazzle him at night, crept on over a year", "眼科"),
    ("he only poos every 4 or 5 days and strains a lot, lactulose from the chemist not helping", "内科"),
    ("over the last few months shes been wetting herself more, not just at night, no burning", "外科"),
    ("since her stroke she cries most days and doesnt enjoy her garden anymore", "精神科"),
])
def test_the_department_a_carers_words_point_to(text: str, group: str) -> None:
    assert department_group(text, 70) == group


@pytest.mark.parametrize("text", [
    "my mum has gone deaf in one ear since this morning",
    "我爸耳朵聋了两个月，听不清电视",
])
def test_hearing_that_changed_is_still_a_hearing_complaint(text: str) -> None:
    assert "deaf_person" not in current_codes(text)


def test_a_baby_crying_all_the_time_is_no_low_mood() -> None:
    assert "low_mood" not in current_codes("the baby was crying all the time last night with colic")
