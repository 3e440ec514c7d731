"""misread39: nine misreadings fixed by class, each with the look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_duration_days, parse_postpartum_days
from tests.triage_screen import current_codes, decide, fired, service_decide


# --- 1. A bone stuck in the throat needs the throat or 卡; a prick in a finger is a minor puncture ---

@pytest.mark.parametrize("text", [
    "吃酸菜鱼被鱼刺卡住了，在喉咙左边，咽口水都扎着疼，已经喝了醋，又吞了几口饭团想压下去也没用，快3个小时了。要挂什么科",
    "晚饭吃鱼卡了根刺，喝醋也没用", "鱼刺卡在喉咙", "我被鱼刺卡住了", "吃鱼以后嗓子里扎着疼",
    "I have a fish bone stuck in my throat since dinner", "stuck in my throat, a fish bone, since lunch",
    "a bit of chicken bone is caught in my throat",
])
def test_a_bone_stuck_in_the_throat_is_an_emergency(text: str) -> None:
    assert "bone_stuck_in_throat" in fired(text)
    assert decide(text, age=33)[0] == "emergency"


@pytest.mark.parametrize("text", [
    "手指被鱼刺扎了", "鱼刺扎了手指", "杀鱼的时候鱼刺扎到手了", "a fish bone pricked my finger", "I got a fish bone in my finger",
    "fish bone stuck in my finger", "my thumb got spiked by a fish bone while gutting a fish",
])
def test_a_fish_bone_in_a_finger_is_a_minor_puncture(text: str) -> None:
    codes = current_codes(text)
    assert "minor_cut" in codes and not {"bone_stuck_throat", "foreign_body_throat"} & codes
    assert "bone_stuck_in_throat" not in fired(text)


@pytest.mark.parametrize("text", ["鱼刺卡了一下，后来咳出来了，现在不疼了", "没有鱼刺卡着，就是嗓子有点干",
                                  "I thought a fish bone was stuck but I coughed it up and my throat is fine now"])
def test_a_bone_gone_or_denied_is_no_emergency(text: str) -> None:
    assert "bone_stuck_in_throat" not in fired(text)


@pytest.mark.parametrize("text", ["被鱼刺扎了手，现在手指红肿，红的范围在扩大，发烧",
                                  "a fish bone went into my hand, now red streaks spreading up my arm and a fever"])
def test_a_seafood_prick_with_spreading_redness_keeps_its_infection_reading(text: str) -> None:
    assert "skin_infection" in current_codes(text)
    assert decide(text, age=40)[0] in ("urgent", "emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["被鱼刺扎了手，现在手指肿得厉害，起了血疱，发烧39度", "杀虾扎了手指，整个手背红肿，比看着痛多了，还发烧"])
def test_a_seafood_prick_with_necrotising_signs_stays_an_emergency(text: str) -> None:
    assert "necrotising_fasciitis_signs" in fired(text)


# --- 2. Rock hard is the abdomen's only with the belly ---

@pytest.mark.parametrize("text", ["my tooth is rock hard and swollen", "toothache, the gum above it is rock hard",
                                  "the lump in my jaw is rock hard", "my poo is rock hard", "牙龈摸着硬邦邦的，肿了，牙疼"])
def test_rock_hard_elsewhere_is_no_rigid_abdomen(text: str) -> None:
    assert "abdominal_rigidity" not in current_codes(text)
    assert "rigid_abdomen" not in fired(text)


@pytest.mark.parametrize("text", ["his tummy is rock hard and he's screaming", "rock hard belly and awful pain",
                                  "my tummy hurts so much and it's rock hard", "stomach pain, rigid like a board", "肚子疼，摸着硬邦邦的"])
def test_a_rock_hard_belly_stays_rigid(text: str) -> None:
    assert "rigid_abdomen" in fired(text)


def test_the_pain_said_with_a_rigid_belly_stays_read() -> None:
    assert {"abdominal_pain", "abdominal_rigidity"} <= current_codes("my tummy hurts so much and it's rock hard")


# --- 3. Pig's blood and black sesame explain a black stool, not an allergy ---

@pytest.mark.parametrize("text", ["吃了猪血和黑芝麻，大便是黑的", "昨天吃了黑芝麻糊，今天拉的屎是黑的", "I had black pudding yesterday and my poo is black today"])
def test_a_food_eaten_explains_a_black_stool(text: str) -> None:
    codes = current_codes(text)
    assert not {"melena", "allergic_reaction"} & codes
    assert "gi_bleeding" not in fired(text)


@pytest.mark.parametrize("text", ["昨天吃了猪血，今天大便黑色，头晕心慌", "吃了猪血，大便是黑的，还吐了咖啡渣样的东西",
                                  "吃了猪血和黑芝麻，大便是黑的，黏黏的像柏油", "上个月吃了猪血，今天大便黑色",
                                  "my poo is black and I had black pudding yesterday, I feel faint and dizzy"])
def test_a_black_stool_with_a_bleeding_sign_or_no_recent_meal_stays_a_bleed(text: str) -> None:
    assert {"gi_bleeding", "bleeding_with_shock"} & fired(text)


def test_black_sesame_with_a_reaction_stays_an_allergy() -> None:
    assert "anaphylaxis" in fired("吃了黑芝麻以后嘴唇肿了，喘不上气")
    assert "allergic_reaction" not in current_codes("吃了猪血和黑芝麻")


# --- 4. The burst aneurysm rule steps aside for the ectopic pregnancy it is not ---

def test_an_ectopic_is_not_a_burst_aneurysm() -> None:
    text = "月经推迟快两周了，测了是两道杠。今天左边小肚子一阵一阵地疼，有点出血，刚才上厕所眼前一黑差点晕过去"
    urgency, rules = service_decide(text, age=27, sex="F")
    assert urgency == "emergency_ambulance" and "burst_aortic_aneurysm_signs" not in rules
    assert "pregnancy_pain_or_bleeding_with_faintness" in rules


@pytest.mark.parametrize("text", ["突然肚子剧痛，一直痛到后腰，刚才还晕过去了", "怀孕8周，突然后腰剧痛，刚才晕过去了"])
def test_a_burst_aneurysm_is_still_read(text: str) -> None:
    assert "burst_aortic_aneurysm_signs" in service_decide(text, age=70)[1] | service_decide(text, age=30, sex="F")[1]


# --- 5. A shortened, turned-out leg after a fall ---

@pytest.mark.parametrize("text", ["my mum is 82, she fell in the kitchen, her thigh looks shorter and her foot is turned out",
                                  "奶奶摔了一跤，右腿变短了，脚往外撇", "奶奶摔倒了，脚尖朝外，疼得不能动", "我妈摔倒以后腿看着短了一截，脚尖朝外，站不起来"])
def test_a_shortened_turned_out_leg_after_a_fall_is_a_hip_fracture(text: str) -> None:
    assert "suspected_hip_fracture" in fired(text)


@pytest.mark.parametrize("text", ["I've always had one leg shorter than the other", "one of my legs has been shorter than the other since birth",
                                  "他走路脚尖朝外，外八字"])
def test_a_lifelong_difference_is_no_fracture(text: str) -> None:
    assert not {"suspected_hip_fracture", "deformed_limb"} & fired(text)


# --- 6. A floppy, listless child ---

@pytest.mark.parametrize("text", ["小孩特别蔫", "孩子蔫蔫的", "my son is really floppy and listless today"])
def test_a_listless_child_is_an_emergency_without_an_age(text: str) -> None:
    assert service_decide(text)[0] == "emergency"
    assert service_decide(text, age=3)[0] == "emergency"


def test_a_child_hard_to_wake_is_an_emergency() -> None:
    assert service_decide("孩子没精神，叫不太醒")[0] in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["孩子昨晚玩太晚了，今天有点蔫，没精打采的，别的都挺好", "my son had a sleepover last night and is a bit lethargic today"])
def test_a_child_tired_after_a_late_night_is_not_an_emergency(text: str) -> None:
    assert "lethargic_child" not in current_codes(text)
    assert service_decide(text)[0] not in ("emergency", "emergency_ambulance")
    assert service_decide(text, age=4)[0] not in ("emergency", "emergency_ambulance")


def test_very_listless_after_a_late_night_is_still_lethargy() -> None:
    assert "lethargic_child" in current_codes("孩子昨晚玩太晚了，今天特别蔫")


# --- 7. Durations that are not the symptom's ---

@pytest.mark.parametrize("text", ["my gf of 3 years has a headache", "married 10 years, I have had a headache", "my boyfriend of 2 years",
                                  "5 weeks after giving birth I have a headache", "产后5周，头痛", "生完孩子5周了，头疼"])
def test_a_relationship_or_the_time_since_birth_is_no_duration(text: str) -> None:
    assert parse_duration_days(text) is None


@pytest.mark.parametrize(("text", "days"), [("my wife of 20 years has had a cough for 2 days", 2.0), ("结婚10年了，头疼两天", 2.0),
                                            ("I have been bleeding for 5 weeks since giving birth", 35.0), ("i have had headaches for 5 weeks", 35.0)])
def test_the_symptoms_own_duration_stays(text: str, days: float) -> None:
    assert parse_duration_days(text) == days


def test_the_time_since_birth_still_limits_postnatal_advice() -> None:
    assert parse_postpartum_days("产后10周，恶露还有一点，颜色变淡了") == 70.0
    assert service_decide("产后10周，恶露还有一点，颜色变淡了", 30, "F")[0] != "self_care"
    assert service_decide("产后10天，老是想哭", 30, "F")[0] == "self_care"
    assert service_decide("产后3周，老是想哭", 30, "F")[0] != "self_care"


# --- 8. Not eating in an adult ---

@pytest.mark.parametrize("text", ["my husband is not eating", "我爸这两天不吃东西，也不怎么喝水", "我老婆不肯吃饭",
                                  "my husband has not been eating for 3 days"])
def test_an_adult_not_eating_is_no_infant_feeding(text: str) -> None:
    codes = current_codes(text)
    assert "adult_not_eating" in codes and "infant_poor_feeding" not in codes


@pytest.mark.parametrize("text", ["宝宝不吃东西，发烧", "my 2 year old is not eating", "She's barely fed since this morning", "宝宝3个月大，不吃东西"])
def test_a_baby_not_feeding_stays(text: str) -> None:
    assert "infant_poor_feeding" in current_codes(text)


# --- 9. A negative test denies the pregnancy a late period suggested ---

@pytest.mark.parametrize("text", ["例假推迟了但验孕是阴性", "例假推迟了一周，验孕棒阴性", "my period is late but the pregnancy test was negative",
                                  "my period is late, I did a test and it was negative", "例假推迟了十天，测了一条杠，肚子疼"])
def test_a_negative_test_is_no_pregnancy(text: str) -> None:
    assert "pregnancy" not in current_codes(text)


@pytest.mark.parametrize("text", ["例假推迟了", "月经推迟快两周了，测了是两道杠", "I am 8 weeks pregnant, the first test was negative"])
def test_a_late_period_or_a_stated_pregnancy_stays(text: str) -> None:
    assert "pregnancy" in current_codes(text)


# stage39 (blind137 t137z-009): a slip that sat her on the floor is a fall, and a foot 'seeming a bit turned out' after it
# is the rotated leg of a hip fracture (NHS Hip fracture; NICE CG124); sitting down on purpose, a slip with no fall and a
# lifelong out-turned gait are not.
def test_a_slip_onto_the_floor_with_the_foot_turned_out_is_a_hip_fracture() -> None:
    text = ("我妈84岁，昨天在卫生间滑了一下坐地上了，当时自己爬起来了。今天说左边大腿根疼，扶着墙还能走几步，"
            "就是一走就疼得龇牙咧嘴，左脚好像有点往外撇。她有骨质疏松。")
    assert {"recent_fall", "deformity"} <= current_codes(text)
    assert "recent_fall" in current_codes("老人一屁股坐地上了，现在屁股疼")
    for calm in ("我坐地上玩了一会儿", "他一屁股坐在沙发上", "滑了一下，没摔倒", "走路的时候脚有点往外撇，一直这样"):
        assert not {"recent_fall", "deformity"} & current_codes(calm), calm
