"""blind5-40: the fifth blind paraphrase bank's misses, fixed by class (each a positive class and its look-alikes)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired

EMERGENT = {"emergency", "emergency_ambulance"}


def _emergent(text: str) -> bool:
    return decide(text)[0] in EMERGENT


# thunderclap: the usual headaches denied then this one said after 'but'; a head clutched as if hit with a bat;
# 从来不头疼的人突然头疼; 抱着头像被棍子抡了一下; 脑袋里像打了个响雷 (NHS Subarachnoid haemorrhage; NICE NG228)
@pytest.mark.parametrize("text", [
    "mum never gets headaches but an hour ago she got a sudden blinding one and now she's very sleepy",
    "My wife suddenly grabbed her head and said it felt like she'd been hit with a bat. She's been sick twice since.",
    "he clutched his head as if he had been struck with a hammer",
    "我妈从来不头疼，一个小时前突然头疼得要命，现在特别嗜睡",
    "我老婆突然抱着头说跟被棍子抡了一下似的，之后吐了两回",
    "20分钟前脑袋里像打了个响雷，一下子就疼炸了",
])
def test_thunderclap_class(text):
    assert "thunderclap_headache" in current_codes(text)


@pytest.mark.parametrize("text", [
    "mum never gets headaches but she has had a mild one on and off for a week",
    "he grabbed his head after he'd been hit with a bat in a fight",
    "我妈从来不头疼，这两天有点头疼，慢慢来的",
    "外面打了个响雷，吓了一跳，头有点疼",
    "他被人用棍子打了一下头，抱着头",
])
def test_thunderclap_lookalikes(text):
    assert "thunderclap_headache" not in current_codes(text)


# sudden dizziness with standing or walking gone (BE-FAST balance)
@pytest.mark.parametrize("text", [
    "My dad suddenly got so dizzy he can't stand or walk without falling to one side, room spinning and he's being sick.",
    "sudden dizziness an hour ago, not just a bit woozy, I literally cannot walk, had to crawl to the loo",
    "一个小时前突然头晕，不是一般的晕，根本走不了路，上厕所都得爬过去",
])
def test_sudden_dizzy_cannot_walk(text):
    assert "stroke_signs" in fired(text)


@pytest.mark.parametrize("text", [
    "dizzy on and off for 3 weeks, I can't walk far",
    "I suddenly felt dizzy when I stood up but it passed in a few seconds and I can walk fine",
    "我头晕好几个礼拜了，走不了太远",
    "突然头晕了一下，蹲了一会儿就好了，能走路",
])
def test_dizzy_cannot_walk_lookalikes(text):
    assert "balance_loss" not in current_codes(text)


# cauda equina: a relative's back that went, a pee strained for, pain spreading to both legs (NHS Sciatica)
@pytest.mark.parametrize("text", [
    "my husband's back went, now he says he can't tell if he needs a poo and his private area feels numb",
    "back pain going down both legs now instead of one, and something's off with my bladder, I have to strain and hardly anything comes out",
    "腰疼现在往两条腿放射了，不是一条了，尿尿也不对劲，得使劲憋半天才出来一点",
])
def test_cauda_equina_class(text):
    assert _emergent(text)


@pytest.mark.parametrize("text", [
    "my husband's back went, he's resting, no numbness, peeing fine",
    "back pain going down both legs, I have to strain to poo and hardly anything comes out",
    "腰疼往两条腿放射，小便正常",
])
def test_cauda_equina_lookalikes(text):
    assert not _emergent(text)


# shock signs with a very fast or fast-and-weak pulse; a collapse on standing (一站起来就倒了)
@pytest.mark.parametrize("text", [
    "my grandad keeps going dizzy and grey whenever we sit him up, his pulse is really fast and weak",
    "爷爷一扶他坐起来就头晕脸发灰，脉搏又快又弱",
])
def test_shock_with_fast_weak_pulse(text):
    assert "shock_signs_with_fast_weak_pulse" in fired(text)


@pytest.mark.parametrize("text", [
    "he goes grey when we sit him up but his pulse is normal, about 70",
    "爷爷坐起来脸色有点白，脉搏正常，七十多",
    "I was pale and sweaty after my run, heart rate 150 while running",
])
def test_shock_with_fast_pulse_lookalikes(text):
    assert "shock_signs_with_fast_weak_pulse" not in fired(text)


def test_collapse_on_standing_zh():
    assert "syncope" in current_codes("上吐下泻三天了，刚一站起来就倒了，现在手发抖心慌")
    assert "syncope" in current_codes("坐起来就栽到地上")
    assert "syncope" not in current_codes("站起来就倒了杯水")
    assert "syncope" not in current_codes("我站起来就倒车出去了")


# severe abdominal pain: no poo or wind said poo first; 动都不敢动; 疼得从来没这么厉害过 (ESI v4; NHS Stomach ache)
@pytest.mark.parametrize("text", [
    "stomach pain getting worse by the minute, been sick and haven't pooed or passed wind since yesterday, belly is swollen",
    "肚子突然疼得不行，蜷在地上动都不敢动，谁碰一下肚子就更疼",
    "我老婆70了，肚子疼得从来没这么厉害过，一直疼到后背",
])
def test_severe_abdominal_class(text):
    assert _emergent(text)


@pytest.mark.parametrize("text", [
    "haven't pooed for two days but passing wind fine, mild tummy ache",
    "肚子有点疼，不厉害，以前也这样过",
    "肚子疼得没以前那么厉害了",
])
def test_severe_abdominal_lookalikes(text):
    assert not _emergent(text)


# suicidal: found with a ligature and saying they will try again; 车库里车没熄火、门关着
@pytest.mark.parametrize("text", [
    "my daughter is 15 and I just found her with a ligature in her room, she says she'll try again",
    "我闺女15岁，刚在她屋里发现她拿绳子打了个套，她说还会再试",
    "说实话我现在坐在车库里，车没熄火，门关着，也不知道为啥要打这些字",
])
def test_suicidal_class(text):
    assert _emergent(text)


@pytest.mark.parametrize("text", [
    "bought a rope for the tent, failed to put it up, she says she'll try again",
    "买了根绳子晾衣服，没挂上，她说还会再试",
    "she failed her driving test and says she'll try again",
    "冬天早上在车库里热车，发动机开着，门关着",
])
def test_suicidal_lookalikes(text):
    assert not _emergent(text)


# seizure: stiff, fall, then shaking (NHS Epilepsy); wheeze as a whistly sound / 喘气带响 (NHS Anaphylaxis)
@pytest.mark.parametrize("text", [
    "I was talking to my coworker and she went rigid, fell and was shaking for a minute or two.",
    "同事说着话突然整个人僵住倒地，抖了一两分钟",
])
def test_stiff_fall_shake_is_seizure(text):
    assert "seizure" in current_codes(text)


@pytest.mark.parametrize("text", [
    "she went stiff, fell and was shaking with cold",
    "冻得整个人僵住倒地，一直发抖",
    "she slipped on ice, went down and was shaking afterwards",
])
def test_stiff_fall_shake_lookalikes(text):
    assert "seizure" not in current_codes(text)


@pytest.mark.parametrize("text", [
    "my 4 year old had some cashews and now shes got red blotches everywhere, her eyes are swelling shut and she sounds whistly when she breathes",
    "闺女十分钟前被马蜂蛰了，现在身上起了一片片的疙瘩，嘴唇肿了，喘气带响",
])
def test_anaphylaxis_whistly_breathing(text):
    assert "anaphylaxis" in fired(text)


@pytest.mark.parametrize("text", ["his nose whistles when he breathes", "睡觉喘气带响，打呼噜", "鼻子喘气有响声，鼻塞",
                                  "she sounds whistly when she talks"])
def test_whistly_lookalikes(text):
    assert "wheeze" not in current_codes(text)


# dementia's usual muddle (NICE CG103) and sugar given with the person getting worse (NHS Low blood sugar)
@pytest.mark.parametrize("text", [
    "My mum has had dementia for five years and is confused most days. She's the same as usual today, I'm just asking about respite care.",
    "我妈老年痴呆五年了，平时就糊里糊涂的，今天跟平常一样，就是想问问有没有短期托管",
])
def test_baseline_dementia_not_emergent(text):
    assert not _emergent(text)


@pytest.mark.parametrize("text", ["我妈平时挺清楚的，今天突然糊里糊涂的", "my grandpa is suddenly confused today, normally sharp"])
def test_new_confusion_still_emergent(text):
    assert _emergent(text)


@pytest.mark.parametrize("text", [
    "Grandpa takes diabetes tablets, he's been pale and sweating and sleepy since lunch, we gave him sugar twice but he's getting worse",
    "爷爷吃降糖药，从中午开始脸白出汗犯困，给他吃了两回糖反而越来越重",
])
def test_hypo_not_improving_after_sugar(text):
    assert "severe_hypoglycaemia" in fired(text)


@pytest.mark.parametrize("text", ["I had sweets and my toothache is getting worse", "gave him sugar and he's better now",
                                  "给他吃了糖，现在好多了", "吃了糖，牙疼越来越重"])
def test_hypo_not_improving_lookalikes(text):
    assert "hypo_not_improving" not in current_codes(text)
