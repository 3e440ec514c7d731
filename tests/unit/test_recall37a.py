"""recall37a: emergencies said in other words (the blind3 bank's misses in the stroke, confusion, chest pain,
anaphylaxis, suicidal, overdose, unconscious, seizure and breathing families), covered as classes of wording.

Each cause is a way people say the sign (half the face not moving, a field cut, the allergy said without "to", the
year asked again and again, a goodbye sent from the bridge, a pile of empty packets, Cantonese words for the tongue,
breathing, standing and cannot-see), widened on the public source its red flag already names (NHS Stroke, NICE NG128 /
BE-FAST; RCUK 2021 anaphylaxis; NHS Confusion, NICE CG103; NHS Help for suicidal thoughts, NICE NG225; 急性中毒诊断与
治疗中国专家共识 2016; NHS What to do if your child has an accident; NHS First aid; NHS Epilepsy; NHS Heart attack; NHS
Chest pain). The phrasings are our own, in words the bank lines do not use, and each is missed on main. The look-alikes
must stay below the emergency tier; the fixed false positives were emergencies on main and are not.

The decision is the one bench/eval_paraphrases.py makes: the deterministic engine, no age or sex given.
"""

from __future__ import annotations

import pytest

from carebridge.service import CareBridge
from carebridge.tools.slots import parse_age_years
from tests.triage_screen import bank_decide

EMERGENT = {"emergency", "emergency_ambulance"}


def decide(text: str) -> tuple[str, list[str]]:
    level, _, reasons = bank_decide(text)
    return level, reasons


