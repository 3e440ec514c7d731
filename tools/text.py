"""Text normalisation and language detection shared by every lexicon-based tool."""

from __future__ import annotations

import functools
import re
import unicodedata

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def normalize(text: str) -> str:
    """Fold full-width forms and case so lexicon patterns match what patients type.

    NFKC turns full-width digits/letters (３９度, ＣＴ) into ASCII while keeping Chinese
    punctuation distinct enough for clause splitting; curly apostrophes become straight
    so "can’t" matches "can't".
    """
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return text.lower()


# Traditional characters common in symptom descriptions, folded one for one into simplified so
# the lexicon (written in simplified) reads 香港/台灣 patients too ("頭痛", "喘不過氣"). One
# character for one keeps every offset unchanged. A hand-made table, not a full converter:
# phrase-level differences (e.g. 週末/周末 is fine, 乾燥/干燥 is fine) are all character-level here.
_TRADITIONAL = (
    "體頭腦臉腳膽腸腎脈臟髒膚頸嚨嗎嘔氣難傷燒燙腫脹癢暈覺發髮熱濕涼藥醫護診療檢驗測溫壓糞紅綠黃藍顏點塊皰"
    "膿瘡劃縫針線續斷噴湧滲條張陣隻個們這裡裏後從來會說話語講聽聲見視瞼淚鏡脣齒齦頰額頂陰睪門蓋軟動彈舉邊"
    "側劇嚴厲輕緊鬆悶暫沒無麼為還過時間鐘鍾週禮歲兒孫爺媽婦懷產經帶陽試紙結車禍樓墜處電擊觸農誤嚥顆劑殺蟲"
    "盡絕鬱憂慮緒癲癇驚風識塗應喚聾啞癱瘓餓飯飲乾脫勞虛厭膩噁規則齊節約環轉讓讀寫認記憶問題單雙對錯鐵鋁銅"
    "鏈鍋爐燈開關閉簾擋黴蝦魚雞鴨豬麥麵貓膠錠喪馬騎機飛長場號專業東營養隱潰瘍澀響鳴轟頻嗆嚇樣壞顫縮攣痙殘"
    "廢該雖現剛纔幾兩萬總舊遠層圍內況淨濃質類種項級顯嘗聞鹹煙霧塵術輸掛報囑廁隨擔擾糾緩衝飄搖擺穩維嬰閨寶"
    "餵嚕蕁遺書鬧煩準製復複歷範餘於著適壯傳親愛聯歡隊陸際險鄰漲滾燭爛灑潑濺淺滅燉銳鈍銀錢鎖鑰閃闖闊雜離順"
    "須頓領顧飽餅館駕驟騰髖魯鮮鴉鹽黨齡龍龜嗚嘆噸嚐囉圓團壇墳夢夠奪奮婁嫻孿寢實寧審將尋導屬峽幣師帳幫廣廳"
    "強彎徑徵懶戀戲撲擠擴擬攔攝敗數斂曬朧棄槍樁歐歸殼毀氫決淪減渦湯溝滯滿漁潛澤濾瀉灘煉燜牆狀猶獎獨獻瑣畫"
    "當瘋瘧癆皺盞監盤眾睜瞇矯礙稱穀窩竄筆築簽糧緻綁網綿編縣繃繞繩繼罷習聖聰職脅脛臍與艱蘇藝蟄衛補裝褲襪覽"
    "觀訓設許詳誌請諸謝證變貝負貨費資賣趕跡躍軀較輪辦遞鄉鉤鋼錄鍵鎮鑽閒陳靈靜韌頁預頑願颳饑駭骯鬍鬚鬥齣癒"
    "臥痠挾擰撐彆搗掙搶摟攙攤攪攬"
)
_SIMPLIFIED = (
    "体头脑脸脚胆肠肾脉脏脏肤颈咙吗呕气难伤烧烫肿胀痒晕觉发发热湿凉药医护诊疗检验测温压粪红绿黄蓝颜点块疱"
    "脓疮划缝针线续断喷涌渗条张阵只个们这里里后从来会说话语讲听声见视睑泪镜唇齿龈颊额顶阴睾门盖软动弹举边"
    "侧剧严厉轻紧松闷暂没无么为还过时间钟钟周礼岁儿孙爷妈妇怀产经带阳试纸结车祸楼坠处电击触农误咽颗剂杀虫"
    "尽绝郁忧虑绪癫痫惊风识涂应唤聋哑瘫痪饿饭饮干脱劳虚厌腻恶规则齐节约环转让读写认记忆问题单双对错铁铝铜"
    "链锅炉灯开关闭帘挡霉虾鱼鸡鸭猪麦面猫胶锭丧马骑机飞长场号专业东营养隐溃疡涩响鸣轰频呛吓样坏颤缩挛痉残"
    "废该虽现刚才几两万总旧远层围内况净浓质类种项级显尝闻咸烟雾尘术输挂报嘱厕随担扰纠缓冲飘摇摆稳维婴闺宝"
    "喂噜荨遗书闹烦准制复复历范余于着适壮传亲爱联欢队陆际险邻涨滚烛烂洒泼溅浅灭炖锐钝银钱锁钥闪闯阔杂离顺"
    "须顿领顾饱饼馆驾骤腾髋鲁鲜鸦盐党龄龙龟呜叹吨尝啰圆团坛坟梦够夺奋娄娴孪寝实宁审将寻导属峡币师帐帮广厅"
    "强弯径征懒恋戏扑挤扩拟拦摄败数敛晒胧弃枪桩欧归壳毁氢决沦减涡汤沟滞满渔潜泽滤泻滩炼焖墙状犹奖独献琐画"
    "当疯疟痨皱盏监盘众睁眯矫碍称谷窝窜笔筑签粮致绑网绵编县绷绕绳继罢习圣聪职胁胫脐与艰苏艺蛰卫补装裤袜览"
    "观训设许详志请诸谢证变贝负货费资卖赶迹跃躯较轮办递乡钩钢录键镇钻闲陈灵静韧页预顽愿刮饥骇肮胡须斗出愈"
    "卧酸挟拧撑别捣挣抢搂搀摊搅揽"
)
_FOLD = str.maketrans(_TRADITIONAL, _SIMPLIFIED)


