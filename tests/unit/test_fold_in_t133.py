"""fold-t133: blind133 (a representative week at the pre-consultation desk) folded into the triage rules.

Each case names the public source its rule cites; the look-alikes beside it must not fire.
"""

from __future__ import annotations

import pytest

from carebridge.tools.triage_engine import decide_urgency, route_department
from tests.triage_screen import current_codes, fired, service_decide, service_facts


def group(text: str, age: float | None = 30, sex: str | None = "F") -> str:
    """The department group (zh) the triage agent sends one message to (service reading: duration, sex)."""
    found, facts = service_facts(text, age, sex)
    urgency, _, _ = decide_urgency(found.present, facts)
    dept, _ = route_department(found.present, facts, urgency)
    return dept.group_zh


# t133z-050: NHS Thrush: a pharmacist can treat thrush you have had before and recognise; the earlier episode told with
# the doctor's name for it ("去年得过一次，医生说是霉菌性的").
@pytest.mark.parametrize("text", [
    "又是那种豆腐渣一样的白带，下面痒，去年得过一次，医生说是霉菌性的，这次症状一模一样",
    "下面又痒，白带像豆腐渣，之前得过一回，医生说是霉菌性阴道炎，这回感觉一样",
    "白带豆腐渣样，外阴痒，前年医生诊断过霉菌性阴道炎，这次症状跟那次差不多",
    "itchy down below with cottage cheese discharge again, the GP diagnosed thrush last year and this is identical",
])
def test_thrush_recognised_from_a_doctors_earlier_diagnosis_is_self_care(text: str) -> None:
    assert service_decide(text, 33, "F") == ("self_care", {"thrush_recognised"})


@pytest.mark.parametrize("text", [
    "白带豆腐渣一样，下面痒，今天医生说是霉菌性阴道炎",      # diagnosed today: no earlier episode
    "白带有点多，下面痒，去年得过一次，医生说是细菌性的",    # an earlier bacterial infection is not thrush
])
def test_a_diagnosis_made_today_or_of_another_infection_is_not_thrush_before(text: str) -> None:
    assert "thrush_before" not in current_codes(text)


# t133z-040: NHS Eyelid twitching: common, with tiredness or stress, usually goes away on its own.
@pytest.mark.parametrize("text", [
    "这一周左眼下眼皮老是自己跳，一跳一跳的，最近加班多睡得少，看东西都正常",
    "右眼皮这几天总是自己跳个不停，睡眠不足",
    "上眼皮最近不由自主地跳，喝咖啡多了",
])
def test_an_eyelid_said_to_jump_by_itself_is_eyelid_twitching(text: str) -> None:
    assert "eyelid_twitch" in current_codes(text)
    assert service_decide(text, 35, "F") == ("self_care", {"eyelid_twitching"})
    assert group(text, 35) == "眼科"


def test_a_child_jumping_by_himself_is_no_eyelid_twitch() -> None:
    assert "eyelid_twitch" not in current_codes("孩子自己跳绳摔了一跤，膝盖擦破了")


# t133z-043: NHS Sunburn: red or pink, hot, sore skin after the sun; treat it at home unless blistered, feverish or dizzy.
@pytest.mark.parametrize("text", [
    "周末去海边晒了一天，肩膀和后背红红的一碰就疼，没起水泡，也没发烧",
    "去爬山晒了一整天，脸和脖子红彤彤的，摸着烫，没起泡",
    "在沙滩上玩了一下午，后背红通通的，有点疼",
])
def test_skin_gone_red_after_a_day_in_the_sun_is_sunburn(text: str) -> None:
    assert "sunburn" in current_codes(text)
    assert service_decide(text, 20, "F") == ("self_care", {"minor_skin"})
    assert group(text, 20) == "皮肤科"


@pytest.mark.parametrize("text", [
    "在海边吹了一天风，眼睛红红的",                 # eyes, not sun-reddened skin
    "晒了一天被子，晚上盖着舒服多了，脸红红的是喝了酒",  # a quilt put out to dry
])
def test_red_eyes_or_a_quilt_in_the_sun_are_not_sunburn(text: str) -> None:
    assert "sunburn" not in current_codes(text)


# t133z-039: NHS Hives: a raised rash in patches, often itchy; antihistamines from a pharmacist; 999 only with swollen lips
# or throat or breathing trouble.
@pytest.mark.parametrize("text", [
    "晚上吃了顿海鲜，身上起了好几块红疙瘩，一片一片的，特别痒，嘴唇不肿，喘气也正常",
    "吃完虾身上起了红疙瘩，一块一块的，很痒，呼吸正常",
    "胳膊上起了好多疙瘩 连成片了 痒得很 嘴不肿",
])
def test_lumps_said_to_come_in_patches_are_hives(text: str) -> None:
    assert "hives" in current_codes(text)
    assert service_decide(text, 30, "M") == ("self_care", {"minor_skin"})


def test_a_single_lump_is_not_hives() -> None:
    assert "hives" not in current_codes("脖子后面长了一个疙瘩，不痛不痒")


