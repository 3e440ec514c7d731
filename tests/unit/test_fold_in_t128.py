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