def fold_chinese(text: str) -> str:
    """Fold common traditional Chinese characters into simplified ones (same length)."""
    return text.translate(_FOLD)


def detect_lang(text: str) -> str:
    """Return "zh" when Chinese characters carry the message, else "en".

    Mixed messages ("I have 胸痛 and fever") are weighed one Chinese character against
    one English word, so the reply follows whichever script carries more of the text.
    """
    cjk = len(_CJK.findall(text))
    latin_words = len(re.findall(r"[A-Za-z]+", text))
    return "zh" if cjk and cjk >= latin_words else "en"


# Misspellings patients type on phones, read as the word they mean before any phrase is matched
# (only spellings that are no other word: "breath" is a word, so only "can't breath" is fixed).
_SPELLING = tuple((re.compile(rf"(?<![a-z])(?:{wrong})(?![a-z])"), right) for wrong, right in (
    ("un-?con?s?ciou?s|unconsious|unconcous", "unconscious"), ("con?ciou?s|consious|concous", "conscious"),
    ("lost (his |her |my )?conscience", "lost consciousness"), ("s(ie|ei|e)[sz]ure", "seizure"), ("s(ie|ei|e)[sz]ures", "seizures"),
    ("tounge|tonuge|tongu", "tongue"), ("temp(a|e)?r?a?ture|tempreture|temprature|temperture|tempature|tempreature|temperatur", "temperature"),
    ("paracet(e|o|a)m(o|a)ll?|paracetemol|paracetomol|paracetmol", "paracetamol"), ("ibr?uprofin|ibroprofen|ibuprofine", "ibuprofen"),
    ("asprin|aspirine", "aspirin"), ("stomache", "stomach"), ("diar?rh?o?ea|diarhea|diarrea|diarhoea|diahrea|diarreah", "diarrhoea"),
    ("naus(i|e)?ous|nauseus|nausous|nautious", "nauseous"), ("weez(ing|y|e)", "wheez\\1"), ("choaking|chocking", "choking"),
    ("coll?ap?sed|colapsed|collaped", "collapsed"), ("migrane|migrain", "migraine"), ("head ?ake|hedache|headach", "headache"),
    ("vomm?itt?(ing|ed)", "vomit\\1"), ("bleading|bleding", "bleeding"), ("swoll?en|swolen|swolan", "swollen"), ("swel+ing|sweling", "swelling"),
    ("dizz?yness|dizzness|diziness", "dizziness"), ("brea?thin|breahting|breating|breathign", "breathing"), ("numbess|numbnes", "numbness"),
    ("all?erg(ic|y)|alergic|alergy", "allerg\\1"), ("anaph(a|y)?l+a?xs?is|anaphalaxis|anaphlaxis|anafilaxis|anaphylaxsis", "anaphylaxis"),
    ("h(a|e)?e?morr?h?age|haemorage|hemorage|hemmorage", "haemorrhage"), ("fe(a|v)?ver|feaver|fevor|fevar", "fever"), ("pian", "pain"),
    ("testicals?|testicels?", "testicle"), ("scrotem", "scrotum"), ("insuline", "insulin"), ("blury|blurrey|bluryy", "blurry"),
    ("slured|slurd", "slurred"), ("sholder", "shoulder"),
    # learners' English makes "pain" a verb ("my stomach is paining since two days", "it pains when I walk"):
    # "paining" is no word, "pains" after "it" or "is" is the verb; both are read as "hurt" (same length for paining)
    ("paining", "hurting"), ("(?<=(?:it|is) )pains(?= (?:me|when|if|a lot|very|too|so|much|badly|more))", "hurts"),
    # words a phone's voice typing splits into sounds ("the para set a mol five hundreds", "the key tone strip"):
    # no ordinary sentence says them, and a ketone is read only before what one measures it with or by
    ("(?:para|parra|pair a|pera) ?-?(?:set|sit|seat) ?-?(?:a|uh|the)? ?-?(?:mol|mall|mole|moll)", "paracetamol"),
    ("key ?tone(s?)(?= (?:strips?|sticks?|tests?|levels?|readings?|meter|monitor|(?:are|is|were|was) (?:high|positive|up|[0-9])))", "ketone\\1"),
    ("(can'?t|cannot|couldn'?t|unable to|hard to|struggling to|struggle to|trying to|difficult to) breath(?!e|ing|less|s)", "\\1 breathe"),
    # Staff shorthand in nurses' and front-desk notes ("pt c/o SOB", "sharp L CP", "N&V x2 days", "no LOC", "T 39.2"),
    # read as the words meant. Each is read only where it is the abbreviation: "sob" (to cry) not after "to", "a" or
    # "the"; "CP" (also cerebral palsy) only after a word that describes a pain ("sharp L CP", "c/o CP", "no CP") or
    # before one that dates or qualifies it ("CP worse on breathing in", "CP x2 hrs"); "T" only before a body temperature.
    # blind96: "an advert made me sob", "I sob", "she sobs": the verb after a person (me, i, she, he, we, they, you,
    # made/makes/make/let me, could/would/started to) is crying, not the abbreviation
    ("c/o", "complains of"), ("(?<!to )(?<!a )(?<!the )(?<!\\bme )(?<!\\bi )(?<!she )(?<!\\bhe )(?<!we )(?<!they )(?<!you )"
                              "(?<!just )(?<!would )(?<!could )(?<!did )sob(?= |,|\\.|;|$|/)", "shortness of breath"),
    ("(?:" + "|".join(f"(?<={w} )" for w in ("c/o", "complains of", "sharp", "central", "crushing", "pleuritic", "severe", "mild", "dull",
                                              "tight", "stabbing", "burning", "retrosternal", "l", "r", "left", "right", "new", "no",
                                              "denies", "nil", "and", "\\+")) + ")cp"
     "|cp(?= (?:worse|radiating|spreading|on (?:breathing|inspiration|exertion)|x ?[0-9]|for [0-9]|at rest))", "chest pain"),
    ("n ?(?:&|/|\\+|and) ?v", "nausea and vomiting"),
    # fold-t128 (blind128 t128e-035 "d&v since last nite"): "D&V" is diarrhoea and vomiting, as the NHS page is named
    # ("Diarrhoea and vomiting") and as UK patients and nurses shorten it; only with its joiner, so a lone "d" stays
    ("d ?(?:&|/|\\+) ?v|d (?:and|n) v", "diarrhoea and vomiting"),
    ("(?:" + "|".join(f"(?<={w} )" for w in ("no", "brief", "denies", "nil", "with", "had", "\\+", "transient", "any")) + ")loc",
     "loss of consciousness"),
    # "L"/"R" for the side, before a body part ("R ear", "L ankle", "swollen L jaw")
    ("l(?= (?:ear|eye|arm|leg|hand|foot|knee|ankle|wrist|hip|shoulder|elbow|calf|thigh|chest|side|flank|loin|jaw|cheek|breast|testicle|groin|forearm|shin|toe|finger|thumb)s?(?![a-z]))", "left"),
    ("r(?= (?:ear|eye|arm|leg|hand|foot|knee|ankle|wrist|hip|shoulder|elbow|calf|thigh|chest|side|flank|loin|jaw|cheek|breast|testicle|groin|forearm|shin|toe|finger|thumb)s?(?![a-z]))", "right"),
    ("sx", "symptoms"), ("hx of", "history of"), ("pt", "patient"), ("w/o", "without"), ("w/(?!o)", "with"),
    ("t(?= ?(?:3[4-9]|4[0-2])(?:\\.[0-9])?(?![0-9]))", "temperature"),
    # misread30a: "can not" written as two words and "cannot" are "can't" (the lexicon's phrases were written with
    # "can'?t" and many never list "cannot": "fell onto his shoulder and can not lift his arm" lost the injured arm)
    ("can ?not", "can't"),
    # contractions typed without the apostrophe
    ("hes", "he's"), ("shes", "she's"), ("im", "i'm"), ("ive", "i've"), ("its", "it's"), ("dont", "don't"), ("cant", "can't"),
    ("wont", "won't"), ("isnt", "isn't"), ("wasnt", "wasn't"), ("didnt", "didn't"), ("doesnt", "doesn't"), ("havent", "haven't"),
    ("hasnt", "hasn't"), ("hadnt", "hadn't"), ("couldnt", "couldn't"), ("wouldnt", "wouldn't"), ("shouldnt", "shouldn't"),
    ("arent", "aren't"), ("werent", "weren't"), ("youre", "you're"), ("theyre", "they're"), ("thats", "that's"), ("theres", "there's"),
    ("whats", "what's"),
    # "me" for "my" before a body part, as British, Irish and Australian speakers say it ("the dog went for me hand",
    # "ulcers on the inside of me lip"): same length, and no object pronoun stands before these nouns
    ("me(?= (?:(?:hands?|lips?|legs?|arms?|head|chest|belly|tummy|stomach|foot|feet|eyes?|ears?|throat|neck|knees?|fingers?|thumb|toes?|mouth|tongue|face|shoulders?|wrists?|ankles?|hips?|nose|teeth|tooth|gums?|skin|bum|ticker|heart|waterworks|bladder|bowels|kidneys?|ribs?|groin|shin|calf|thigh|elbow|jaw|cheek|side)(?![a-z])|back(?! (?:home|to|in|up|out|from|again|then|later|now|at|on|a|the)(?![a-z])))"
     "(?! (?:it|them|this|that|you|him|her|us|me|my|his|your|their|our|some|any)(?![a-z])))", "my"),
))


