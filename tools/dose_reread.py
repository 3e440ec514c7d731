"""Re-read the numbers in a paracetamol amount the lexicon found ("2 every couple of hours", "12 x 500mg a day").

NHS "Paracetamol for adults": the usual dose is 1 or 2 500 mg tablets up to 4 times in 24 hours,
at least 4 hours apart, never more than 8 tablets (4 g) in 24 hours; more than that needs A&E
even when the person feels well. The lexicon finds where a message states an amount of
paracetamol (`paracetamol_amount`, negation- and ConText-aware); this module only does the
arithmetic on that span, so a number is never read out of an unrelated sentence.
"""

from __future__ import annotations

import math
import re

from carebridge.tools.text import ZH_DIGITS, zh_integer

# NHS Paracetamol for adults (and knowledge/medication/patient.yaml max_daily_dose): 4 g in 24 hours.
MAX_DAILY_MG = 4000.0
TABLET_MG = 500.0  # "a paracetamol" is a 500 mg tablet unless the message says 1 g
# NOTE: doses "every N hours" are counted over a 16-hour waking day (a patient who doses every
# 2 hours is not dosing in their sleep); every 4 hours then gives 4 doses, the NHS maximum.
_WAKING_HOURS = 16.0

_NUM = r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十]+几?|couple of|two|three|four|five|six|eight|ten|twelve)"
_WORDS = {"couple of": 2.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "eight": 8.0,
          "ten": 10.0, "twelve": 12.0}
_TABLET = r"(?:tablets?|pills?|caplets?|capsules?|tabs|片|粒|颗)"
# "in 24 hours", "in the last 24h", "over the past day", "过去24小时内"
_DAY = (r"(?:(?:a|per|each|every) day|daily|a night|in (?:a|one) day"
        r"|(?:in|over|within) (?:the )?(?:(?:last|past) )?(?:24|twenty[- ]four) ?(?:hours?|hrs?|h)|(?:in|over) the (?:last|past) day"
        r"|一天|每天|一日|每日|(?:过去|最近|这)?的?24个?小时(?:内|里|之内)?|一昼夜)")
_STRENGTH_1G = re.compile(r"(?<![0-9.])(?:1 ?g|1000 ?mg|1 ?克|1000 ?毫克)(?![a-z0-9])")
# "12 tablets a day", "16-18 tablets in 24hrs", "12 paracetamol 500 mg tablets a day", "8 tablets' worth a day"
_COUNT_PER_DAY = re.compile(rf"{_NUM}(?: ?(?:-|to|or|~|到|至) ?{_NUM})? ?(?:x ?)?(?:[a-z0-9-]+ ){{0,4}}?{_TABLET}?(?:'s?)?(?: worth)? ?{_DAY}")
# NOTE: "more than 8 tablets a day" is strictly more than 8 (so over the 4 g maximum); "no more than",
# "not more than" and "不超过" are a limit kept, not an amount over it.
_MORE_THAN = re.compile(r"(?:(?<![a-z])(?<!no )(?<!not )(?<!never )(?:more than|over|above)|(?<!不)(?<!没)(?<!没有)(?:超过|多于)) ?$")
# "一天吃了12片", "每天十几片", "24小时内吃了16片"
# "一天下来吃了快十片", "一天之内差不多吃了6克": 下来 / 之内 after the day and a hedge (快, 近, 差不多: nearly) before
# the number say the same amount; "nearly 6" is read as 6, so a hedge only moves an amount already near the maximum
# selfcare39: "今天一共就吃了4片": a total word (一共, 总共, 加起来) with 就/才/只 before the count
_ZH_DAY_TAIL = r"(?:下来|之内|以内|内|里)?(?:算下来)?(?:一共|总共|加起来|合计)?(?:就|才|只)?(?:差不多|大概|将近)?(?:吃|服|吞|用)?(?:了)?"
_ZH_HEDGE = r"(?:大概|差不多|将近|约|得有|有|超过|多于|快|近|接近|几乎|足有)?"
_ZH_PER_DAY_COUNT = re.compile(rf"{_DAY}{_ZH_DAY_TAIL}{_ZH_HEDGE}{_NUM}(?:多)?{_TABLET}")
# "6 g a day", "6000mg in 24 hours", "一天6克"
# blind84: "16 tablets plus the sachets today", "今天吃了12片": a count of tablets taken today is within one day, so
# over 8 of them is over the daily maximum (NHS Paracetamol for adults: more than 8 x 500 mg in 24 hours, A&E)
# selfcare39: "only had 6 in total today": a total said without a tablet word
_COUNT_TODAY = re.compile(rf"{_NUM} ?(?:x ?)?(?:(?:paracetamol|acetaminophen|panadol|tylenol|co-?codamol) ?)?(?:{_TABLET}|in total|altogether|all together|total)(?: [a-z ]{{0,30}}?)? (?:so far )?today")
_ZH_TODAY_COUNT = re.compile(rf"今天{_ZH_DAY_TAIL}{_ZH_HEDGE}{_NUM}(?:多)?{_TABLET}")
# blind86: "14 or 15 tablets since yesterday morning", "22 paracetamol over the last two days", "从昨天到现在吃了二十片",
# "这两天加起来吃了20片": a count of tablets over up to two days (a staggered overdose). Like a total in grams over two
# days (_TWO_DAYS below) it is over the maximum only when it is over twice the day's maximum (more than 16 tablets):
# then some 24 hours of it held more than 8 (NHS Paracetamol for adults: more than 8 x 500 mg in 24 hours, A&E).
_SINCE_YESTERDAY = (r"(?:(?:since|from) yesterday(?: (?:morning|afternoon|lunchtime|lunch|evening|night))?"
                    r"|(?:in|over|across) (?:the )?(?:last |past )?(?:two|2|couple of) days)")
