"""recall38a: emergencies said in other words (the blind4 bank's misses, and blind2's and blind3's of the same causes, in
the stroke, confusion, chest pain, suicidal, overdose, breathing and pulmonary embolism families), covered as classes.

Each class is a way people say the sign: the breathless struggle as a likeness (like drowning, a bag over the head), a sharp
pain on breathing in said as a blade or with the place first, words that come out mashed, a half-face numb (木木的) or an
eye that will not shut, half of what is seen gone, balance lost with double vision, where-am-I or what-day unanswered, the
charcoal bought and the car taped, a goodbye from a bridge with a name, a rough count of tens (二十几片), a child who ate an
adult's tablets a clause after being named. Sources: NHS Pulmonary embolism and NICE NG158; NHS Shortness of breath; NHS
Stroke, NICE NG128 / BE-FAST; NHS Confusion; NHS Help for suicidal thoughts, NICE NG225; NHS Poisoning and 急性中毒诊断与治疗
中国专家共识 2016. The look-alikes fixed were emergencies on main: a chest pain assessed and cleared weeks ago, speech
thick after an extraction with gauze, a drink's slurring over by the morning, a palsy fully recovered, a muddle on waking
that passed, a toddler still learning words, a usual short seizure, "this exam is going to kill me", empty pill boxes to
recycle.

MINI_BANK is the mini blind bank written before the fixes (ten phrasings per family and language, none in a bench file):
main caught 237/260 of it with 8/26 look-alikes emergent; this branch 257/260 with 1/26.
The decision is the one bench/eval_paraphrases.py makes: the deterministic engine, no age or sex given.
"""

from __future__ import annotations

import pytest

from tests.triage_screen import bank_decide, emergent

CAUSES: dict[str, list[str]] = {
    # NHS Pulmonary embolism: sudden breathlessness with a sharp pain on breathing in (no risk factor needed)
    "pe": [
        "suddenly breathless, and there's a sharp pain under my left ribs when I breathe deep",
        "一下子气短，吸气的时候肋骨下面尖尖地疼",
        "忽然就喘了，深吸气胸口像插了把刀",
    ],
    # NHS Shortness of breath: struggling to breathe said as a likeness or as too breathless to speak
    "breath": [
        "my breathing feels like I'm being smothered, it's getting worse",
        "I can hardly get a word out, I'm that out of breath",
        "我妈喘气像被捂着个枕头在呼吸",
        "爸爸坐着都拼命大口喘气",
    ],
    # NHS Stroke (FAST speech; face), BE-FAST eyes and balance
    "stroke": [
        "dad was chatting and then his words came out mangled together",
        "only half of his smile goes up now",
        "part of what I'm looking at has vanished, the left side, since this morning",
        "看东西少了一半，眼前缺了一块",
        "she can't keep her balance and she's seeing double",
        "爷爷站不稳，说看人是双的",
    ],
    # NHS Confusion: not knowing where they are or what day it is, not knowing their family
    "confusion": [
        "问她今天星期几也答不上来，刚才还好好的",
    ],
    # NHS Help for suicidal thoughts, NICE NG225: means made ready, a goodbye from the place, no reason to be alive
    "suicidal": [
        "got a bag of charcoal and sealed up the windows of the car",
        "我站在天台上，不想再熬下去了",
        "准备好了炭，门缝也用胶带封上了",
    ],
    # NHS Poisoning; 急性中毒诊断与治疗中国专家共识 2016
    "overdose": [
        "她刚才一口气吃了三十几片安眠药",
    ],
}

# Emergent on main, not on this branch: each a look-alike of a cause above.
FIXED_LOOKALIKES = [
    "Two weeks ago I had chest pain, went to A&E, ECG and bloods were normal, they said it was reflux, no pain now",
    "上个月胸口疼，去医院查了心电图都正常，医生说是胃反流，现在好好的",
    "I just had a tooth extracted, there's gauze in my mouth so my speech is slurred",
    "拔完牙嘴里咬着棉球，说话不清楚",
    "my speech was slurred last night after too much vodka, fine this morning",
    "前年得过面瘫，嘴歪了两个月，后来完全恢复了",
    "I was a bit muddled for a moment when I woke up from my nap, then fine",
    "早上睡醒迷糊了一会儿，马上就好了",
    "my daughter has epilepsy and had one of her usual brief seizures, she's recovered as normal",
    "my flatmate said 'this job is going to kill me', how can I help with her stress",
    "we have some empty tablet boxes to recycle, which bin?",
    "宝宝一岁半，说话还说不全，一直这样",
]

