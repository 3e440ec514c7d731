"""blind54 (people who write with difficulty: learners' English, older/rural Chinese with input-method homophones and
dialect): its five under-triaged emergencies and the words that hid other findings, each with near-misses that must
not change. Homophones are same-length swaps in tools/text.py, so evidence spans still point at the original text."""

from __future__ import annotations

import pytest

from carebridge.tools.text import fix_spelling
from tests.triage_screen import current_codes, decide, fired


# --- input-method homophones read as the body word ------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "meant"), [
    ("凶口痛", "胸口痛"), ("头云眼花", "头晕眼花"), ("欧吐了两回", "呕吐了两回"), ("呕土", "呕吐"), ("有高血鸭", "有高血压"),
    ("耳躲听不见", "耳朵听不见"), ("看东西模呼", "看东西模糊"), ("打蓝球", "打篮球"), ("眼晶通红", "眼睛通红"),
    ("猴咙疼", "喉咙疼"), ("牙银出血", "牙龈出血"), ("干冒了", "感冒了"), ("拉杜子", "拉肚子"), ("桑子疼", "嗓子疼"),
    ("嘴外了", "嘴歪了"), ("起了红格大", "起了红疙瘩"), ("没发骚", "没发烧"), ("发骚38度9", "发烧38度9"),
    ("发骚三十九度", "发烧三十九度"), ("发绕两天了", "发烧两天了"),
])
def test_input_method_homophones_are_read_as_the_word_meant(typed: str, meant: str) -> None:
    assert fix_spelling(typed) == meant


@pytest.mark.parametrize("text", ["山头云雾缭绕", "嘴外面起了个泡", "价格大涨", "她说话很发骚", "桑子树"])
def test_a_homophone_form_inside_other_words_is_left_alone(text: str) -> None:
    assert fix_spelling(text) == text


def test_homophones_keep_every_offset() -> None:
    text = "凶口痛 头云 欧吐 血鸭高 耳躲 模呼 蓝球 没发骚"
    assert len(fix_spelling(text)) == len(text)


# --- heart attack written 凶口 --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "凶口痛得厉害像一块大石头压着 出了一身冷汗",
    "凶口闷痛 痛到左边膀子 一身冷汗",
])
def test_chest_pain_typed_as_xiongkou_homophone_is_an_ambulance(text: str) -> None:
    assert decide(text, age=62)[0] == "emergency_ambulance"


# --- a choking child --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "孙子吃花生米卡住了 脸都憋紫了 咳不出来",
    "孩子吃果冻噎住了 哭也哭不出声",
    "娃吃糖卡着了 嘴唇都憋得发紫",
])
def test_a_choking_child_who_is_going_purple_or_cannot_cry_is_an_ambulance(text: str) -> None:
    assert "severe_breathing_difficulty" in fired(text)
    assert decide(text, age=3)[0] == "emergency_ambulance"


@pytest.mark.parametrize("text", [
    "孙子吃花生米呛了一下 没卡住 咳出来了 现在哭得很响",
    "孩子哭得脸憋得通红",
])
def test_a_cough_that_cleared_it_or_a_red_face_is_not_an_airway_emergency(text: str) -> None:
    assert "severe_breathing_difficulty" not in fired(text)


# --- a shoulder that 'came down' ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "打蓝球摔了一跤 右边肩膀好像掉下来了 胳膊抬不起来",
    "摔倒了 胳膊肘掉环了 一动就疼",
])
def test_a_joint_that_came_out_after_a_fall_is_a_deformity_for_ed(text: str) -> None:
    assert "deformity" in current_codes(text)
    assert decide(text, age=20)[0] == "emergency"


@pytest.mark.parametrize("text", ["肩膀上的包掉下来了", "打篮球摔了一跤 肩膀有点疼 能抬起来"])
def test_something_falling_off_a_shoulder_is_no_dislocation(text: str) -> None:
    assert "deformity" not in current_codes(text)


# --- learners' English: spurting bleeding with pallor --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "he cut his leg with the saw, the blood is jumping out and not stopping even I am pressing hard, he is white in face",
    "deep cut on her arm from glass, blood is shooting out, towel is full red already, she is white in the face",
])
def test_spurting_bleeding_with_a_white_face_is_an_ambulance(text: str) -> None:
    assert "bleeding_with_shock" in fired(text)


@pytest.mark.parametrize("text", [
    "small cut on my finger, it stopped bleeding after I pressed it for two minutes",
    "I was jumping out of bed and hit my toe, no blood",
])
def test_a_small_cut_that_stopped_or_jumping_out_of_bed_is_no_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)


def test_a_small_cut_that_stopped_in_chinese_is_no_wound_to_close() -> None:
    text = "切菜切到手指头了 一个小口子 按了几分钟血就止住了 不深 贴了创可贴"
    assert "wound" not in current_codes(text)
    assert decide(text, age=45)[0] == "self_care"


# --- learners' English: the right down side -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "pain start around the belly button and now it is more in the right down side, I vomit one time and have fever",
    "my stomach is paining in the down right side since morning and I have 38.5 fever",
])
def test_pain_in_the_right_down_side_with_fever_or_vomiting_is_possible_appendicitis(text: str) -> None:
    assert "possible_appendicitis" in fired(text)


@pytest.mark.parametrize("text", [
    "pain in the right down side of my back, no fever",
    "my right down tooth is paining, little fever",
])
def test_the_right_down_side_of_the_back_or_a_tooth_is_not_the_belly(text: str) -> None:
    assert "rlq_pain" not in current_codes(text)


def test_paining_is_read_as_hurting() -> None:
    assert fix_spelling("my stomach is paining since two days") == "my stomach is hurting since two days"
    assert "abdominal_pain" in current_codes("my stomach is paining since two days")
    assert fix_spelling("growing pains in my legs") == "growing pains in my legs"


# --- other lay and learners' words --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "code"), [
    ("I have loose motion 4 times since morning", "diarrhea"),
    ("I twist my ankle in football yesterday", "sprain"),
    ("my throat is paining when I swallow", "sore_throat"),
    ("it is burning when I make urine", "urinary_symptoms"),
    ("I go to toilet every one hour to pee and the urine is smell strong", "urinary_symptoms"),
    ("he is using the blue pump many times, 4 5 times in a day", "asthma_worse"),
    ("生娃一个多月 左边奶子红肿 一摸有硬块", "breast_symptoms"),
    ("I am pregnant 8 month, suddenly much blood is coming from down", "vaginal_bleeding"),
])
def test_learners_and_lay_words_are_read_as_the_finding(text: str, code: str) -> None:
    assert code in current_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("娃喝了奶子 肚子有点疼", "breast_symptoms"),
    ("the blood is coming from down the corridor, a man fell", "vaginal_bleeding"),
    ("I use the blue pump once a week for football", "asthma_worse"),
])
def test_near_misses_of_the_lay_words_are_not_the_finding(text: str, code: str) -> None:
    assert code not in current_codes(text)


def test_blurring_over_two_or_three_years_is_gradual() -> None:
    text = "俺这眼晶看东西越来越模呼 像隔着一层雾 有两三年了 不疼不红"
    assert "gradual_onset" in current_codes(text)
    assert decide(text, age=70)[0] == "routine"
