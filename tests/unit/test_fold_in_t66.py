"""blind66 (injuries and bleeding at every age, in people's own words): what its first look missed, read for what it
says, with the near-misses that must not change. The largest family is a limb or joint out of shape after an injury
(deformed_limb_after_injury), said in many words, in either order around the limb, in English and Chinese."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide

_LIMB_OUT_OF_SHAPE_AFTER_AN_INJURY = [
    # English: arm, forearm, wrist, finger, thumb, ankle, knee, kneecap, shoulder, hip, leg, collarbone
    "my son came off the climbing frame and his forearm has an obvious bend in it between the wrist and the elbow",
    "she fell off her scooter and there's a bend halfway down her forearm",
    "he came off his bike and now his arm is bent",
    "landed on my hand at the skate park and my wrist is sitting at an angle now",
    "fell on the ice and my wrist looks a bit odd, like a weird shape",
    "tripped over the dog, landed on my wrist and a bone is poking up under the skin",
    "jammed my finger catching a netball and it's wonky now",
    "got my little finger caught in a tackle and it points off to the side",
    "caught my thumb in the car door and it isn't lined up any more",
    "fell off the kerb and my ankle is pointing the wrong way",
    "went over on my ankle coming down the stairs and it's gone a funny shape",
    "twisted my knee at football and the kneecap has slipped out to the side",
    "my kneecap moved out of place when I landed from a jump",
    "she was tackled at hockey and her knee looks wrong, there's a lump sticking out on the side",
    "landed on my shoulder off the horse and there's a lump sticking out at the front",
    "got knocked over at rugby and his shoulder is out of place",
    "grandad fell in the garden and his hip looks out of place",
    "fell skiing and her leg is crooked below the knee",
    "got hit by a car door and now his shin has a kink",
    "he was kicked in the leg at football and the lower leg is out of line",
    "fell off the wall onto his arm and there's a kink in his forearm",
    # Chinese
    "孩子从滑梯上摔下来，小臂中间弯了一块",
    "摔了一跤，手腕歪向一边",
    "滑倒的时候手撑了一下，手腕往外歪",
    "骑车摔了，前臂看着像折了一样",
    "打篮球手指被戳了，手指歪到一边去了",
    "打排球被球戳了一下，指头关节凸出来一块",
    "下楼梯崴了脚，脚踝变了形",
    "崴了脚，肿得厉害，脚不敢沾地，看着形状有点歪",
    # blind65 t65z-012, paraphrased: an ankle swollen like a bun, no weight on it, the shape a bit off
    "脚脖子肿得跟个包子似的，脚一点都不敢着地，看着形状有点歪",
    "踢球的时候膝盖一拧，髌骨跑到外侧去了",
    "跳起来落地膝盖扭了，膝盖骨滑到旁边，鼓出来一块",
    "摔倒时肩膀先着地，肩膀那里鼓出来一块，胳膊抬不起来",
    "被人撞倒了，胳膊肘那里形状都变了",
    "从梯子上摔下来，大腿中间成了个角度",
    "踢球被铲了一下，小腿弯成了一个角度",
    "孩子从床上摔下来，锁骨那里突出来一块",
]


@pytest.mark.parametrize("text", _LIMB_OUT_OF_SHAPE_AFTER_AN_INJURY)
def test_a_limb_out_of_shape_after_an_injury_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency in ("emergency", "emergency_ambulance")
    assert rules & {"deformed_limb_after_injury", "deformed_limb"}


def test_the_deformity_table_is_generous() -> None:
    assert len(_LIMB_OUT_OF_SHAPE_AFTER_AN_INJURY) >= 30


@pytest.mark.parametrize("text", [
    "fell on my wrist, it's swollen and sore but it looks straight",
    "my arm is not bent, just bruised after the fall",
    "fell off my bike, my knee looks normal, just a graze",
    "I twisted my ankle, it's swollen but the shape hasn't changed",
    "I can't bend my elbow since I fell on it",
    "fell and hurt my knee, it's hard to bend",
    "fell off my bike and banged my elbow, I can bend and straighten it fully",
    "my dad broke his arm years ago and it's still a bit crooked",
    "my nose has been crooked since a football injury 10 years ago",
    "my teeth have been crooked for years, I fell over yesterday and grazed my knee",
    "knocked my shin, there's a lump but it's straight",
    "摔了一跤，手腕肿了，形状没变",
    "扭到脚了，脚踝肿了，没有变形",
    "摔了一下，胳膊弯不了",
    "摔倒后胳膊肘弯的时候疼",
    "我爸几年前胳膊骨折过，现在还有点弯",
    "鼻子小时候摔过，一直有点歪",
    "牙齿一直有点歪，昨天摔了一跤擦破膝盖",
])
def test_a_sore_swollen_or_old_shape_is_not_a_new_deformity(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert "deformed_limb_after_injury" not in rules and urgency not in ("emergency", "emergency_ambulance")


def test_an_ankle_is_no_neck() -> None:
    assert not current_codes("脚脖子肿了，有点疼") & {"dental_spread_signs", "neck_pain", "neck_stiffness"}
    assert "dental_spread_signs" in current_codes("牙疼了三天，脖子也肿了")


@pytest.mark.parametrize("text", [
    "my boy went over the handlebars and one jabbed him in the tummy, an hour later he's white as a sheet and clammy",
    "孩子骑车摔了，车把戳到肚子上，现在脸色发白、一身冷汗",
])
def test_a_blow_to_the_belly_with_shock_signs_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=9)
    assert urgency == "emergency_ambulance" and "abdominal_injury_with_shock_signs" in rules


@pytest.mark.parametrize("text", [
    "he fell onto the handlebars and bumped his tummy, his colour is normal and he's running about",
    "孩子肚子被车把撞了一下，脸色正常，还在玩",
])
def test_a_blow_to_the_belly_without_shock_signs_is_not_that(text: str) -> None:
    assert "abdominal_injury_with_shock_signs" not in decide(text, age=9)[1]


@pytest.mark.parametrize("text", [
    "I was punched on the chin last night and now my teeth don't meet properly and my bottom lip is numb",
    "took an elbow to the jaw at basketball and I can only open my mouth a finger's width",
    "下巴被人打了一拳，今天上下牙对不上了，下嘴唇发麻",
    "摔倒时下巴着地，现在嘴只能张开两指，咬合也不对了",
])
def test_a_jaw_that_no_longer_meets_after_a_blow_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "suspected_jaw_fracture" in rules


@pytest.mark.parametrize("text", [
    "got hit on the jaw, it's sore but my teeth meet normally and I can open my mouth fine",
    "下巴被撞了一下，有点疼，咬合正常，嘴能张开",
])
def test_a_sore_jaw_that_still_meets_is_not_a_broken_jaw(text: str) -> None:
    assert "suspected_jaw_fracture" not in decide(text, age=30)[1]


@pytest.mark.parametrize("text", [
    "I laughed really hard and now my jaw is stuck open, I can't close my mouth and my words come out funny",
    "打哈欠的时候下巴掉了，嘴合不上，说话说不清楚",
])
def test_a_jaw_stuck_open_is_an_emergency_not_a_stroke(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "emergency" and "suspected_jaw_dislocation" in rules and "stroke_signs" not in rules


@pytest.mark.parametrize("text", ["my jaw clicks when I yawn but it opens and closes fine", "张嘴时下巴有点响，但嘴能合上"])
def test_a_clicking_jaw_that_closes_is_not_dislocated(text: str) -> None:
    assert "suspected_jaw_dislocation" not in decide(text, age=30)[1]


@pytest.mark.parametrize("text", [
    "shut my finger in the kitchen drawer, the nail has gone a bit purple, it bends fine",
    "手指被门夹了一下，指甲下面有点发紫，能弯能伸",
])
def test_a_nail_gone_purple_after_a_trap_is_a_bruise_not_cyanosis(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert "severe_breathing_difficulty" not in rules and urgency == "self_care"


@pytest.mark.parametrize("text", ["his fingernails and lips are going blue and he's struggling to breathe", "孩子嘴唇和指甲发紫，喘不上气"])
def test_blue_nails_with_breathlessness_stay_an_ambulance(text: str) -> None:
    assert decide(text, age=30)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "twisted my knee skiing six weeks ago, walking is fine but now and then it catches or gives way",
    "半个多月前打球扭了膝盖，现在偶尔会卡住，或者腿一软，不肿",
])
def test_a_knee_that_catches_or_gives_way_after_a_twist_is_not_a_sudden_weakness(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert "sudden_limb_weakness" not in rules and urgency not in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["我爸刚才突然一条腿没劲了，站不住", "my dad's leg suddenly went weak an hour ago and he can't stand"])
def test_a_leg_that_suddenly_goes_weak_is_still_an_ambulance(text: str) -> None:
    assert "knee_giving_way" not in current_codes(text) and decide(text, age=70)[0] == "emergency_ambulance"


def test_a_numb_patch_after_a_cut_that_has_healed_is_not_an_emergency() -> None:
    urgency, rules = decide("sliced my finger on a tin lid a few months back and it healed fine, but the tip is still a bit numb", age=30)
    assert "deep_wound_or_numb" not in rules and urgency not in ("emergency", "emergency_ambulance")


def test_a_fresh_cut_with_numbness_is_still_an_emergency() -> None:
    assert "deep_wound_or_numb" in decide("just cut my finger on a broken glass and the tip beyond the cut is numb", age=30)[1]


@pytest.mark.parametrize("text", [
    "my 7 year old came off her bike and took the skin off both elbows, it's grazed but I've cleaned the grit out",
    "burnt my fingers grabbing the handle of a hot saucepan, red and stinging, no blisters, cooled it under the tap",
    "walked into a door frame and I've got a black eye coming up, vision is fine, no double vision",
    "got a boot to the calf at football and there's a big bruise, I can walk normally",
    "切水果划到手指，口子很小，按了一会儿血就止住了",
    "孩子挖鼻孔挖出血了，捏了几分钟就不流了",
    "游泳的时候被水母蛰了一下，胳膊上红了几道，用海水冲过了",
    "吃东西把舌头咬破了，出了点血，现在不流了",
    "手上扎了一根小木刺，用镊子夹出来了，不红不肿",
])
def test_a_minor_injury_is_self_care(text: str) -> None:
    assert decide(text, age=30)[0] == "self_care"


@pytest.mark.parametrize("text", [
    "burnt my hand on a hot pan and there are big blisters bigger than my palm",
    "walked into a door and got a black eye, now I'm seeing double",
    "孩子挖鼻孔出血，捏了二十分钟还在流",
])
def test_a_minor_injury_with_a_warning_sign_is_not_self_care(text: str) -> None:
    assert decide(text, age=30)[0] != "self_care"


@pytest.mark.parametrize("text", ["孩子手指被门夹了，整个指甲底下都是紫黑的血，一跳一跳地疼，疼得睡不着",
                                  "trapped his finger in the car door, the whole nail is black and the throbbing is keeping him awake"])
def test_a_trapped_finger_that_throbs_all_night_is_not_a_minor_bruise(text: str) -> None:
    assert "minor_bruise" not in decide(text, age=6)[1]


@pytest.mark.parametrize("text", [
    "a ball hit the end of my ring finger and now the tip droops and I can't straighten it by itself",
    "接球的时候戳到手指，指尖耷拉着伸不直",
])
def test_a_drooping_fingertip_after_a_knock_is_urgent(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "urgent" and "mallet_finger" in rules


def test_a_finger_that_straightens_is_not_a_mallet_finger() -> None:
    assert "mallet_finger" not in decide("a ball hit my finger, it's a bit sore but the tip straightens fine", age=30)[1]


@pytest.mark.parametrize("text", ["chipped a tiny corner off my front tooth on a crust, doesn't hurt at all", "门牙磕掉一个小角，芝麻那么大，不疼不酸"])
def test_a_tiny_painless_chip_is_a_routine_dentist_visit(text: str) -> None:
    assert decide(text, age=30)[0] == "routine"


@pytest.mark.parametrize("text", [
    "chipped a small bit off my back tooth and now it's really sensitive to cold",
    "牙磕掉一小块，喝凉水就疼",
    "咬到骨头，一颗后牙崩掉了一大块，喝热水钻心地疼",
])
def test_a_broken_tooth_that_hurts_is_urgent(text: str) -> None:
    assert decide(text, age=30)[0] == "urgent"


def test_a_cut_healed_weeks_ago_is_no_wound_to_close() -> None:
    urgency, rules = decide("之前削苹果削到手指，好了两个礼拜了，现在那儿有个小硬疙瘩", age=30)
    assert "wound_needs_care" not in rules
    assert "wound_needs_care" in decide("刚才削苹果削到手指，口子挺深", age=30)[1] or decide("刚才削苹果削到手指，口子挺深", age=30)[0] != "self_care"


def test_a_size_said_of_a_rash_is_no_chipped_tooth() -> None:
    assert "tooth_chip_small" not in current_codes("宝宝脖子后背长了一片小红疹子，针尖那么大，不发烧")
    assert "tooth_chip_small" in current_codes("门牙磕掉了一块，芝麻那么大，不疼")
