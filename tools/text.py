"""Text normalisation and language detection shared by every lexicon-based tool."""

from __future__ import annotations

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


def detect_lang(text: str) -> str:
    """Return "zh" when Chinese characters carry the message, else "en".

    Mixed messages ("I have 胸痛 and fever") are weighed one Chinese character against
    one English word, so the reply follows whichever script carries more of the text.
    """
    cjk = len(_CJK.findall(text))
    latin_words = len(re.findall(r"[A-Za-z]+", text))
    return "zh" if cjk and cjk >= latin_words else "en"
