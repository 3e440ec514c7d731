"""Engine behaviour added in the blind-18 round: phrase families patients use that the lexicon missed.

Each group fails without the fix. Emergencies first (a fall from a height given in metres or floors,
a nosebleed that has lasted 15 minutes or more, thirst and passing a lot of urine with deep fast
breathing or drowsiness, bleeding that "keeps running"), then urgent and self-care findings that were
read as nothing, or as something else ("walking with a limp" is not a floppy child, "not breathing
fast" is not "not breathing").
"""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import PatientFacts, TriageDecision, extract_findings, triage
from tests.triage_screen import current_codes as _codes
from tests.triage_screen import fired as _fired


def _decide(text: str, age: float = 35) -> TriageDecision:
    return triage(extract_findings(text), PatientFacts(age_years=age))


def _rule_ids(text: str, age: float = 35) -> set[str]:
    return {r.id for r in _decide(text, age).reasons}


# --- emergencies ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my dad fell about 3 metres off a ladder onto the patio",
    "he fell two floors from the balcony",
    "she came off the scaffolding at work",
    "fell 12 feet from the roof",
    "我爸从三米多高的架子上摔下来了",
    "工人从两层楼高的地方掉下来",
])
def test_a_fall_from_a_height_in_metres_or_floors_is_major_trauma(text: str) -> None:
    assert "major_trauma" in _fired(text)


@pytest.mark.parametrize("text", [
    "I fell over on the pavement and grazed my knee",
    "fell off my bike, scraped my elbow",
])
def test_a_fall_on_the_level_is_not_major_trauma(text: str) -> None:
    assert "major_trauma" not in _fired(text)


# NHS Nosebleed: go to A&E if a nosebleed lasts longer than 10 to 15 minutes.
@pytest.mark.parametrize("text", [
    "his nose has been bleeding for 25 minutes even though he's pinching it",
    "nosebleed going on for 40 minutes, pinching isn't helping",
    "鼻子流血二十分钟了还在流",
    "流鼻血已经半个多小时了",
])
def test_a_nosebleed_lasting_15_minutes_or_more_is_an_emergency(text: str) -> None:
    assert "heavy_bleeding" in _fired(text)


@pytest.mark.parametrize("text", [
    "had a nosebleed for 20 minutes this morning, it stopped with pinching",
    "流鼻血十五分钟就止住了",
    "my nose has been bleeding on and off, a few drops",
])
def test_a_nosebleed_that_stopped_or_is_short_stays_quiet(text: str) -> None:
    assert "heavy_bleeding" not in _fired(text)


def test_my_nose_has_been_bleeding_is_a_nosebleed() -> None:
    assert "nosebleed" in _codes("my nose has been bleeding since lunch")


# NHS Type 1 diabetes / Diabetic ketoacidosis: thirst and peeing a lot, with deep or fast breathing,
# or very sleepy or confused: A&E.
@pytest.mark.parametrize("text", [
    "my son is always asking for drinks and peeing far more than usual, now he's breathing deep and fast",
    "she's been really thirsty for weeks and peeing loads, today very drowsy",
    "孩子这段时间总说口渴，小便特别多，今天呼吸又深又快",
    "儿子最近一直喊渴，尿也很多，今天精神很差，叫他半天才应",
])
def test_thirst_and_polyuria_with_fast_breathing_or_drowsiness_is_possible_dka(text: str) -> None:
    assert "diabetes_symptoms_with_dka_signs" in _fired(text)


@pytest.mark.parametrize("text", [
    "拉肚子吐了一天，老喊口渴",
    "always thirsty lately, not breathing fast, not drowsy or confused",
    "最近口渴明显，呼吸不快，精神也好",
])
def test_thirst_without_breathing_or_drowsiness_signs_is_not_possible_dka(text: str) -> None:
    assert "diabetes_symptoms_with_dka_signs" not in _fired(text)


@pytest.mark.parametrize("text", [
    "被狗咬了手背，一直在流血",
    "手被碎玻璃割到，一直在往外流血",
])
def test_bleeding_that_keeps_running_is_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" in _codes(text)


@pytest.mark.parametrize("text", [
    "always thirsty, not breathing fast",
    "he's not breathing any faster than usual",
])
def test_not_breathing_fast_is_not_unresponsive(text: str) -> None:
    assert "unresponsive" not in _fired(text)


def test_not_breathing_alone_is_still_unresponsive() -> None:
    assert "unresponsive" in _fired("my dad collapsed and he's not breathing")


