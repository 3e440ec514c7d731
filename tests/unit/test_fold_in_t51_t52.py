"""blind52 (nurses' and front-desk notes: staff shorthand and vital signs) and blind51 (a week at the desk): its one
under-triaged emergency, a post-operative pulmonary embolism written as "c/o SOB, sharp L CP worse on breathing in,
blood-streaked sputum, pulse ox 87%"; the shorthand and the labelled vital signs behind it (ESI v4 level-1 and
danger-zone vitals, NEWS2 red band, NICE NG51 high-risk criteria); and the lay words that hid other findings, each
with near misses that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.text import fix_spelling, normalize
from tests.triage_screen import current_codes, decide, fired


def _read(text: str) -> str:
    return fix_spelling(normalize(text))


# --- staff shorthand read as the words meant ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "words"), [
    ("pt c/o SOB since 1 hr", "shortness of breath"),
    ("SOB, wheeze", "shortness of breath"),
    ("sharp L CP worse on breathing in", "chest pain"),
    ("c/o CP x2 hrs", "chest pain"),
    ("N&V x2 days", "nausea and vomiting"),
    ("pt c/o n/v", "nausea and vomiting"),
    ("fell, brief LOC", "loss of consciousness"),
    ("T 39.2, HR 96", "temperature 39.2"),
])
def test_staff_shorthand_is_read_as_words(text: str, words: str) -> None:
    assert words in _read(text)


@pytest.mark.parametrize(("text", "not_words"), [
    ("she began to sob when the doctor left", "shortness of breath"),
    ("let out a sob", "shortness of breath"),
    ("pt has hx of CP since birth, new cough", "chest pain"),
    ("child with CP, runny nose", "chest pain"),
    ("sobbing all night", "shortness of breath"),
    ("appt on 12/5, take 1 tab at 5pm", "temperature"),
])
def test_words_that_only_look_like_shorthand_stay_as_they_are(text: str, not_words: str) -> None:
    assert not_words not in _read(text)


def test_denied_shorthand_is_denied() -> None:
    assert "dyspnea" not in current_codes("pt denies SOB, no CP")
    assert "chest_pain" not in current_codes("pt denies SOB, no CP")
    assert "chest_pain" not in current_codes("患者否认胸痛，否认胸闷")


# --- oxygen saturation, read only beside its label ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Home pulse ox 87%, feels breathless",
    "sats 84% on room air",
    "SpO2 was 86 at home",
    "随访时家属代诉气短，测血氧88%",
    "指脉氧85%，喘得厉害",
])
def test_oxygen_saturation_below_90_calls_an_ambulance(text: str) -> None:
    assert "oxygen_saturation_below_90" in fired(text)
    assert decide(text, 60)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", ["cough x3 days, sats 91% RA", "SpO2 90 at home", "咳嗽3天，血氧饱和度91%", "测血氧90%"])
def test_oxygen_saturation_of_90_or_91_is_an_emergency(text: str) -> None:
    assert "oxygen_saturation_danger_zone" in fired(text)
    assert "oxygen_saturation_below_90" not in fired(text)


@pytest.mark.parametrize("text", [
    "sats 98% RA, HR 72, BP 128/76",
    "sats 93% RA",
    "SpO2 96",
    "测血氧95%，心率96次/分，能完整说话",
    "血氧饱和度97%",
    "sats ok for 30 min then dipped",
    "took 80 mg at 12/5",
    "血氧分压85mmHg",
])
def test_normal_saturations_doses_and_dates_are_no_low_oxygen(text: str) -> None:
    codes = current_codes(text)
    assert not codes & {"oxygen_saturation_low", "oxygen_saturation_critical"}


# --- systolic blood pressure, read only beside its label ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my 70 year old dad, dizzy, BP 82/50",
    "my 70 year old dad, systolic 86",
    "奶奶75岁，头晕乏力，血压85/50mmHg",
    "爷爷80岁，收缩压88",
])
def test_systolic_pressure_of_90_or_less_is_an_emergency(text: str) -> None:
    assert "low_systolic_blood_pressure" in fired(text)
    assert decide(text, 75)[0] in {"emergency", "emergency_ambulance"}


@pytest.mark.parametrize("text", [
    "my 80 year old dad has new confusion, BP 84/46, mottled knees",
    "爷爷80岁，新出现意识模糊，血压80/45mmHg，皮肤发花",
])
def test_low_pressure_with_poor_perfusion_calls_an_ambulance(text: str) -> None:
    assert "low_blood_pressure_with_poor_perfusion" in fired(text)


@pytest.mark.parametrize("text", ["BP 128/76, feels fine", "血压125/80mmHg", "BP 12/5 appt", "HR 72, T 36.8", "BP 100/60"])
def test_normal_pressures_and_dates_are_no_low_pressure(text: str) -> None:
    assert "low_systolic_bp" not in current_codes(text)


def test_a_childs_pressure_is_not_judged_by_the_adult_cut_off() -> None:
    assert "low_systolic_blood_pressure" not in fired("my 4 year old, BP 86/50 at the clinic, playing happily")


# --- the post-operative pulmonary embolism written as a staff note ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Post-op f/u call, day 6 knee replacement. c/o sudden SOB, sharp R CP worse on breathing in, blood-streaked sputum.",
    "post-op day 9: pt short of breath since this morning, sputum streaked with blood",
    "术后第8天随访：患者诉突然气短，吸气时右胸刺痛，痰中带血",
])
def test_post_operative_breathlessness_with_blood_in_sputum_is_possible_pe(text: str) -> None:
    assert "possible_pulmonary_embolism_risk" in fired(text)


def test_post_operative_call_without_breathlessness_is_no_pe() -> None:
    assert "possible_pulmonary_embolism_risk" not in fired("post-op f/u day 4, ports a little sore, no SOB, no CP, eating")


def test_a_cough_then_a_saturation_is_no_blood_in_sputum() -> None:
    assert "cough_blood" not in current_codes("咳嗽3天，血氧饱和度96%")
    assert "cough_blood" in current_codes("咳嗽3天，咳了几口血")


# --- lay and staff words that hid other findings -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "code"), [
    ("右侧太阳穴持续疼痛", "headache"),
    ("左侧太阳穴胀痛", "headache"),
    ("右耳流黄色脓液", "ear_discharge"),
    ("耳朵流出黄绿色的脓", "ear_discharge"),
    ("woke yest w/ muffled hearing R ear", "hearing_loss_sudden"),
    ("toothache, now swollen L jaw", "lip_face_swelling"),
    ("swollen right cheek since yesterday", "lip_face_swelling"),
    ("can't even keep water down", "intractable_vomiting"),
    ("一站起来就晕", "dizziness"),
])
def test_hidden_findings_are_read(text: str, code: str) -> None:
    assert code in current_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("侧头就疼", "headache"),
    ("woke up with normal hearing", "hearing_loss_sudden"),
    ("keeping water down fine", "intractable_vomiting"),
    ("一站起来就晕车", "dizziness"),
])
def test_near_misses_stay_unread(text: str, code: str) -> None:
    assert code not in current_codes(text)


@pytest.mark.parametrize("text", ["最近右手小指偶尔发麻，手上力气正常", "左手食指发麻", "右手无名指有点麻"])
def test_one_named_finger_numb_is_not_one_sided_weakness(text: str) -> None:
    assert "one_sided_weakness" not in current_codes(text)
    assert "stroke_signs" not in fired(text)


@pytest.mark.parametrize("text", ["右手突然发麻", "右手指头麻了", "左边胳膊突然没劲"])
def test_a_numb_or_weak_hand_or_arm_is_still_one_sided_weakness(text: str) -> None:
    assert "one_sided_weakness" in current_codes(text)


def test_hyperemesis_that_cannot_keep_water_down_is_urgent_not_self_care() -> None:
    urgency, _ = decide("I'm 9 weeks pregnant, sick since yesterday, can't even keep water down, hardly weeing", 27)
    assert urgency == "urgent"


@pytest.mark.parametrize(("text", "urgency"), [
    ("最近几个月总觉得活着没什么意思。没有真的想过怎么做，也没伤害过自己", "urgent"),
    ("I wish I could go to sleep and never wake up. I haven't really thought about how I'd do it", "urgent"),
    ("最近老觉得活着没啥意思，真的想过怎么做", "emergency"),
])
def test_passive_thoughts_of_death_are_urgent_only_when_a_plan_is_ruled_out(text: str, urgency: str) -> None:
    assert decide(text, 30)[0] == urgency


def test_vomiting_blood_with_dizziness_on_standing_calls_an_ambulance() -> None:
    assert "bleeding_with_shock" in fired("有肝硬化，刚才吐了好多血，一站起来就晕")


# --- sides, "w/" and "w/o" in staff notes; a slight limp is a gait, not a floppy child; a band-like headache ----------
@pytest.mark.parametrize(("text", "words"), [
    ("pt rolled L ankle on kerb", "rolled left ankle"),
    ("R ear pain x2 days", "right ear"),
    ("can walk w/ slight limp", "with slight limp"),
    ("fever w/o rash", "without rash"),
])
def test_sides_and_with_without_are_read_as_words(text: str, words: str) -> None:
    assert words in _read(text)


def test_a_litre_of_oxygen_is_no_side() -> None:
    assert "left" not in _read("on 2 L of oxygen at home")


def test_a_rolled_ankle_written_as_a_staff_note_is_a_sprain_not_a_floppy_child() -> None:
    text = "pt rolled L ankle on kerb yest, mild swelling, can walk on it w/ slight limp, no bony tenderness"
    assert "sprain" in current_codes(text)
    assert "lethargic_child" not in current_codes(text)
    assert "lethargic_child" in current_codes("my baby is limp and floppy")


@pytest.mark.parametrize("text", ["这两天头两边紧紧的疼，像箍着一样", "头像被箍住一样，紧紧的疼"])
def test_a_band_like_headache_is_a_headache(text: str) -> None:
    assert "headache" in current_codes(text)


def test_a_tight_scalp_alone_is_no_headache() -> None:
    assert "headache" not in current_codes("头皮紧紧的，有点干")
