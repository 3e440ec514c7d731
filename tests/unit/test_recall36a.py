"""recall36a: emergencies said in other words (the blind2 paraphrase bank's misses in the emergency families).

Each cause is a word family the reader did not know, or a look-back that wiped a sign; each is widened on the public
source its red flag already names (NHS Help for suicidal thoughts, NICE NG225; NHS What to do if someone has a seizure,
NHS Epilepsy; NHS Cuts and grazes, NHS Bleeding from the bottom, NHS Vomiting blood; NHS First aid (unresponsive);
NHS Heart attack; NICE NG128 / BE-FAST; NHS Confusion; NHS Shortness of breath; RCUK 2021 anaphylaxis; 急性中毒诊断与
治疗中国专家共识 2016). The paraphrases below are our own, not the bank's lines, and each is missed on main.
The look-alikes must stay below the emergency tier; the last group were emergencies on main and are not.

The decision is the one bench/eval_paraphrases.py makes: the deterministic engine, no age or sex given.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import bank_decide

EMERGENT = {"emergency", "emergency_ambulance"}


def urgency(text: str) -> str:
    return bank_decide(text)[0]


CAUSES: dict[str, list[str]] = {
    # suicidal thoughts said without the usual words: no point in living, others better off, slang for killing oneself,
    # the plan (跳桥, all the pills, letters written), self-cutting said with the blade, a balcony as the height
    "suicidal": [
        "I honestly can't see any point in living anymore",
        "the family would be better off if I was gone",
        "现在觉得活着没有一点意义",
        "我要是不在了家里人都会轻松",
        "he texted that he's going to finish himself off tonight",
        "she keeps saying she'll finish herself off",
        "他说想去跳桥，是认真的",
        "她刚才用美工刀割了手腕，流了不少",
        "安眠药我都准备好了，想一口气全吞了",
        "我给孩子写好了信，已经准备好了",
        "I'm out on the balcony now thinking about stepping off",
    ],
    # a fit: 发羊角风, jaw clenched while thrashing, a bitten tongue with wet pants, half the body shaking, and
    # 刚 + V过 read as just now (the look-back had read 刚抽搐过 as history)
    "seizure": [
        "外婆刚才发羊角风了，以前没有过",
        "he was thrashing on the floor and his teeth were clenched",
        "咬破了舌头，还尿裤子了，刚醒过来",
        "我妹刚抽搐过，现在在睡",
        "右边身子不受控制地哆嗦，停不下来",
    ],
    # bleeding that will not quit or clot, dressings dripping or soaked faster than changed, still flowing at 30 min
    "heavy_bleeding": [
        "the cut on his hand won't quit bleeding",
        "it's bleeding through faster than I can change the dressings",
        "this wound just won't clot",
        "the plaster is dripping with blood",
        "半个小时了血还在往外流",
        "刀口就是凝不住，一直在渗",
        "他腿上的血往外滋",
    ],
    # black loose or tar-like stools
    "black_stool": [
        "我爸拉了两次黑色的稀便，头晕",
        "尿布里是黑色柏油样的东西",
        "he's been passing stuff that looked like road tar",
    ],
    # not come round after collapsing; down and motionless and silent
    "unconscious": [
        "奶奶晕倒了，十分钟了还没醒",
        "他一头栽倒，趴着不动也不吭声",
        "he collapsed and is lying on the floor not moving or responding",
    ],
    # chest pain as a weight or a crushing, or the chest clutched, with sweating
    "chest_pain": [
        "他捂着胸口，一身冷汗",
        "It's like somebody is kneeling on my chest and I'm clammy",
        "my ribs are being crushed from the inside and I'm drenched in sweat",
    ],
    # tablets by the fistful or the whole pack; a corrosive drunk
    "overdose_poisoning": [
        "she's downed a fistful of her antidepressants",
        "他服了一整盒舍曲林",
        "孩子喝了一口通渠水",
    ],
    # stroke signs in other words: one side gone, half the face numb, speech gone or wrong, balance gone at once
    "stroke": [
        "I've lost the feeling down one side, face and arm",
        "half his body has gone completely dead",
        "她突然说不了话了",
        "说出来的话都不对，词不达意",
        "平衡感突然没了，站都站不稳",
        "my balance suddenly went, I'm grabbing the furniture",
    ],
    # new confusion: not knowing one's own home or name, decades out, doolally, asleep mid-conversation
    "confusion": [
        "爷爷突然不认识自己家了",
        "她连自己叫什么都说不上来了",
        "my nan has gone all doolally this morning",
        "grandad thinks it's 1960 and keeps asking for his mum",
        "奶奶以为现在是五十年代",
        "跟他说话他都睡过去，平时不这样",
    ],
    # too breathless for a whole sentence; a thick throat after food
    "airway_breathing": [
        "喘得说不出一整句话",
        "ate prawns and now my throat feels thick",
    ],
}


@pytest.mark.parametrize("text", [t for texts in CAUSES.values() for t in texts])
def test_said_in_other_words_is_an_emergency(text: str) -> None:
    assert urgency(text) in EMERGENT, text


LOOK_ALIKES = [
    "I don't see the point of this meeting",
    "有时候觉得上班没有任何意义",
    "the team would be better off if I was gone for the afternoon",
    "切菜不小心用小刀划了手指",
    "药我都准备好了，打算明天开始吃",
    "standing on the balcony having a smoke",
    "他开始抽了一口烟",
    "昨天开始抽筋了，小腿疼",
    "咬紧牙关坚持下来了",
    "the cut stopped bleeding after I pressed on it, it won't quit itching",
    "the dressing is a bit wet from the shower",
    "他说着话就笑了",
    "右眼被刘海挡住了",
    "he fainted but came round straight away and is talking now",
    "他晕倒了一下，马上就醒了",
    "儿子躺着不动也不说话，在生闷气",
    "笑得捂着胸口直喘",
    "the cat is sitting on my chest purring",
    "我平衡不好好几年了",
    "奶奶以为现在是周末",
    "my fingers go numb when I sleep on my arm",
    # blind123 t123z-047: half the face numb with an eye that will not close and a dribbling mouth is Bell's palsy (NHS
    # Bell's palsy: urgent GP or 111), not the stroke's face droop
    "早上刷牙发现左边嘴角漏水 左眼闭不紧 左半边脸木木的 手脚都能动 说话也清楚",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_below_emergency(text: str) -> None:
    assert urgency(text) not in EMERGENT, text


# Emergencies on main that are not: a confusion made by a timetable (搞糊涂/绕糊涂), "nothing in the bowl", red food
# brought back up (NHS Vomiting blood: red food can look like blood), a years-old stroke's weakness said unchanged.
NO_LONGER_EMERGENT = [
    "新的规定把我绕糊涂了",
    "Saw a little blood on the tissue, nothing in the bowl",
    "喝了红菜汤，吐出来红红的",
    "四年前中风，右腿一直没劲，没有变化",
]


@pytest.mark.parametrize("text", NO_LONGER_EMERGENT)
def test_benign_readings_no_longer_emergent(text: str) -> None:
    assert urgency(text) not in EMERGENT, text
