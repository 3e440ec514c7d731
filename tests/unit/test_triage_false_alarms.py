"""Messages that sound like an emergency and are not: the patient's own usual dose, medicines
taken as usual, a belief that someone is poisoning the food. And the hip-fracture rule that
came with this round. Each pair keeps the real emergency next to its look-alike."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, fired


@pytest.mark.parametrize("text", [
    "I swallowed two paracetamol tablets for my headache, it's a bit better now",
    "I took 2 ibuprofen for my back this morning",
    "吃了两片止痛药，头痛好点了",
    "I took all my tablets this morning as usual, now I have a mild cough",
    "我早上照常把药都吃了，现在有点咳嗽",
])
def test_own_usual_dose_is_not_an_ingestion(text: str) -> None:
    assert "overdose_poisoning" not in current_codes(text)
    assert "poisoning_overdose" not in fired(text)


@pytest.mark.parametrize("text", [
    "my toddler swallowed two paracetamol",
    "he swallowed two tablets from the drawer",
    "孩子吃了两片药",
    "I swallowed two of my mum's pills",
    "我吃了两片奶奶的降压药",
    "I downed a bottle of antifreeze, I don't know why I did it",
    "i swallowed a whole strip of sertraline an hour ago",
    "I took two bottles of pills",
    "I took all my tablets at once",
])
def test_someone_elses_or_a_childs_or_a_large_amount_still_is(text: str) -> None:
    assert "poisoning_overdose" in fired(text)


@pytest.mark.parametrize("text", [
    "my dad thinks the neighbours are poisoning his food, he's been saying odd things for weeks",
    "she is convinced her husband is poisoning her",
    "妈妈总说邻居在饭里下毒",
])
def test_belief_of_being_poisoned_is_psychosis_not_poisoning(text: str) -> None:
    codes = current_codes(text)
    assert "psychosis" in codes and "overdose_poisoning" not in codes


@pytest.mark.parametrize("text", ["he drank weed killer, thinks it was water", "I think I poisoned myself with bad mushrooms"])
def test_a_real_poisoning_with_think_in_it_still_fires(text: str) -> None:
    assert "poisoning_overdose" in fired(text)


@pytest.mark.parametrize("text", [
    "fell onto my hip yesterday, now can't walk on it, 80 years old",
    "奶奶摔了一跤，右边髋部着地，现在站不起来了",
    "slipped on the ice and landed on my side, can't put weight on that leg",
])
def test_fall_onto_hip_then_cannot_stand_is_a_suspected_hip_fracture(text: str) -> None:
    assert "suspected_hip_fracture" in fired(text)


@pytest.mark.parametrize("text", [
    "fell onto my hip last week, it's bruised but I can walk fine, no problem putting weight on it",
    "hip pain for months, can't walk far",
    "摔了一跤屁股着地，能正常走路，没有站不起来",
])
def test_hip_pain_without_a_fall_or_with_walking_is_not(text: str) -> None:
    assert "suspected_hip_fracture" not in fired(text)


# "I don't want to live" needed "anymore" after it: the optional word was preceded by a required
# space, so the sentence ending at "live" never matched (found in the blind-19 round).
@pytest.mark.parametrize("text", ["I don't want to live", "i dont want to be alive", "I don't want to live like this",
                                  "I don't want to be here anymore"])
def test_not_wanting_to_live_is_suicidal_without_anymore(text: str) -> None:
    assert "suicidal_intent" in fired(text)


@pytest.mark.parametrize("text", ["I don't want to live with this pain, it has to be sorted",
                                  "I don't want to live alone after the operation",
                                  "I don't want to be here, the waiting room is too noisy"])
def test_not_wanting_to_live_with_something_is_not(text: str) -> None:
    assert "suicidal_intent" not in fired(text)