# Chinese homophones that voice typing writes for a body word (same sound, same length, so every
# offset holds). Each wrong form is no word of its own where it stands: 泡疹 and 蛋结石 are never
# words; 度子/新脏/中峰 are read only where the body word fits (肚子疼, 心脏病, 中风了).
_ZH_HOMOPHONES = tuple((re.compile(wrong), right) for wrong, right in (
    ("泡疹", "疱疹"), ("蛋结石", "胆结石"), ("蛋囊炎", "胆囊炎"),
    ("[度杜]子(?=[疼痛胀涨鼓硬里上都也有很好一不])", "肚子"), ("(?<=拉)[度杜]子", "肚子"),
    # Pinyin input-method confusions (same syllable, wrong character) that older and rural patients leave in
    # ("凶口痛", "头云眼花", "欧吐了两回", "血鸭高", "耳躲听不见", "看东西模呼"): none of these pairs is a word of
    # its own, so the symptom word is what was meant. 头云 is left alone before 雾/彩/层 (clouds over a hilltop).
    ("凶口", "胸口"), ("头云(?![雾彩层])", "头晕"), ("欧吐|呕土", "呕吐"), ("血鸭", "血压"), ("耳躲", "耳朵"),
    ("模[呼乎]", "模糊"), ("含乎", "含糊"), ("蓝球", "篮球"), ("眼晶", "眼睛"), ("猴咙", "喉咙"), ("牙银", "牙龈"),
    ("干冒", "感冒"), ("抽斤", "抽筋"), ("桑子(?=[疼痛哑干痒眼里发有])", "嗓子"), ("嘴外(?=了)", "嘴歪"),
    ("(?<=[红起个些小大])格大", "疙瘩"),
    # 发绕 is no word; 发骚 is slang of its own, so it is read as 发烧 only where a fever is plainly meant: denied
    # or hedged (没发骚, 有点发骚) or followed by a temperature or a day count (发骚38度9, 发骚三十九度, 发骚两天了).
    ("发绕", "发烧"),
    ("(?:(?<=[没不还又点])发骚)|(?:发骚(?=[0-9]|[三四][十]|了|[一两三四五几好][天日]))", "发烧"),
    ("新脏(?=[病不跳疼痛难有早衰停支])", "心脏"),
    ("中峰(?=[了吗啊呢吧过]|前兆|后遗症|的(?:症状|样子|表现)|$|[ ,，。?？!！])", "中风"),
))


