"""The blind-34 triage round (messages dictated by voice into a phone: little punctuation, misheard words
and homophones, numbers said as words): four under-triaged emergencies, each fixed at its cause and
written other ways than the vignette, next to look-alikes that must stay as they were: "para set a mol"
and "key tone strip" as voice typing writes paracetamol and ketones; twenty "of the" tablets; a total of
paracetamol in grams (加起来十二克); a toothache whose swelling reaches the eye. Then Chinese homophones
(泡疹, 蛋结石, 度子, 中峰) and two false alarms: a face gone red with crying or coughing, and talking made
an effort by a hoarse voice.
"""

from __future__ import annotations

import pytest

from carebridge.tools.text import fix_spelling
from tests.triage_screen import current_codes as _codes
from tests.triage_screen import decide as _decide
from tests.triage_screen import fired as _fired


# --- voice typing splits a drug or a test into sounds; no ordinary sentence says them
@pytest.mark.parametrize(("heard", "meant"), [
    ("i took twenty of the para set a mol", "i took twenty of the paracetamol"),
    ("para seta mol 500", "paracetamol 500"),
    ("the key tone strip went dark purple", "the ketone strip went dark purple"),
    ("key tones are 3.5", "ketones are 3.5"),
    ("我是不是中峰了", "我是不是中风了"),
    ("冒出来一串小泡疹", "冒出来一串小疱疹"),
    ("以前查出有蛋结石", "以前查出有胆结石"),
    ("整个度子都疼", "整个肚子都疼"),
    ("他有新脏病", "他有心脏病"),
])
def test_a_misheard_body_word_is_read_as_meant(heard: str, meant: str) -> None:
    assert fix_spelling(heard) == meant


@pytest.mark.parametrize("text", [
    "the key tone of the song", "a paragraph set in a mall", "中峰路上有家药店", "温度子", "新的脏衣服",
])
def test_an_ordinary_sentence_is_left_as_it_is(text: str) -> None:
    assert fix_spelling(text) == text


# --- paracetamol overdose said by voice (NHS Paracetamol for adults: more than 8 x 500 mg in 24 hours is A&E, even feeling well)
@pytest.mark.parametrize("text", [
    "last night i took about twenty of the para set a mol five hundreds all at once i feel fine now",
    "she took sixteen of the paracetamol after an argument",
])
def test_many_of_the_paracetamol_taken_is_an_overdose(text: str) -> None:
    assert "overdose_poisoning" in _codes(text)
    assert _decide(text, 19)[0] in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", [
    "吃了感冒药又吃了扑热息痛 加起来对乙酰氨基酚差不多有十二克了 现在有点恶心",
    "从昨天到今天 对乙酰氨基酚一共吃了12克",
    "took 10 g of paracetamol altogether last night",
    "I have taken paracetamol, about 12 g in total since yesterday",
])
def test_a_total_in_grams_over_the_daily_maximum_is_an_emergency(text: str) -> None:
    assert "paracetamol_over_max_dose" in _fired(text)


@pytest.mark.parametrize("text", [
    "这个星期加起来对乙酰氨基酚差不多有十二克",   # over a week: under 2 g a day
    "两天加起来对乙酰氨基酚吃了6克",              # 3 g a day
    "I have taken paracetamol, about 6 g in total since yesterday",
    "对乙酰氨基酚片0.5g 一次一片",
    "paracetamol 1g four times a day",
])
def test_a_total_within_the_maximum_or_over_a_longer_time_is_not(text: str) -> None:
    assert "paracetamol_over_max_dose" not in _fired(text)


# --- DKA: ketones typed as "key tone" (NICE NG17; NHS Diabetic ketoacidosis)
def test_a_dark_key_tone_strip_with_vomiting_is_possible_dka() -> None:
    text = "type one diabetic keep being sick blood sugar says twenty four and the key tone strip went to the darkest colour"
    assert "dka_signs" in _codes(text)
    assert _decide(text, 22)[0] == "emergency"


# --- a dental abscess whose swelling reaches the eye (NHS Dental abscess: A&E with a swollen eye)
@pytest.mark.parametrize("text", [
    "toothache for four days and today my face has swelled up right up to my eye the eye is puffy and half shut",
    "toothache and his eyelid is swollen shut",
    "牙疼好几天了 今天脸肿到眼睛了",
    "牙疼 眼皮肿得睁不开",
])
def test_toothache_with_swelling_that_reaches_the_eye_is_an_emergency(text: str) -> None:
    assert "dental_abscess_eye_swelling" in _fired(text)
    assert _decide(text, 36)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "toothache, my cheek is a bit swollen but my eye is fine",
    "牙疼，脸有点肿，眼睛没事",
    "toothache, no swelling around my eye",
    "my eyes and lips are swollen after eating peanuts",
])
def test_a_swollen_cheek_or_a_swollen_eye_without_toothache_is_not(text: str) -> None:
    assert "dental_abscess_eye_swelling" not in _fired(text)


# --- homophones that hid a finding
def test_shingles_blisters_written_as_pao_zhen_are_shingles() -> None:
    text = "左边肋骨这一圈疼了三四天 昨天冒出来一串小泡疹 就长在左边 从后背绕到前面"
    assert "shingles" in _codes(text)


def test_a_belly_written_as_du_zi_is_read() -> None:
    assert "abdominal_pain" in _codes("度子疼了两天了")
    assert "abdominal_rigidity" in _codes("整个度子都疼 硬邦邦的 一动就疼")


# --- false alarms: a red face (NHS Colic, NHS Whooping cough) and a hoarse voice (NHS Laryngitis)
@pytest.mark.parametrize("text", [
    "宝宝一个多月 每天傍晚开始哭 怎么哄都哄不好 腿往肚子上蜷 脸憋得通红 但是吃奶挺好",
    "声音哑了说话费劲 嗓子有点干疼 吞东西没问题 喘气也没问题",
])
def test_a_red_face_or_a_hoarse_voice_is_no_breathing_emergency(text: str) -> None:
    assert "dyspnea_severe" not in _codes(text)
    assert "severe_breathing_difficulty" not in _fired(text)


@pytest.mark.parametrize("text", [
    "宝宝咳得脸憋得发紫",
    "他喘不上气，说话费劲",
    "说话很费劲，一句话要停好几次喘气",
])
def test_a_blue_face_or_breathless_speech_still_is(text: str) -> None:
    assert "dyspnea_severe" in _codes(text) or "dyspnea" in _codes(text)
