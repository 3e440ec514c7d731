"""Engine behaviour added in the blind-19 round: emergencies said the way patients and relatives say them.

Each group fails without the fix: a tablet count spelt out in words, a strike word before "the back
of my head" and the British "was sick once", hot liquid that "went down his chest", a rooftop of
"my" building and "then I'll jump", a bite that "won't quite stop" bleeding under pressure, and a
button battery that has gone missing near a toddler.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes as _codes
from tests.triage_screen import fired as _fired


# --- overdose with the count in words (NHS Paracetamol overdose / help for suicidal thoughts: A&E)
@pytest.mark.parametrize("text", [
    "I swallowed thirty two paracetamol after the argument",
    "she took fifteen tablets about two hours ago",
    "he's taken twenty-one sleeping pills",
    "had forty painkillers tonight, I feel ok",
])
def test_a_tablet_count_in_words_is_an_overdose(text: str) -> None:
    assert "poisoning_overdose" in _fired(text)


def test_one_or_two_tablets_in_words_stay_quiet() -> None:
    assert "poisoning_overdose" not in _fired("I took two paracetamol for my headache")


# --- head injury (NICE NG232; on an anticoagulant: A&E) ----------------------------------------------
@pytest.mark.parametrize("text", [
    "I clonked the side of my head on the cupboard door",
    "he thumped the back of his head on the kerb",
    "bashed the top of my head on the loft hatch",
])
def test_a_strike_on_the_back_or_side_of_the_head_is_a_head_injury(text: str) -> None:
    assert "head_injury" in _codes(text)


@pytest.mark.parametrize("text", [
    "fell in the garden and bashed the side of my head on the wall, I take apixaban",
    "slipped and thumped the back of my head, I'm on rivaroxaban",
])
def test_head_injury_on_a_blood_thinner_fires(text: str) -> None:
    assert "head_injury_on_anticoagulant" in _fired(text)


@pytest.mark.parametrize("text", ["I was sick twice after lunch", "she was sick everywhere in the car", "he was sick again"])
def test_was_sick_is_vomiting(text: str) -> None:
    assert "vomiting" in _codes(text)


def test_was_sick_last_week_is_not_vomiting() -> None:
    assert "vomiting" not in _codes("I was sick last week with a cold")


# --- a scald that ran down the body (NHS Burns and scalds: A&E for large or blistered burns) -----------
@pytest.mark.parametrize("text", [
    "a mug of tea tipped down her arm and it's come up in blisters",
    "boiling water ran down my leg, there are big blisters now",
])
def test_hot_liquid_running_down_a_limb_with_blisters_is_a_serious_burn(text: str) -> None:
    assert "serious_burn" in _fired(text)


# --- suicide: on a roof of "my" building, "then I'll jump" (NHS help for suicidal thoughts) -----------
@pytest.mark.parametrize("text", [
    "我在我们家天台上，活不下去了",
    "我已经到了公司楼顶，不想活了",
    "等会儿我就跳下去，别管我",
])
def test_a_roof_or_a_stated_jump_is_suicidal(text: str) -> None:
    assert "suicidal_intent" in _fired(text)


def test_a_child_jumping_off_furniture_is_not_suicidal() -> None:
    assert "suicidal_intent" not in _fired("孩子从沙发上跳下去摔了一跤")


# --- bleeding that will not quite stop under pressure (NHS Animal and human bites: cannot stop the bleeding)
@pytest.mark.parametrize("text", [
    "被狗咬到手腕，捂着也止不大住血",
    "被猫咬了手指，压着还止不太住",
])
def test_a_bite_that_pressure_does_not_quite_stop_is_an_emergency(text: str) -> None:
    assert "deep_or_bleeding_bite" in _fired(text)


# --- a button battery gone missing near a small child (NHS Healthier Together, swallowed objects) ------
@pytest.mark.parametrize("text", [
    "玩具里的纽扣电池找不到了，孩子一岁半",
    "体重秤后面的圆形电池少了一颗，女儿刚才在那儿玩",
])
def test_a_missing_button_battery_is_an_emergency(text: str) -> None:
    assert "swallowed_button_battery" in _fired(text)


# --- false alarms: a stuffy nose, a denial list joined by "or", holding one's breath for hiccups -------
@pytest.mark.parametrize("text", [
    "sneezing, sore throat and all blocked up, no fever",
    "scratchy throat and a blocked nose since Monday",
])
def test_a_blocked_nose_next_to_a_sore_throat_is_not_an_airway_closing(text: str) -> None:
    assert "throat_tightness" not in _codes(text)
    assert not {"anaphylaxis_airway", "possible_epiglottitis"} & _fired(text)


def test_a_throat_that_feels_blocked_still_counts() -> None:
    assert "throat_tightness" in _codes("my throat feels blocked after the prawns")


@pytest.mark.parametrize("text", [
    "睡不好一个礼拜了，没有心情不好或者不想活的念头",
    "压力大失眠，没有悲观或是不想活这种想法",
])
def test_a_denial_list_joined_by_or_denies_the_last_item(text: str) -> None:
    assert "suicidal" not in _codes(text)
    assert "suicidal_intent" not in _fired(text)


@pytest.mark.parametrize("text", ["没有人理解我，不想活了", "没睡好，有时候真不想活了"])
def test_a_cue_outside_the_list_does_not_deny(text: str) -> None:
    assert "suicidal" in _codes(text)


@pytest.mark.parametrize("text", ["打嗝停不下来，憋气也试过了", "打嗝一下午，试着憋气没用"])
def test_holding_ones_breath_for_hiccups_is_not_breathlessness(text: str) -> None:
    assert "dyspnea" not in _codes(text)


def test_being_short_of_breath_in_words_still_counts() -> None:
    assert "dyspnea" in _codes("这两天老是憋气，爬楼更明显")