# --- urgent ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "rule"), [
    # NHS Kidney infection: burning pee with fever and pain in the side or back
    ("it stung when I weed for days and now I've got a fever and shivers", "kidney_infection_signs"),
    # NHS Scarlet fever: rough, sandpaper rash; strawberry tongue
    ("my son has a temperature and a rash that feels like sandpaper", "scarlet_fever"),
    ("女儿发烧，身上的红疹摸起来像砂纸一样", "scarlet_fever"),
    # NHS Dental abscess: a swollen gum by the tooth, a bad taste
    ("my back tooth is throbbing and there's a horrible bad taste in my mouth", "dental_abscess_signs"),
    ("牙疼了三天，牙龈上鼓了个包", "dental_abscess_signs"),
    # NHS Hearing loss: sudden loss in one ear, urgent
    ("woke up this morning and can hardly hear anything on the right", "sudden_hearing_loss"),
    ("早上醒来左耳几乎听不到了", "sudden_hearing_loss"),
    # NHS Psychosis: hearing what others cannot hear, grandiose beliefs
    ("my brother hears voices that nobody else can hear", "possible_psychosis"),
    ("我妈说能听到别人听不到的声音", "possible_psychosis"),
    # NHS Shingles: a band of pain, then clusters of blisters on one side
    ("a burning band across my ribs on the right and now clusters of tiny blisters have come up", "shingles"),
    # NHS Cellulitis: skin red, hot and swollen
    ("the skin on my calf has turned red, hot, swollen and sore", "skin_infection"),
])
def test_urgent_phrasings(text: str, rule: str) -> None:
    assert rule in _rule_ids(text, age=8 if "son" in text or "女儿" in text else 35)


@pytest.mark.parametrize("text", [
    "sometimes I think they'd be better off without me, but I have no plan and I can keep myself safe",
    "有时候觉得活着没意思，但我能保证自己的安全",
])
def test_passive_death_wish_with_no_plan_is_urgent_not_emergency(text: str) -> None:
    assert "death_wish_plan_not_ruled_out" not in _fired(text)
    assert "passive_suicidal_thoughts" in _rule_ids(text)


# --- self-care and department --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "rule"), [
    ("my throat's been sore since yesterday, otherwise fine", "sore_throat_simple"),  # s20: the sore-throat-alone group (NHS Sore throat) is the closer fit
    ("rolled my ankle at netball, it's swollen but I can walk with a limp", "minor_sprain"),
    ("I've got a small round sore inside my upper lip", "minor_mouth_nose"),
    ("noticed a bright red spot on the white of my eye this morning, no pain, sight fine", "burst_blood_vessel_in_eye"),
    ("cramps on the first couple of days of my period every month", "period_pain"),
    ("海边晒了一下午，胳膊发红发烫", "minor_skin"),
    ("身上起了一块块鼓起来的红疙瘩，很痒", "minor_skin"),
    ("左耳这两天闷闷的，听东西有点小", "earwax"),
    ("最近入睡很困难，翻来覆去一个多小时才睡着", "short_insomnia"),
    ("I get car sick on long drives, fine once I'm out", "motion_sickness"),
    ("坐船就晕，想吐，下船就好", "motion_sickness"),
    ("左边脖子有点僵，疼，应该是睡觉姿势不对", "back_or_neck_strain"),
    ("woke up with the right side of my neck stiff and sore", "back_or_neck_strain"),
])
def test_self_care_phrasings(text: str, rule: str) -> None:
    assert rule in _rule_ids(text)


def test_a_limp_in_walking_is_not_a_floppy_child() -> None:
    assert "lethargic_child" not in _codes("he twisted his knee and is walking with a limp")
    assert "lethargic_child" in _codes("the baby has gone limp and won't feed")


def test_a_neck_stiff_on_both_sides_with_fever_is_still_meningism() -> None:
    assert "meningitis_signs" in _fired("发烧头痛，脖子僵硬，低头困难")
    assert "neck_stiffness" in _codes("fever and headache and a stiff neck")


@pytest.mark.parametrize(("text", "group"), [
    ("the base of my big toe is red, swollen and agony", "内科"),          # gout
    ("半夜大脚趾关节突然红肿热痛，被子碰到都疼", "内科"),
    ("a mole on my shoulder I've had for ages has got darker", "皮肤科"),
    ("背上那颗痣这两个月颜色变深了", "皮肤科"),
    ("pins and needles in my thumb and index finger that wake me at night", "外科"),  # carpal tunnel
    ("my heart keeps skipping a beat when I lie down", "内科"),
    ("大脚趾的趾甲边缘往肉里长，走路疼", "外科"),
    ("他睡觉的时候老是憋气，半天才喘上来", "耳鼻咽喉科"),             # pauses in sleep, not breathless
    ("the skin over my left shin has gone hot, swollen and tender", "皮肤科"),
])
def test_department_of_newly_read_findings(text: str, group: str) -> None:
    assert _decide(text, age=45).department.group_zh == group
