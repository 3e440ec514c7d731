"""misread27: eleven misreadings seen in earlier blind sets, each read as a family, with the near misses that must not
change (negated, still happening, someone else's, look-alikes)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, department_group, fired


# (1) A seizure dated days, weeks or months back, in someone now well, is history (NHS Epilepsy; NHS What to do if
# someone has a seizure: the 999 signs are about a seizure now or just over).
@pytest.mark.parametrize("text", [
    "I had a fit about three weeks ago, the GP has referred me to neurology, I feel fine now",
    "my daughter had a seizure last week, she's been checked over and is back to herself",
    "两个星期前我抽过一回，医生给开了药，现在吃着，人挺好的",
    "我上个月抽了一次，现在吃着丙戊酸钠，就是有点犯困",
    "he had a convulsion a few months ago, since then the epilepsy nurse has adjusted his tablets",
])
def test_a_seizure_dated_weeks_back_is_history(text: str) -> None:
    assert "seizure" not in current_codes(text)
    assert "seizure" not in fired(text)


@pytest.mark.parametrize("text", [
    "he had a seizure this morning, now seems fine",
    "he had a fit earlier today, he's sleepy now",
    "my son had a seizure last week and he's having another one now",
    "两个月前抽搐过一次，今天又抽了",
    "孩子刚才又抽了",
])
def test_a_seizure_today_or_again_is_still_a_seizure(text: str) -> None:
    assert "seizure" in current_codes(text)


# (2) "缓过来了", "就好了", "back to normal": the recovery from a seizure or a low sugar only in a message about one; a
# cramp, a dizzy spell on standing or a toothache that passed is neither.
@pytest.mark.parametrize("text", [
    "半夜脚抽筋了，疼了好一会儿，后来慢慢缓过来了",
    "蹲久了一站起来眼前发黑，扶了一下墙一会儿就好了",
    "牙齿一吃糖就酸疼，过一会就好了",
    "got cramp in my calf in bed, stretched it out and I'm fine now",
])
def test_it_passed_said_of_something_else_reads_no_seizure_or_sugar_recovery(text: str) -> None:
    codes = current_codes(text)
    assert not codes & {"seizure", "seizure_recovered", "hypo_treated_recovered"}


@pytest.mark.parametrize("text", ["孩子腿抽了一下筋，揉揉就好了", "小腿抽了一下筋，现在没事了"])
def test_a_leg_cramp_said_with_a_word_between_is_no_seizure(text: str) -> None:
    assert "seizure" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "我有癫痫，刚才发作了一次，跟平时一样，现在已经缓过来了",
    "低血糖了，喝了一瓶可乐，血糖就上来了",
    "有糖尿病，刚才手抖出汗，吃了两块糖就好了",
])
def test_recovery_words_in_a_seizure_or_sugar_message_are_still_read(text: str) -> None:
    assert current_codes(text) & {"seizure_recovered", "hypo_treated_recovered"}


# (3) A leg that cannot be moved after a fall, and hurts, is the injured limb (NHS Broken leg: A&E), not the
# one-sided weakness of a stroke; one-sided weakness with no injury, or with a drooping face or slurred speech, stays.
@pytest.mark.parametrize("text", [
    "我妈下楼梯摔了一跤，右腿疼得厉害，右腿动不了",
    "老爷子在浴室滑倒了，左腿疼，左腿动不了了",
    "came off my bike, my right leg really hurts and I can't move my right leg",
    "slipped on the ice, landed on my left hip, it's agony and I can't move my left leg",
])
def test_an_injured_limb_that_cannot_move_is_an_injury_not_a_stroke(text: str) -> None:
    assert "stroke_signs" not in fired(text)
    assert "fracture_signs" in current_codes(text)


@pytest.mark.parametrize("text", [
    "早上起来左腿突然动不了，没摔过也没磕着",
    "摔倒了，右腿动不了，嘴也歪了",
    "he fell over and now can't move his left arm and his speech is slurred",
    "my right arm suddenly went weak, I can't lift it",
])
def test_one_sided_weakness_without_an_injury_or_with_other_stroke_signs_stays_a_stroke_sign(text: str) -> None:
    assert "stroke_signs" in fired(text)


# (4) An animal's jabs are not the patient's vaccination.
@pytest.mark.parametrize("text", [
    "被朋友家的狗咬了一口，出了点血，朋友说狗打过疫苗",
    "被流浪猫抓了一下，猫肯定没打过疫苗",
    "我家狗每年都打疫苗，今天玩的时候咬破了我的手",
    "my neighbour's dog nipped my hand, the dog had his vaccinations last month",
])
def test_a_pets_vaccination_is_not_the_patients(text: str) -> None:
    assert "recent_vaccination" not in current_codes(text)


@pytest.mark.parametrize("text", ["孩子昨天打了疫苗，今天有点低烧", "我昨天打了流感疫苗，胳膊疼", "she had her 12 week jabs yesterday and is a bit grizzly"])
def test_the_patients_own_vaccination_is_still_read(text: str) -> None:
    assert "recent_vaccination" in current_codes(text)


# (5) A heavy nosebleed that has stopped is no heavy bleeding now (NHS Nosebleed: A&E if it lasts more than 10 to 15
# minutes, seems excessive, a lot of blood is swallowed, or with weakness, dizziness or a blow to the head).
@pytest.mark.parametrize("text", [
    "my nose was pouring with blood earlier but it's stopped now",
    "big nosebleed after football, loads of blood, pinched it for 10 minutes and it has stopped",
    "刚才鼻子流了好多血，捏了十分钟就止住了，现在没事了",
])
def test_a_heavy_nosebleed_that_has_stopped_is_not_heavy_bleeding_now(text: str) -> None:
    assert "heavy_bleeding" not in current_codes(text)
    assert "heavy_bleeding" not in fired(text)


@pytest.mark.parametrize("text", [
    "my nose is pouring blood and won't stop",
    "my nose is pouring blood, it stopped for a minute then started again",
    "nosebleed with lots of blood, stopped now, I'm on warfarin",
    "my nose bled heavily, it's stopped now but I swallowed a lot of blood",
    "cut my hand, blood pouring out, it's stopped now",
])
def test_a_nosebleed_still_going_or_with_a_danger_sign_stays_heavy_bleeding(text: str) -> None:
    assert "heavy_bleeding" in current_codes(text)


# (6) Eyelid twitching: self-care as NHS Eyelid twitching says; a drooping face stays a stroke sign.
@pytest.mark.parametrize("text", [
    "my left eyelid keeps twitching, been going on for about a week, I'm drinking loads of coffee",
    "my bottom eyelid has been flickering on and off for a few days",
    "最近加班熬夜，右眼皮一直跳，跳了三四天了",
    "这几天左眼皮老是突突地跳",
])
def test_eyelid_twitching_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=30)
    assert urgency == "self_care" and "eyelid_twitching" in rules
    assert department_group(text, age=30) == "眼科"


@pytest.mark.parametrize("text", ["my eyelid is twitching and one side of my face has dropped", "眼皮跳，嘴角也歪了，说话不清楚"])
def test_eyelid_twitching_with_a_drooping_face_is_still_a_stroke(text: str) -> None:
    assert "stroke_signs" in fired(text)


# (7) Red pee put down to a food eaten, said in the next sentence (NHS Blood in urine: it may not be blood after
# beetroot); blood or clots named, a denied food, or pain, fever or a blood thinner keep the blood reading.
@pytest.mark.parametrize("text", [
    "my wee has gone pinky red. I had a big beetroot salad last night",
    "my pee's gone red. Ate loads of beetroot yesterday",
    "早上尿是红色的，昨晚吃了两个红心火龙果",
    "尿有点发红！不过我昨天吃了一整个红心火龙果",
])
def test_red_pee_with_a_red_food_eaten_is_explained(text: str) -> None:
    assert "hematuria" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "my pee has gone red",
    "尿是红的，我没吃火龙果",
    "my wee is red. I had beetroot last night. I'm on warfarin",
    "尿是红的，腰疼，发烧38度，昨天吃了火龙果",
    "wee is bright red and it burns when I pee. had some beetroot yesterday",
])
def test_red_pee_unexplained_or_with_a_warning_is_still_blood(text: str) -> None:
    assert "hematuria" in current_codes(text)


# (8) Chest pain on breathing in or coughing, with a cough and a fever, is a chest infection (NHS Pneumonia: urgent
# GP appointment or 111); chest pain without them, or spreading to the arm, keeps its red flag.
@pytest.mark.parametrize("text", [
    "chesty cough for 4 days with a temperature of 38.6, and my chest hurts when I cough",
    "fever and a cough bringing up yellow phlegm, sharp pain on the right of my chest every time I breathe in",
    "咳嗽一个礼拜了，发烧38度5，吸气的时候左边胸口疼",
    "发烧三天了，咳黄痰，一咳嗽胸口就疼",
])
def test_chest_pain_on_breathing_with_cough_and_fever_is_an_urgent_chest_infection(text: str) -> None:
    urgency, rules = decide(text, age=40)
    assert urgency == "urgent" and "chest_infection_pain" in rules


@pytest.mark.parametrize("text", [
    "sharp chest pain when I breathe in, started suddenly an hour ago",
    "chest pain since this morning, no cough",
    "胸口疼了一上午，吸气的时候更疼，不发烧不咳嗽",
])
def test_chest_pain_without_a_chest_infection_is_still_an_emergency(text: str) -> None:
    urgency, _ = decide(text, age=50)
    assert urgency in ("emergency", "emergency_ambulance")


@pytest.mark.parametrize("text", ["cough and fever for 3 days, my chest hurts when I breathe in and the pain goes down my left arm",
                                  "咳嗽发烧三天，吸气的时候胸口疼，还放射到左胳膊"])
def test_a_chest_infection_pain_that_spreads_is_still_an_ambulance(text: str) -> None:
    urgency, _ = decide(text, age=55)
    assert urgency == "emergency_ambulance"


# (9) "酸得要命" after sport or the gym is muscle soreness (self-care), not a severe pain.
@pytest.mark.parametrize("text", [
    "前天第一次去健身房练腿，今天大腿酸得要命，下楼梯腿软",
    "周末去爬山了，今天两条小腿酸痛得要命",
    "昨天踢了两个小时足球，今天大腿酸疼得要命",
])
def test_sore_as_hell_after_exercise_is_muscle_soreness(text: str) -> None:
    urgency, rules = decide(text, age=28)
    assert urgency == "self_care" and "severe_pain" not in rules


@pytest.mark.parametrize("text", ["昨天打篮球扭了脚，疼得要命，肿得老高", "腰酸痛得要命，好几天了"])
def test_pain_that_is_not_exercise_soreness_keeps_its_severity(text: str) -> None:
    _, rules = decide(text, age=45)
    assert "severe_pain" in rules


# (10) Exam stress with no thoughts of self-harm: self-care (NHS Stress); any suicidal words stay an emergency.
@pytest.mark.parametrize("text", [
    "还有三周中考，最近一想到考试就紧张，晚上睡不着，没有想伤害自己",
    "期末考试前这几天特别焦虑，心慌，睡不好",
    "A-levels start next month and I'm really anxious, can't switch off at night, no dark thoughts",
])
def test_exam_stress_is_self_care(text: str) -> None:
    urgency, rules = decide(text, age=17)
    assert urgency == "self_care" and "exam_stress" in rules


@pytest.mark.parametrize("text", ["快考试了，压力太大，不想活了", "exams next week and I keep thinking about killing myself"])
def test_exam_stress_with_suicidal_words_is_still_an_emergency(text: str) -> None:
    urgency, _ = decide(text, age=17)
    assert urgency in ("emergency", "emergency_ambulance")


# (11) Misty sight with glare from lights at night in an older person is the cataract picture (眼科), not photophobia.
@pytest.mark.parametrize("text", [
    "我爸70了，看东西越来越模糊，晚上看路灯特别刺眼",
    "奶奶这一年看东西雾蒙蒙的，晚上看对面车灯很晃眼",
    "my dad's eyesight has gone misty and street lights dazzle him at night",
])
def test_misty_sight_with_glare_at_night_goes_to_the_eye_clinic(text: str) -> None:
    assert department_group(text, age=72) == "眼科"
    assert "photophobia" not in current_codes(text)


@pytest.mark.parametrize("text", ["发烧39度，头疼得厉害，脖子硬，看灯光特别刺眼", "头疼，怕光，吐了两次"])
def test_light_that_hurts_with_a_headache_is_still_photophobia(text: str) -> None:
    assert "photophobia" in current_codes(text)