CAUSES: dict[str, list[str]] = {
    # FAST face: half the face not moving, cheeks that cannot be puffed out, one side slipping after the face is named
    "face": [
        "the left side of his face has stopped moving since lunch",
        "my aunt cannot blow her cheeks out, started twenty minutes ago",
        "his face looks odd, the right side of it is sort of sagging now",
        "my dad's face, one side of it has slid down in the last hour",
        "右半边脸没表情了，刚才还好好的",
        "奶奶一侧脸不动了，就刚刚的事",
        "他半边脸突然没表情了",
    ],
    # FAST speech: not understanding what is said, answers in nonsense, a mushy voice, own date of birth not given,
    # speech that feels off; 舌头大了 / 发僵 / 硬了
    "speech": [
        "my husband suddenly doesn't seem to follow a word I say",
        "my mum is answering in gibberish when we ask her simple questions",
        "he's replying with nonsense to everything we ask, started at lunch",
        "she couldn't tell the receptionist her own date of birth, and her speech is slow",
        "his voice has gone mushy over the last half hour",
        "my speech feels weird and off since this morning",
        "我爸舌头突然硬了，讲话费劲",
        "他舌头突然大了",
        "奶奶舌头有点发僵，刚开始的",
        "我妈说着话舌头就僵了",
    ],
    # BE-FAST balance: a sudden start a clause or two before the fall to one side; 往一边倒 with the time it began
    "balance": [
        "suddenly dizzy this morning, I keep toppling over to the right when I try to walk",
        "sudden spinning an hour ago and now she keeps tipping over to one side",
        "out of nowhere she started leaning over to the left and can't stop it",
        "我爸站都站不稳，一直往右边倒，就二十分钟的事",
        "奶奶站起来就往左边栽，才十几分钟的事",
        "爷爷一站起来身子就往右边倒，就这十分钟的事",
    ],
    # BE-FAST eyes: half of what is seen gone (a field cut), 睇唔见 (Cantonese: cannot see), everything gone double
    "sight": [
        "I can only see the left half of the page since this morning, it came on suddenly",
        "suddenly the left side of everything has gone blank",
        "when I read I can't see the ends of the lines any more, started today",
        "out of the blue the telly went double and blurry",
        "all of a sudden things went double while I was driving",
        "我突然只能看到一半的字",
        "刚才右眼睇唔见嘢",
        "左眼上半边好像被遮住了，刚刚开始",
        "刚才突然看东西出了双影",
        "我爸突然说有双影",
    ],
    # one side numb down its whole length; a hand, fingers or forearm weak and numb at once; 一下子 / 突然 inside the
    # limb phrase is the onset
    "limb": [
        "my husband suddenly has numbness down his entire left side",
        "I've got sudden numbness down my whole left side",
        "all of a sudden my hand and fingers are weak and numb",
        "suddenly his forearm is numb and weak",
        "小臂和手指头一下子又麻又没力气",
        "手指突然又麻又没劲",
    ],
    # RCUK 2021 anaphylaxis: the allergy said without "to", a known food allergy then the food; Cantonese tongue and breath
    "anaphylaxis": [
        "I think there were prawns in the sauce, he's allergic, now his voice is hoarse and he's wheezing",
        "my daughter has a peanut allergy and she ate a cookie at the party, now she's wheezy and floppy",
        "there must have been sesame in the bread, she's badly allergic, she's dizzy and wheezing",
        "he has a severe cashew allergy and had a bite of a brownie, now he's hoarse and dizzy",
        "饮完喜酒，条脷肿到好大，抖气有声",
        "食咗花生，条脷肿起，抖唔到气",
        "佢食完蟹，脷头肿咗，抖气好紧",
    ],
    # NHS Confusion: the year asked again, the dead thought alive, not making sense
    "confusion": [
        "my dad keeps asking what year it is and he was fine this morning",
        "my aunt thinks her late husband is still alive, that started today",
        "he isn't making any sense all of a sudden",
        "爷爷突然一直问今天是几号",
        "我爸今天下午开始老问现在是哪一年",
        "外婆今天非说外公还活着，昨天还好好的",
        "奶奶今天一直问今年是哪一年",
    ],
    # NHS Help for suicidal thoughts: a goodbye sent from the cliff, ledge or river; a plan and the means with no hope
    # seen; 谂住跳落去 at the roof or bridge (Cantonese)
    "suicidal": [
        "my sister messaged us goodbye and said she's standing on the cliff",
        "my friend texted goodbye, she's at the river",
        "she texted me goodbye and now she's sitting on the ledge",
        "方法我都想好了，东西准备好了，看不到任何希望",
        "佢话想跳落去，而家喺天台企紧",
        "我喺桥上企咗好耐，谂住跳落去算",
    ],
    # self-poisoning: not knowing how many were taken, with empty packets; a child who drank a bottle of medicine
    "overdose": [
        "I don't know how many pills she took, there are empty boxes everywhere",
        "she's not sure how many of her pills she swallowed, empty packets all over the bed",
        "I don't know how many of his tablets he has taken, I found empty bottles",
        "我老公不知道吞了多少药，床边全是空药盒",
        "孩子三岁，偷喝了大半瓶止咳水",
        "女儿两岁，把退烧药喝了一整瓶",
    ],
    # NHS First aid (unresponsive), NHS Epilepsy (stiff then shaking), NHS Heart attack (a gripped chest, Cantonese)
    "collapse_fit_chest": [
        "he went down and he's still not with us, eyes closed",
        "we've been shaking him and calling his name, nothing",
        "calling out to her for a minute, no response",
        "佢成身硬晒，之后一直抽",
        "整个人突然绷直了，然后一直抽",
        "胸口好似俾人揸实咁痛，出晒冷汗",
    ],
}


@pytest.mark.parametrize("text", [t for texts in CAUSES.values() for t in texts])
def test_the_emergency_is_read_however_it_is_worded(text: str) -> None:
    level, reasons = decide(text)
    assert level in EMERGENT, (level, reasons)


FIXED_FALSE_POSITIVES = [
    # NHS Chest pain: a chest sprain or strain after exercise or lifting, brought on by pressing or twisting
    "sharp pain in my chest since I twisted lifting my son, it hurts when I press on the rib",
    "chest pain after bench pressing heavy, hurts when I press on it",
    "卧推完胸肌一按才疼，不喘",
    "搬柜子的时候一扭身胸口疼了一下，呼吸正常",
    "健身以后胸口按着才疼",
    "搬完箱子一转身胸口疼",
    # NICE CG103: dementia's usual evening muddle, said to be as usual
    "mum has dementia, she's muddled tonight like every evening, no change",
    "爷爷阿尔茨海默病好几年了，今天还是有点糊涂，跟往常一样",
    "奶奶老年痴呆，晚上迷糊，跟平时一样",
    # the dentist's numbing, said to wear off
    "the dentist numbed my jaw and now my lip is droopy, she said it will wear off by tonight",
    "after the filling my mouth is droopy on one side, the dentist said it'll wear off",
]


