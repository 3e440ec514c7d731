"""blind59 (evenings, nights and weekends): what its first look missed, read for what it says, with the near-misses
that must not change."""

from __future__ import annotations

import pytest

from carebridge.tools.slots import parse_severity
from tests.triage_screen import current_codes, decide

# --- DKA: a meter's number after "ketones" is the ketone level, not a low sugar (NICE NG17) ---

@pytest.mark.parametrize("text", [
    "Type 1 here, sick all night and can't hold water down, my monitor reads ketones 3.5, glucose 22",
    "1型糖尿病，昨晚开始一直吐，血糖仪显示酮体3.1，血糖23",
])
def test_ketones_on_the_meter_with_vomiting_is_dka(text: str) -> None:
    urgency, rules = decide(text, age=22)
    assert urgency == "emergency" and "diabetic_ketoacidosis_signs" in rules
    assert "hypoglycaemia" not in current_codes(text)


@pytest.mark.parametrize("text", ["my meter says 3.1 and I'm shaky", "血糖仪测了2.8，手抖出汗"])
def test_a_low_reading_without_ketones_stays_a_hypo(text: str) -> None:
    assert "hypoglycaemia" in current_codes(text)


def test_ketones_denied_is_no_dka() -> None:
    urgency, rules = decide("type 1, sugar a bit high at 15, ketones negative, not being sick", age=30)
    assert "diabetic_ketoacidosis_signs" not in rules


# --- Gallstones: pain under the right ribs spreading to the back with vomiting (NHS Gallstones: A&E) ---

@pytest.mark.parametrize("text", [
    "Since dinner there's pain under my right ribs, it's going through to my back and I've thrown up twice",
    "吃完烧烤以后右上腹一直疼，越来越厉害，疼到后背去了，吐了两次",
])
def test_right_upper_pain_to_the_back_with_vomiting(text: str) -> None:
    assert decide(text, age=50) == ("emergency", {"gallstone_pain_to_back_with_vomiting"})


@pytest.mark.parametrize("text", [
    "pain in the upper right of my tummy, not spreading anywhere, not been sick",
    "右上腹有点隐痛，没有往背上窜，也没吐",
    "左下腹疼，窜到后背，吐了一次",   # not the right upper tummy, no gallstones named
])
def test_right_upper_pain_without_the_rest_is_not_the_gallstone_flag(text: str) -> None:
    assert "gallstone_pain_to_back_with_vomiting" not in decide(text, age=40)[1]


def test_thrown_up_is_vomiting() -> None:
    assert "vomiting" in current_codes("I've thrown up three times tonight")
    assert "vomiting" not in current_codes("I haven't thrown up")


# --- Traumatic amputation, even with the bleeding stopped (急诊预检分诊专家共识 2018: 断指/断肢) ---

@pytest.mark.parametrize("text", [
    "my dad sliced the tip of his finger off on the mandoline, we've wrapped the piece",
    "took the end off my thumb with a chisel, bleeding's stopped",
    "切菜的时候把小拇指指尖切掉了一块，血已经止住了",
    "我哥干活时大拇指被机器轧断了",
])
def test_a_finger_cut_off_is_an_emergency(text: str) -> None:
    urgency, rules = decide(text, age=45)
    assert urgency in ("emergency", "emergency_ambulance") and "traumatic_amputation" in rules


@pytest.mark.parametrize("text", [
    "I nearly sliced the tip of my finger off but it's only a small nick",
    "差点把手指切掉，还好只是划了个小口子",
    "took the top off the bottle and cut my finger a bit",
])
def test_nearly_or_a_small_cut_is_no_amputation(text: str) -> None:
    assert "amputation" not in current_codes(text)


# --- A toddler's arm hanging and refused after a pull is the possible-fracture reading, not a stroke ---

@pytest.mark.parametrize("text", ["儿子3岁，我拉了他一下手，现在左胳膊就垂着不肯用，碰一下就哭", "女儿被拽了一下，右手一直耷拉着不敢动"])
def test_a_pulled_arm_refused_is_not_a_stroke(text: str) -> None:
    assert decide(text, age=3) == ("urgent", {"possible_fracture"})


