"""dept35b: Chinese complaints named plainly that came out 未能确定（请咨询导诊台） because no code read them.

Each case is a paraphrase of a bench miss (not its wording): the department group it goes to now, and the look-alikes
that must not be read the same way. Sources are on the patterns (knowledge/symptoms.yaml, urgency_rules.yaml).
"""

from __future__ import annotations

import pytest

from tests.triage_screen import current_codes, group_and_urgency, service_decide

# (cause, text, age, sex, group)
ROUTED = [
    # Bell's palsy signs (NHS Bell's palsy): 神经内科
    ("facial_palsy", "今天一早洗脸发现左边眼睛闭不严，喝口水左边嘴角就漏出来，四肢没事，说话也利索", 45, "M", "内科"),
    # (staging, stop 35: the English "an eye won't shut, tea dribbles out of one side of the mouth" is the stroke's face
    # droop on main, 999 by NHS Stroke FAST, and stays so: facial_palsy_signs is read alongside and never lowers it;
    # tests/unit/test_stop35_safety.py)
    # tooth pain with a cold, hot or sweet trigger (NHS Toothache, NHS Sensitive teeth): 口腔科
    ("tooth_trigger", "右上那颗大牙一喝热汤就疼，三四天了，牙龈不肿", 30, "F", "口腔科"),
    ("tooth_trigger", "吃冰淇淋的时候上面两颗门牙就酸，刷牙也酸", 41, "M", "口腔科"),
    # ringing in one ear (NHS Tinnitus): 耳鼻咽喉科
    ("tinnitus", "左耳里面老是嗡嗡的，半个月了，听东西还行", 52, "M", "耳鼻咽喉科"),
    ("tinnitus", "右边耳朵里头像有蝉在叫，晚上更明显", 47, "F", "耳鼻咽喉科"),
    # blood when blowing the nose (NHS Nosebleed): 耳鼻咽喉科
    ("nose_blood", "空调屋里待久了，擤鼻涕带出来一点血丝", 33, "F", "耳鼻咽喉科"),
    # groin bulge further from 大腿根 (NHS Inguinal hernia): 外科
    ("hernia", "左边腹股沟那儿咳嗽的时候会鼓出一个包，按一下又回去了", 55, "M", "外科"),
    # varicocele (NHS Varicocele): 泌尿外科
    ("varicocele", "右边阴囊里摸着一团软软的，跟蚯蚓似的，不疼", 24, "M", "外科"),
    ("varicocele", "feels like a bag of worms above my left testicle, worse standing", 22, "M", "外科"),
    # stye (NHS Stye): 眼科
    ("stye", "左下眼睑边缘长了个小硬结，有点压痛，视力没事", 26, "F", "眼科"),
    # skipped beat (NHS Heart palpitations): 内科
    ("skip_beat", "晚上躺下偶尔心脏漏跳一拍，然后重重跳一下，别的都好", 40, "F", "内科"),
    # period and discharge (NHS Bacterial vaginosis, Irregular periods, Vaginal bleeding after sex, Period pain): 妇产科
    ("gyn", "白带这阵子一下子变多了，有股鱼腥味", 30, "F", "妇产科"),
    ("gyn", "月经老是推迟，一推就是十来天", 27, "F", "妇产科"),
    ("gyn", "最近同房之后出了点血，不多，月经倒是正常", 33, "F", "妇产科"),
    ("gyn", "我19岁，每次一来月经头两天就疼得直冒汗，吃止痛药也不太管用", 19, "F", "妇产科"),
    # skin (NHS Vitiligo, Actinic keratoses, Seborrhoeic keratoses, Moles, Psoriasis, Chilblains, Corns and calluses,
    # Keloids, Hair loss, Acne, Itchy skin): 皮肤科
    ("skin", "脖子上出了一块白斑，比旁边皮肤白一圈，不痒", 30, "F", "皮肤科"),
    ("skin", "常年在工地晒太阳，手背上有几块粗糙的小斑，摸起来像砂纸", 60, "M", "皮肤科"),
    ("skin", "脸颊上这两年长了些咖啡色的斑，想问能不能去掉", 44, "F", "皮肤科"),
    ("skin", "肩膀上那颗痣好像比以前大了一圈，颜色也深了", 50, "M", "皮肤科"),
    ("skin", "肘部有几块斑，上面一层白皮，一搓就掉屑", 36, "M", "皮肤科"),
    ("skin", "入冬以后手指头红肿，一暖和就痒", 22, "F", "皮肤科"),
    ("skin", "脚后跟起了个硬疙瘩，走路硌得慌", 50, "F", "皮肤科"),
    ("skin", "头顶有一小块地方突然不长头发了，光光的", 28, "M", "皮肤科"),
    ("skin", "这半年脸上长了不少痘，挤了留印子", 20, "M", "皮肤科"),
    ("skin", "被草划了一下，腿上又刺又痒", 31, "F", "皮肤科"),
    # restless legs (NHS Restless legs syndrome): 神经内科
    ("restless_legs", "一到晚上躺床上小腿里就像有蚂蚁在爬，得起来走两步才好", 60, "F", "内科"),
    # wanting to stop smoking (NHS Stop smoking treatments, NICE NG209): 内科
    ("stop_smoking", "烟抽了三十年了，这回真的想戒烟，医院能开药吗", 55, "M", "内科"),
    ("stop_smoking", "I want to stop smoking, do nicotine patches work?", 38, "M", "内科"),
    # the knee or wrist named a few words before its pain or stiffness (NHS Knee pain, NHS Hand and wrist pain): 外科
    ("joint", "跳绳以后髌骨下面那里就疼", 35, "M", "外科"),
    ("joint", "这半年手腕老是发僵，转起来不灵活", 58, "F", "外科"),
    # neck (NHS Neck pain), splinters (NHS Splinters), oil splash (NHS Burns and scalds): 外科
    ("neck", "睡醒脖子一扭就疼，转不过去", 30, "F", "外科"),
    ("splinter", "搬木头的时候手掌扎进去一根木刺，还露着一截", 45, "M", "外科"),
    ("burn", "煎鱼的时候胳膊上溅到热油，红了一小块", 39, "F", "外科"),
    # a lump with a white head, a swelling beside the anus (NHS Boils, NHS Anal abscess): 外科
    ("abscess", "屁股上长了个疙瘩，又红又疼，顶上有个白头", 28, "M", "外科"),
    ("abscess", "肛门旁边肿痛两天，摸着有个硬结", 40, "M", "外科"),
    # a lump said 无痛 (painless), a flap of skin torn up: 外科
    ("lump", "腋下摸到一个无痛性肿块，黄豆大小", 38, "F", "外科"),
    ("wound", "我妈胳膊在门框上蹭了一下，皮掀起来一块，渗了点血", 82, "F", "外科"),
    # a recent abdominal operation asked about (NICE NG180): 外科
    ("post_op", "阑尾手术出院三天了，想问什么时候能洗澡", 30, "M", "外科"),
    # years without a check-up (NHS Health check): 全科医疗科
    ("health_check", "很多年都没做过体检了，想全面查一下", 50, "M", "全科医疗科"),
    # constipation said as days between (NHS Constipation), yellow eyes (NHS Jaundice): 内科
    ("constipation", "这阵子大便费劲，四天才拉一次", 60, "F", "内科"),
]


