"""fold-t138: blind138 (a representative week) folded in by class, each class with its look-alikes."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group, fired, service_decide
from carebridge.tools.slots import parse_duration_days


# t138e-002: a burning rising from the chest into the throat is heartburn (NHS Heartburn and acid reflux), its spread to
# the throat read beside it, not a chest pain with a spreading pain (no ambulance).
@pytest.mark.parametrize("text", [
    "burning in my chest going up to my throat after big dinners or a few pints, worse lying down. gaviscon helps.",
    "burning in my chest going up my throat after big dinners",
    "胸口烧得慌，往上窜到喉咙，吃完饭更明显",
    "胸口火辣辣的往上顶到嗓子眼，躺下更厉害",
])
def test_burning_rising_to_the_throat_is_heartburn(text: str) -> None:
    assert "heartburn" in current_codes(text)
    assert "chest_pain" not in current_codes(text)
    assert decide(text, 45)[0] == "self_care"


# Its look-alikes: the arm or jaw named after the burning, or sweating or breathlessness with it, stay 999.
@pytest.mark.parametrize("text", [
    "burning in my chest going up to my throat and down my left arm",
    "burning in my chest going up to my throat and into my jaw",
    "burning in my chest going up to my throat, my left arm hurts too",
    "burning in my chest going up to my throat and im short of breath",
    "burning in my chest going up to my throat, sweating",
    "胸口烧得慌，往上窜到喉咙，出冷汗",
    "chest pain going up to my throat",
])
def test_burning_chest_with_arm_jaw_or_danger_signs_stays_ambulance(text: str) -> None:
    assert decide(text, 45)[0] == "emergency_ambulance"


# t138e-004: a sore throat bad on one side with breathing said fine and saliva hard to swallow is quinsy (NHS Quinsy;
# NHS Sore throat: 999 or A&E for difficulty swallowing): A&E, not the epiglottitis or allergic-airway ambulance.
@pytest.mark.parametrize("text", [
    "sore throat 5 days, getting worse not better, now really bad on the left side only, can hardly swallow my own spit and my voice sounds muffled. temp 38. breathing is ok",
    "left sided sore throat, can't swallow my saliva, drooling, no trouble breathing",
    "嗓子左边疼得厉害，口水都咽不下去，说话含糊，发烧38度，呼吸还行",
])
def test_one_sided_sore_throat_breathing_fine_is_quinsy_at_ae(text: str) -> None:
    urgency, rules = decide(text, 28)
    assert urgency == "emergency"
    assert "sore_throat_cannot_swallow_fluids" in rules
    assert not {"possible_epiglottitis", "anaphylaxis_airway"} & fired(text)


# Its look-alikes: no one-sided throat, a breathing sign, or an allergen keep the ambulance.
@pytest.mark.parametrize("text", [
    "my throat is agony, I can't swallow my saliva and I'm dribbling, I've got a fever",
    "sore throat on the left side, can't swallow my spit, struggling to breathe",
    "sore throat, really bad on the left side only, cant swallow my spit, breathing is ok but there's a whistling noise when i breathe in",
    "嗓子左边疼得厉害，口水都咽不下去，呼吸还行，喘不上气",
    "ate peanuts, left side of throat sore, cant swallow my spit, breathing ok",
    "嗓子疼，口水都咽不下去，发烧",
])
def test_saliva_not_swallowed_with_danger_stays_ambulance(text: str) -> None:
    assert decide(text, 28)[0] == "emergency_ambulance"


def test_one_sided_sore_throat_swallowing_fine_is_not_an_emergency() -> None:
    text = "sore throat on the left side only, can swallow fine, breathing is ok"
    assert decide(text, 28)[0] in {"self_care", "routine", "urgent"}
    assert "breathing_fine" in current_codes(text)


# t138e-030: 'like someone hit me' beside a sudden headache is a thunderclap (NHS Subarachnoid haemorrhage).
@pytest.mark.parametrize("text", [
    "Was lifting at the gym and got this sudden headache at the back of my head like someone hit me with a bat, worst thing ive ever felt. threw up twice and my neck is stiff. I do get headaches sometimes so maybe its just a bad one?",
    "headache like someone hit me over the head, came on out of nowhere",
])
def test_headache_like_someone_hit_me_is_thunderclap(text: str) -> None:
    assert "thunderclap_headache" in current_codes(text)


@pytest.mark.parametrize("text", [
    "my headache is dull, feels like someone is squeezing my head, built up over the day",
])
def test_squeezing_headache_is_not_thunderclap(text: str) -> None:
    assert "thunderclap_headache" not in current_codes(text)


def test_thunderclap_with_vomiting_and_stiff_neck_is_ambulance() -> None:
    text = ("Was lifting at the gym and got this sudden headache at the back of my head like someone hit me with a bat, "
            "worst thing ive ever felt. threw up twice and my neck is stiff.")
    assert service_decide(text, 45, "M")[0] == "emergency_ambulance"


# t138z-047: the injection site red and swollen after a jab is the vaccine's common reaction (NHS Vaccine side effects),
# not a DVT leg.
@pytest.mark.parametrize("text", [
    "宝宝10个月，今天上午打了疫苗，现在打针的大腿那里有点红肿，硬币大一块，体温37.9，有点闹但还吃奶。正常吗",
    "had her jabs this morning, the leg where she had the injection is red and swollen, temp 37.8, feeding ok",
    "had his jabs yesterday, injection site is red and a bit swollen, he's a bit grizzly",
])
def test_injection_site_reaction_is_self_care(text: str) -> None:
    assert "leg_swelling_one" not in current_codes(text)
    assert service_decide(text, 0.8, "F")[0] == "self_care"


@pytest.mark.parametrize("text", [
    "宝宝今天打了疫苗，另一条腿小腿肿得很厉害",
    "my left calf is swollen and tender, no injection there",
])
def test_a_swollen_leg_away_from_the_jab_stays_dvt(text: str) -> None:
    assert "possible_dvt" in decide(text, 40)[1] or decide(text, 40)[0] in {"urgent", "emergency", "emergency_ambulance"}


# t138e-018: a bum sore 'from his nappy' is nappy rash (NHS Nappy rash), and a bare '11 months' aside in a message about a
# child is the age, not eleven months of rash.
@pytest.mark.parametrize("text", [
    "my sons bum is red and sore from his nappy, 11 months, no spots anywhere else, hes happy otherwise. which cream should i get?",
    "her bum is sore from sitting in a wet nappy too long",
])
def test_sore_bum_from_the_nappy_is_nappy_rash_self_care(text: str) -> None:
    assert "nappy_rash" in current_codes(text)
    assert service_decide(text, 0.9, "M")[0] == "self_care"


@pytest.mark.parametrize(("text", "days"), [
    ("my sons bum is red and sore from his nappy, 11 months, no spots anywhere else", None),
    ("my son has had eczema for 3 months, not improving", 90.0),
    ("my back hurts, 3 months, getting worse", 90.0),
    ("my son, 11 months, cough for 3 days", 3.0),
])
def test_bare_months_is_a_childs_age_only_beside_a_child(text: str, days: float | None) -> None:
    assert parse_duration_days(text) == days


# t138z-030: an ear woken up blocked like cotton wool, then hard of hearing across a comma, is sudden hearing loss
# (NHS Hearing loss: urgent GP or 111).
@pytest.mark.parametrize("text", [
    "昨天早上起来左耳就像堵了棉花，听不太清了，还嗡嗡响，有点晕。没感冒没进水。休息两天会不会自己好",
    "早上醒来右耳朵闷闷的像塞了东西，听不清",
])
def test_ear_blocked_on_waking_then_deaf_is_sudden_hearing_loss(text: str) -> None:
    assert "hearing_loss_sudden" in current_codes(text)
    assert department_group(text, 44) == "耳鼻咽喉科"


def test_blocked_ear_with_a_cold_is_not_sudden_hearing_loss() -> None:
    assert "hearing_loss_sudden" not in current_codes("感冒一周了，耳朵有点堵，听得不太清楚")


# t138e-015: a weak stream said with no urine word, and up at night 'for a wee' (NHS Benign prostate enlargement).
@pytest.mark.parametrize("text", [
    "up 3 times a night for a wee, stream's weak and takes ages to get going. been creeping up over the last year. no blood, no pain. 63",
    "my flow's really weak lately, wee takes ages to start",
])
def test_weak_stream_is_urinary_symptoms(text: str) -> None:
    assert "urinary_symptoms" in current_codes(text)
    assert department_group(text, 63) == "外科"


@pytest.mark.parametrize("text", [
    "the stream is weak and the signal keeps dropping",
    "my wifi stream's slow tonight",
    "my period flow's really weak this month",
])
def test_other_streams_and_flows_are_not_urinary(text: str) -> None:
    assert "urinary_symptoms" not in current_codes(text)


# t138z-042: 心脏会突然咯噔一下 is a skipped beat (NHS Heart palpitations); 心里咯噔一下 is a start of alarm.
def test_heart_jolt_is_palpitations() -> None:
    text = "偶尔心脏会突然咯噔一下，像漏跳了一拍，一天几次，喝咖啡熬夜后多些。没有胸痛，没晕过，爬楼也不喘。"
    assert "palpitations" in current_codes(text)
    assert department_group(text, 38) == "内科"


@pytest.mark.parametrize("text", ["听到这个消息我心里咯噔一下", "心里咯噔一下，想起来忘了关煤气"])
def test_heart_sinking_idiom_is_not_palpitations(text: str) -> None:
    assert "palpitations" not in current_codes(text)


# t138z-015: a diabetic foot wound with redness or pus goes to the diabetes team (NICE NG19), 内科.
@pytest.mark.parametrize("text", [
    "我有糖尿病十几年了，脚底前两天踩到个东西破了个小口，现在周围红肿，有点流脓，奇怪的是不怎么痛。没发烧",
    "脚底磨破个口子 周围有点红肿 我有糖尿病",
])
def test_diabetic_foot_wound_routes_to_internal_medicine(text: str) -> None:
    assert department_group(text, 63) == "内科"
    assert decide(text, 63)[0] == "urgent"


def test_foot_wound_without_diabetes_is_not_the_diabetes_team() -> None:
    assert department_group("脚底前两天踩到个东西破了个小口，现在周围红肿，有点流脓", 40) != "内科"