@pytest.mark.parametrize("text", ["我爸突然右胳膊耷拉着抬不起来，说话也不清楚", "妈妈右边胳膊耷拉着，不能动了"])
def test_a_hanging_arm_that_cannot_move_stays_a_stroke_sign(text: str) -> None:
    urgency, rules = decide(text, age=72)
    assert urgency == "emergency_ambulance" and "stroke_signs" in rules


# --- Severity words are words: "gripping" holds no "ripping" ---

def test_gripping_is_not_a_ripping_pain() -> None:
    assert parse_severity("elbow aches, hurts gripping a cup or twisting a jar lid") is None
    assert parse_severity("a ripping pain between my shoulder blades") == 8


# --- Blood on the paper, a lost sense of smell (dept readings) ---

@pytest.mark.parametrize("text", ["擦完屁股纸上有一点鲜红的血", "卫生纸上沾着些红色的血"])
def test_blood_on_the_toilet_paper(text: str) -> None:
    assert "rectal_bleeding" in current_codes(text)


def test_no_blood_on_the_paper() -> None:
    assert "rectal_bleeding" not in current_codes("擦屁股纸上没有血")


@pytest.mark.parametrize("text", ["鼻塞好几个月，闻东西不太灵", "嗅觉减退两个月了"])
def test_a_poor_sense_of_smell_is_a_sinus_symptom(text: str) -> None:
    assert "sinusitis" in current_codes(text)


def test_a_cold_that_is_over() -> None:
    assert "cold_flu" not in current_codes("感冒好了也一直这样，鼻子堵")
    assert "cold_flu" in current_codes("感冒还没好，鼻子堵")


# --- Fish bone in Chinese (blind47 t47z-016 had fallen to the sore-throat self-care group) ---

@pytest.mark.parametrize("text", ["晚饭吃鱼卡了根刺，咽口水疼", "吃鸭的时候被骨头卡住了"])
def test_a_bone_caught_while_eating_is_a_foreign_body(text: str) -> None:
    # misread39: a bone stuck is bone_stuck_throat (the red flag bone_stuck_in_throat), a foreign body of its own
    assert "bone_stuck_throat" in current_codes(text)
    assert decide(text, age=45)[0] != "self_care"


def test_a_game_of_chicken_dinner_is_no_bone() -> None:
    assert not {"foreign_body_throat", "bone_stuck_throat"} & current_codes("玩吃鸡卡了一晚上，头疼")


# --- Suicidal and shut in with an engine running: an attempt under way (NHS: call 999) ---

@pytest.mark.parametrize("text", [
    "my son has locked himself in the garage with the engine running and says there's no point any more",
    "我老婆说活着没意思，把自己反锁在车库里，发动机一直开着",
    "她说不想活了，把煤气打开了",
])
def test_suicidal_with_fumes_is_an_ambulance(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "emergency_ambulance" and "suicidal_act_under_way" in rules


@pytest.mark.parametrize("text", [
    "I left the car engine running in the driveway to warm it up",
    "冬天早上在车库里热车，发动机开着",
])
def test_an_engine_running_alone_is_no_suicide_sign(text: str) -> None:
    assert "suicidal" not in current_codes(text)
    assert "suicidal_act_under_way" not in decide(text, age=40)[1]


# --- Raised cholesterol or triglycerides on a check-up: a routine medical question (NHS High cholesterol) ---

@pytest.mark.parametrize("text", ["体检查出来血脂偏高，低密度脂蛋白也高", "my cholesterol came back a bit high at my work health check"])
def test_raised_lipids_are_read(text: str) -> None:
    assert "raised_lipids" in current_codes(text)
    assert decide(text, age=50)[0] == "routine"


@pytest.mark.parametrize("text", ["胆固醇不高，血脂正常", "cholesterol is normal"])
def test_normal_lipids_are_not(text: str) -> None:
    assert "raised_lipids" not in current_codes(text)
