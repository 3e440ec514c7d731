"""recall37c: emergencies said in other words in the bleeding, vomiting-blood, black-stool, faint, burn, deformity and
cold-limb families (the blind3 paraphrase bank's misses, and blind2's and self_2b's in the same families).

Each cause is a class of wordings the reader did not know; each is widened on the public source its red flag already
names (ESVS 2020 acute limb ischaemia and NHS Peripheral arterial disease; ESI v4 and 急诊预检分诊专家共识 2018; St John
Ambulance, Severe bleeding; NHS Vomiting blood; NHS Bleeding from the bottom; NHS Fainting; NHS Burns and scalds; NHS
Broken arm or wrist, Broken leg). The phrasings are our own, not the banks' lines, and each is missed on main. The
look-alikes must stay below the emergency tier; the last group was an emergency on main and is not (NHS Fainting: the
sight going dark on standing is how a faint begins, not a shock sign; NHS Low blood pressure: a GP).

The decision is the one bench/eval_paraphrases.py makes: the deterministic engine, no age or sex given.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import bank_decide

EMERGENT = {"emergency", "emergency_ambulance"}


def urgency(text: str) -> str:
    return bank_decide(text)[0]


CAUSES: dict[str, list[str]] = {
    # a cold or white limb with the other Ps said by their effect: no pulse found, toes that will not move, mottled patches,
    # colder than the other one, numb like pins (ESVS 2020 acute limb ischaemia; NHS Peripheral arterial disease)
    "cold_limb": [
        "Mum's foot is a funny purple colour and colder than the other one, she can't move her toes at all",
        "the nurse can't feel a pulse in his ankle and his foot's gone white and freezing",
        "爷爷的脚发紫，摸着比另一条腿凉得多，脚趾头都动不了了",
        "摸不到脚背上的脉搏，整只脚发白冰凉",
        "奶奶的腿像搁在冰柜里一样，一块白一块紫的",
        "小腿突然就没感觉了，像针刺似的发麻，还发白发凉",
    ],
    # a wound said not to stop without the word bleeding, a roll of paper used up, a pad soaked within the hour with
    # dizziness (ESI v4, 急诊预检分诊专家共识 2018: uncontrolled bleeding; St John Ambulance, Severe bleeding)
    "heavy_bleeding": [
        "his cut just won't stop and we've used up a whole roll of kitchen towel",
        "we went right through an entire loo roll on his scalp wound",
        "头上的口子还在不停地流，一整卷卫生纸都用光了",
        "月经来了特别多，不到一个小时就湿透两片夜用，站起来头晕",
        "the cut on her chin won't stop no matter what we do",
        "腿上的刀口一直在往外淌",
    ],
    # vomit like old coffee or liver, sicked up blood, the bin or basin turned red (NHS Vomiting blood)
    "vomiting_blood": [
        "brought up a load of dark stuff that looked like old coffee, feel shaky",
        "been sick twice and it looks like chopped liver in the bowl",
        "sicked up bright red blood in the sink",
        "吐了一盆，里面像鸡肝一样一块一块的",
        "他往垃圾桶里吐，袋子里都变红了",
        "吐到盆里，水全变红了",
    ],
    # black poo said by a likeness (tar, 墨汁), a toilet of blood (NHS Bleeding from the bottom: a lot of blood, the
    # toilet water turns red: A&E or 999)
    "stool_blood": [
        "it's as black as tar when I go to the toilet and I nearly fainted",
        "sat on the toilet and there was nothing but blood, three times now",
        "上大号的时候马桶水都染红了，拉了好几次",
        "拉肚子，拉出来全是鲜血",
        "屙出来黑乎乎的，好似墨汁",
    ],
    # a collapse said as falling then coming round with a grey, sweaty face; a near faint (眼前一黑差点晕倒) with cold,
    # clammy skin, as the English 'nearly blacked out ... cold and clammy' is read (NHS Fainting; ESI v4)
    "faint_shock": [
        "他突然一下子倒了，过了半分钟才醒过来，脸色灰白出冷汗",
        "站着排队时眼前一黑差点晕倒，手脚又湿又冷",
    ],
    # a blister said by its size, a burn said raw, black or peeling in sheets, two parts of the body scalded at once
    # (NHS Burns and scalds: blisters, deep or large burns: A&E)
    "burns": [
        "手被熨斗烫了，起了个鸡蛋那么大的水泡",
        "给暖手宝烫了，鼓了一个硬币大小的泡",
        "grabbed a hot pan, my fingers are scorched black",
        "the banger went off in his hand and his fingers are burned raw",
        "开水泼到小腿上，皮一块一块地往下掉",
        "炮仗在手里炸了，手掌炸得皮开肉绽",
        "boiling kettle went over him, his chest and neck are scalded",
        "热粥打翻了，孩子的胸口和肚子都被烫了",
    ],
    # a limb said letter-shaped or loose in the middle after an injury (NHS Broken arm or wrist, Broken leg: an odd
    # shape, A&E)
    "deformity": [
        "my brother fell off the quad bike and his shin looks z-shaped",
        "车门夹了胳膊，小臂中间晃荡晃荡的",
        "came off his bike and his forearm is all wobbly in the middle",
    ],
}


@pytest.mark.parametrize("text", [t for texts in CAUSES.values() for t in texts])
def test_said_in_other_words_is_an_emergency(text: str) -> None:
    assert urgency(text) in EMERGENT, text


# Raynaud's, a wound that itches or weeps, red food brought up, iron-darkened poo, a brief greying on standing, a burn
# without a blister, peeling sunburn or athlete's foot, an arthritic knee: none is the emergency the sources name.
LOOK_ALIKES = [
    "my fingers go white when it's cold and come back when I warm them up",
    "手指一遇冷就发白，暖和一会儿就恢复了",
    "my feet always feel colder than the other people's, no pain and normal colour",
    "the cut won't stop itching but it healed over last week",
    "伤口一直流黄水，不是血，有点红肿",
    "吃了火龙果吐了，吐出来的东西红红的",
    "I'm on iron tablets and my poo is dark green, feel fine",
    "我站起来有时候眼前发黑一两秒，马上就好了，没别的不舒服",
    "我爸吃了降压药，早上起床眼前发黑，扶着墙站一会就好",
    "手被锅沿烫了一下，有点红，没起泡",
    "sunburnt on holiday and now the skin on my back is peeling",
    "脚上脱皮一块一块的，很痒，没有烫过",
    "my knee has been swollen on and off for years with arthritis, no injury",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_below_emergency(text: str) -> None:
    assert urgency(text) not in EMERGENT, text


# Emergencies on main that are not: the sight going dark on standing, read as a shock sign, with a dizzy spell made a
# near faint on a new blood-pressure tablet (blind36 t36z-026) an emergency.
NO_LONGER_EMERGENT = [
    "我妈站起来会头晕、眼前发黑几秒，扶一下就好，没晕倒过",
    "起床时头晕、眼前发黑几秒钟，坐下就好了",
]


@pytest.mark.parametrize("text", NO_LONGER_EMERGENT)
def test_benign_readings_no_longer_emergent(text: str) -> None:
    assert urgency(text) not in EMERGENT, text
