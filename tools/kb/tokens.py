"""Tokens shared by the hashed embedder and BM25: Chinese character uni/bigrams, Latin words and char n-grams.

No tokenizer model and no word segmenter: Chinese is read as overlapping characters
(unigrams + bigrams), Latin text as lower-cased NFKC words, plus character 3-5-grams of
each word for the embedder (spelling variants, plurals, "haemoglobin"/"hemoglobin").
"""

from __future__ import annotations

import re
from functools import lru_cache

from carebridge.tools.followup.parse import cn_numerals_to_digits
from carebridge.tools.text import normalize as _normalize

# CJK runs, or Latin/digit words (keeping internal . ' - as in "3.5", "can't", "nt-probnp").
TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9\u00c0-\u024f]+(?:[.'\-][a-z0-9\u00c0-\u024f]+)*")
# Function words that carry no topic; dropping them keeps short queries from matching on "the".
STOP_EN = frozenset(
    "a an and are as at be been but by can do does for from had has have how i if in into is it its my me of on or "
    "our so than that the their them then there these they this to was we were what when where which who will with "
    "you your".split())
# "五天" and "5天" should meet: Chinese numerals directly before a unit of time, age, count or measure.
_CN_COUNT = re.compile(r"[零〇一二两三四五六七八九十百]+(?=(?:个)?(?:天|日|周|星期|月|岁|年|次|小时|分钟|公斤|斤|度|片|粒|毫克))")
STOP_ZH = frozenset("的 了 是 在 和 与 及 或 也 都 就 要 会 我 你 您 他 她 它 们 这 那 有 吗 呢 吧 啊 个 之 等 为 对 把 被 让 给".split())


def normalize(text: str) -> str:
    """NFKC, lower case, Chinese counts as digits (五天 -> 5天)."""
    return _CN_COUNT.sub(lambda m: cn_numerals_to_digits(m.group(0)), _normalize(text))


def is_cjk(token: str) -> bool:
    """True for a token made of Chinese characters."""
    return "\u3400" <= token[0] <= "\ufaff"


@lru_cache(maxsize=4096)
def _cjk_terms(run: str) -> tuple[str, ...]:
    uni = [c for c in run if c not in STOP_ZH]
    bi = [run[i:i + 2] for i in range(len(run) - 1)]
    return (*uni, *bi)


def words(text: str) -> list[str]:
    """Terms for lexical ranking (BM25): Latin words without stop words, Chinese unigrams and bigrams."""
    out: list[str] = []
    for tok in TOKEN.findall(normalize(text)):
        if is_cjk(tok):
            out.extend(_cjk_terms(tok))
        elif tok not in STOP_EN:
            out.append(tok)
    return out


@lru_cache(maxsize=65536)
def char_ngrams(word: str, low: int = 3, high: int = 5) -> tuple[str, ...]:
    """Character n-grams of a Latin word padded with < and > ("<hb>" for short words)."""
    padded = f"<{word}>"
    if len(padded) <= low:
        return (padded,)
    return tuple(padded[i:i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1))