_COUNT_TWO_DAYS = re.compile(rf"{_NUM}(?: ?(?:-|to|or|~) ?{_NUM})? ?(?:x ?)?(?:(?:paracetamol|acetaminophen|panadol|tylenol|co-?codamol) ?)?"
                             rf"{_TABLET}(?: [a-z ]{{0,30}}?)? {_SINCE_YESTERDAY}")
_ZH_TWO_DAYS_COUNT = re.compile(rf"(?:(?:从)?(?:昨天|昨日)(?:早上|上午|中午|下午|晚上|早晨)?(?:到现在|到今天|开始|以来|起)|(?:这)?两天)"
                                rf"[^，,。;；!?！？\d]{{0,10}}?{_NUM}(?:多)?{_TABLET}")
_MG_PER_DAY = re.compile(rf"(\d+(?:\.\d+)?) ?(mg|g|grams?|毫克|克) ?{_DAY}")
_ZH_MG_PER_DAY = re.compile(rf"{_DAY}{_ZH_DAY_TAIL}{_ZH_HEDGE}(\d+(?:\.\d+)?) ?(mg|g|毫克|克)")
# "2 every couple of hours", "2 every 2 hours", "每次2片，每2小时一次", "隔两个小时吃两片"
# "every 3 or 4 hrs", "every 3-4 hours": a range of intervals is read at its longer end
# "2 paracetamol every 3 hours": the drug's name may stand between the count and the interval
_DRUG = r"(?:paracetamol|acetaminophen|panadol|calpol|tylenol|co-?codamol)(?: \d+ ?(?:mg|g))?"
_EVERY = re.compile(rf"{_NUM} ?(?:x ?)?(?:{_DRUG} ?)?{_TABLET}? ?(?:every|each) ?(?:{_NUM}(?: ?(?:-|to|or) ?{_NUM})? )?(hours?|hrs?|half hour|half an hour)")
_ZH_INTERVAL = rf"(?:\d+ ?(?:-|~|到|至) ?)?{_NUM}"  # "3到4", "三四" (read at the longer end)
_ZH_DOSE_THEN_EVERY = re.compile(rf"(?:每次|一次)?{_NUM}{_TABLET}.{{0,3}}?(?:每|隔)({_ZH_INTERVAL}|半)个?(?:小时|钟头)")
_ZH_EVERY_THEN_DOSE = re.compile(rf"(?:每|隔)({_ZH_INTERVAL}|半)个?(?:小时|钟头)(?:就)?(?:吃|服)?(?:一次)?.{{0,2}}?{_NUM}{_TABLET}")
# "2 tablets 6 times a day", "每次3片，一天5次"
_TIMES = re.compile(rf"{_NUM} ?(?:x ?)?(?:[a-z-]+ (?:\d+ ?(?:mg|g) )?)?{_TABLET}? ?{_NUM} times (?:a|per) day")
_MG_TIMES = re.compile(rf"(\d+(?:\.\d+)?) ?(mg|g|毫克|克) ?(?:{_TABLET} )?{_NUM} ?(?:times (?:a|per) day|次)")
_ZH_TIMES = re.compile(rf"(?:每次|一次){_NUM}{_TABLET}.{{0,3}}?(?:一天|每天|一日|每日){_NUM}次")


