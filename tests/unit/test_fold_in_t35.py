"""blind35 (work, school, travel and outdoor messages): what its first look missed, read for what it says, with the
near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


def test_a_chemical_explained_in_brackets_before_it_reaches_the_eye() -> None:
    text = ("At work some caustic degreaser (the stuff for cleaning the machines) splashed in my right eye. "
            "Rinsed it but it's still burning and vision on that side is blurry.")
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "chemical_eye_injury" in rules


def test_an_aside_that_denies_is_no_gap() -> None:
    assert "vomit_blood" in current_codes("threw up (twice) blood")
    assert "vomit_blood" not in current_codes("threw up (no) blood")


@pytest.mark.parametrize("text", ["vision on that side is blurry", "the vision in my left eye is a bit blurry"])
def test_blurred_vision_on_one_side(text: str) -> None:
    assert "blurred_vision" in current_codes(text)


@pytest.mark.parametrize(("text", "age"), [
    ("在巴厘岛被一只猴子抢东西的时候抓破了手背，出了点血", 25),
    ("被邻居家的猫抓伤了手", 40),
])
def test_a_scratch_by_an_animal_is_a_rabies_exposure(text: str, age: float) -> None:
    assert decide(text, age=age) == ("urgent", {"animal_bite"})


def test_being_grabbed_by_a_person_is_no_animal_scratch() -> None:
    assert "animal_bite" not in current_codes("我被老板抓去加班了，猫在家")


@pytest.mark.parametrize(("text", "age", "group"), [
    ("By afternoon I get a tight band of pressure across my forehead, been a few days, goes with ibuprofen", 35,
     "simple_headache"),
    ("My mum hasn't opened her bowels for 4 days, no tummy pain, no vomiting, eating and chatting as usual", 91,
     "minor_digestive"),
    ("Danced in the sun for hours and got dizzy and sweaty; in the shade with water I feel basically normal now", 22,
     "heat_exhaustion_recovering"),
    ("送外卖的，后背和脖子上起了好多密密麻麻的小红点，刺刺痒痒的，一出汗更明显", 30, "minor_skin"),
    ("女儿每次坐车半小时就脸发白想吐，下车就好了", 7, "motion_sickness"),
    ("Did 20km in new boots, there's a big fluid blister on my heel. Not red around it, no pus.", 28, "minor_skin"),
    ("新鞋磨出了一个大水泡，不红不肿", 20, "minor_skin"),
    ("I'm so jet lagged after the long-haul flight, awake all night", 40, "short_insomnia"),
])
def test_self_care_said_in_everyday_words(text: str, age: float, group: str) -> None:
    assert decide(text, age=age) == ("self_care", {group})


@pytest.mark.parametrize("text", [
    "burnt my hand on the iron and it's come up in big blisters",   # a burn's blisters stay a serious burn
    "烫伤起了好多水泡",
])
def test_a_burns_blisters_are_not_friction_blisters(text: str) -> None:
    codes = current_codes(text)
    assert "friction_blister" not in codes and "burn_serious" in codes


def test_a_blistery_rash_running_down_the_face_is_no_friction_blister() -> None:
    text = "a painful blistery rash on one side of her forehead running down to the side of her nose"
    assert "friction_blister" not in current_codes(text)
