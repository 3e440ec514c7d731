"""fold-t125: blind125 (people of 65 and over and the relatives or carers who write for them): its under-triaged TIA and
the misses that were words the lexicon did not read, each read as a family, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, service_decide

EMERGENT = ("emergency", "emergency_ambulance")


# (1) t125e-002: an arm gone heavy and useless and "his words came out all wrong", passed now. What 'came out' after words
# or speech is the speech, not the limb popping out of place (limb_misshapen had taken the span and hidden both stroke
# signs). NHS Transient ischaemic attack: call 999 even if the symptoms go away.
@pytest.mark.parametrize("text", [
    "dad (74) had his right arm go heavy and useless and his words came out all wrong, started about 20 mins ago and its "
    "just come right again in the last few minutes. he doesnt want a fuss, can we just book the gp for next week?",
    "mum's left arm went weak and her words came out jumbled for about 15 minutes, she's back to normal now",
    "her hand went numb and useless and her words came out muddled, all gone now after half an hour",
    "his right leg went dead and the words came out as gibberish, lasted a few minutes and now he's fine",
])
def test_a_weak_limb_and_words_that_came_out_wrong_that_passed_is_a_tia(text: str) -> None:
    urgency, rules = service_decide(text, 74, "M")
    assert urgency == "emergency_ambulance" and "stroke_signs" in rules


@pytest.mark.parametrize("text", [
    "my shoulder popped out when I fell and it came out again today",
    "his knee came out of place playing football",
])
def test_a_joint_that_came_out_stays_out_of_shape(text: str) -> None:
    assert "limb_misshapen" in current_codes(text)


# (2) t125e-019: muscle pain, aching or weakness on a statin (NHS Atorvastatin: call a doctor or 111 straight away for
# unexplained muscle pain, tenderness or weakness).
@pytest.mark.parametrize("text", [
    "started atorvastatin 3 weeks ago, now my thighs and shoulders ache and feel weak, not done anything strenuous. pee "
    "looks a bit darker than normal. 74 f",
    "my muscles have been aching all over since the doctor put me on simvastatin last month",
    "on rosuvastatin, my legs feel weak and sore for no reason",
    "吃阿托伐他汀三个礼拜了，这几天大腿和肩膀酸痛没力气",
    "他汀吃了一个月，最近全身肌肉酸痛",
])
def test_muscle_pain_or_weakness_on_a_statin_is_urgent(text: str) -> None:
    urgency, rules = service_decide(text, 74, "F")
    assert urgency == "urgent" and "statin_muscle_symptoms" in rules


@pytest.mark.parametrize("text", [
    "my legs ache after the gym, I take a statin",
    "I take simvastatin and my legs are sore from the gym yesterday",
    "on atorvastatin for years, twisted my ankle yesterday",
    "what time of day should I take my statin",
])
def test_an_ache_explained_or_no_ache_on_a_statin_is_no_statin_myopathy(text: str) -> None:
    _, rules = service_decide(text, 60, "M")
    assert "statin_muscle_symptoms" not in rules


# (3) t125z-009: a tearing or ripping pain in the (upper) back (NHS Aortic dissection: sudden severe chest or upper back
# pain described as tearing or ripping: call 999).
@pytest.mark.parametrize("text", [
    "我老公68岁高血压好多年了，刚才搬东西突然后背像被撕开一样剧痛，痛得满头大汗，脸都白了",
    "两个肩胛骨中间突然撕裂样的疼，出冷汗",
    "his back feels like it's being ripped open, came on suddenly",
])
def test_a_tearing_back_pain_is_an_ambulance(text: str) -> None:
    urgency, rules = service_decide(text, 68, "M")
    assert urgency == "emergency_ambulance" and "aortic_dissection_signs" in rules


@pytest.mark.parametrize("text", [
    "I tore a muscle in my back at the gym, it aches",
    "后背痒，像被虫子咬了一样",
    "后背没有撕裂样疼痛，就是酸",
    "my back of the knee hurts",
])
def test_a_torn_muscle_or_an_itchy_back_is_no_dissection(text: str) -> None:
    _, rules = service_decide(text, 40, "M")
    assert "aortic_dissection_signs" not in rules


# (4) t125e-023: woken up with an ear nearly deaf, no verb before the degree (NICE NG98: sudden hearing loss over 3 days or
# less is referred within 24 hours; NHS Hearing loss: urgent GP or 111).
@pytest.mark.parametrize("text", [
    "70 m, woke up 2 days ago with my right ear nearly deaf, bit of ringing, no cold or earache. tried olive oil drops no change",
    "woke up this morning with my left ear almost deaf and a bit of a whoosh",
    "woken up yesterday with one ear completely deaf, no pain",
])
def test_waking_with_an_ear_nearly_deaf_is_sudden_hearing_loss(text: str) -> None:
    urgency, rules = service_decide(text, 70, "M")
    assert urgency == "urgent" and "sudden_hearing_loss" in rules


def test_deaf_for_years_is_no_sudden_hearing_loss() -> None:
    _, rules = service_decide("I've been deaf in my right ear for years, woke up with a cold today", 70, "M")
    assert "sudden_hearing_loss" not in rules


# (5) t125e-049: the lip's tingle, itch or burn told before the cold sore (NHS Cold sores: a tingling, burning or itching
# feeling comes first; they clear up on their own, a pharmacist can help).
@pytest.mark.parametrize("text", [
    "67 f, lip tingling then a cold sore came up again, i get one most winters",
    "bottom lip went all tingly and burning and this morning a cold sore has come up",
    "嘴唇先是发麻发痒，今天起了个小水泡，每年冬天都这样",
    "嘴角这两天有点痒，今天长了几个小水泡，老毛病了",
])
def test_lip_tingling_before_a_cold_sore_is_the_cold_sore(text: str) -> None:
    urgency, rules = service_decide(text, 67, "F")
    assert urgency == "self_care" and "minor_skin" in rules


@pytest.mark.parametrize("text", ["my lips are tingling and my face is numb on one side", "lip tingling after the dentist injection"])
def test_lip_tingling_with_no_cold_sore_is_no_cold_sore(text: str) -> None:
    assert "cold_sore" not in current_codes(text)


# (6) t125z-047: 眼前黑了一下 on standing up fast is the greying-out of a near faint (NHS Fainting), as 眼前发黑/眼前一黑 are,
# not a stroke's sudden loss of sight; a named eye (左眼前黑了) or sight that stays gone is still read.
@pytest.mark.parametrize("text", [
    "我妈67岁，今天早上起床猛地一站眼前黑了一下，一两秒就好了，后来慢慢起来就没事了，没摔着",
    "从沙发上站起来太快，眼前黑了一下，扶了下墙就好了",
])
def test_things_going_dark_for_a_moment_on_standing_is_no_stroke(text: str) -> None:
    urgency, rules = service_decide(text, 67, "F")
    assert urgency not in EMERGENT and "stroke_signs_vision" not in rules


@pytest.mark.parametrize("text", ["我爸左眼前黑了一块，看不见东西", "突然右眼看不见了", "早上起来突然眼前黑了，什么都看不见，到现在还没恢复"])
def test_a_named_eye_or_sight_that_stays_gone_stays_a_stroke_sign(text: str) -> None:
    urgency, rules = service_decide(text, 70, "M")
    assert urgency == "emergency_ambulance" and "stroke_signs_vision" in rules


# (7) t125e-040: "my wee came out pinky red" is the pee's colour, and "i did have a big beetroot salad" is eaten (NHS Blood in
# urine: it may not be blood if you have recently eaten beetroot).
@pytest.mark.parametrize("text", [
    "my wee came out pinky red this morning and i panicked but i did have a big beetroot salad last night. 68 m, no pain, "
    "next wee already looks paler",
    "my pee is pink today. i did have beetroot with my tea yesterday",
])
def test_pink_wee_after_beetroot_that_was_had_is_the_food(text: str) -> None:
    urgency, rules = service_decide(text, 68, "M")
    assert urgency == "self_care" and "red_urine_from_food" in rules


@pytest.mark.parametrize("text", [
    "my wee came out pinky red this morning, no pain",
    "my pee is pink today. i have beetroot in the fridge but havent eaten any",
])
def test_pink_wee_with_no_beetroot_eaten_stays_blood_in_urine(text: str) -> None:
    urgency, rules = service_decide(text, 68, "M")
    assert urgency == "urgent" and "blood_in_urine" in rules


def test_pink_wee_after_beetroot_on_warfarin_stays_an_emergency() -> None:
    urgency, _ = service_decide("my wee came out pinky red this morning, on warfarin, had beetroot last night", 68, "M")
    assert urgency in EMERGENT


# (8) t125e-044, t125z-050: feeling lonely, eating and sleeping as usual (NHS Every Mind Matters, Loneliness: self-help
# and befriending; a GP if it affects mental health).
@pytest.mark.parametrize("text", [
    "since i moved into the flat i hardly see anyone and the days are very long. eating and sleeping ok, not depressed "
    "exactly just lonely. 81 m, is there anything i can do",
    "我75了一个人住，孩子都在外地工作，平时没人说话挺闷的，吃饭睡觉都还行，有啥办法能解解闷",
    "老伴走了以后一个人在家特别孤独，吃得下睡得着",
])
def test_loneliness_alone_is_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 80, "M")
    assert urgency == "self_care" and "loneliness" in rules


@pytest.mark.parametrize("text", [
    "feeling lonely and low, I don't see the point any more",
    "I'm so lonely. I just feel like a burden to everyone",
    "一个人住太孤独了，活着没意思",
    "我一个人住很寂寞，晚上老睡不着，心情很差",
    "我一个人住很寂寞，最近胸口有点闷",
])
def test_loneliness_with_low_mood_hopelessness_or_a_symptom_is_not_self_care(text: str) -> None:
    urgency, rules = service_decide(text, 80, "M")
    assert urgency != "self_care" and "loneliness" not in rules