# Benign look-alikes that must stay below the emergency tier (they were on main too): a guard on the widened patterns.
STAY_BENIGN = [
    "昨晚喝多了说话大舌头，今早就好了",
    "I've had a cough and a fever for three days and it hurts when I breathe in, a bit breathless",
    "咳嗽发烧三天了，吸气的时候胸口疼，有点喘",
    "I'm panting after my run, it's a hot day",
    "bought charcoal for the bbq tonight, sealed the bag up after",
    "I don't know what day it is, I've been on holiday so long",
    "孩子发烧，我喂他吃了我的退烧药",
    "recycling old empty pill boxes, can they go in the bin?",
    "I can't shut my eye after swimming, it stings",
]

# Still today's, whatever the fixes read as past: the pain back, the muddle not over, the slurring sudden.
STAY_EMERGENT = [
    "I had chest pain last week, went to A&E, ECG normal, but now it's back",
    "I've had chest pain since last week, the GP said the ECG was normal",
    "上周胸口疼去医院查了都正常，今天又疼了",
    "I woke up confused and I'm still not making sense",
    "he's had a glass of wine and suddenly his speech is slurred",
    "my husband said he's going to kill me tonight",
]


@pytest.mark.parametrize("text", [t for lines in CAUSES.values() for t in lines])
def test_emergency_said_in_other_words_is_emergent(text: str) -> None:
    assert emergent(text), bank_decide(text)


@pytest.mark.parametrize("text", FIXED_LOOKALIKES)
def test_fixed_lookalike_is_not_emergent(text: str) -> None:
    assert not emergent(text), bank_decide(text)


@pytest.mark.parametrize("text", STAY_BENIGN)
def test_benign_lookalike_stays_below_emergency(text: str) -> None:
    assert not emergent(text), bank_decide(text)


@pytest.mark.parametrize("text", STAY_EMERGENT)
def test_current_episode_stays_emergent(text: str) -> None:
    assert emergent(text), bank_decide(text)


def test_sudden_pleuritic_breathlessness_is_the_pe_rule() -> None:
    _, flags, _ = bank_decide("suddenly breathless and a stabbing pain in my side when I breathe in")
    assert "possible_pulmonary_embolism_sudden" in flags


