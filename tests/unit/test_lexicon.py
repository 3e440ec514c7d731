from __future__ import annotations

import pytest

from carebridge.tools.lexicon import PSEUDO_NEGATIONS, PhraseMatcher, summarize
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


# --- concept patterns and ConText --------------------------------------------------------
C = PhraseMatcher(
    {
        "vomit_blood": (["{vomit} ~ {blood}"], ["{vomit} ~ {blood}"]),
        "melena": (["{stool} ~15 {black}"], []),
        "burn": (["{agent} ~?>,30 {blister}"], []),
        "burn_serious": (["{blister}"], []),
        "stroke": (["face droop\\w*"], ["嘴歪"]),
        "fever": (["fever"], ["发烧"]),
    },
    concepts={
        "vomit": (["vomit\\w*", "threw up", "been sick"], ["吐", "呕"]),
        "blood": (["blood", "coffee grounds"], ["血", "咖啡渣"]),
        "stool": (["poo", "stools?"], []),
        "black": (["black", "tarry"], []),
        "agent": (["boiling water", "hot oil"], []),
        "blister": (["blisters?"], []),
    },
    pseudo_negations=PSEUDO_NEGATIONS,
    keep_when_resolved=["stroke"],
)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("I threw up and there was blood in it", {"vomit_blood"}, set()),
    ("blood in my vomit", {"vomit_blood"}, set()),
    ("been sick, looks like coffee grounds", set(), set()),  # a comma is a clause break for concepts
    ("threw up, no blood", set(), set()),
    ("I have not vomited any blood", set(), {"vomit_blood"}),
    ("吐了好大一口血", {"vomit_blood"}, set()),
    ("吐了，没有血", set(), set()),
    ("my poo is black", {"melena"}, set()),
    ("black poo", {"melena"}, set()),
    ("blackcurrant juice, normal poo", set(), set()),  # concept words are whole words
])
def test_concept_patterns(text: str, present: set[str], absent: set[str]) -> None:
    assert summarize(C.find(text)) == (present, absent)


def test_look_ahead_leaves_the_effect_to_its_own_code() -> None:
    present, _ = summarize(C.find("spilled boiling water on my arm, now big blisters"))
    assert present == {"burn", "burn_serious"}


@pytest.mark.parametrize(("text", "present"), [
    ("I had a fever years ago", set()),                              # historical
    ("as a baby she had a fever", set()),
    ("three years ago I had a fever and now I have a fever again", {"fever"}),  # "now" brings it back
    ("what should I do if someone has a fever?", set()),            # hypothetical
    ("worried about getting a fever", set()),
    ("I have a fever, what should I do?", {"fever"}),
    ("had a fever last week, it's gone now", set()),                 # resolved and dated
    ("his face drooped last night, fine now", {"stroke"}),           # a passed stroke sign still counts (TIA)
    ("去年发烧过", set()),
    ("以前从来没这样发烧", {"fever"}),                                 # "never before" is not history
    ("三年前嘴歪过，现在又嘴歪了", {"stroke"}),
    ("如果发烧怎么办", set()),
])
def test_context_status(text: str, present: set[str]) -> None:
    assert summarize(C.find(text))[0] == present


def test_concept_syntax_errors_are_caught() -> None:
    from carebridge.tools.lexicon import expand_concepts
    with pytest.raises(KeyError):
        expand_concepts("{nope} ~ x", {}, True)
    with pytest.raises(ValueError):
        expand_concepts("a ~?> b ~> c", {}, True)
