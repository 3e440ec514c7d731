"""fold-t140: blind140 (audit-style short vignettes), chat bank 4's reading gaps and blind141's department misses, each
read as a class with the look-alikes that must not change (the comments on each pattern or rule name its source)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group, fired

EMERGENT = ("emergency", "emergency_ambulance")


# (1) A chemical splashed in the eye, 不小心 and an amount between the agent and the eye (NHS Eye injuries: A&E).
@pytest.mark.parametrize("text", [
    "刚才用管道疏通剂，不小心溅了点到右眼里，已经用自来水冲了几分钟，还是很痛睁不开，看东西模糊",
    "用疏通剂，不小心溅了点到眼睛里",
    "倒洁厕灵的时候，不小心溅了几滴到左眼",
    "用烤箱清洁剂，不小心喷了一点在眼睛上",
    "I accidentally splashed a bit of oven cleaner into my eye, rinsed it, still painful and blurry",
])
def test_chemical_splashed_in_the_eye_is_an_emergency(text: str) -> None:
    assert "eye_chemical" in current_codes(text)
    assert decide(text, 42)[0] in EMERGENT


@pytest.mark.parametrize("text", [
    "用疏通剂，幸好没溅到眼睛里",
    "用疏通剂的时候不小心溅了点到手上",
    "洗头时洗发水不小心溅了点到眼睛里，冲了一下就好了",
    "Got soap in my eye in the shower, rinsed it and it's settled now",
])
def test_no_chemical_in_the_eye_is_not_the_eye_burn(text: str) -> None:
    assert "eye_chemical" not in current_codes(text)


# (2) A sudden headache told as a blow to the head, the headache said elsewhere (NHS Subarachnoid haemorrhage).
@pytest.mark.parametrize("text", [
    "It came on all of a sudden about an hour ago at the gym, like someone whacked me on the back of the head with a bat. "
    "Worst pain I've ever had in my life, and I've been sick.",
    "like somebody hit me round the back of the head, worst pain I've ever had",
    "突然一下子，像有人拿棍子往后脑勺上狠狠打了一下，这辈子没这么疼过",
])
def test_blow_to_the_head_simile_with_a_sudden_onset_is_a_thunderclap(text: str) -> None:
    assert "thunderclap_headache" in current_codes(text)


@pytest.mark.parametrize("text", [
    "Someone whacked me on the back of the head with a bat last night and now I have a headache",
    "I feel like someone hit me over the head, so hungover",
    "昨晚被人打了后脑勺，现在头疼",
    "宿醉，感觉像被人打了一顿",
])
def test_a_real_blow_or_a_hangover_is_not_a_thunderclap(text: str) -> None:
    assert "thunderclap_headache" not in current_codes(text)


# (3) A child grunting as he breathes (NICE NG143 red).
def test_grunting_when_he_breathes_is_severe_breathing_difficulty() -> None:
    assert "dyspnea_severe" in current_codes("he's making a grunting noise when he breathes")
    assert "dyspnea_severe" in current_codes("she grunts when she breathes out")
    text = "My little boy's got a fever, 38.5. He's gone really floppy and he won't stay awake when I try to wake him, " \
           "and he's making a grunting noise when he breathes."
    assert decide(text, 2)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", ["he grunts when he poos", "he grunts when he lifts his toy box"])
def test_grunting_when_straining_is_not_breathing_difficulty(text: str) -> None:
    assert "dyspnea_severe" not in current_codes(text)


# (4) A tearing pain said before the back (NHS Aortic dissection: 999).
@pytest.mark.parametrize("text", [
    "是突然疼起来的，像撕开一样，从后背一直往下窜到腰",
    "像撕开一样，顺着后背往下走",
    "sudden ripping pain going from my back down to my legs",
    "it felt like something was tearing in my upper back",
])
def test_tearing_then_the_back_is_a_tearing_back_pain(text: str) -> None:
    assert "tearing_back_pain" in current_codes(text)
    assert decide(text, 60)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "肚子像撕开一样疼，后背不疼",
    "I think I tore a muscle in my back lifting",
    "tearing pain in my calf, my back is fine",
])
def test_no_tearing_back_is_not_a_tearing_back_pain(text: str) -> None:
    assert "tearing_back_pain" not in current_codes(text)


# (5) A pulsing feeling in the tummy with a sudden pain (NHS Abdominal aortic aneurysm: burst, 999).
@pytest.mark.parametrize("text", [
    "I've got pain in my tummy. It's right in the middle and goes straight through to my back, came on all of a sudden. "
    "There's a kind of throbbing in my belly and I went all dizzy and sweaty.",
    "肚脐周围突突地跳，突然肚子疼到后背",
])
def test_pulsing_tummy_with_a_sudden_pain_is_a_burst_aneurysm(text: str) -> None:
    assert "burst_aortic_aneurysm_signs" in fired(text)


@pytest.mark.parametrize("text", [
    "I have a throbbing pain in my stomach",
    "肚子一跳一跳地疼",
    "no pulsing in my belly",
])
def test_a_throbbing_pain_is_not_a_pulsing_tummy(text: str) -> None:
    assert "abdominal_pulsation" not in current_codes(text)


def test_a_pulsing_tummy_without_a_sudden_pain_is_not_the_burst() -> None:
    assert "burst_aortic_aneurysm_signs" not in fired("I can feel my heartbeat in my tummy when I lie down")


# (6) The chest sore to press or twist after lifting said a sentence earlier (NHS Chest pain: a strain, self care).
def test_chest_strain_after_lifting_a_sentence_earlier_is_self_care() -> None:
    text = ("Helped my brother move house yesterday, carried a sofa up 3 flights. Today the right side of my chest hurts when "
            "I twist or press on the spot. Not short of breath, no sweating, went up the stairs fine. Scared it's my heart tbh.")
    assert "chest_wall_strain" in current_codes(text)
    assert decide(text, 33)[0] == "self_care"


@pytest.mark.parametrize("text", [
    "I was lifting boxes yesterday. Today my chest hurts when I twist or press on it, and I'm sweating and short of breath",
    "我胸口疼。昨天搬家，胸口压着疼，出冷汗，喘不上气",
])
def test_chest_strain_with_danger_signs_stays_an_ambulance(text: str) -> None:
    assert decide(text, 50)[0] == "emergency_ambulance"


def test_chest_pain_on_breathing_after_old_lifting_is_not_a_strain() -> None:
    assert "chest_wall_strain" not in current_codes("I lifted weights last year. My chest hurts when I breathe in")


# (7) The shingles band explains a pain round to the back; the heart's signs still decide (NHS Shingles).
def test_shingles_band_pain_round_to_the_back_is_urgent() -> None:
    text = ("68F. Burning stabbing pain on the left side of my chest going round to my back for 3 days, and today a stripe "
            "of red blisters came up in exactly that place, only on one side. Breathing is fine and walking doesn't make it worse.")
    assert decide(text, 68)[0] == "urgent"
    assert decide("左边胸口火烧一样疼，往后背窜，今天那一片起了一条带状的小水疱", 60)[0] == "urgent"


@pytest.mark.parametrize("text", [
    "Chest pain spreading to my left arm and a band of blisters on my back",
    "Crushing chest pain going through to my back",
    "左边胸口疼，往后背窜，出冷汗",
])
def test_chest_pain_spreading_without_the_band_or_to_the_arm_stays_an_ambulance(text: str) -> None:
    assert decide(text, 60)[0] == "emergency_ambulance"


# (8) A passive death wish quoted as two phrases, no plan (NHS Help for suicidal thoughts: urgent).
@pytest.mark.parametrize("text", [
    "最近半年一直很低落，这几周老是冒出'活着没意思，不如死了算了'的念头，但没想过具体怎么做，也没伤害过自己。想尽快找医生聊聊",
    "这几周老是冒出‘活着没意思，不如死了算了’的念头，但没想过具体怎么做",
])
def test_quoted_passive_death_wish_with_no_plan_is_urgent(text: str) -> None:
    assert decide(text, 24) == ("urgent", {"passive_suicidal_thoughts"})


@pytest.mark.parametrize("text", [
    "老是冒出'活着没意思，不如死了算了'的念头，已经把药攒好了",
    "冒出'活着没意思，不如死了算了'的念头",
])
def test_quoted_death_wish_with_a_plan_or_no_plan_said_stays_an_emergency(text: str) -> None:
    assert decide(text, 24)[0] in EMERGENT


# (9) A usual migraine's zigzag aura and paracetamol asked about (NHS Migraine: self care).
def test_usual_migraine_with_its_aura_is_self_care() -> None:
    text = ("Got one of my usual migraines, same as always, zigzag lights first then left sided throbbing, feel a bit sick. "
            "Took my normal sumatriptan an hour ago and it's easing. Is it ok to take paracetamol too?")
    assert decide(text, 24) == ("self_care", {"migraine_as_usual"})


@pytest.mark.parametrize("text", [
    "Got a migraine, zigzag lights first, never had one before",
    "Got one of my usual migraines, same as always, but my vision is blurry",
    "Got one of my usual migraines, same as always, zigzag lights first, but this time I can't see out of my left eye",
])
def test_a_new_aura_or_other_sight_change_is_not_self_care(text: str) -> None:
    assert decide(text, 30)[0] != "self_care"


# (10) A red line tracking up from a wound (NHS Cellulitis: urgent).
@pytest.mark.parametrize("text", [
    "杀鱼的时候被鱼鳍扎了手指，三天了，手指红肿痛，今天发现从手背到手腕有一条红线往上走，有点低烧37.8。",
    "a red line going up from the cut towards my wrist",
])
def test_red_line_tracking_up_is_a_spreading_infection(text: str) -> None:
    assert "skin_infection" in current_codes(text)
    assert decide(text, 46)[0] == "urgent"


@pytest.mark.parametrize("text", ["手腕上有一条红印子，是表带勒的", "I have a red line on my arm from the bag strap"])
def test_a_strap_mark_is_not_a_spreading_infection(text: str) -> None:
    assert "skin_infection" not in current_codes(text)


# (11) A small cut under a centimetre, bleeding stopped by pressing (NHS Cuts and grazes: self care).
def test_small_cut_stopped_by_pressing_is_self_care() -> None:
    text = "切菜切到左手食指了，口子半厘米左右，按了五分钟血就止住了，不深，手指能动不麻。要不要去打破伤风？"
    assert decide(text, 34)[0] == "self_care"
    assert department_group(text, 34) == "外科"


@pytest.mark.parametrize("text", [
    "切到手指，口子一厘米深，血止不住",
    "切菜切到手，按了二十分钟血还在流",
    "切到手了，口子半厘米，按了五分钟还在流血",
])
def test_a_deep_cut_or_one_still_bleeding_is_not_self_care(text: str) -> None:
    assert decide(text, 34)[0] in EMERGENT


# (12) blind141 departments.
def test_one_sided_pain_with_brown_discharge_in_early_pregnancy_goes_to_obstetrics() -> None:
    text = "停经快7周，验孕棒两道杠，还没去医院建档。这两天右下腹隐隐作痛，内裤上有点咖啡色分泌物，能忍，没有头晕"
    assert department_group(text, 30) == "妇产科"


@pytest.mark.parametrize("text", [
    "一咳嗽打喷嚏就漏尿，好几年了，最近跳广场舞也漏，得垫卫生巾，挺尴尬的",
    "66 f i leak a bit of wee when i cough or laugh or pick up the grandkid",
])
def test_stress_incontinence_goes_to_gynaecology(text: str) -> None:
    assert department_group(text, 60) == "妇产科"


def test_a_leak_with_back_pain_and_numb_legs_is_an_emergency_not_a_clinic() -> None:
    assert decide("一咳嗽就漏尿，腰疼，腿麻", 50)[0] in EMERGENT


def test_ovulation_pain_goes_to_gynaecology_and_a_right_lower_pain_does_not() -> None:
    assert department_group("每个月月经中间那几天左边或右边小肚子会隐隐疼一两天，今天又疼了，能忍，没有出血，月经都正常", 30) == "妇产科"


@pytest.mark.parametrize("text", [
    "我爸60岁得的肠癌，我今年53，一直没做过肠镜，平时大便正常也没便血，想预约个检查",
    "My dad had bowel cancer at 60, I'd like a colonoscopy",
])
def test_bowel_cancer_family_history_or_a_colonoscopy_asked_for_goes_to_medicine(text: str) -> None:
    assert "bowel_cancer_screening_request" in current_codes(text)
    assert department_group(text, 53) == "内科"


def test_bowel_cancer_in_the_family_with_severe_pain_and_bleeding_is_still_an_emergency() -> None:
    assert decide("我爸得过肠癌，我最近便血，肚子疼得厉害", 50)[0] in EMERGENT