# The mini blind bank (see the module docstring): written before any fix, kept as written.
MINI_BANK = {
 "stroke_face": {
  "en": ["the corner of grandad's mouth is hanging down on the left since he woke",
         "one side of my face won't smile anymore, happened just now",
         "when she tries to grin only half her face goes up",
         "dad's lip is drooping at one side and he's dribbling tea out of it, started 20 mins ago",
         "my cheek feels dead on the right and my eye won't shut properly, came on all at once",
         "his face has gone lopsided in the last hour",
         "half my face feels numb and sort of heavy, came on suddenly while watching tv",
         "mums mouth is crooked all of a sudden",
         "Her smile is uneven since this morning, one side just doesn't lift",
         "my wife's face has dropped on one side, just happened"],
  "zh": ["爷爷嘴巴突然歪到一边去了", "我妈笑起来只有一边脸动，刚才才这样", "右边脸突然麻了，眼睛也闭不上",
         "他喝水从一边嘴角漏出来，半边脸塌下来了", "老爸脸突然不对称了，一边耷拉着", "刚刚发现奶奶嘴角往下掉",
         "我半边脸突然发木，笑的时候嘴歪", "老公脸歪了，就十分钟前的事", "外婆一侧脸好像垮了，突然的", "我爸口眼歪斜，刚发生的"]},
 "stroke_arm": {
  "en": ["my right arm suddenly went dead and floppy", "dad can't hold his cup, his left hand just won't grip, happened suddenly",
         "mum's arm flopped down when she tried to lift it, just now", "all of a sudden my left arm and leg feel weak and heavy",
         "he cant lift his right arm, started half an hour ago", "my arm just stopped working while I was brushing my teeth",
         "her left side has gone weak suddenly", "can't raise my right arm over my head since I woke, it's like lead",
         "grandma's hand keeps dropping things and her arm drifts down, started today suddenly", "his leg gave way and his arm on the same side is useless, just now"],
  "zh": ["我爸右手突然没劲了，杯子都拿不住", "奶奶左胳膊突然抬不起来", "刚才突然半边身子没力气", "老公右边手脚突然不听使唤",
         "我左手突然软了，使不上劲", "妈妈一只手突然举不起来了，就刚才", "爷爷突然一边胳膊腿都发软", "突然右胳膊像不是自己的，动不了",
         "他刚刚拿筷子拿不住了，右手没力", "我妈左边身子突然瘫了"]},
 "stroke_speech": {
  "en": ["dad's talking rubbish suddenly, the words are all jumbled", "my mum suddenly can't get her words out, she knows what she wants to say",
         "his speech went all garbled a few minutes ago", "she's suddenly slurring and she hasn't had a drink",
         "my wife started mixing up words mid sentence, like saying fork for phone, just now",
         "grandad can't find his words suddenly, keeps stopping", "my husband's words are coming out wrong all of a sudden",
         "she's mumbling and I can't understand her, started suddenly", "out of nowhere my speech sounds drunk",
         "he can't understand what I'm saying to him, happened in the last hour"],
  "zh": ["我爸突然说话大舌头了", "奶奶刚才说话突然含含糊糊的", "我妈说话突然颠三倒四，词都对不上", "老公突然说不出话来，急得直比划",
         "爷爷讲话突然吐字不清", "他突然说话像喝醉了一样，可他没喝酒", "她突然听不懂我们说什么", "我说话突然不利索了，舌头不听使唤",
         "外公突然张嘴说不出话", "我爸突然说的话别人听不懂，乱七八糟的"]},
 "stroke_balance_vision": {
  "en": ["suddenly everything's double and I keep falling to one side", "dad is suddenly staggering like he's drunk and sees two of everything",
         "my right eye went black suddenly, can't see out of it", "lost the sight in one eye all at once ten minutes ago",
         "mum suddenly can't walk straight, she veers to the left and her vision is blurry",
         "all of a sudden I can't see the left half of things", "sudden loss of vision in both eyes",
         "he suddenly can't stand without falling over and his eyes are seeing double", "my vision went dark in one eye suddenly",
         "grandma suddenly lost her balance and says she can't see properly out of one eye"],
  "zh": ["我突然看东西有两个影子，走路往一边偏", "右眼突然黑了看不见", "我爸突然站不稳，东倒西歪的，看东西重影",
         "突然一只眼睛什么都看不见了", "妈妈突然走路不稳，还说眼睛看不清", "刚才突然左边视野没了", "奶奶突然走路像踩棉花，还看东西双影",
         "眼睛突然看不见东西了，两只都是", "突然一下子看东西一半黑了", "老公突然头晕站不住，眼睛看东西重叠"]},
 "confusion_drowsy": {
  "en": ["grandma suddenly doesn't recognise me", "dad is suddenly talking nonsense and doesn't know where he is",
         "my mum is really sleepy and we can barely wake her", "he keeps nodding off and can't tell me what day it is, started this afternoon",
         "my husband is suddenly all muddled, asking the same question over and over",
         "she's out of it, can't keep her eyes open and makes no sense", "nan's suddenly away with the fairies, not making sense, started today",
         "my dad's very drowsy and confused since this morning", "my wife suddenly didn't know who I was", "he's disorientated all of a sudden, doesn't know the year"],
  "zh": ["我奶奶突然不认识人了", "我爸突然胡言乱语，不知道自己在哪", "我妈一直昏睡，叫都叫不太醒", "老公今天突然糊里糊涂的，问他几月份都答不上来",
         "爷爷突然说胡话，认不出家里人", "她迷迷糊糊的，一直睡，叫醒了也说不清话", "外婆突然神志不清了", "我爸今天下午开始糊涂，东西乱放，问话答不上",
         "孩子昏昏沉沉的，叫不太醒", "老人突然反应很迟钝，人也犯迷糊"]},
 "chest_pain_cardiac": {
  "en": ["crushing feeling in my chest and my left arm is tingling", "it's like a tight band round my chest and I'm sweating",
         "heavy pressure behind my breastbone for 30 minutes, feel sick", "my chest feels like it's being squeezed in a vice",
         "dad says his chest is tight and his jaw aches, he looks grey", "pain in the middle of my chest going into my back, started at rest",
         "I've got a really bad ache across my chest and I'm clammy", "tightness in my chest and breathless for the last 20 minutes",
         "my husband is clutching his chest and sweating", "chest pain that won't go away, radiating to my neck"],
  "zh": ["胸口像压了块大石头，出冷汗", "胸口闷痛半小时了，左胳膊发麻", "心口绞着疼，还想吐", "我爸说胸口紧，下巴也疼，脸色发灰",
         "胸前一阵阵压榨样疼，人直冒汗", "胸口疼到后背，坐着不动也疼", "胸口发紧喘不上气，二十分钟了", "胸骨后面闷疼，满头大汗",
         "老公捂着胸口说疼，脸都白了", "胸口像被勒住一样疼，放到脖子"]},
 "anaphylaxis": {
  "en": ["ate a prawn and now my throat feels tight and I'm wheezy", "stung by a wasp, face is puffing up and I feel faint",
         "my tongue is swelling after the new antibiotic and I can't swallow", "took penicillin and now I'm covered in hives and struggling to breathe",
         "after the cashew my son's lips swelled and he's coughing and wheezing", "my throat is closing after eating sesame",
         "bee sting, now lightheaded with hives everywhere", "had nuts by mistake, my voice has gone hoarse and throat feels thick",
         "allergic to shellfish, ate some, now dizzy and blotchy and short of breath", "my daughter's face swelled after egg and she's gone floppy"],
  "zh": ["吃了虾以后喉咙发紧，喘不上气", "被马蜂蜇了，浑身起疙瘩，头晕想倒", "吃了药以后舌头肿了，咽东西困难", "打完青霉素全身起风团，胸闷气短",
         "孩子吃了腰果嘴唇肿了，还一直咳嗽喘", "吃了芒果嗓子眼发紧", "被蜜蜂叮了，全身痒起包，人发晕", "误吃了坚果，声音哑了，嗓子堵",
         "对海鲜过敏，吃了一口，现在头晕喘气费劲", "宝宝吃了鸡蛋脸肿了，人软绵绵的"]},
 "suicidal": {
  "en": ["I've written letters to everyone and I'm going to end it tonight", "there's no point going on, I've got the pills lined up",
         "I want to die", "I keep thinking everyone would be better off without me and I've planned how",
         "my son says he's going to kill himself", "I'm standing on the bridge, I can't do this anymore",
         "i just want to not wake up tomorrow", "I've saved up my tablets to take them all tonight",
         "my sister texted me 'goodbye, love you all' and has switched her phone off", "I don't see any reason to be alive any more"],
  "zh": ["我不想活了，药都准备好了", "我已经写好遗书了", "活着太累了，想一了百了", "我儿子说要跳楼", "我想死",
         "我站在楼顶上，不想再撑了", "攒了一瓶安眠药，今晚就吃", "我妹给我发了告别的话，然后关机了", "觉得自己是个累赘，想结束这一切", "我想割腕"]},
 "overdose_poisoning": {
  "en": ["I swallowed all my sertraline an hour ago", "my toddler drank some dishwasher liquid", "my daughter took 30 paracetamol",
         "he's taken a load of his mum's sleeping tablets", "my son ate a handful of my iron tablets",
         "injected my evening insulin twice by accident", "found my dad with empty pill packets everywhere, he's very drowsy",
         "my little one swallowed a button battery", "she drank bleach", "accidentally took two lots of my heart tablets and feel dizzy"],
  "zh": ["我把一整盒安眠药都吃了", "孩子喝了洗洁精", "我吃了二十片布洛芬", "我爸喝了农药", "孩子偷吃了我的降糖药，吃了好几片",
         "我女儿吞了一把扑热息痛", "宝宝误吞了纽扣电池", "她喝了消毒水", "他把一瓶药都吞了", "我不小心多吃了一倍的降压药，头晕"]},
 "unconscious": {
  "en": ["my dad collapsed and won't wake up", "she's passed out and isn't responding", "he's unconscious on the floor",
         "mum's lying there and won't answer me, eyes closed", "found my flatmate unresponsive", "he's out cold and not breathing properly",
         "my grandad keeled over and isn't coming round", "she's not waking up no matter how much I shake her",
         "he's gone limp and won't respond", "my son is floppy and won't wake"],
  "zh": ["我爸突然倒地不省人事", "她昏过去了叫不醒", "我妈晕倒了，怎么喊都没反应", "他躺在地上一动不动，叫不应",
         "爷爷昏迷了", "室友倒在地上叫不醒", "她晕过去一直没醒过来", "老公突然人事不省", "孩子软软的叫不醒", "他没意识了"]},
 "seizure": {
  "en": ["my son is shaking all over and not responding", "she's having a fit", "my dad is jerking on the floor and foaming at the mouth",
         "my baby went stiff and her arms and legs are twitching", "he's convulsing", "my wife had a seizure for the first time",
         "my daughter's eyes rolled back and she started shaking", "he collapsed and his whole body is jerking",
         "my toddler had a febrile convulsion", "she's been fitting for five minutes"],
  "zh": ["孩子突然抽搐了", "我爸倒地抽筋口吐白沫", "宝宝翻白眼，手脚一抽一抽的", "她羊癫疯发作了", "我老公全身抽搐",
         "孩子高烧抽了", "他突然浑身僵直抽动", "老人突然抽风了", "女儿第一次抽搐", "他抽了五分钟还没停"]},
 "breathing_severe": {
  "en": ["I can't breathe", "my son is gasping and his lips are blue", "I can barely get a word out I'm so breathless",
         "she's fighting for every breath", "my chest is heaving and I can't get air in", "he's wheezing and his inhaler isn't working",
         "I'm suffocating, can't get any air", "my baby's ribs are sucking in with each breath", "can't finish a sentence without stopping for breath",
         "my husband's turning blue and struggling to breathe"],
  "zh": ["我喘不上气，快憋死了", "孩子嘴唇发紫，呼吸很急", "喘得说不出话", "他拼命大口喘气", "吸不进气了", "喷了哮喘药也不管用，越来越喘",
         "宝宝呼吸时肋骨下面凹进去", "她憋得脸都青了", "透不过气，话都说不全", "我老公喘得像要断气一样"]},
 "pe_signs": {
  "en": ["suddenly breathless and a stabbing pain in my side when I breathe in", "sharp chest pain when I breathe and I'm suddenly short of breath",
         "out of the blue I can't catch my breath and it hurts to take a breath in", "sudden breathlessness and I coughed up blood",
         "I'm suddenly puffed out and there's a knife-like pain in my chest on breathing", "breathless all of a sudden, pain in my ribs when I breathe in",
         "suddenly short of breath, coughing blood and my heart's racing", "sharp pain when I inhale and breathless, came on suddenly an hour ago",
         "my chest catches when I breathe in, and I got winded suddenly", "sudden shortness of breath with sharp pain on breathing"],
  "zh": ["突然气短，吸气时胸口刺痛", "一下子喘不上气，深吸气右边疼", "突然呼吸困难，还咳血", "突然气促，一吸气就胸口扎着疼",
         "突然喘不过气来，胸口刀割一样疼，吸气更疼", "忽然气短心慌，吸气时肋骨疼", "突然咳出血来，还气短", "突然气急，呼吸时胸部刺痛",
         "突然喘，深呼吸时胸口针扎一样", "突然上不来气，吸气的时候左边胸口疼"]},
}

