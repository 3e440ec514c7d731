from __future__ import annotations

import pytest

from carebridge.tools.lexicon import PhraseMatcher, summarize
from carebridge.tools.text import detect_lang

M = PhraseMatcher({
    "chest_pain": (["chest pain"], ["胸痛", "胸口疼"]),
    "fever": (["fever"], ["发烧", "发热"]),
    "dyspnea_severe": (["can'?t breathe"], ["无法呼吸"]),
    "weakness": ([], ["无力"]),
    "dizzy": (["dizzy"], ["头晕"]),
    "suicidal": (["don'?t want to live"], ["不想活"]),
})


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("No chest pain", set(), {"chest_pain"}),
    ("no fever, dizzy or chest pain", set(), {"fever", "dizzy", "chest_pain"}),
    ("no fever but chest pain", {"chest_pain"}, {"fever"}),
    ("denies fever. Chest pain since 1h", {"chest_pain"}, {"fever"}),
    ("I don't have a fever and I have chest pain", {"chest_pain"}, {"fever"}),
    ("I can't breathe", {"dyspnea_severe"}, set()),
    ("I don't want to live", {"suicidal"}, set()),
    ("没有胸痛", set(), {"chest_pain"}),
    ("否认胸痛及发热", set(), {"chest_pain", "fever"}),
    ("没有发烧，胸口疼", {"chest_pain"}, {"fever"}),
    ("没发烧，但是胸口疼", {"chest_pain"}, {"fever"}),
    ("全身无力头晕", {"weakness", "dizzy"}, set()),
    ("我无法呼吸", {"dyspnea_severe"}, set()),
    ("我不想活了", {"suicidal"}, set()),
    ("不发烧", set(), {"fever"}),
    ("fever 38.5. no chest pain", {"fever"}, {"chest_pain"}),
    ("I have 胸痛 and fever", {"chest_pain", "fever"}, set()),
])
def test_negation(text: str, present: set[str], absent: set[str]) -> None:
    got_present, got_absent = summarize(M.find(text))
    assert (got_present, got_absent) == (present, absent)


def test_just_and_only_end_the_negation_scope() -> None:
    assert summarize(M.find("no fever, just dizzy")) == ({"dizzy"}, {"fever"})


def test_present_wins_over_absent_for_the_same_code() -> None:
    assert summarize(M.find("no fever yesterday. Today I have a fever")) == ({"fever"}, set())


@pytest.mark.parametrize(("text", "lang"), [
    ("I have a headache", "en"), ("我头疼", "zh"), ("I have 胸痛 and fever", "en"), ("我发烧了 fever", "zh"),
])
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang
