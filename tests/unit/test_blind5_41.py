"""blind5-41: the rest of the fifth blind paraphrase bank by class, and the dev bank's false positives (each a positive class
and its look-alikes)."""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, decide, fired

EMERGENT = {"emergency", "emergency_ambulance"}


def _emergent(text: str) -> bool:
    return decide(text)[0] in EMERGENT


# pulmonary embolism: pain on breathing said of a relative who breathes; 气不够用 as breathlessness (NHS Pulmonary embolism,
# NHS Shortness of breath; NICE NG158)
@pytest.mark.parametrize("text", [
    "My mum had a hip replacement last week and this morning she suddenly got breathless with pain in her side when she breathes, her heart's racing.",
    "我在吃避孕药，脚踝打着石膏，突然气不够用了，还咳出了点血",
    "he had his knee replaced last week, now he's short of breath and it stabs every time he breathes in",
])
def test_pe_class(text):
    assert _emergent(text)


@pytest.mark.parametrize("text", [
    "pain in her side when she breathes",
    "it catches in her side every time she breathes in",
])
def test_pleuritic_said_of_relative(text):
    assert "pleuritic_pain" in current_codes(text)


@pytest.mark.parametrize("text", [
    "pain in her side when she bends over",
    "her nose is blocked and it's sore when she breathes out",
])
def test_pleuritic_lookalikes(text):
    assert "pleuritic_pain" not in current_codes(text)


@pytest.mark.parametrize("text", ["爬两层楼就感觉气不够用", "这两天气不够喘", "I'm not getting enough air"])
def test_not_enough_air_is_breathlessness(text):
    assert current_codes(text) & {"dyspnea", "dyspnea_severe"}


@pytest.mark.parametrize("text", [
    "最近力气不够用，干活没劲",
    "家里的氧气不够用了，要再买一瓶",
    "the baby's room is stuffy, not getting enough air in the room",
    "My mum had a hip replacement last week, a bit breathless on the stairs, no pain when she breathes",
])
def test_not_enough_air_lookalikes(text):
    assert not current_codes(text) & {"dyspnea", "dyspnea_severe"} or not _emergent(text)


# facial droop: only half the face moved; 半边脸木木的; 嘴唇一边沉一边不沉 (NHS Stroke, FAST)
@pytest.mark.parametrize("text", [
    "my wife tried to smile at me and only half her face moved?? started maybe 20 min ago, shes 58",
    "when he smiled only one side of his mouth went up",
    "突然觉得半边脸木木的，嘴唇一边沉一边不沉，也没去看过牙，有点害怕",
    "我爸突然左半边脸发木",
    "她嘴角一边沉一边不沉",
])
def test_face_droop_class(text):
    assert "stroke_signs" in fired(text)


@pytest.mark.parametrize("text", [
    "刚拔完牙，半边脸木木的",
    "after the dentist only half my mouth moved for a couple of hours, it wore off",
    "half my face is numb from the dentist injection",
])
def test_face_droop_lookalikes(text):
    assert "stroke_signs" not in fired(text)


# limb deformity: a bend where there is no joint; 腿往外拧着、比另一条短 (NHS Broken arm or wrist, Broken leg, Hip fracture)
@pytest.mark.parametrize("text", [
    "儿子骑车摔了，小臂在不是关节的地方弯了",
    "我妈滑倒了，腿往外拧着，看着比另一条短，一点都动不了",
    "摔了一跤，小腿在没有关节的地方弯了",
    "奶奶摔倒以后右腿往外扭着",
    "爷爷摔了，左腿看着比另一条短了一截",
])
def test_limb_deformity_class(text):
    assert _emergent(text)


@pytest.mark.parametrize("text", [
    "我一条腿比另一条短，从小就这样，想问问要不要穿增高鞋垫",
    "膝盖弯的时候有点疼，没摔过",
    "胳膊肘这个关节弯不太直，好几年了",
])
def test_limb_deformity_lookalikes(text):
    assert not _emergent(text)


