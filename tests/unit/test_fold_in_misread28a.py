"""misread28a: six known misreadings of earlier blind sets, each read as a family, with the near misses that must not
change (quinsy said in Chinese, a child's walking pattern, a hangover, a flare-up, a denial that ran into the next
clause, and the two paths that disagreed on a teething baby)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from carebridge.tools.slots import parse_duration_days
from tests.triage_screen import current_codes, decide, fired, service_decide

EMERGENT = ("emergency", "emergency_ambulance")
AIRWAY_AND_STROKE = {"anaphylaxis_airway", "possible_epiglottitis", "stroke_signs"}


# (1) Quinsy said in Chinese (NHS Quinsy: very bad pain on one side of the throat, a muffled voice, difficulty opening
# the mouth, swelling inside the mouth and throat: an urgent GP appointment or NHS 111). A thick voice anywhere in a
# sore-throat message, a swollen throat and one big tonsil are quinsy's signs, not a stroke's slurred speech or an
# airway closing in anaphylaxis.
@pytest.mark.parametrize("text", [
    "嗓子疼了五天，喉咙肿得厉害，张不开嘴，声音变了",
    "扁桃体发炎好几天了，左边扁桃体肿得老大，说话像嘴里含着个东西",
    "喉咙痛一个星期了，右边最疼，吃了药也不见好，现在说话含含糊糊的，嘴巴张不太开，水还能喝",
    "嗓子疼了四天，一边扁桃体肿得很大，咽口水都疼",
    "sore throat for 5 days, throat is swollen on one side, can't open my mouth properly, voice sounds muffled",
    "tonsillitis for 4 days, my left tonsil is massive and it hurts to open my mouth",
])
def test_quinsy_signs_with_a_sore_throat_are_urgent_not_an_airway_or_a_stroke(text: str) -> None:
    urgency, rules = decide(text, age=28)
    assert urgency == "urgent" and "possible_quinsy" in rules
    assert not fired(text) & AIRWAY_AND_STROKE


# NHS Sore throat: call 999 or go to A&E for difficulty swallowing: a throat that lets not even water down.
@pytest.mark.parametrize("text", [
    "扁桃体发炎三天了，喝水都咽不下去",
    "嗓子疼得连一口水都咽不下去，说话含糊不清",
    "tonsillitis for 4 days and now I can't even swallow water",
    "sore throat so bad that fluids won't go down",
])
def test_a_sore_throat_that_lets_no_water_down_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "sore_throat_cannot_swallow_fluids" in rules


# Kept at the ambulance (NHS Epiglottitis, NHS Quinsy: drooling and unable to swallow saliva, difficulty breathing).
@pytest.mark.parametrize("text", [
    "嗓子疼了四天，口水都咽不下去一直往外流，说话像含着东西",
    "嗓子疼了五天，说话含糊，现在喘不上气",
    "扁桃体发炎一个星期了，左边扁桃体肿得很大，现在呼吸困难",
    "sore throat for 5 days, my voice is muffled and now I'm struggling to breathe",
    "sore throat, voice is muffled and I can't swallow my own spit, I'm drooling",
])
def test_quinsy_with_drooling_stridor_or_hard_breathing_stays_an_ambulance(text: str) -> None:
    assert decide(text, age=30)[0] == "emergency_ambulance"


# Near misses: a sudden thick voice or another stroke sign, an allergy or a throat closing, and no sore throat at all.
@pytest.mark.parametrize(("text", "rule"), [
    ("嗓子疼了两天，今天早上突然说话含含糊糊的，嘴也歪了", "stroke_signs"),
    ("嗓子有点疼，刚才突然说话含糊不清", "stroke_signs"),
    ("老公说话像嘴里含着东西，突然就这样了", "stroke_signs"),
    ("吃了虾以后嗓子疼，喉咙肿了", "anaphylaxis_airway"),
    ("sore throat and my throat is closing up", "anaphylaxis_airway"),
    ("嗓子疼，突然喉咙肿了，喘不上气", "anaphylaxis_airway"),
])
def test_a_sudden_thick_voice_or_a_throat_closing_keeps_its_flag(text: str, rule: str) -> None:
    assert rule in fired(text)


@pytest.mark.parametrize("text", ["嗓子疼，咽东西疼，水还能喝", "sore throat, it hurts to swallow but I can drink water fine",
                                  "扁桃体两边都肿了，嗓子疼"])
def test_a_sore_throat_that_hurts_to_swallow_is_not_quinsy_or_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=25)
    assert urgency not in EMERGENT and "possible_quinsy" not in rules


# (2) A child's feet turning out or in as they walk, with no injury: out-toeing and in-toeing are common and usually a
# normal variant (NHS Lothian RefHelp, paediatric orthopaedics: out-toeing), not a deformed limb for A&E.
@pytest.mark.parametrize("text", [
    "孩子两岁，走路外八字，脚往外撇，不疼不瘸",
    "我女儿3岁，走路的时候脚尖往里，内八字，没摔过",
    "my 2 year old walks with his leg turned out, no pain, no fall",
    "儿子走起路来右脚往外翻，一直这样，不疼",
])
def test_a_walking_pattern_with_no_injury_is_not_a_deformed_limb(text: str) -> None:
    assert "deformity" not in current_codes(text)
    assert decide(text, age=2)[0] not in EMERGENT


# Near misses: a leg turned out after a fall, shortened, or that will not bear weight stays the broken hip or leg.
@pytest.mark.parametrize("text", [
    "奶奶在卫生间摔了一跤，右脚往外撇着，站不起来",
    "grandad fell on the ice, his leg is turned out and shorter",
    "走路的时候摔了，腿往外撇着，动不了",
    "奶奶走路脚往外撇，站不起来，大腿根疼",
])
def test_a_leg_turned_out_after_a_fall_or_that_cannot_bear_weight_stays_an_emergency(text: str) -> None:
    assert decide(text, age=80)[0] in EMERGENT


# (3) A hangover (NHS Hangover: headache, feeling sick, thirst; self-care) asked about as a poisoning is no poisoning,
# and a bursting headache the morning after drinking is no thunderclap, unless it came on suddenly like a blow.
@pytest.mark.parametrize("text", [
    "昨晚喝多了，今天头疼得要炸，我这是不是酒精中毒了？",
    "I'm so hungover, head is pounding like it's going to explode, am I alcohol poisoned?",
    "big night out, banging headache this morning, do I have alcohol poisoning?",
    "喝到断片了，早上起来头疼，会不会是酒精中毒啊",
])
def test_a_hangover_asked_about_as_a_poisoning_is_not_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=25)
    assert urgency not in EMERGENT
    assert not rules & {"poisoning_overdose", "thunderclap_headache"}


@pytest.mark.parametrize(("text", "rule"), [
    ("我室友喝了一斤白酒，现在叫不醒，还吐了", "unresponsive"),
    ("my friend drank a whole bottle of vodka and we can't wake him, he's being sick", "unresponsive"),
    ("孩子吃了半瓶安眠药，是不是中毒了？", "poisoning_overdose"),
    ("他喝了农药，会不会中毒", "poisoning_overdose"),
    ("我煤气中毒了，头晕", "poisoning_overdose"),
    ("hungover, but this morning the worst headache of my life came on suddenly", "thunderclap_headache"),
])
def test_alcohol_poisoning_signs_a_poison_taken_and_a_sudden_headache_stay_emergencies(text: str, rule: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency in EMERGENT and rule in rules


@pytest.mark.parametrize("text", ["昨晚喝到断片，头疼", "喝断片了，今天口干恶心"])
def test_a_drink_blackout_is_heavy_drinking_not_memory_loss_after_an_injury(text: str) -> None:
    codes = current_codes(text)
    assert "heavy_drinking" in codes and "amnesia" not in codes


def test_memory_loss_after_a_knock_to_the_head_stays_amnesia() -> None:
    assert "amnesia" in current_codes("摔了一跤磕到头，断片了，想不起来怎么摔的")


# (4) A flare-up of a long-term illness is the illness getting worse, not a burn; a fire or a pan that flares up is.
@pytest.mark.parametrize("text", [
    "his psoriasis has flared up on his elbows",
    "my arthritis flared up in my knees",
    "gout flared up in my big toe last night",
    "her eczema's flared up behind her knees",
    "银屑病又发作了，胳膊肘上一片",
    "湿疹又犯了，火辣辣的痒",
])
def test_a_flare_up_of_a_skin_or_joint_illness_is_not_a_burn(text: str) -> None:
    assert "burn" not in current_codes(text)


@pytest.mark.parametrize("text", ["the chip pan flared up and burnt my hand", "the bbq flared up in my face"])
def test_a_fire_or_a_pan_that_flares_up_is_still_a_burn(text: str) -> None:
    assert "burn" in current_codes(text)


def test_psoriasis_on_the_skin_is_a_skin_problem_but_not_when_it_is_what_a_medicine_is_for() -> None:
    assert "rash" in current_codes("psoriasis flaring on my elbows")
    assert "rash" not in current_codes("I take methotrexate for my psoriasis")


# (5) A denial stops at the clause boundary: a list of things denied runs over a comma ("no fever, cough or rash"),
# never into a new clause with its own subject or verb ("no injury, it came on gradually"); in Chinese the story going on
# ("然后", "后来") ends the denial as a comma does.
@pytest.mark.parametrize(("text", "code"), [
    ("no injury, it came on gradually", "came_on_gradually"),
    ("no fever, started vomiting this morning", "vomiting"),
    ("no rash, has been vomiting since lunch", "vomiting"),
    ("no cough, it's been wheezy since yesterday", "wheeze"),
    ("no vomiting, had diarrhoea three times", "diarrhea"),
    ("没有外伤，是慢慢疼起来的", "came_on_gradually"),
    ("没发烧后来开始吐了", "vomiting"),
    ("孩子没发烧，结果今天吐了三次", "vomiting"),
])
def test_a_denial_does_not_reach_the_positive_clause_after_it(text: str, code: str) -> None:
    assert code in current_codes(text)


@pytest.mark.parametrize(("text", "denied"), [
    ("no fever, cough or rash", {"fever", "cough", "rash"}),
    ("no fever, cough, rash or vomiting", {"fever", "cough", "rash", "vomiting"}),
    ("no pain, swelling or redness", set()),
    ("没有发烧然后也没吐", {"fever", "vomiting"}),
    ("no injury, not sudden", {"injury_event", "sudden_onset"}),
])
def test_a_list_of_denials_still_denies_every_item(text: str, denied: set[str]) -> None:
    assert not current_codes(text) & denied


# NHS Testicle pain: A&E for sudden, very bad pain; a pain that came on gradually is no torsion. A sudden start said
# anywhere, or a pain that only gets worse, stays torsion.
@pytest.mark.parametrize("text", [
    "right testicle sore and swollen for two days, no injury, it came on gradually",
    "睾丸这两天慢慢肿起来了，没受过伤，摸着疼",
    "left ball has been aching more each day, it started hurting slowly, no knock",
])
def test_testicle_pain_that_came_on_gradually_is_not_torsion(text: str) -> None:
    assert "testicular_torsion" not in fired(text)


@pytest.mark.parametrize("text", [
    "testicle pain came on suddenly an hour ago, no injury",
    "睾丸突然疼起来，然后慢慢越来越疼",
    "儿子14岁，蛋蛋疼，越来越疼，吐了一次",
    "my testicle pain came on suddenly and has slowly spread to my tummy",
])
def test_sudden_or_worsening_testicle_pain_stays_torsion(text: str) -> None:
    assert "testicular_torsion" in fired(text)


# (6) The service (the triage agent) reads the duration the message says into its interview record; decide() does not.
# A grandchild's age in months is an age, not how long the teething has lasted, and years without exercise are not
# how long the ache has lasted; service_decide() takes a message as the agent does.
@pytest.mark.parametrize("text", ["my grandson is 13 months, dribbling loads, red cheek", "my niece is 11 months old and teething",
                                  "My granddaughter is 10 months, chewing everything"])
def test_a_grandchilds_age_in_months_is_not_a_duration(text: str) -> None:
    assert parse_duration_days(text) is None


@pytest.mark.parametrize(("text", "days"), [("my niece is 11 months and has had a cough for 2 weeks", 14.0),
                                            ("cough for 2 months", 60.0)])
def test_a_duration_said_beside_an_age_is_still_read(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


def test_weeks_postpartum_are_a_postpartum_fact() -> None:
    # misread39 item 7: "2 weeks postpartum" is the time since the birth (parse_postpartum_days), not how long a symptom
    # has lasted; the postnatal self-care groups are limited by it
    from carebridge.tools.slots import parse_postpartum_days
    assert parse_duration_days("she is 2 weeks postpartum") is None
    assert parse_postpartum_days("she is 2 weeks postpartum") == 14.0


@pytest.mark.parametrize("text", [
    "my grandson is 10 months, dribbling loads, chewing everything, red cheek and a bit grumpy at night, temp normal",
    "My granddaughter is 9 months, drooling a lot and chewing her fists, feeding fine",
])
def test_a_teething_grandchild_is_self_care_in_the_service_too(text: str) -> None:
    assert service_decide(text, age=0.8) == decide(text, age=0.8) == ("self_care", {"teething"})


@pytest.mark.parametrize("text", ["好几年没锻炼了，前天去爬山，现在小腿酸得很", "好多年没锻炼了，昨天去健身房，今天胳膊酸得抬不起来"])
def test_years_without_exercise_is_not_how_long_the_ache_has_lasted(text: str) -> None:
    assert service_decide(text, age=40)[0] == "self_care"


@pytest.fixture(scope="module")
def service():
    from carebridge.service import CareBridge

    return CareBridge(Path(tempfile.mkdtemp(prefix="cb-misread28a-")))


@pytest.mark.parametrize(("text", "age", "sex"), [
    ("my grandson is 13 months, dribbling loads, red cheek and chewing everything, bit grumpy at night", 1.0, "M"),
    ("my 8 month old is teething, dribbling and chewing everything, a bit grumpy, on and off for a couple of months", 0.67, "M"),
    ("I've barely slept properly for 3 months, I lie awake until 3am", 40, "F"),
    ("Stinging when I wee and needing to go all the time since last night. No fever, not pregnant", 30, "F"),
    ("I'm a 72-year-old man. Since yesterday it stings when I pass urine", 72, "M"),
])
def test_service_decide_and_the_service_give_the_same_urgency(service, text: str, age: float, sex: str) -> None:
    out = service.triage_once(text, age=age, sex=sex)
    assert service_decide(text, age=age, sex=sex)[0] == out["urgency"]
