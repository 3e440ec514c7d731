"""A pain named without its site, after a sentence that named one (Chinese zero anaphora, English "it"): the later
clause inherits the earlier site (`inherit_site` in symptoms.yaml), so a site+severity rule can fire. Positives in
both languages, and the near misses the join must leave alone: a denied or easing site or pain, a later clause that
names its own site, two sites in the antecedent, and a site named with no discomfort."""

from __future__ import annotations

import pytest

from carebridge.tools import triage_engine
from carebridge.tools.lexicon import normalised
from carebridge.tools.triage_engine import symptom_matches
from tests.triage_screen import current_codes, decide

EMERGENT = ("emergency", "emergency_ambulance")


def joined(text: str, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The codes the cross-sentence join adds: read with it, less read without it."""
    with_join = current_codes(text)
    with monkeypatch.context() as m:
        m.setattr(triage_engine, "_inherited_site", lambda matches, norm: [])
        return with_join - current_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    # renal colic (t45z-013): the flank in one sentence, the writhing pain in the next
    ("我37岁，以前体检说肾里有个小结石，一直没管它。今天早上起来就觉得右边腰有点酸，还以为是昨天搬东西闪着了。"
     "中午开始疼得越来越厉害，一阵一阵的，疼起来坐也不是躺也不是，在床上打滚，吐了一次。小便颜色好像有点发红。", "flank_pain"),
    ("早上右边腰有点酸。下午开始疼得在床上打滚。", "flank_pain"),
    ("左边腰有点胀。现在疼得受不了，吐了两次。", "flank_pain"),
    ("肚子有点不舒服。现在疼得直不起腰，一碰就疼。", "abdominal_pain"),
    ("儿子说下面蛋蛋那里不舒服。突然疼起来了，吐了一次。", "testicular_pain"),
    ("蛋蛋有点不舒服。刚才突然疼得厉害，还吐了。", "testicular_pain"),
    ("I've had a niggle in my right side and back since this morning. Now it's agony, I'm rolling around and can't keep still.",
     "abdominal_pain"),
    ("My belly has been uncomfortable all day. The pain is unbearable now and I can't stand up straight.", "abdominal_pain"),
    ("My son said his testicle felt funny. Then the pain came on suddenly and he was sick.", "testicular_pain"),
    ("My left testicle felt a bit off. It came on suddenly and now it's agony and I've been sick.", "testicular_pain"),
    ("I had a bit of a headache earlier. Then it suddenly exploded, the worst pain of my life, came on in a second.",
     "thunderclap_headache"),
])
def test_a_later_pain_inherits_the_earlier_site(text: str, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert code in joined(text, monkeypatch)
    urgency, _ = decide(text, age=37)
    assert urgency in EMERGENT


def test_the_evidence_is_the_later_clause_itself() -> None:
    text = "早上右边腰有点酸。下午开始疼得在床上打滚。"
    norm = normalised(text)
    joined = [m for m in symptom_matches(text) if m.code == "flank_pain"]
    assert joined and all(norm[m.start:m.end] == m.text and "腰" not in m.text for m in joined)
    assert joined[0].text.startswith("下午开始疼得")


@pytest.mark.parametrize(("text", "code"), [
    ("右边腰有点酸。今天好多了，不怎么疼了。", "flank_pain"),        # the later pain is denied / easing
    ("右边腰有点酸。疼得没那么厉害了。", "flank_pain"),
    ("右边腰不疼。疼得在床上打滚。", "flank_pain"),                  # the site is denied
    ("右边腰有点酸。腿疼得厉害。", "flank_pain"),                    # the later clause names its own site
    ("头有点疼，肚子也有点胀。疼得厉害。", "abdominal_pain"),        # two sites in the antecedent
    ("头有点疼，肚子也有点胀。疼得厉害。", "flank_pain"),
    ("蛋蛋有点痒。突然疼起来了。", "testicular_pain"),               # the site is named, but with no discomfort
    ("My right side and back ache a bit. It's much better now, the pain is mild.", "abdominal_pain"),
    ("My head hurt a bit yesterday. The pain is better now.", "headache"),
    ("I had some chest discomfort last week. My knee is agony now.", "headache"),
    ("My belly was a bit sore. It doesn't hurt much now.", "flank_pain"),
    ("My chest felt tight after running. It went away after a minute, no pain now.", "thunderclap_headache"),
    ("My testicle is itchy. It came on suddenly and the pain is bad.", "testicular_pain"),
    ("My head and my chest ache. Now the pain is unbearable.", "thunderclap_headache"),
    ("Side and back not sore at all. Now it's agony in my knee.", "abdominal_pain"),
    ("右边腰有点酸。我老婆疼得更厉害。", "flank_pain"),               # someone else's pain
    ("My belly is a bit uncomfortable. My husband's pain is unbearable.", "abdominal_pain"),
    ("右边腰有点酸，弯腰的时候疼。", "flank_pain"),                  # bending names the back itself
])
def test_no_join_across_a_denial_another_site_or_an_easing(text: str, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert joined(text, monkeypatch) == set()
    assert code not in current_codes(text)


@pytest.mark.parametrize("text", [
    "右边腰有点酸。今天好多了，不怎么疼了。",
    "右边腰有点酸。腿疼得有点厉害。",
    "My right side ached a bit this morning. It's much better now.",
    "My belly was a bit sore. It doesn't hurt much now.",
    "My testicle is itchy. It came on suddenly.",
])
def test_the_near_misses_stay_non_emergent(text: str) -> None:
    urgency, _ = decide(text, age=37)
    assert urgency not in EMERGENT


def test_an_inherit_site_section_without_its_pain_words_is_a_clear_knowledge_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import carebridge.tools.triage_engine as engine
    from carebridge.tools.knowledge import KnowledgeError

    real = engine.load_yaml

    def without_pain(text: str) -> dict:
        data = real(text)
        data["inherit_site"] = {k: v for k, v in data["inherit_site"].items() if k != "pain"}
        return data

    engine._inherit_site.cache_clear()
    monkeypatch.setattr(engine, "load_yaml", without_pain)
    try:
        with pytest.raises(KnowledgeError, match=r"inherit_site: give en and/or zh words for \['pain'\]"):
            engine._inherit_site()
    finally:
        engine._inherit_site.cache_clear()