@pytest.mark.parametrize(("cause", "text", "age", "sex", "group"), ROUTED, ids=[f"{c[0]}-{i}" for i, c in enumerate(ROUTED)])
def test_routed(cause: str, text: str, age: float, sex: str, group: str) -> None:
    assert group_and_urgency(text, age, sex)[0] == group


def test_facial_palsy_is_urgent() -> None:
    # NHS Bell's palsy: see a GP as soon as possible (steroids within 72 hours)
    urgency, rules = service_decide("早上起来发现右眼闭不严，漱口的时候水从右边嘴角漏出来，手脚有劲，说话清楚", 40, "M")
    assert urgency == "urgent" and "facial_palsy_signs" in rules


def test_jaundice_said_with_youdian() -> None:
    assert "jaundice" in current_codes("最近家里人说我眼睛有点黄，小便也很黄")


@pytest.mark.parametrize("text", [
    "宝宝睡觉的时候右眼闭不严，正常吗",       # a baby asleep with an eye a little open
    "孩子长牙，流口水，嘴角老是湿的",         # drool is not water leaking out
    "昨晚睡觉眼睛闭不严，早上眼睛干",         # no side named
])
def test_not_facial_palsy(text: str) -> None:
    assert "facial_palsy_signs" not in current_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("用了抗敏感牙膏，刷完牙很舒服", "toothache"),              # a toothpaste, no pain
    ("舌头上有一块白斑，擦不掉", "vitiligo_patches"),            # a white patch in the mouth is not vitiligo
    ("孩子发烧，身上起了砂纸一样的疹子", "rough_sun_patch"),      # a sandpaper rash is scarlet fever's, no 斑
    ("我戒烟五年了，最近咳嗽", "smoking_cessation"),              # stopped long ago: not asking to stop
    ("耳环掉了，响了一声", "hearing_problem"),                    # no ringing in the ear
    ("喉咙里扎了一根鱼刺", "minor_cut"),                          # a fish bone in the throat is not a splinter
])
def test_look_alikes(text: str, code: str) -> None:
    assert code not in current_codes(text)