# Pinyin typed for a body word or a symptom inside a Chinese message ("xiong口像压了块大石头",
# "我tou疼", "胸口teng", "duziteng了一晚上"): the input method left the syllables unconverted. A latin
# run is read as Chinese only when it touches a Chinese character and is, whole, a body word with an
# optional symptom syllable, or a symptom syllable right after a body character. One-syllable body
# words (xiong, tou, yao, wei, xin, tui) are read only before a symptom, so "我yao去医院" stays. One space between the
# run and the characters is read as touching.
_PINYIN_BODY = {
    "xiongkou": "胸口", "xiongbu": "胸部", "xinkou": "心口", "duzi": "肚子", "fubu": "腹部", "bozi": "脖子",
    "houlong": "喉咙", "sangzi": "嗓子", "yanjing": "眼睛", "erduo": "耳朵", "naodai": "脑袋",
}
_PINYIN_BODY_1 = {"xiong": "胸", "tou": "头", "yao": "腰", "wei": "胃", "xin": "心", "tui": "腿"}
# Longest first, so "xiongkou" is tried before "xiong".
_PINYIN_BODIES = sorted({**_PINYIN_BODY_1, **_PINYIN_BODY}.items(), key=lambda kv: len(kv[0]), reverse=True)
_PINYIN_SYMPTOM = {"teng": "疼", "tong": "痛", "men": "闷", "yun": "晕", "ma": "麻", "zhang": "胀", "yang": "痒", "suan": "酸"}
_PINYIN_WORD = {"xinhuang": "心慌", "exin": "恶心", "fashao": "发烧", "kesou": "咳嗽", "laduzi": "拉肚子", "xiongmen": "胸闷"}
_BODY_CHARS = "胸口头肚子腹腰胃心腿脖喉咙嗓眼睛耳背手脚臂膊"
_SYMPTOM_CHARS = "疼痛闷晕麻胀痒酸口部"
_LATIN_RUN = re.compile(r"[a-z]+")


