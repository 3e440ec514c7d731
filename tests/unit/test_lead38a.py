"""Stop 38, lead38a: the leftovers of blind113 and blind131.

- Steroid tablets stopped suddenly after long use, then tiredness, sickness or dizziness on standing: urgent (NHS
  Prednisolone: withdrawal problems if stopped suddenly); with vomiting, collapse or confusion the adrenal crisis red flag
  (Society for Endocrinology). blind113 t113z-025.
- Alcohol stopped, said as the last drink after daily heavy use, or as "每天一斤白酒 昨天开始不喝了" (blind131 t131e-022,
  t131z-022): the withdrawal rule could not fire because the stop was not read.
- A benzodiazepine that ran out, said after the medicine ("on diazepam for years, ran out 2 days ago", "阿普唑仑...药吃完了"),
  with withdrawal symptoms: urgent (BNF, NICE CKS) (t131e-024, t131z-024), routed with alcohol withdrawal to 精神科.
- Neighbours listening through the walls and heard talking about him: psychosis (NICE CG178) (t131e-018).
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, reasons

# --- steroids stopped suddenly --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "吃了大半年泼尼松，上周觉得好了自己一下子停了，这几天特别乏力、恶心、头晕，站起来眼前发黑",  # t113z-025
    "强的松吃了一年多，前几天突然停了，现在浑身没劲，老想吐，头晕",
    "I'd been on prednisolone for 8 months and stopped it suddenly last week, now I'm exhausted, nauseous and a bit dizzy",
    "my mum stopped her steroid tablets all at once 4 days ago after a year on them, she's really tired and feels sick",
])
def test_steroids_stopped_suddenly_with_withdrawal_symptoms_is_urgent(cb, text: str) -> None:
    out = cb.triage_once(text, age=52, sex="F")
    assert out["urgency"] == "urgent"
    assert "steroid_withdrawal_symptoms" in reasons(out)


@pytest.mark.parametrize("text", [
    "吃了一年强的松，自己突然停了，今天吐了好几次，人迷迷糊糊的",
    "came off my prednisolone suddenly 3 days ago after 2 years, now vomiting all morning and very drowsy",
])
def test_steroids_stopped_suddenly_with_crisis_signs_is_an_emergency(cb, text: str) -> None:
    out = cb.triage_once(text, age=60, sex="M")
    assert out["urgency"] == "emergency_ambulance"
    assert any(f["id"] == "adrenal_crisis" for f in out["red_flags"])


@pytest.mark.parametrize("text", [
    "finished my 5 day course of prednisolone yesterday, feel fine",
    "医生让我慢慢减量，泼尼松已经停了一个月了，现在挺好的",
    "I stopped my steroid cream suddenly and the eczema came back",
])
def test_a_finished_course_or_a_taper_is_not_a_sudden_stop(text: str) -> None:
    assert "steroid_stopped_suddenly" not in current_codes(text)


# --- alcohol stopped --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "i drink about 2 bottles of wine a day, had my last glass yesterday lunchtime cos i want to stop. now my hands are shaking, sweating, feel sick and really on edge, no hallucinations or anything",  # t131e-022
    "I've been drinking a bottle of vodka a day for years, had my last drink on sunday and now I'm shaking and sweating",
    "he drinks 8 cans every night, his last can was yesterday morning and now his hands are trembling and he can't sleep",
    "喝了二十年酒 每天一斤白酒 昨天开始不喝了 今天手一直抖 出汗 心慌 睡不着 人是清醒的",  # t131z-022
    "我爸天天喝白酒，一天一斤多，前天开始一口都没喝，今天手抖得厉害，一身汗",
    "每晚都要喝两瓶红酒，这两天停了，心慌出汗睡不着",
])
def test_alcohol_stopped_after_daily_drinking_with_withdrawal_is_urgent(cb, text: str) -> None:
    out = cb.triage_once(text, age=50, sex="M")
    assert out["urgency"] == "urgent"
    assert "alcohol_withdrawal_symptoms" in reasons(out)
    assert out["department"]["group_zh"] == "精神科"


@pytest.mark.parametrize("text", [
    "我老公天天喝 一天半斤白酒 不喝也没啥难受的 就是我想让他戒 他也同意去看看",  # t131z-033
    "had my last drink at about 1am after the party, shaky and sick this morning",
    "im drinking a bottle of wine most nights and want to cut down, no shakes or anything in the morning",  # t131e-029
])
def test_no_stop_after_daily_drinking_is_not_read(text: str) -> None:
    assert "alcohol_stopped" not in current_codes(text)


# --- benzodiazepines run out ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "been on diazepam 20mg a day for years, ran out 2 days ago and cant get a gp appt till next week. really anxious, cant sleep, muscles twitching and everything feels too loud",  # t131e-024
    "I take lorazepam every day, I've run out since friday and I'm shaking and can't sleep",
    "吃了好几年阿普唑仑 每天好几片 前天药吃完了就没吃 现在心慌 浑身肉跳 特别烦躁 一晚上没睡",  # t131z-024
    "氯硝西泮吃了三年，这周药吃完了没去开，手抖心慌，整晚睡不着",
])
def test_benzodiazepine_run_out_with_withdrawal_is_urgent(cb, text: str) -> None:
    out = cb.triage_once(text, age=47, sex="M")
    assert out["urgency"] == "urgent"
    assert "benzodiazepine_withdrawal_symptoms" in reasons(out)
    assert out["department"]["group_zh"] == "精神科"


@pytest.mark.parametrize("text", [
    "I take diazepam for my back, I'm running out next week and need a repeat prescription",
    "阿普唑仑还有一周的量，想问问怎么开药",
])
def test_a_supply_not_yet_gone_is_not_a_stop(text: str) -> None:
    assert "benzo_stopped" not in current_codes(text)


# --- psychosis said as neighbours listening through the walls --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my son is 22 and for the last month hes been saying the neighbours are listening to him through the walls and he can hear them talking about him. hes not aggressive just scared and not sleeping",  # t131e-018
    "she thinks someone is recording her through the ceiling",
    "he says he can hear the neighbours whispering about him all night",
    "我儿子这个月老说邻居隔着墙偷听他说话",
])
def test_listened_to_through_the_walls_is_psychosis(cb, text: str) -> None:
    out = cb.triage_once(text, age=22, sex="M")
    assert out["urgency"] == "urgent"
    assert "possible_psychosis" in reasons(out)


@pytest.mark.parametrize("text", [
    "the walls are so thin I can hear the neighbours talking every night and can't sleep",
    "my neighbours are listening to loud music through the walls",
    "隔壁邻居隔着墙吵架，吵得我睡不着",
])
def test_noisy_neighbours_are_not_psychosis(text: str) -> None:
    assert "psychosis" not in current_codes(text)


# --- blind131's other leftovers ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my mum is 74, dad died 3 months ago and shes stopped eating properly, lost loads of weight and keeps saying theres no point and shed be better off with him",  # t131e-025
    "since my husband passed away last year I keep thinking I'd be better off with him",
    "grandad lost his wife in march and now he says he would be better off joining her",
])
def test_better_off_with_the_one_who_died_is_a_death_wish(text: str) -> None:
    assert "death_wish" in current_codes(text)


@pytest.mark.parametrize("text", [
    "since dad died mum would be better off with some help around the house",
    "my dad died when I was young, I'd be better off with a new GP",
])
def test_better_off_with_something_else_is_not_a_death_wish(text: str) -> None:
    assert "death_wish" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "keep getting these attacks where my heart pounds and i feel like im going to die, 3 or 4 times a month. went to a&e with the first one and the heart tests were all normal",  # t131e-028
    "这几个月时不时突然心跳很快 喘不上气 觉得自己要死了 十几分钟就好 急诊查过心脏没问题 一个月发好几次",  # t131z-034
    "every few weeks my heart races and I feel like I'm about to die, the ECG and heart monitor came back normal",
])
def test_attacks_with_fear_of_dying_after_normal_heart_tests_go_to_psychiatry(cb, text: str) -> None:
    out = cb.triage_once(text, age=27, sex="F")
    assert out["department"]["group_zh"] == "精神科"


def test_palpitations_with_normal_heart_tests_but_no_fear_of_dying_stay_medical() -> None:
    codes = current_codes("my heart keeps skipping beats, the ECG was normal but it's still happening")
    assert "impending_doom" not in codes


@pytest.mark.parametrize("text", [
    "im drinking a bottle of wine most nights and want to cut down, no shakes or anything in the morning, just want some help with it",  # t131e-029
    "I get through 6 pints of lager most evenings and would like to cut back",
    "我老公天天喝 一天半斤白酒 不喝也没啥难受的 就是我想让他戒 他也同意去看看",  # t131z-033
    "我爸每天喝白酒，我们想劝他戒了",
])
def test_wanting_to_cut_down_drinking_goes_to_psychiatry(cb, text: str) -> None:
    out = cb.triage_once(text, age=45, sex="M")
    assert out["urgency"] == "routine"
    assert out["department"]["group_zh"] == "精神科"


@pytest.mark.parametrize("text", ["drinking loads of coffee and want to cut down", "我爸抽烟喝酒，我想让他戒烟"])
def test_cutting_down_coffee_or_smoking_is_not_alcohol_concern(text: str) -> None:
    assert "alcohol_concern" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "总担心手上有细菌 一天洗几十次手 手都洗破了 明知道没必要就是控制不住",  # t131z-027
    "出门老要回去检查门锁了没有，来回好几趟，明知道没必要还是控制不住",
])
def test_compulsions_known_to_be_needless_are_ocd(cb, text: str) -> None:
    out = cb.triage_once(text, age=25, sex="F")
    assert out["department"]["group_zh"] == "精神科"


def test_a_nurse_washing_hands_all_day_is_not_ocd() -> None:
    assert "ocd" not in current_codes("我是护士，上班一天洗几十次手，手都洗裂了")


@pytest.mark.parametrize("text", [
    "失恋一个礼拜了 天天哭 吃不下饭 但班还在上 就是心里难受",  # t131z-037
    "刚失恋，这几天老哭，心里难受，工作还能照常",
])
def test_a_break_up_with_daily_life_kept_is_grief_self_care(cb, text: str) -> None:
    out = cb.triage_once(text, age=24, sex="F")
    assert (out["urgency"], reasons(out)) == ("self_care", ["grief"])


def test_a_break_up_with_a_death_wish_is_not_self_care(cb) -> None:
    out = cb.triage_once("失恋了，天天哭，觉得活着没意思", age=24, sex="F")
    assert out["urgency"] != "self_care"
