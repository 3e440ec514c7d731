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


# --- the 2b round: wording an unseen writer uses -------------------------------------------

L = PhraseMatcher(
    {
        "unresponsive": (["not answering", "unconscious"], ["没反应"]),
        "moving": (["moving"], []),
        "suicidal": (["don'?t want to live"], ["不想活"]),
        "seizure": (["woke up on the floor", "woke up on the floor ~>25 sore tongue"], []),
        "syncope": (["woke up on the floor"], []),
        "droop": (["{face} ~>8 {droop}"], ["{face} ~>3 {droop}"]),
        "confused": (["confused"], []),
        "headache": (["headache"], ["头痛"]),
        "breathing": (["can'?t breathe"], ["喘不过气"]),
        "swollen_throat": (["throat (is )?swollen"], []),
    },
    concepts={"face": (["face", "mouth"], ["脸", "嘴"]), "droop": (["droop\\w*", "lopsided"], ["歪", "耷拉"])},
    pseudo_negations=PSEUDO_NEGATIONS,
)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a finding worded as a negation is not denied by its neighbour's "not" ...
    ("lying there not moving, not answering", {"unresponsive"}, {"moving"}),
    # ... but a cue that touches it, or an explicit denial, still does
    ("也没有不想活的念头", set(), {"suicidal"}),
    ("denies being unconscious", set(), {"unresponsive"}),
    # "and is/has/feel" start a new clause: the negation does not reach past it
    ("seeing things that aren't there and is all confused", {"confused"}, set()),
    # intensifiers never break a phrase or use up a gap
    ("her face looks really lopsided", {"droop"}, set()),
    ("his throat is super swollen", {"swollen_throat"}, set()),
    ("他的脸特别歪", {"droop"}, set()),
    # typed without the apostrophe, misspelt, or in traditional characters
    ("i cant breath", {"breathing"}, set()),
    ("he is unconcious", {"unresponsive"}, set()),
    ("頭痛，喘不過氣", {"headache", "breathing"}, set()),
])
def test_unseen_wording(text: str, present: set[str], absent: set[str]) -> None:
    assert summarize(L.find(text)) == (present, absent)


def test_the_longest_phrase_of_a_code_wins_at_one_place() -> None:
    # an alternation stops at its first match; the matcher keeps looking for the longest
    found = {m.code: m.text for m in L.find("I woke up on the floor with a sore tongue")}
    assert found == {"seizure": "woke up on the floor with a sore tongue"}


@pytest.mark.parametrize(("text", "status"), [
    ("my cousin has seizures, I want to know what to do if it happens", "hypothetical"),
    ("我姨妈脑出血的时候是突然头痛，我怕会遗传", "hypothetical"),
    ("这辈子没这么头痛过", "current"),      # "never like this" is an intensifier, not a past episode
])
def test_context_after_the_finding(text: str, status: str) -> None:
    m = PhraseMatcher({"seizure": (["seizures"], []), "headache": (["headache"], ["头痛"])}, PSEUDO_NEGATIONS)
    assert [x.status for x in m.find(text)] == [status]


def test_a_concept_word_set_may_not_hold_an_operator() -> None:
    from carebridge.tools.lexicon import expand_concepts
    with pytest.raises(ValueError):
        expand_concepts("{a}", {"a": ["stiff ~>20 jerking"]}, True)


@pytest.mark.parametrize(("text", "status"), [
    ("my vomit was red because I had beetroot soup", "explained"),
    ("on iron tablets and my poo went black, the GP said that's why", "explained"),
    ("吃了铋剂大便变黑，医生说是药的原因", "explained"),
    ("I'm on iron tablets, my poo is black and sticky and I feel dizzy", "current"),  # no tie, no reassurance
    ("had beetroot, but I'm vomiting blood and I feel fine", "current"),               # the patient says blood
    ("I'm on iron tablets, my poo went black, I feel fine", "current"),                # reassurance is no cause
    ("在吃铁剂，大便变黑，人没事", "current"),
])
def test_a_named_food_or_medicine_explains_a_colour(text: str, status: str) -> None:
    m = PhraseMatcher({"colour": (["vomit \\w+ red", "vomiting blood", "poo (is|went) black"], ["大便变黑"])}, PSEUDO_NEGATIONS,
                      colour_findings=["colour"])
    assert [x.status for x in m.find(text)] == [status]


def test_a_chinese_comma_gap_holds_a_space_but_a_plain_gap_does_not() -> None:
    import re

    from carebridge.tools.lexicon import expand_concepts
    words = {"v": ["吐"], "c": ["黑色"]}
    comma = re.compile(expand_concepts("{v} ~>,6 {c}", words, False)[0])
    plain = re.compile(expand_concepts("{v} ~>6 {c}", words, False)[0])
    # (the matcher sees text after NFKC, where a full-width comma is ",")
    assert comma.search("吐了 黑色的") and comma.search("吐了,黑色的")
    assert not plain.search("吐了 黑色的") and not plain.search("吐了,黑色的")
    # A negation never sits in a gap, space or not.
    assert not comma.search("吐了 不是黑色的")


def test_each_language_is_compiled_only_when_a_message_needs_it() -> None:
    # Compiling every pattern is most of a one-shot triage's start-up: a Chinese message must not pay for the
    # English ones, nor an English one for the Chinese, and a mixed message reads both.
    zh_first, en_first, mixed = (PhraseMatcher({"chest_pain": (["chest pain"], ["胸痛"])}) for _ in range(3))
    assert [m.code for m in zh_first.find("胸痛两小时")] == ["chest_pain"]
    assert set(zh_first._compiled) == {False}
    assert [m.code for m in en_first.find("chest pain for two hours")] == ["chest_pain"]
    assert set(en_first._compiled) == {True}
    assert [m.code for m in mixed.find("我 chest pain, 也胸痛")] == ["chest_pain", "chest_pain"]
    assert set(mixed._compiled) == {True, False}
    # once compiled, a language stays compiled
    zh_first.find("chest pain")
    assert set(zh_first._compiled) == {True, False}