def _pinyin_run(run: str, before: str, after: str) -> str | None:
    """The Chinese a pinyin run stands for, or None when it is no body/symptom word."""
    if run in _PINYIN_WORD:
        return _PINYIN_WORD[run]
    for body, hanzi in _PINYIN_BODIES:
        if run.startswith(body):
            rest = run[len(body):]
            if rest in _PINYIN_SYMPTOM:
                return hanzi + _PINYIN_SYMPTOM[rest]
            if not rest and (body in _PINYIN_BODY or (after and after in _SYMPTOM_CHARS)):
                return hanzi
    if run in _PINYIN_SYMPTOM and before and before in _BODY_CHARS:
        return _PINYIN_SYMPTOM[run]
    return None


def pinyin_in_chinese(norm: str) -> str:
    """Pinyin body and symptom words inside a Chinese message written in characters ('xiong口' -> '胸口')."""
    if not _CJK.search(norm):
        return norm

    def hanzi(m: re.Match[str]) -> str:
        # A hurried writer may leave one space between the pinyin and the characters ("xiongkou 憋着疼"): the
        # character past that one space is the neighbour (blind116 t116z-002).
        start, end = m.start(), m.end()
        if start >= 2 and norm[start - 1] == " " and _CJK.match(norm[start - 2]):
            start -= 1
        if end + 1 < len(norm) and norm[end] == " " and _CJK.match(norm[end + 1]):
            end += 1
        before = norm[start - 1] if start else ""
        after = norm[end] if end < len(norm) else ""
        if not (_CJK.match(before or " ") or _CJK.match(after or " ")):
            return m.group(0)
        return _pinyin_run(m.group(0), before, after) or m.group(0)
    return _LATIN_RUN.sub(hanzi, norm)