def _number(token: str | None, longer: bool = False) -> float | None:
    """12, 1.5, 十二, 十几 (at least 11), 二十几 (at least 21), 'couple of' -> 2.

    A Chinese range said with two neighbouring digits ("七八片", "十七八片", "三四个小时") is read
    at its lower end, like "16-18 tablets"; `longer` reads it at its upper end (an interval
    between doses, where the longer one gives the smaller daily amount).
    """
    if token is None:
        return None
    token = token.strip()
    if (rng := re.fullmatch(r"(\d+) ?(?:-|~|到|至) ?(\d+)", token)) is not None:
        ends = sorted(float(x) for x in rng.groups())
        return ends[1] if longer else ends[0]
    digits = re.fullmatch(r"(.*?)([一二两三四五六七八九])([二三四五六七八九])", token)
    if digits and ZH_DIGITS[digits.group(3)] == ZH_DIGITS[digits.group(2)] + 1 and (not digits.group(1) or digits.group(1).endswith("十")):
        token = digits.group(1) + (digits.group(3) if longer else digits.group(2))
    if token in _WORDS:
        return _WORDS[token]
    try:
        return float(token)
    except ValueError:
        pass
    some = token.endswith("几")
    token = token.rstrip("几")
    if not token:
        return None
    if (n := zh_integer(token)) is not None:
        return float(n + (1 if some and token.endswith("十") else 0))  # 十几 is at least 11
    if all(c in ZH_DIGITS for c in token):
        return float(int("".join(str(ZH_DIGITS[c]) for c in token)))
    return None


def _add_every(amounts: list[float], per_dose: float | None, every: str | None, tablet_mg: float) -> None:
    hours = 0.5 if every == "半" else _number(every, longer=True)
    if per_dose and hours:
        amounts.append(per_dose * math.ceil(_WAKING_HOURS / hours) * tablet_mg)


# "加起来差不多有十二克", "took 12 g altogether": a total in grams, counted as one day's amount (NHS
# Paracetamol for adults: more than 4 g in 24 hours) unless the sentence names a longer time.
_TOTAL_G = re.compile(r"(?:加起来|一共|总共|合计|累计|差不多|大概|大约|将近|得有|足足|超过|至少|吃了|服了|吞了|total of|took|taken|swallowed|had)"
                      r"\D{0,8}?(\d+(?:\.\d+)?|[一二两三四五六七八九十]+) ?(?:g|grams?|克)(?![a-z])")
_G_IN_TOTAL = re.compile(r"(\d+(?:\.\d+)?) ?(?:g|grams?) (?:of (?:it|them|paracetamol) )?(?:in total|altogether|all together|all at once|at once|in one go)")
# a time longer than two days ("这周", "这几天", "前天", "over the last week", "for 5 days"): a total over it is no day's amount
_LONGER_THAN_TWO_DAYS = re.compile(r"周|星期|礼拜|个?月|前天|(?:几|[三四五六七八九十]|[3-9]|\d\d)(?:个)?(?:天|日)|weeks?|months?"
                                   r"|(?:[3-9]|\d\d|three|four|five|six|seven|eight|nine|ten|several|few) days")
# NOTE: a total over up to two days ("从昨天到今天", "since yesterday", "两天") is over the maximum only when it
# is over twice the maximum: then some 24 hours of it held more than 4 g
_TWO_DAYS = re.compile(r"昨天|两天|二天|2 ?天|yesterday|two days|2 days")
# NOTE: a total the span itself pins to today ("今天加起来吃了6克", "6 g altogether today") is that day's
# amount, whatever longer time the rest of the sentence names ("这两天感冒…今天加起来吃了6克多").
_TODAY = re.compile(r"今天|今日|今儿|today|since this morning")