@pytest.mark.parametrize("text", FIXED_FALSE_POSITIVES)
def test_a_known_benign_cause_is_not_an_emergency(text: str) -> None:
    level, reasons = decide(text)
    assert level not in EMERGENT, (level, reasons)


LOOK_ALIKES = [
    "my dad's been gone five years, not with us any more, I need a repeat of my inhaler",
    "my toddler doesn't understand what I'm saying when I speak French to him",
    "I was toppling over to the right after six pints last night, fine now",
    "I can only see half of the screen because the monitor is cracked",
    "the price of my rent doubled",
    "我对花生过敏，今天什么都没吃，就是想问问过敏药",
    "my son asked me what year it is for his homework",
    "he texted me goodbye before his flight this morning",
    "我想好了怎么装修，材料也买好了",
    "这份工作看不到出路，想换工作",
    "家里有几个空药盒要扔",
    "my 3 year old drank half a bottle of water",
    "孩子三岁，喝了半瓶牛奶",
    "I was stung by a wasp on my arm, it's red and sore, no breathing problems",
    "刚拔完牙打了麻药，半边嘴唇和脸都木了，牙医说过几个小时就好",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_stays_below_the_emergency_tier(text: str) -> None:
    level, reasons = decide(text)
    assert level not in EMERGENT, (level, reasons)


# Chinese ages in one numeral are the patient's age from the text, as "3岁" is; a difference in age, a range or the
# proverb is no age.
@pytest.mark.parametrize(("text", "age"), [
    ("两岁的娃把降压药吃了", 2.0), ("孩子三岁，发烧", 3.0), ("三岁半的女儿发烧", 3.0), ("我儿子五岁，发烧六天了", 5.0),
    ("我比他大两岁", None), ("两三岁的孩子都这样", None), ("三岁看老", None),
])
def test_a_chinese_age_in_one_numeral_is_read(text: str, age: float | None) -> None:
    assert parse_age_years(text) == age


@pytest.mark.parametrize(("text", "rule"), [
    ("女儿四岁，翻出外公的降压药吃了两粒", "child_swallowed_adult_medicine"),
    ("孩子两岁，够到了我的安眠药，好像吃了", "child_swallowed_adult_medicine"),
    ("我儿子五岁，发烧六天了", "child_fever_5_days_older"),
    ("三岁半的女儿发烧五天了", "child_fever_5_days"),
])
def test_the_text_age_reaches_the_rules(text: str, rule: str) -> None:
    _, reasons = decide(text)
    assert rule in reasons, reasons


@pytest.fixture(scope="module")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> CareBridge:
    return CareBridge(tmp_path_factory.mktemp("recall37a"))


# RCUK 2021 / NHS Anaphylaxis: a sting or bite is the allergen the adrenaline first steps need, not only the airway flag
# (the Chinese 被黄蜂蜇了以后嗓子发紧 already got them on main: the throat reading did not take 蜇 there)
@pytest.mark.parametrize(("text", "words"), [
    ("a wasp stung me and now my throat is tight", "auto-injector"),
    ("stung by a bee on the neck and my throat feels thick", "auto-injector"),
    ("a spider bit me and my throat is swelling", "auto-injector"),
])
def test_a_sting_with_a_tight_throat_gets_the_anaphylaxis_first_steps(bridge: CareBridge, text: str, words: str) -> None:
    out = bridge.triage_once(text, age=30)
    steps = {e["id"]: e for e in out["first_steps"]}
    assert "anaphylaxis" in steps, (out["urgency"], [r["id"] for r in out["reasons"]])
    lang = "zh" if out["lang"] == "zh" else "en"
    assert any(words in step for step in steps["anaphylaxis"][lang])

