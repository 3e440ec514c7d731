"""First steps while help comes (knowledge/first_steps.yaml): sourced, tied to the rules that fired, shown once."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import AIMessage
from pydantic import ValidationError

from carebridge.graphs.context import HospitalContext
from carebridge.service import CareBridge
from carebridge.tools.knowledge import Knowledge, KnowledgeError, load_knowledge


def _entry(entry_id: str):
    return next(e for e in load_knowledge().first_steps if e.id == entry_id)


def test_every_entry_cites_sources_and_names_existing_rules() -> None:
    kb = load_knowledge()
    rule_ids = {r.id for r in (*kb.red_flags, *kb.urgent)}
    assert kb.first_steps
    for entry in kb.first_steps:
        assert entry.sources and all(s in kb.sources for s in entry.sources)
        assert entry.rules and set(entry.rules) <= rule_ids
        assert all(step.en.strip() and step.zh.strip() for step in entry.steps)


def test_the_knowledge_check_refuses_an_unknown_rule() -> None:
    data = load_knowledge().model_dump()
    data["first_steps"][0]["rules"] = ["no_such_rule"]
    with pytest.raises((KnowledgeError, ValidationError), match="first_steps .*unknown rule 'no_such_rule'"):
        Knowledge.model_validate(data)


@pytest.mark.parametrize(("entry_id", "codes"), [
    ("suicidal_crisis", {"suicidal"}),
    ("anaphylaxis", {"allergic_reaction"}),
    ("seizure", {"seizure"}),
    ("burn", {"burn", "burn_severe"}),
    ("poisoning", {"overdose_poisoning"}),
])
def test_every_rule_resting_on_the_danger_gets_its_steps(entry_id: str, codes: set[str]) -> None:
    # A new rule on the same danger (another branch adds "suicidal + X") must not come without them.
    kb = load_knowledge()
    resting = {r.id for r in (*kb.red_flags, *kb.urgent) if r.when.all_of and codes & set(r.when.all_of[0])}
    assert resting, codes
    assert resting <= set(_entry(entry_id).rules), sorted(resting - set(_entry(entry_id).rules))


@pytest.fixture(scope="module")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> CareBridge:
    return CareBridge(tmp_path_factory.mktemp("first_steps"))


@pytest.mark.parametrize(("text", "age", "entry_id", "words"), [
    ("I can't go on, I want to end my life tonight", 30, "suicidal_crisis", "12356"),
    ("我不想活了，活着没意思", 19, "suicidal_crisis", "12356"),
    ("stung by a wasp, my tongue is swelling and my throat feels tight", 40, "anaphylaxis", "auto-injector"),
    ("吃了花生以后嗓子发紧，舌头肿了", 8, "anaphylaxis", "肾上腺素"),
    ("my son swallowed a whole bottle of his nan's tablets", 4, "poisoning", "packets"),
    ("孩子把开水打翻了，手臂烫起了大水泡", 3, "burn", "流动水"),
    ("bleach splashed in my eye", 35, "chemical_in_eye", "contact lenses"),
])
def test_a_danger_gets_its_first_steps_in_the_patients_language(
        bridge: CareBridge, text: str, age: int, entry_id: str, words: str) -> None:
    out = bridge.triage_once(text, age=age)
    steps = {e["id"]: e for e in out["first_steps"]}
    assert entry_id in steps, (out["urgency"], [r["id"] for r in out["reasons"]])
    lang = "zh" if out["lang"] == "zh" else "en"
    assert any(words in step for step in steps[entry_id][lang])
    # The sources behind the steps are cited with the answer.
    assert set(steps[entry_id]["sources"]) <= {s["id"] for s in out["sources"]}


@pytest.mark.parametrize("text", [
    # an airway sign with no allergen: epiglottitis lies in it, and lying flat is wrong there
    "4 year old with a high temp, he can't swallow his own spit so he's drooling, sitting leaning forward",
    "sore throat and a runny nose for two days",
    "I feel low but I have no thoughts of suicide",
    "burned my finger on a hot pan, no blisters",
])
def test_no_danger_no_first_steps(bridge: CareBridge, text: str) -> None:
    assert bridge.triage_once(text, age=30)["first_steps"] == []


def test_the_hospital_can_give_its_own_crisis_line(tmp_path: Path) -> None:
    own = CareBridge(tmp_path, context=HospitalContext(crisis_line="010-82951332"))
    out = own.triage_once("I want to kill myself", age=30)
    steps = next(e for e in out["first_steps"] if e["id"] == "suicidal_crisis")
    assert any("010-82951332" in s for s in steps["en"]) and not any("12356" in s for s in steps["en"])


def test_in_chat_the_emergency_notice_gives_the_steps_at_once_and_the_answer_does_not_repeat_them(
        tmp_path: Path) -> None:
    bridge = CareBridge(tmp_path)
    turn = bridge.send("s1", "my lips and tongue are swelling after a peanut and my throat is tight", lang="en")
    said = [str(m.content) for m in turn.values["messages"] if isinstance(m, AIMessage)]
    notice = [t for t in said if t.startswith("⚠")]
    step = "If the person has an adrenaline auto-injector"
    assert notice and step in notice[0]
    assert sum(t.count(step) for t in said) == 1, said
