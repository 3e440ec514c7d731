"""Engine behaviour added in the blind-11 fold-in round (regression tests, written after the fixes)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes as _codes
from tests.triage_screen import fired as _fired


def test_balance_loss_counts_with_sudden_onset_or_vertigo_anywhere_in_the_message() -> None:
    # The clauses are separated by spaces (a clause break in Chinese), so "突然" is not beside the finding.
    assert "sudden_balance_loss" in _fired("早上起来突然天旋地转 吐了几回 走路往一边倒")
    assert "sudden_balance_loss" in _fired("the room is spinning and she keeps falling to one side")
    # Pain posture is not a balance loss.
    assert "sudden_balance_loss" not in _fired("sudden pain in my back, I can't stand up straight")


def test_cold_limb_keeps_the_sudden_word_it_contains() -> None:
    assert "cold_limb_sudden" in _codes("my leg suddenly went pale and icy cold")
    assert "acute_limb_ischaemia" in _fired("my leg suddenly went pale and icy cold")
    # Athlete's foot: white skin between the toes is neither a cold limb rule nor blocks self-care.
    assert _fired("脚趾缝里发白脱皮，特别痒，痒得要命") == set()


@pytest.mark.parametrize("text", ["孩子吞了两颗磁力珠", "I think he swallowed some magnetic balls from the set", "巴克球少了三颗，怀疑被她吃了"])
def test_swallowed_magnets_are_an_exposure(text: str) -> None:
    assert "swallowed_button_battery" in _fired(text)


def test_chemotherapy_in_the_past_is_history() -> None:
    assert "fever_on_chemotherapy" in _fired("on chemo and my temperature is 38.3")
    assert "fever_on_chemotherapy" not in _fired("I had chemotherapy ten years ago, now I have a fever")


def test_a_cast_still_counts_as_a_clot_risk_when_the_cast_has_trouble() -> None:
    fired = _fired("leg in plaster, the pain is getting worse and worse, and now I'm short of breath and it hurts when I breathe in")
    assert {"cast_compartment_signs", "possible_pulmonary_embolism_risk"} <= fired


@pytest.mark.parametrize(("text", "fires"), [
    # someone else's illness, worried it will happen to me
    ("My neighbour had a stroke and her face went crooked, I'm scared it might happen to me", False),
    ("邻居中风脸歪了，我怕自己也会这样", False),
    # a question asked for study, with the purpose said
    ("What does slurred speech sound like? Asking for a school project", False),
    ("吐的东西像咖啡渣是什么意思？看书看到的", False),
    ("What does it mean if my sick looks like coffee grounds?", True),       # no study purpose: the patient's own
    # "if ... ever" is hypothetical
    ("If my face ever starts to droop what should I do? Right now it's fine", False),
    # dental anaesthetic or drink AND worn off
    ("My speech was slurred after the dentist numbed me, it wore off and now I talk fine", False),
    ("Speech has gone slurred, like I've had novocaine at the dentist, but I haven't", True),
    ("昨晚喝多了说话大舌头，今天酒醒都正常", False),
    # a year-scale history anchor with a recovery dates even a stroke sign
    ("两年前面瘫过，嘴歪了一阵，后来全好了", False),
    # a pet, not the patient
    ("My cat had a fit this morning, the vet is seeing her", False),
    ("walking the dog and he suddenly had a fit", True),
    # a colour cause that is denied explains nothing
    ("大便黑亮黑亮的像糖稀，我没吃补铁药", True),
    ("Stools went black after Pepto-Bismol", False),
])
def test_context_of_look_alikes(text: str, fires: bool) -> None:
    assert bool(_fired(text)) is fires, _fired(text)


@pytest.mark.parametrize(("text", "code"), [
    ("tonsillitis and now really bad pain on the left side of my throat", "quinsy_signs"),
    ("sore throat, my voice sounds muffled and it hurts to open my mouth", "quinsy_signs"),
    ("扁桃体发炎，喉咙左边特别疼，张不开嘴", "quinsy_signs"),
    ("woke up and the hearing in my right ear has basically gone", "hearing_loss_sudden"),
    ("cut my leg, now the skin round it is red, hot, swollen and sore", "skin_infection"),
])
def test_urgent_findings_said_other_ways(text: str, code: str) -> None:
    assert code in _codes(text)


def test_quinsy_signs_alone_are_not_a_sore_throat_rule() -> None:
    # the urgent rule needs the sore throat too (a dentist's "hurts to open my mouth" is not quinsy)
    from carebridge.tools.triage_engine import decide_urgency, extract_findings, patient_facts

    found = extract_findings("tonsillitis, now very bad pain on one side of my throat and a muffled voice")
    urgency, _, _ = decide_urgency(found.present, patient_facts({}, {}, found))
    assert urgency == "urgent"
