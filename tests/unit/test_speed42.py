"""speed42: the lexicon's literal prefilter (`needed_strings`) never skips a pattern that matches, the memoised text
functions read as before, and `_current_codes` is the current, undenied codes (no behaviour change)."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parser

import pytest

from carebridge.tools import triage_engine
from carebridge.tools.lexicon import needed_strings, normalised
from carebridge.tools.text import fix_spelling
from carebridge.tools.triage_engine import _current_codes, symptom_matches
from tests.triage_screen import current_codes, decide, fired, live_matcher


def _passes(needs: frozenset[str] | tuple[frozenset[str], tuple[str, ...]] | None, text: str) -> bool:
    """The prefilter lets `text` through (`needs` as needed_strings gives it, or as the matcher keeps it)."""
    if isinstance(needs, tuple):
        needs = needs[0] | frozenset(needs[1])
    return needs is None or any(s in text for s in needs)


# needed_strings on hand-made patterns: what it may say, and where it must say nothing
@pytest.mark.parametrize(("pattern", "needs"), [
    (r"(?<![a-z])(?:sore throat|throat (?:is )?sore)(?![a-z])", {"sore throat", "throat "}),
    (r"(?:胸口?(?:疼|痛)|心口痛)", {"胸", "心口痛"}),
    (r"ab?c", {"a"}),
    (r"a*b", {"b"}),
    (r"[a-c]bc|d", {"bc", "d"}),
    (r"\d+ ?kg", {"kg"}),
    (r"(?:x)+yz", {"yz"}),
])
def test_needed_strings_reads_literals(pattern, needs):
    assert needed_strings(pattern) == needs


@pytest.mark.parametrize("pattern", [r"x{0,3}", r"(?i)abc", r"(?i:ab)c?", r".+", r"\w+", r"[^a]b?", r"a|\d", r"(?=abc)",
                                     r"(a)\1?"])
def test_needed_strings_says_nothing_it_cannot_prove(pattern):
    needs = needed_strings(pattern)
    assert needs is None or pattern == r"(a)\1?" and needs == {"a"}


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?i)ABC", "abc"), (r"(?i:A)bc", "abc"), (r"a?b?c?", ""), (r"[^x]", "y"), (r"(?:red|\d) rash", "1 rash"),
])
def test_needed_strings_never_excludes_a_match(pattern, text):
    assert re.search(pattern, text)
    assert _passes(needed_strings(pattern), text)


def _sample(items, pick: int, more: bool) -> str:
    """One string the parsed regex `items` matches (alternative `pick` of each alternation; optional parts once if `more`)."""
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is sre.NOT_LITERAL:
            out.append("x" if chr(av) != "x" else "y")
        elif op is sre.ANY:
            out.append("x")
        elif op is sre.IN:
            first = av[0]
            if first[0] is sre.LITERAL:
                out.append(chr(first[1]))
            elif first[0] is sre.RANGE:
                out.append(chr(first[1][0]))
            elif first[0] is sre.CATEGORY:
                out.append({sre.CATEGORY_DIGIT: "1", sre.CATEGORY_SPACE: " "}.get(first[1], "a"))
            else:  # a negated class
                out.append("\u4e00" if all(not (o is sre.LITERAL and v == 0x4e00) for o, v in av[1:]) else "q")
        elif op is sre.CATEGORY:
            out.append({sre.CATEGORY_DIGIT: "1", sre.CATEGORY_SPACE: " "}.get(av, "a"))
        elif op is sre.SUBPATTERN:
            out.append(_sample(av[3], pick, more))
        elif op is sre.ATOMIC_GROUP:
            out.append(_sample(av, pick, more))
        elif op is sre.BRANCH:
            alternatives = av[1]
            out.append(_sample(alternatives[pick % len(alternatives)], pick, more))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            times = max(low, 1 if more and high >= 1 else 0)
            out.append(_sample(sub, pick, more) * times)
        # AT and lookarounds are zero width; a back-reference is left out (the sample then may not match: skipped)
    return "".join(out)


@pytest.mark.parametrize("alongside", [False, True])
def test_prefilter_keeps_every_lexicon_phrase(alongside):
    """Every phrase of every code, both languages: a sample string each of its alternatives matches is never skipped."""
    matcher = live_matcher(alongside)
    checked = 0
    for english in (True, False):
        compiled = matcher._compiled_for(english)
        needs = matcher._needs[english]
        for i, (code, _, eng) in enumerate(matcher._patterns):
            if eng != english:
                continue
            for fragment in matcher._fragments[(code, english)]:
                parsed = sre_parser.parse(fragment)
                for pick in range(4):
                    for more in (False, True):
                        text = f" {_sample(parsed, pick, more)} "
                        if compiled[i].search(text):
                            checked += 1
                            assert _passes(needs[i], text), (code, fragment, text, needs[i])
    assert checked > 5000  # the samples really exercise the patterns (about 20 thousand)


BENCH_TEXTS = [
    "I've had a sore throat and a runny nose for two days",
    "crushing chest pain spreading to my left arm, sweating",
    "my friend collapsed and isn't breathing",
    "我肚子疼，拉肚子一天了",
    "胸口tight，喘不上气，出冷汗",
    "xiong口疼，三十八度五",
    "头疼得厉害 像要炸开一样，还吐了",
    "no fever, no rash, just a bit of a headache since yesterday",
    "my 3 week old has a temperature of 38 and won't feed",
    "我爷爷中风后说话不清楚，说嘴里疼",
]


@pytest.mark.parametrize("text", BENCH_TEXTS)
def test_prefilter_skips_no_matching_pattern_on_messages(text):
    norm = normalised(text)
    for alongside in (False, True):
        matcher = live_matcher(alongside)
        for english in (True, False):
            compiled, needs = matcher._compiled_for(english), matcher._needs[english]
            for i, (_, _, eng) in enumerate(matcher._patterns):
                if eng == english and compiled[i].search(norm):
                    assert _passes(needs[i], norm)


@pytest.mark.parametrize("text", BENCH_TEXTS)
def test_prefiltered_reading_is_the_full_reading(text, monkeypatch):
    """symptom_matches with the prefilter equals symptom_matches with every pattern searched."""
    with_filter = symptom_matches(text)
    for alongside in (False, True):
        matcher = live_matcher(alongside)
        for english in (True, False):
            matcher._compiled_for(english)
            # speed43: matching reads the prefilter index, not `_needs`: every pattern of the language let through
            every = [i for i, (_, _, eng) in enumerate(matcher._patterns) if eng == english]
            monkeypatch.setitem(matcher._prefilter, english, (every, {}, {}))
    assert symptom_matches(text) == with_filter


def test_memoised_text_functions_read_as_before():
    text = "my stomach is paining since two days, 胸口tight"
    first = fix_spelling(text)
    assert first == fix_spelling(text) and "hurting" in first
    assert fix_spelling("my stomach is paining since two days") == "my stomach is hurting since two days"
    assert normalised("I've got a REALLY bad headache") == normalised("I've got a really bad headache")
    assert "really" not in normalised("I've got a really bad headache")


# _current_codes: current and undenied only (a denied, a past and someone else's finding are not)
@pytest.mark.parametrize(("text", "present", "absent"), [
    ("I have chest pain", "chest_pain", None),
    ("no chest pain, just a cough", "cough", "chest_pain"),
    ("我胸口疼", "chest_pain", None),
    ("我不胸口疼，就是咳嗽", "cough", "chest_pain"),
])
def test_current_codes_helper(text, present, absent):
    codes = _current_codes(symptom_matches(text))
    assert codes == current_codes(text)
    assert present in codes
    if absent is not None:
        assert absent not in codes


def test_split_needs_keeps_every_string():
    from carebridge.tools.lexicon import _split_needs
    assert _split_needs(frozenset({"胸", "心口痛", "a", "sore throat"})) == (frozenset({"胸", "a"}), ("sore throat", "心口痛"))
    assert _split_needs(None) is None


def test_modifier_codes_once_per_knowledge():
    from carebridge.tools.knowledge import load_knowledge
    kb = load_knowledge()
    codes = triage_engine._modifier_codes(kb)
    assert codes == {c for c in kb.symptoms if kb.symptoms[c].modifier} and codes
    assert triage_engine._modifier_codes(kb) is codes


def test_helper_used_everywhere():
    source = open(triage_engine.__file__, encoding="utf-8").read()
    assert source.count('{m.code for m in matches if not m.negated and m.status == "current"}') == 1  # the helper's own
    assert source.count("_current_codes(matches)") >= 16


def test_screen_unchanged_on_a_few_messages():
    assert "cardiac_chest_pain" in fired("crushing chest pain spreading to my left arm, sweating") or \
        decide("crushing chest pain spreading to my left arm, sweating")[0] in {"emergency", "emergency_ambulance"}
    assert decide("I've had a sore throat and a runny nose for two days")[0] in {"self_care", "routine"}