# fold-t128 (blind128 t128z-001 "胸口tight 像压了块大石头 出一身冷汗 左胳膊也麻"): bilingual writers switch
# language inside one phrase, a Chinese body word with an English symptom word ("胸口tight", "头好pain", "脖子stiff",
# "嗓子sore") or an English body word with a Chinese symptom ("chest好闷", "head疼", "stomach不痛"). Neither half is a
# phrase of either lexicon, so the finding was lost. The English word is read as the Chinese one it translates
# (a dictionary sense, no clinical judgement) only where it touches the other half: after a Chinese body word, or
# before a Chinese symptom character, with at most one degree or denial word between (有点, 好, 很, 不, 没...) and
# one space. Whole English phrases ("我chest pain好厉害", "有点sore throat") stay English for the English lexicon:
# an English symptom word is not read when an English body word follows it, and an English body word only before a
# Chinese symptom character.
_EN_SYMPTOM_ZH = {
    "tight": "发紧", "tightness": "发紧", "pain": "疼", "painful": "疼", "hurts": "疼", "hurt": "疼", "hurting": "疼",
    "ache": "疼", "aches": "疼", "aching": "疼", "achy": "疼", "sore": "疼", "numb": "麻", "itchy": "痒", "itching": "痒",
    "itch": "痒", "swollen": "肿", "bloated": "胀", "stiff": "发硬", "dizzy": "晕", "weak": "无力", "bleeding": "出血",
}
_EN_BODY_ZH = {
    "chest": "胸口", "head": "头", "stomach": "肚子", "tummy": "肚子", "belly": "肚子", "throat": "嗓子", "neck": "脖子",
    "back": "后背", "eye": "眼睛", "eyes": "眼睛", "ear": "耳朵", "ears": "耳朵", "leg": "腿", "legs": "腿", "arm": "胳膊",
    "arms": "胳膊", "tooth": "牙", "teeth": "牙", "knee": "膝盖", "knees": "膝盖", "heart": "心", "hand": "手", "hands": "手",
    "foot": "脚", "feet": "脚", "skin": "皮肤", "gums": "牙龈",
}
_ZH_BODY_WORDS = ("胸口|胸部|胸|心口|头|脑袋|肚子|肚|腹部|小腹|胃|腰|后背|背|嗓子|喉咙|嗓子眼|眼睛|眼|耳朵|耳|腿|小腿|胳膊|手臂|"
                  "手|脚|牙|牙龈|脖子|颈|膝盖|关节|皮肤|全身|浑身|身上|下面")
_ZH_BETWEEN = "(?:有点儿?|有些|好|很|挺|特别|非常|超级?|巨|太|老是?|一直|还|又|也|都|不|没有?|不太|不怎么)?"
_EN_BODY_WORDS = "|".join(sorted(_EN_BODY_ZH, key=len, reverse=True))
_EN_SYMPTOM_AFTER_ZH_BODY = re.compile(
    rf"((?:{_ZH_BODY_WORDS}){_ZH_BETWEEN} ?)({'|'.join(sorted(_EN_SYMPTOM_ZH, key=len, reverse=True))})(?![a-z])"
    rf"(?! (?:{_EN_BODY_WORDS})(?![a-z]))")