def paracetamol_daily_mg(span: str, context: str = "") -> float | None:
    """The largest daily amount of paracetamol (mg) the span states, or None when it states none.

    Only the lower end of a range counts ("16-18 tablets" is 16), and only the span itself is
    read: the lexicon decides that it is an amount of paracetamol taken by the patient. `context`
    (the sentence around it) is only searched for a time longer than two days.
    """
    text = span.lower()
    tablet_mg = 1000.0 if _STRENGTH_1G.search(text) else TABLET_MG
    amounts: list[float] = []
    for m in _MG_PER_DAY.finditer(text):
        unit = m.group(2)
        amounts.append(float(m.group(1)) * (1.0 if unit in ("mg", "毫克") else 1000.0))
    for m in _ZH_MG_PER_DAY.finditer(text):
        amounts.append(float(m.group(1)) * (1.0 if m.group(2) in ("mg", "毫克") else 1000.0))
    for m in _COUNT_PER_DAY.finditer(text):
        # "500 mg tablets a day" is a strength, not a count
        if re.match(r"\s?(?:mg|g|毫克|克)", text[m.end(1):]):
            continue
        if (n := _number(m.group(1))) is not None:
            amounts.append(n * tablet_mg + (1.0 if _MORE_THAN.search(text[:m.start()]) else 0.0))
    for m in (*_COUNT_TODAY.finditer(text), *_ZH_TODAY_COUNT.finditer(text)):
        if (n := _number(m.group(1))) is not None:
            amounts.append(n * tablet_mg)
    for m in (*_COUNT_TWO_DAYS.finditer(text), *_ZH_TWO_DAYS_COUNT.finditer(text)):
        if (n := _number(m.group(1))) is not None:
            amounts.append(n * tablet_mg / 2.0)
    for m in _ZH_PER_DAY_COUNT.finditer(text):
        if (n := _number(m.group(1))) is not None:
            amounts.append(n * tablet_mg + (1.0 if _MORE_THAN.search(text[:m.start(1)]) else 0.0))
    for m in _EVERY.finditer(text):
        per_dose = _number(m.group(1))
        ends = [n for n in (_number(m.group(2)), _number(m.group(3))) if n is not None]
        hours = max(ends) if ends else 1.0  # "every 3 or 4 hrs" is read at its longer end
        if m.group(4).startswith("half"):
            hours = 0.5
        if per_dose and hours:
            amounts.append(per_dose * math.ceil(_WAKING_HOURS / hours) * tablet_mg)
    for m in _ZH_DOSE_THEN_EVERY.finditer(text):  # groups: dose, interval (or 半)
        _add_every(amounts, _number(m.group(1)), m.group(2), tablet_mg)
    for m in _ZH_EVERY_THEN_DOSE.finditer(text):  # groups: interval (or 半), its number, dose
        _add_every(amounts, _number(m.group(3)), m.group(1), tablet_mg)
    for m in _MG_TIMES.finditer(text):
        per_dose_mg = float(m.group(1)) * (1.0 if m.group(2) in ("mg", "毫克") else 1000.0)
        if (times := _number(m.group(3))) is not None:
            amounts.append(per_dose_mg * times)
    for m in (*_TIMES.finditer(text), *_ZH_TIMES.finditer(text)):
        per_dose, times = _number(m.group(1)), _number(m.group(2))
        if per_dose and times:
            amounts.append(per_dose * times * tablet_mg)
    around = f"{context.lower()} {text}"
    today = bool(_TODAY.search(text))
    if today or not _LONGER_THAN_TWO_DAYS.search(around):
        days = 2.0 if _TWO_DAYS.search(around) and not today else 1.0
        for m in (*_TOTAL_G.finditer(text), *_G_IN_TOTAL.finditer(text)):
            if (n := _number(m.group(1))) is not None:
                amounts.append(n * 1000.0 / days)
    return max(amounts) if amounts else None


def over_daily_maximum(span: str, context: str = "") -> bool:
    """True when the span states more paracetamol in a day than the NHS maximum (4 g).

    `context` is the sentence around the span: a total said over a longer time ("this week") is no day's amount.
    """
    mg = paracetamol_daily_mg(span, context)
    return mg is not None and mg > MAX_DAILY_MG