# a cold limb: cold beside mottled skin, and white and cold against the other one (ESVS 2020 acute limb ischaemia)
@pytest.mark.parametrize("text", [
    "Mum has AF and her arm has gone really cold and mottled blue, she says it's painful and numb.",
    "一个小时前左脚突然疼，现在跟另一只比又白又冰",
    "his foot has gone numb and compared with the other one it's white and cold",
    "右腿突然很疼，和另一条腿比起来凉多了",
])
def test_cold_limb_class(text):
    assert _emergent(text)


@pytest.mark.parametrize("text", [
    "my fingers go white in the cold and then red when I warm up, it's Raynaud's",
    "冬天手脚总是凉，颜色正常也不疼",
    "his knees look a bit mottled when he gets out of the cold pool, he's fine and warm now",
])
def test_cold_limb_lookalikes(text):
    assert not _emergent(text)


# heavy bleeding: blood by the mouthful after a tonsillectomy; each dressing soaking through (NHS Tonsillectomy; St John
# Ambulance, Severe bleeding)
@pytest.mark.parametrize("text", [
    "I'm 2 weeks after having my tonsils out and it's started bleeding, I'm spitting out mouthfuls of fresh blood",
    "我爸吃着华法林，小腿磕了一下，纱布换一块透一块，血一直往外渗",
    "纱布换一块湿一块，血就是止不住",
    "cut his shin on the step, every dressing we put on soaks through",
    "扁桃体手术后第八天，吐了一大口鲜血",
])
def test_heavy_bleeding_class(text):
    assert _emergent(text)


@pytest.mark.parametrize("text", [
    "had my tonsils out a week ago, a few streaks of blood in my spit this morning, throat is sore",
    "纱布换了一块，已经不出血了",
    "cut my finger, put a plaster on and it stopped bleeding",
])
def test_heavy_bleeding_lookalikes(text):
    assert not _emergent(text)


# testicular pain: the testicle told after the pain; 没来由 is "for no reason", no denial (NHS Testicular torsion)
@pytest.mark.parametrize("text", [
    "my son is 12 and he's crying with pain down below, he finally told me it's his testicle and it started suddenly while he was playing football",
    "没来由的右边蛋疼得厉害，疼到肚子里去了，路都走不了",
    "he was doubled up saying his tummy hurt, then admitted it's his left testicle",
    "没什么原因地突然左边睾丸疼得厉害",
])
def test_testicular_class(text):
    assert "testicular_torsion" in fired(text)


@pytest.mark.parametrize("text", [
    "这事真蛋疼",
    "没来由地担心了一整天，睾丸不疼",
    "dull ache in my left testicle for two weeks, feels heavy",
])
def test_testicular_lookalikes(text):
    assert "testicular_torsion" not in fired(text)


# the dev bank's false positives: a peer's episode over or in hospital with the writer asking what to watch for; a chest
# pain a week back and gone (NICE CG95: more than 72 hours ago); a nursing mother's own fever with her baby well
@pytest.mark.parametrize("text", [
    "my friend had chest pain and sweating yesterday and went to hospital, what should I watch for?",
    "我同事昨天胸口疼出汗送医院了，想问问要注意啥",
    "my colleague got acid in his eye last week, what should we have in the first aid kit?",
    "my chest was sore after bench pressing at the gym last week, gone now",
    "上周健身以后胸口疼了两天，现在好了",
    "I have a temperature of 38 and I'm breastfeeding my 5 week old, baby is fine",
    "我自己发烧38度，在给五周的宝宝喂奶，宝宝没事",
])
def test_dev_false_positives(text):
    assert not _emergent(text)


@pytest.mark.parametrize("text", [
    "my friend has chest pain and sweating right now, what should I watch for?",
    "我同事刚才胸口疼出汗，想问问要注意啥",
    "my colleague just got acid in his eye, what should we do?",
    "I had chest pain yesterday, it's gone now",
    "两天前胸口疼，现在好了",
    "I had chest pain last week, it's gone now but it came back this morning",
    "上周胸口疼，现在好了，今天早上又疼了",
    "I'm breastfeeding my 5 week old and she has a temperature of 38, otherwise she's fine",
    "我在给五周的宝宝喂奶，宝宝发烧38度",
    "我发烧了，在给五周的宝宝喂奶，宝宝也有点烧",
])
def test_dev_false_positive_lookalikes_stay_emergent(text):
    assert _emergent(text)