# t133z-029: NHS Polycystic ovary syndrome: irregular periods with acne or extra hair: a GP (gynaecology, departments.yaml
# pcos_signs).
@pytest.mark.parametrize("text", [
    "月经老是三四个月才来一次，这一年脸上痘痘多了，嘴唇上的毛也变重了，体重也涨了不少",
    "例假四五个月才来一次，脸上老长痘",
    "大姨妈好几个月才来一回，下巴上痘痘一直不断",
])
def test_periods_months_apart_with_acne_go_to_gynaecology(text: str) -> None:
    assert "gyn_symptoms" in current_codes(text)
    assert group(text, 24) == "妇产科"


def test_periods_every_few_months_in_english_are_irregular_periods() -> None:
    assert "gyn_symptoms" in current_codes("my periods only come every 3 or 4 months and my skin has got worse")


def test_a_relative_who_visits_every_few_months_is_no_period() -> None:
    assert "gyn_symptoms" not in current_codes("我妈三四个月才来一次，这次来了说我脸上痘痘多")


# t133z-031: NHS Sinusitis: a blocked nose with thick yellow or green mucus and a lost sense of smell; the nose's clinic
# (departments.yaml sinus_nose).
@pytest.mark.parametrize("text", [
    "鼻子堵了三个多月了，老是流黄鼻涕往嗓子里倒，闻东西也不太灵了，吃过好几回感冒药",
    "感冒后鼻塞流黄脓鼻涕一直不好，两个多月了，闻不到味",
    "blocked nose and thick green snot for 3 months since a cold, i can't smell anything",
])
def test_a_blocked_nose_with_sinus_signs_goes_to_ent_even_after_a_cold(text: str) -> None:
    assert group(text, 36, "M") == "耳鼻咽喉科"


def test_a_plain_cold_stays_with_internal_medicine() -> None:
    assert group("感冒了，鼻塞流鼻涕，嗓子疼", 36, "M") == "内科"


# t133e-033: NHS Hearing loss: the TV louder than others need, hard to hear people in noisy places.
@pytest.mark.parametrize("text", [
    "grandad keeps putting the tv right up and cant follow conversations in the pub anymore, its been gradual over a couple of years",
    "mum has the telly up really high these days and struggles to hear us in restaurants",
    "外公看电视要把音量调到最大，跟他说话老听岔",
])
def test_the_tv_turned_up_and_conversations_lost_in_noise_are_hearing_loss(text: str) -> None:
    assert "hearing_problem" in current_codes(text)
    assert group(text, 76, "M") == "耳鼻咽喉科"


@pytest.mark.parametrize("text", [
    "we put the tv up on the wall last week",
    "she can't follow conversations any more and keeps forgetting names",   # NHS Dementia, not read as hearing
])
def test_a_tv_on_the_wall_or_conversations_lost_anywhere_are_not_hearing_loss(text: str) -> None:
    assert "hearing_problem" not in current_codes(text)


# t133e-025: NHS Help for suicidal thoughts: not in immediate danger, an urgent GP appointment or 111
# (passive_suicidal_thoughts); the plan denied as a list ends, the act doubted in the writer's own words.
@pytest.mark.parametrize("text", [
    "for a couple of weeks ive been having thoughts that everyone would be better off without me. i dont think id actually do anything, no plan or anything, but its scaring me",
    "keep thinking everyone would be better off without me, no plan at all, it just frightens me",
    "lately I wish I could go to sleep and not wake up. I don't think I would ever act on it",
])
def test_passive_thoughts_with_the_plan_denied_are_urgent(text: str) -> None:
    assert "death_wish_plan_not_ruled_out" not in fired(text)
    assert service_decide(text, 29, "M") == ("urgent", {"passive_suicidal_thoughts"})


@pytest.mark.parametrize("text", [
    "everyone would be better off without me, no plan yet",
    "everyone would be better off without me, I don't think I can keep going",
])
def test_passive_thoughts_with_no_denial_stay_an_emergency(text: str) -> None:
    assert service_decide(text, 29, "M")[0] in ("emergency", "emergency_ambulance")


# t133z-020: NHS Pneumonia: feeling short of breath or chest pain on coughing is an urgent GP appointment or 111; a hedged
# "a bit faster than usual" is read as breathlessness in Chinese as in English; "very fast" stays the sepsis sign.
@pytest.mark.parametrize("text", [
    "我爸70了，发烧38.9三天了，咳黄痰，今天说一咳嗽胸口就疼，喘气比平时快点，还能自己走路吃饭",
    "我妈72岁，发烧咳嗽三天了，有黄痰，呼吸比平常快一些，还能吃饭",
])
def test_breathing_a_bit_faster_than_usual_with_a_chest_infection_is_urgent(text: str) -> None:
    assert "rapid_breathing" not in current_codes(text)
    assert "dyspnea" in current_codes(text)
    assert service_decide(text, 70, "M")[0] == "urgent"


@pytest.mark.parametrize("text", [
    "发烧39度，呼吸特别快，人有点糊涂",
    "发烧寒战，喘气比平时快很多",
])
def test_breathing_very_fast_with_a_fever_stays_the_sepsis_sign(text: str) -> None:
    assert "rapid_breathing" in current_codes(text)
    assert "sepsis_signs" in fired(text)
