"""blind63 (a representative week) and blind64 (relatives and friends writing for someone else): what their first
look missed, read for what it says, with the near-misses that must not change."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide


@pytest.mark.parametrize("text", [
    "my daughter fell off her bike onto her arm and there's a kink in her forearm that wasn't there before",
    "slipped on the ice, landed on my wrist and now it has a lump on it that was not there this morning",
    "he came off the trampoline and his leg just looks wrong below the knee",
    "fell during football and his arm isn't straight any more",
    "奶奶摔倒时用手撑了一下，手腕肿了，样子有点变了",
    "孩子从滑梯上摔下来，胳膊肿着，形状明显不对劲",
])
def test_a_limb_misshapen_after_an_injury_is_deformed(text: str) -> None:
    urgency, rules = decide(text, age=8)
    assert urgency == "emergency" and "deformed_limb_after_injury" in rules


@pytest.mark.parametrize("text", [
    "fell on my wrist, it's swollen and sore but it looks straight",
    "I bent my finger back catching a ball, it's sore but straight",
    "my grandad's fingers have been crooked from arthritis for years",
    "my glasses got bent when I fell over",
    "摔了一跤，手腕肿了，形状没变",
    "摔了一跤，膝盖青了一块",
])
def test_a_sore_or_old_shape_is_not_a_new_deformity(text: str) -> None:
    assert decide(text, age=40)[0] not in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", [
    "playing badminton I heard a pop at the back of my ankle and now I can't stand on my tiptoes",
    "felt like somebody kicked him in the back of the leg during a sprint and he can't push off with that foot",
    "打羽毛球的时候听到脚后跟嘣的一声，现在踮不起脚",
    "踢球时感觉像有人从后面踢了他小腿一下，之后脚尖踮不起来",
])
def test_a_snap_at_the_heel_and_no_tiptoe_is_a_suspected_achilles_rupture(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "suspected_achilles_rupture" in rules


@pytest.mark.parametrize("text", [
    "my heel has been sore after runs for weeks, no snap, I can stand on tiptoe",
    "heard my knee click on the stairs, no pain",
    "跑步后脚后跟有点酸，没有听到响声，能踮脚",
])
def test_a_sore_heel_without_the_snap_and_lost_tiptoe_is_not(text: str) -> None:
    assert "suspected_achilles_rupture" not in decide(text, age=30)[1]


@pytest.mark.parametrize("text", [
    "宝宝三岁，咬破了一包干燥剂，吃了几颗小珠子，精神很好在玩，袋子上印着硅胶",
    "我家孩子把鞋里的干燥剂撕开吃了两颗白珠子，现在没事，包装上标的是硅胶",
])
def test_a_desiccant_labelled_silica_gel_is_silica_gel(text: str) -> None:
    codes = current_codes(text)
    assert "silica_gel_swallowed" in codes and "overdose_poisoning" not in codes


@pytest.mark.parametrize("text", ["孩子咬破了干燥剂吃了几颗，包装上写的生石灰", "干燥剂咬破了 吃了几颗 包装上写的不是硅胶"])
def test_a_desiccant_not_labelled_silica_is_still_a_poisoning(text: str) -> None:
    assert "overdose_poisoning" in current_codes(text)


@pytest.mark.parametrize("text", [
    "I asked my son whether he'd had thoughts of ending his life and he said no, he's just tired",
    "we asked her if she'd been hurting herself and she said \"no, of course not\"",
    "我问儿子有没有想过伤害自己，他说没有",
])
def test_a_risk_asked_about_and_answered_no_is_denied(text: str) -> None:
    assert "suicidal" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "I asked if she'd thought about hurting herself and she said yes, every night",
    "I asked if she'd thought about hurting herself and she said no one would miss her",
])
def test_a_risk_answered_yes_or_no_one_stays(text: str) -> None:
    assert "suicidal" in current_codes(text)


@pytest.mark.parametrize("text", ["for weeks now she's really low and won't leave her room", "I've been so low since the winter"])
def test_low_said_of_someone_is_low_mood(text: str) -> None:
    assert "low_mood" in current_codes(text)


@pytest.mark.parametrize("text", ["she's really low on iron", "his sugar is low", "he's low risk, the nurse said"])
def test_low_on_something_is_not_low_mood(text: str) -> None:
    assert "low_mood" not in current_codes(text)


@pytest.mark.parametrize("text", ["女儿8岁，说小便的时候辣辣的，隔一会儿就要上厕所", "孩子尿尿的时候有点痛，一会儿就跑一趟厕所"])
def test_burning_and_frequent_peeing_in_a_child_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=8)
    assert urgency == "urgent" and "uti_in_child" in rules


def test_normal_peeing_is_no_urinary_symptom() -> None:
    assert "urinary_symptoms" not in current_codes("孩子小便正常，尿尿的时候不痛")


@pytest.mark.parametrize("text", [
    "got a bit of grit in my eye on the bike, rinsed it loads but it still feels scratchy",
    "眼睛里进了灰尘，用清水冲了几次还是硌得慌",
])
def test_something_in_the_eye_still_there_after_rinsing_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "eye_irritant_not_settling" in rules


@pytest.mark.parametrize("text", ["眼睛里进了沙子，冲了一下就好了，看东西清楚", "got some sand in my eye at the beach, rinsed it and it feels fine now"])
def test_something_in_the_eye_rinsed_out_is_self_care(text: str) -> None:
    assert decide(text, age=30)[0] == "self_care"


@pytest.mark.parametrize("text", ["孩子手背碰到了电水壶，红了一点，没起泡", "女儿摸了一下烧水壶，手指有点红"])
def test_touching_a_kettle_is_a_burn(text: str) -> None:
    assert "burn" in current_codes(text)


def test_a_back_hurt_lifting_is_back_pain() -> None:
    assert "back_pain" in current_codes("my wife hurt her lower back moving furniture, it's stiff")


def test_a_throbbing_back_tooth_is_toothache() -> None:
    assert "toothache" in current_codes("the tooth at the back has been aching since Friday")


@pytest.mark.parametrize(("text", "days"), [
    ("my left ear has felt bunged up for 5 days, had the same thing a couple of years ago", 5.0),
    ("sore throat for 3 days, I had this 2 years ago too", 3.0),
    ("ear blocked, had this 2 months ago and it never went", 60.0),
    ("it started 3 years ago", 3 * 365.0),
])
def test_an_earlier_episode_is_not_this_ones_length(text: str, days: float) -> None:
    from tools.slots import parse_duration_days

    assert parse_duration_days(text) == pytest.approx(days, rel=0.05)


@pytest.mark.parametrize("text", ["I've been worrying non-stop about money and can't switch off in bed", "my head won't stop, I just can't switch off"])
def test_worrying_non_stop_is_anxiety(text: str) -> None:
    assert "anxiety" in current_codes(text)


def test_switching_off_a_thing_is_no_anxiety() -> None:
    assert "anxiety" not in current_codes("the kettle is broken, I can't switch off the power to it")


def test_a_red_hot_swollen_patch_is_a_skin_infection() -> None:
    urgency, rules = decide("grandma has a pink area on her calf which is warm and tender, bigger than this morning", age=80)
    assert urgency == "urgent" and "skin_infection" in current_codes(
        "grandma has a pink area on her calf which is warm and tender, bigger than this morning")


def test_a_red_mark_that_is_only_warm_is_not() -> None:
    assert "skin_infection" not in current_codes("the red mark from the plaster is warm, not swollen or sore")


def test_burning_under_the_ribs_after_a_big_meal_is_indigestion() -> None:
    assert "heartburn" in current_codes("after a big takeaway I've got a burning sensation just under my ribs")


@pytest.mark.parametrize("text", ["I'm 31 weeks pregnant and my face has gone puffy since yesterday", "怀孕30周，这两天脸有点肿"])
def test_a_swollen_face_in_pregnancy_is_urgent(text: str) -> None:
    from tools.triage_engine import decide_urgency, extract_findings, patient_facts

    found = extract_findings(text)
    urgency, _, reasons = decide_urgency(found.present, patient_facts({"age_years": 30, "sex": "F"}, None, found))
    assert urgency == "urgent" and "pregnancy_face_or_hand_swelling" in {r.id for r in reasons}


def test_a_swollen_face_not_pregnant_is_not_this_rule() -> None:
    assert "pregnancy_face_or_hand_swelling" not in decide("my face has gone puffy since yesterday, not pregnant", age=30)[1]


# A question about a change ("had it gone away", "any better", "好点没有") answered "no" says the finding is still there:
# the asked-and-answered-no denial above must not read it as denied (found on the stop's re-read: "asked my dad if the
# chest pain had gone away and he said no, it's still crushing" had become routine).
@pytest.mark.parametrize("text", [
    "I asked my dad if the chest pain had gone away and he said no, it's still crushing and he's sweaty",
    "asked him whether his chest pain was any better and he said no",
    "we asked her if the chest pain had eased off and she said \"no, not at all\"",
])
def test_no_to_a_question_about_change_keeps_the_finding(text: str) -> None:
    assert "chest_pain" in current_codes(text)


def test_no_to_a_question_about_change_still_escalates() -> None:
    urgency, _ = decide("I asked my dad if the chest pain had gone away and he said no, it's still crushing and he's sweaty", age=66)
    assert urgency == "emergency_ambulance"


def test_no_to_a_question_about_the_finding_itself_still_denies_it() -> None:
    assert "chest_pain" not in current_codes("asked her if she had any chest pain and she said no")