MINI_NEAR = {
 "en": ["I had a stroke two years ago and my face still droops a bit, no change",
        "my speech was slurred last night after lots of gin, fine today",
        "I'm numb on one side of my mouth after the dentist's injection",
        "my toddler still mixes up words, she's learning to talk",
        "I was a bit muddled for a moment when I woke up, then fine",
        "chest pain two weeks ago, hospital checked my heart and it was fine, now no pain",
        "I had a fit as a child but nothing since",
        "I used to have suicidal thoughts years ago but I'm well now",
        "I took two paracetamol for my headache",
        "I get a bit breathless climbing three flights of stairs",
        "my friend said 'I'll kill you' as a joke",
        "I'm sleepy because I didn't sleep well last night",
        "recycling old empty pill boxes, can they go in the bin?",
        "I had a blood clot in my lung last year, fully treated, just asking about flying"],
 "zh": ["十年前中风过，嘴有点歪一直这样，没有变化", "昨晚喝多了说话大舌头，今天好了", "打了麻药嘴半边麻，补完牙",
        "宝宝一岁半还不会说完整的话", "午睡醒了迷糊了一下，马上就好了", "上周胸口疼去医院查了都正常，现在不疼了",
        "小时候抽过一次筋，之后再没有", "以前有过轻生的念头，现在好多了", "头疼吃了两片布洛芬", "爬五楼有点喘",
        "昨天没睡好，今天有点困", "去年得过肺栓塞，已经治好了，想问能不能坐飞机"],
}


def test_mini_blind_bank_figures() -> None:
    present = [t for langs in MINI_BANK.values() for lines in langs.values() for t in lines]
    near = [t for lines in MINI_NEAR.values() for t in lines]
    hits = sum(emergent(t) for t in present)
    false_pos = sum(emergent(t) for t in near)
    assert (len(present), len(near)) == (260, 26)
    # main: 237/260 and 8/26
    assert hits >= 257, hits
    assert false_pos <= 1, false_pos
