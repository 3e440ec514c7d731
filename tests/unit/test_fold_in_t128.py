"""fold-t128: blind128 (very short and messy typing: one-liners, abbreviations, Chinese with English words mixed in):
what its first look missed, read as families, with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.text import english_in_chinese
from tests.triage_screen import current_codes, service_decide


# (1) t128z-001 "胸口tight 像压了块大石头 出一身冷汗 左胳膊也麻": a Chinese body word with an English symptom word (or an
# English body word with a Chinese symptom) is read as the Chinese phrase it says (tools/text.english_in_chinese), so a
# heart attack said half in English is the chest pain with danger features it is (NHS Heart attack: call 999).
@pytest.mark.parametrize(("typed", "read"), [
    ("胸口tight 像压了块大石头", "胸口发紧 像压了块大石头"),
    ("胸口有点tight", "胸口有点发紧"),
    ("头好pain", "头好疼"),
    ("脖子stiff 低不下头", "脖子发硬 低不下头"),
    ("chest好闷", "胸口好闷"),
    ("head疼了一天", "头疼了一天"),
    ("stomach不痛", "肚子不痛"),
    ("牙龈bleeding", "牙龈出血"),
])
def test_english_words_inside_a_chinese_phrase_are_read_as_the_chinese_they_say(typed: str, read: str) -> None:
    assert english_in_chinese(typed) == read


@pytest.mark.parametrize("text", [
    "我有点fever 头好痛",           # a whole English symptom word is read by the English lexicon as it stands
    "我chest pain好厉害",           # a whole English phrase stays English
    "嗓子sore throat两天",          # "sore" before an English body word is part of that phrase
    "有点tight",                    # no body word: nothing to translate
    "my chest is tight",            # no Chinese at all
    "明天去back office拿报告",       # an English body word with no Chinese symptom after it
])
def test_other_english_inside_chinese_stays_as_typed(text: str) -> None:
    assert english_in_chinese(text) == text


@pytest.mark.parametrize("text", [
    "胸口tight 像压了块大石头 出一身冷汗 左胳膊也麻 半个钟头了还没缓过来",
    "胸口好tight 出冷汗 左手发麻",
    "chest好闷 像石头压着 一身冷汗",
    "胸口pain 喘不上气 半小时了",
    "chest痛得厉害 往左胳膊窜 出冷汗",
])
def test_a_heart_attack_said_half_in_english_is_an_ambulance(text: str) -> None:
    urgency, rules = service_decide(text, 65, "M")
    assert urgency == "emergency_ambulance" and "chest_pain_danger_features" in rules


@pytest.mark.parametrize("text", [
    "胸口不tight 就是咳嗽",
    "chest不痛 就是有点咳嗽",
])
def test_a_denied_half_english_chest_symptom_stays_denied(text: str) -> None:
    assert "chest_pain" not in current_codes(text)


def test_a_stiff_neck_said_in_english_inside_chinese_is_read() -> None:
    assert "neck_stiffness" in current_codes("发烧39 脖子stiff 怕光")


# (2) t128e-035 "d&v since last nite": "D&V" is diarrhoea and vomiting (NHS Diarrhoea and vomiting: treat at home).
@pytest.mark.parametrize("text", [
    "d&v since last nite think it was the chicken, keeping water down no blood",
    "D/V since yesterday, keeping fluids down",
    "had d and v all night after a dodgy kebab, drinking ok",
])
def test_d_and_v_is_diarrhoea_and_vomiting(text: str) -> None:
    assert service_decide(text, 36, "M")[0] == "self_care"


@pytest.mark.parametrize("text", ["my d&b account", "vitamin d and vitamin c"])
def test_other_d_words_are_no_diarrhoea(text: str) -> None:
    assert not {"diarrhea", "vomiting"} & current_codes(text)


# (3) t128e-046: a red patch named for the blood it looks like on the white of the eye is a burst vessel (NHS Burst blood
# vessel in eye / Subconjunctival haemorrhage: painless, sight normal, clears in 2 weeks).
@pytest.mark.parametrize("text", [
    "woke up with bright red blood patch in the white of my eye doesnt hurt vision fine not on blood thinners",
    "a red blood spot in the white of my eye, doesnt hurt, vision fine",
])
def test_a_blood_red_patch_on_the_white_of_the_eye_is_a_burst_vessel(text: str) -> None:
    urgency, rules = service_decide(text, 57, "F")
    assert urgency == "self_care" and "burst_blood_vessel_in_eye" in rules


def test_a_red_painful_eye_with_blurred_sight_is_not_a_burst_vessel() -> None:
    assert service_decide("blood red patch on the white of my eye and it really hurts, vision blurry", 57, "F")[0] != "self_care"


# (4) t128z-045: thrush's own discharge (NHS Thrush: white, like cottage cheese; 豆腐渣样白带) said to be the same as last time
# is the thrush she recognises: a pharmacist can treat it (thrush_recognised).
@pytest.mark.parametrize("text", [
    "下面又痒了 白带豆腐渣样 跟上次得的一样",
    "跟上次一样 白带像豆腐渣 外阴痒",
    "itchy down there again, cottage cheese discharge, same as last time",
])
def test_thrush_discharge_like_last_time_is_recognised_thrush(text: str) -> None:
    urgency, rules = service_decide(text, 28, "F")
    assert urgency == "self_care" and "thrush_recognised" in rules


@pytest.mark.parametrize("text", [
    "白带豆腐渣样 下面痒 第一次这样",       # a first time sees a GP (NHS Thrush)
    "cottage cheese discharge and itching, never had it before",
])
def test_a_first_thrush_is_not_self_care(text: str) -> None:
    assert service_decide(text, 28, "F")[0] != "self_care"


# (5) t128z-032: breath held and stopped a while in the night's snoring is the pause of sleep apnoea (NHS Sleep apnoea:
# see a GP), not breathlessness.
@pytest.mark.parametrize("text", [
    "老公打呼噜特别响 半夜老憋气停一会 白天开车都犯困",
    "老爸打呼噜很响 半夜总憋气停一会儿",
])
def test_breath_held_in_snoring_is_a_sleep_apnoea_pause(text: str) -> None:
    assert service_decide(text, 50, "M")[0] == "routine"
    assert "dyspnea" not in current_codes(text)


def test_waking_breathless_is_still_breathlessness() -> None:
    assert service_decide("打呼噜 半夜憋醒 喘不上气 坐起来才好", 50, "M")[0] != "routine"


# (6) t128e-008: a wound's blood through two or more towels is severe bleeding first aid is not stopping (St John Ambulance,
# Severe bleeding: call 999; NHS When to call 999: heavy bleeding): an ambulance. One towel stays A&E.
@pytest.mark.parametrize("text", [
    "cut my hand open on broken glass bleeding wont stop soaked 3 tea towels pressing on it",
    "cut my leg open on the fence, blood has soaked through two towels and still coming",
    "gashed my arm on a broken window, gone through 3 tea towels already",
    "腿被铁皮划了一道大口子，两条毛巾都湿透了还在流",
    "手被玻璃划了个大口子，血止不住，已经湿透了三条毛巾",
])
def test_a_wound_bleeding_through_several_towels_is_an_ambulance(text: str) -> None:
    urgency, rules = service_decide(text, 31, "M")
    assert urgency == "emergency_ambulance" and "wound_bleeding_through_towels" in rules


@pytest.mark.parametrize("text", [
    "cut my palm on a broken glass washing up. it's deep, ive been pressing a tea towel on it for 20 mins and it's still bleeding through",
    "nosebleed that just wont stop, its been going over an hour, soaked through 2 tea towels pinching it",
    "spilt the bucket, soaked two towels mopping it up",
])
def test_one_towel_a_nosebleed_or_water_is_not_the_towels_rule(text: str) -> None:
    assert "wound_bleeding_through_towels" not in service_decide(text, 31, "M")[1]
