"""fold-t147a: blind147 part A (bites, stings, wounds, burns, tetanus) folded in: each class with its look-alikes."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired

# --- 1. a snake guessed after the bite (NHS Snake bites: call 999 or go to A&E if you think so) ---


@pytest.mark.parametrize("text", [
    "something bit me on the ankle in the long grass, pretty sure it was a snake, had a zigzag down its back",
    "something bit me on the ankle, i think it was an adder",
    "got bit on the leg on the heath, im fairly sure it was an adder",
    "在草丛里被什么东西咬了一口，好像是条蛇，脚肿了",
])
def test_a_snake_guessed_after_the_bite_is_a_snake_bite(text: str) -> None:
    assert "snake_bite" in current_codes(text)
    assert decide(text, 40)[0] in ("emergency", "emergency_ambulance")


def test_a_guessed_snake_bite_with_sickness_and_faintness_is_the_ambulance() -> None:
    text = ("was out walking the dog on the heath and something bit me on the ankle in the long grass, pretty sure it "
            "was a snake. leg has blown up to the knee, ive been sick twice and feel really faint")
    assert "snake_bite_with_systemic_signs" in fired(text)


@pytest.mark.parametrize("text", [
    "something bit me on the leg, i don't think it was a snake",
    "something bit me on the leg, im not sure it was a snake",
    "a dog bit me on the hand, pretty sure it was a collie",
    "被什么虫子咬了一口，不像是蛇",
])
def test_snake_guess_look_alikes(text: str) -> None:
    assert "snake_bite" not in current_codes(text)


# --- 2. an animal's bite or snap with the wound on the face (NHS Animal and human bites: A&E) ---


@pytest.mark.parametrize("text", [
    "our friends dog snapped at my daughter (4) when she went to hug it. shes got a cut on her cheek, quite deep",
    "the neighbours dog went for my son, he has a gash on his forehead",
    "被狗咬了一口，脸上有个口子，还在渗血",
])
def test_an_animal_bite_with_a_face_wound_is_an_emergency(text: str) -> None:
    assert "animal_bite_face_wound" in fired(text)


@pytest.mark.parametrize("text", [
    "the dog snapped at my son but missed him, he fell over and has a graze on his knee",
    "被狗咬了手背，脸上没伤",
    "fell off my bike and have a cut on my cheek",       # a face wound with no animal
])
def test_face_wound_bite_look_alikes(text: str) -> None:
    assert "animal_bite_face_wound" not in fired(text)


# --- 3. a fight bite: a cut over the knuckle from a tooth (NHS Animal and human bites: a person's bite, 111) ---


@pytest.mark.parametrize("text", [
    "got in a scuffle, caught a guy in the mouth. small cut over my knuckle from his tooth, now my hand is swollen",
    "punched a bloke in the mouth last night, cut on my knuckle from his teeth",
    "打了那人嘴巴一拳，指关节被他的牙磕破了",
])
def test_a_fight_bite_is_a_human_bite_for_today(text: str) -> None:
    urgency, rules = decide(text, 28)
    assert "fight_bite" in current_codes(text)
    assert urgency in ("urgent", "emergency", "emergency_ambulance") and "human_bite" in rules


@pytest.mark.parametrize("text", [
    "punched a guy in the mouth last night, knuckles bruised, no cut",
    "punched a wall, my knuckles are sore",
])
def test_fight_bite_look_alikes(text: str) -> None:
    assert "fight_bite" not in current_codes(text)


# --- 4. numbness since a cut (NHS Cuts and grazes: loss of feeling near the wound, A&E) ---


@pytest.mark.parametrize("text", [
    "sliced my finger with a knife, about 2cm, stopped bleeding. only thing is the tip on that side has been numb and "
    "tingly ever since",
    "sliced my thumb with a knife this morning, the tip has been numb ever since",
    "被菜刀划伤了手指，划伤以后指尖一直发麻",
])
def test_numbness_since_a_cut_is_an_emergency(text: str) -> None:
    assert "cut_then_numb" in fired(text) or "deep_wound_or_numb" in fired(text)
    assert "stroke_signs" not in fired(text)


@pytest.mark.parametrize("text", [
    "paper cut on my finger, and my feet are numb from my diabetes",
    "切菜划了个小口子，不麻，血止住了",
])
def test_numb_since_cut_look_alikes(text: str) -> None:
    assert not fired(text) & {"cut_then_numb", "deep_wound_or_numb"}


def test_one_side_of_the_body_numb_is_still_a_stroke_sign() -> None:
    assert "one_sided_weakness" in current_codes("suddenly my left side has gone numb and my face is drooping")


# --- 5. a stiff jaw after a wound (NHS Tetanus: an emergency treated in hospital) ---


@pytest.mark.parametrize("text", [
    "stepped on a rusty nail ten days ago and now my jaw is stiff and I can barely open my mouth",
    "十来天前在地里干活脚被生锈的钉子扎了，没当回事。这两天觉得嘴巴张不大，脖子后面也发紧发硬",
    "上周手被铁丝扎破了，现在牙关发紧，张口困难",
])
def test_lockjaw_after_a_wound_is_an_emergency(text: str) -> None:
    assert "tetanus_signs_after_wound" in fired(text)


@pytest.mark.parametrize("text", [
    "stepped on a rusty nail yesterday, washed it, jaw is fine and I can open my mouth normally",
    "脚被钉子扎了一下，已经消毒，嘴巴张得开，没有发紧",
    "my jaw is stiff after the dentist yesterday",     # no wound
])
def test_lockjaw_look_alikes(text: str) -> None:
    assert "tetanus_signs_after_wound" not in fired(text)


def test_a_nail_through_a_trainer_is_a_wound() -> None:
    text = ("stood on an old board with a rusty nail in it, went through my trainer into the sole of my foot. "
            "cant remember when I last had a tetanus jab")
    assert "wound" in current_codes(text)
    assert decide(text, 44)[0] == "urgent"


# --- 6. a finger's end hanging by skin (急诊预检分诊专家共识 2018: 断指) ---


@pytest.mark.parametrize("text", [
    "干活的时候手指头被机器压了，食指最前面一截差不多掉了，还连着一点皮",
    "my fingertip is hanging by a flap of skin after the door slammed on it",
])
def test_a_finger_end_hanging_by_skin_is_an_amputation(text: str) -> None:
    assert "traumatic_amputation" in fired(text) or "amputation_with_heavy_bleeding" in fired(text)


@pytest.mark.parametrize("text", [
    "差点把手指切掉，还好只划了个小口子",
    "I nearly cut my finger off chopping onions, just a small nick",
])
def test_near_miss_amputation_look_alikes(text: str) -> None:
    assert "amputation" not in current_codes(text)


# --- 7. a burn gone white or grey, hard and painless (NHS Burns and scalds: white or charred skin, A&E) ---


def test_a_white_grey_hot_water_bottle_burn_is_a_deep_burn() -> None:
    text = "冬天晚上睡觉抱着热水袋，早上起来发现小腿上有一块鸡蛋大小的地方发白，中间有点发灰，摸着硬硬的，也不怎么疼。涂点烫伤膏行吗"
    assert "serious_burn" in fired(text)


@pytest.mark.parametrize("text", [
    "热水袋烫了一下，小腿红了一块，没起泡",
    "舌头上一块地方发白",                                # no burn
])
def test_deep_burn_look_alikes(text: str) -> None:
    assert "serious_burn" not in fired(text)


# --- 8. a pet's lick on intact skin said with 它 (狂犬病暴露预防处置工作规范: I级暴露) ---


def test_a_pets_lick_said_with_ta_is_a_lick() -> None:
    text = "我家狗狗每年都打疫苗的，今天它舔了我手背，手背皮肤好好的没有伤口。这个要去打狂犬疫苗吗"
    assert "animal_lick" in current_codes(text)
    assert decide(text, 33)[0] == "self_care"


def test_a_lick_with_a_wound_is_not_self_care() -> None:
    assert decide("我家狗每年都打疫苗，它舔了我的手，手上有伤口", 33)[0] != "self_care"


# --- 9. local names of a stinging caterpillar and the rove beetle; a tick not named ---


@pytest.mark.parametrize("text", [
    "孩子8岁在树底下玩被洋辣子蜇了胳膊，一片红疙瘩，火辣辣地痛",
    "脖子上一条红道道，室友说是隐翅虫",
])
def test_caterpillar_and_rove_beetle_are_insect_stings(text: str) -> None:
    assert "insect_bite" in current_codes(text)


def test_a_small_black_bug_embedded_in_the_skin_is_a_tick() -> None:
    assert "tick_bite" in current_codes("露营回来发现腰上有个小黑虫子扎在肉里，拽不下来")


def test_a_bug_on_the_skin_not_embedded_is_no_tick() -> None:
    assert "tick_bite" not in current_codes("腰上爬着个小黑虫子，拍掉了")