def at_daily_maximum(span: str, context: str = "") -> bool:
    """True when the span states at least the NHS daily maximum (4 g): "2 every 4 hours", "2 four times a day".

    fold-t126: the full day's amount with a second medicine that holds paracetamol on top is over the maximum (NHS
    Paracetamol for adults: do not take it with other medicines that contain paracetamol); the engine decides that.
    """
    mg = paracetamol_daily_mg(span, context)
    return mg is not None and mg >= MAX_DAILY_MG


# NOTE: NHS "Paracetamol for adults" and "Ibuprofen for adults": the usual dose is 1 or 2
# tablets. "I swallowed two paracetamol for my headache" is that dose, not an overdose; the
# same words about a child, or about someone else's medicine, stay an ingestion (a toddler who
# swallows two tablets needs urgent help). Only the patient speaking for themself counts: an
# English "I" right before the verb, or a Chinese sentence that names nobody else before it.
_SMALL_COUNT_EN = re.compile(
    r"^(?:swallowed|took|taken|had|ate|eaten|downed|necked) (?:one|two|a couple of|1|2) "
    r"(?!of (?!my ))(?!(?:whole|full|entire|bottles?|packs?|packets?|box(?:es)?|strips?|blisters?|handfuls?|tubs?|lots?|loads?|sheets?)\b)")
_SMALL_COUNT_ZH = re.compile(r"^(?:吃|吞|服)(?:了)?(?:一|两|二|1|2)(?:颗|粒|片)")
_FIRST_PERSON_EN = re.compile(r"(?:^|[^a-z])i (?:have |had |'ve |just |only |then )?$")
_SOMEONE_ELSE_ZH = re.compile(r"孩子|宝宝|儿子|女儿|娃|小孩|孙|宝贝|闺女|他|她|爸|妈|爷|奶|姥|外公|外婆|老人|老公|老婆|弟|妹|哥|姐")
_SOMEONE_ELSE_EN = re.compile(r"(?:^|[^a-z])(?:[a-z]+'s|someone else|somebody else)(?:[^a-z]|$)")


def usual_own_dose(span: str, before: str) -> bool:
    """True when a swallowed-medicine span is one or two tablets the patient took themself.

    `span` is what the lexicon matched ("swallowed two paracetamol"), `before` the text of the
    same sentence before it.
    """
    text = span.lower()
    if _SMALL_COUNT_EN.match(text):
        return bool(_FIRST_PERSON_EN.search(before.lower())) and not _SOMEONE_ELSE_EN.search(text)
    if _SMALL_COUNT_ZH.match(text):
        return not _SOMEONE_ELSE_ZH.search(before) and "的" not in text
    return False


# "I took all my tablets this morning as usual" is the daily routine, not an overdose: the
# words right after the ingestion (same clause) say it was the usual, prescribed amount.
# blind108 t108z-016: "药板上少了4片 是氨氯地平 现在看着跟平时一样在那玩": the child LOOKING as usual after the
# tablets is how they are now (NHS Poisoning: go to A&E even with no symptoms), not the tablets taken as usual.
_AS_USUAL = re.compile(r"^[^.,;!?。，；！？]{0,25}?(?:(?<![a-z])(?:as (?:usual|normal|always|prescribed|i always do|i normally do)"
                       r"|like (?:i )?(?:always|normal|usual|normally|usually|every (?:day|morning|night))|same as every (?:day|morning))"
                       r"|照常|(?<!看着)(?<!看起来)(?<!看上去)(?<!精神)(?<!状态)(?<!表现)(?<!玩得)(?:像|和|跟)平时一样|按医嘱|按时吃的?)")


# "吃了好几盒药也没好利索": boxes of medicine taken over weeks that did not cure the illness are a
# treatment that failed, not an overdose (the words right after say the illness did not get better).
_NOT_CURED = re.compile(r"^[^.,;!?。，；！？]{0,6}?(?:也|都|还是|还)(?:没|不|没有)(?:好|见好|好利索|好转|治好|缓解|见效)")


def taken_as_usual(after: str) -> bool:
    """True when the words after an ingestion say it was the patient's usual medicines, or a treatment that did not cure."""
    return bool(_AS_USUAL.match(after.lower()) or _NOT_CURED.match(after))