_EN_BODY_BEFORE_ZH_SYMPTOM = re.compile(
    rf"(?<![a-z])({_EN_BODY_WORDS})( ?{_ZH_BETWEEN})(?=[疼痛闷麻胀痒酸晕肿紧硬跳慌])")


def english_in_chinese(norm: str) -> str:
    """English symptom or body words inside a Chinese phrase read as the Chinese they translate ('胸口tight' -> '胸口发紧')."""
    if not _CJK.search(norm):
        return norm
    norm = _EN_SYMPTOM_AFTER_ZH_BODY.sub(lambda m: m.group(1) + _EN_SYMPTOM_ZH[m.group(2)], norm)
    return _EN_BODY_BEFORE_ZH_SYMPTOM.sub(lambda m: _EN_BODY_ZH[m.group(1)] + m.group(2), norm)


# Memoised: a pure function of its text, asked for the same message by the lexicon and by the slot readers (about
# twelve times a chat turn); the tables it reads are fixed at import.
@functools.lru_cache(maxsize=1024)
def fix_spelling(norm: str) -> str:
    """Misspellings, misheard Chinese homophones, pinyin and English words left inside Chinese and apostrophe-less contractions read as the words meant (normalised text in)."""
    for pattern, right in _SPELLING:
        norm = pattern.sub(right, norm)
    for pattern, right in _ZH_HOMOPHONES:
        norm = pattern.sub(right, norm)
    return english_in_chinese(pinyin_in_chinese(norm))


ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_INTEGER = re.compile(r"(?:(?P<h>[一二两三四五六七八九])百)?(?P<z>零)?(?:(?P<t>[一二两三四五六七八九])?(?P<ten>十))?(?P<u>[一二三四五六七八九])?")


def zh_integer(text: str) -> int | None:
    """A Chinese numeral as an integer: '二' 2, '十二' 12, '二十' 20, '一百零五' 105; None if not one.

    The one reader of Chinese integers (slots, paracetamol amounts and lab values all use it);
    what a caller adds (几 "some", "三四" a range) stays with that caller.
    """
    if re.fullmatch(r"[零〇一二两三四五六七八九]", text):
        return ZH_DIGITS[text]
    m = _ZH_INTEGER.fullmatch(text)
    if not m or not text or (m.group("z") and not m.group("h")):
        return None
    hundreds = ZH_DIGITS[m.group("h")] * 100 if m.group("h") else 0
    tens = (ZH_DIGITS[m.group("t")] if m.group("t") else 1) * 10 if m.group("ten") else 0
    return hundreds + tens + (ZH_DIGITS[m.group("u")] if m.group("u") else 0)


# A body temperature said in Chinese numerals ("三十八度三", "三十九度", "三十八点五度") is written
# in Arabic digits ("38.3度") so the lexicon reads it as it reads "38.3度". Only whole degrees from 34
# to 43 (a body temperature) with 度/℃ or a decimal point are rewritten (度 is kept, never added); "三十八度三" has its tenths
# after 度 (not "三天", "三次", "三个", ...). The text gets shorter, like any normalisation.
# A Chinese numeral from 10 to 99 ("十", "十二", "三十八"), as a regex.
ZH_TENS = "[一二三四五六七八九]?十[一二三四五六七八九]?"
_ZH_TEMPERATURE = re.compile(
    rf"(?P<int>{ZH_TENS})(?:点(?P<pt>[零一二三四五六七八九])(?P<deg1>度|℃)?"
    rf"|(?P<deg>度|℃)(?P<tenth>[零一二三四五六七八九](?![十百千万天个次分小岁周月年号块斤遍回下点]))?)")


def zh_temperatures(text: str) -> str:
    """Chinese-numeral body temperatures in Arabic digits: '量了三十八度三' -> '量了38.3度'."""
    def arabic(m: re.Match[str]) -> str:
        whole = zh_integer(m.group("int"))
        if whole is None or not 34 <= whole <= 43:
            return m.group(0)
        if m.group("pt"):
            return f"{whole}.{ZH_DIGITS[m.group('pt')]}{m.group('deg1') or ''}"
        tenth = m.group("tenth")
        return f"{whole}.{ZH_DIGITS[tenth]}{m.group('deg')}" if tenth else f"{whole}{m.group('deg')}"
    return _ZH_TEMPERATURE.sub(arabic, text)
