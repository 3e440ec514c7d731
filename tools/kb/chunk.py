"""Split a document into sections along its headings, then into chunks of at most `max_chars`.

Markdown `#`..`######` headings (not inside code fences), HTML h1-h6 (the reader turns
them into Markdown headings), numbered Chinese/English headings in plain text
("一、探视时间", "3. Parking"), PDF pages. A long section is cut at paragraph, then
sentence boundaries; no chunk is empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 1200
CHUNKER_VERSION = "1"
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# Plain-text headings: 一、 / 第三条 / 1. / 2.3 / （一） followed by a short title on its own line.
_TXT_HEADING = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百\d]+[章节条部分]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[.、)]?)\s*\S.{0,48}$")
_SENTENCE_END = re.compile(r"(?<=[。！？；.!?;])\s*")


@dataclass(frozen=True)
class Section:
    """A heading path ("Visiting › Hours"), the text under it, and the source ids it rests on (built-ins)."""

    heading: str
    text: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chunk:
    """One retrievable passage: its section heading, text, position in the document and source ids."""

    section: str
    text: str
    index: int
    sources: tuple[str, ...] = ()


def markdown_sections(text: str, title: str) -> list[Section]:
    """Sections of Markdown text; the heading path joins nested headings with " › " (the H1 is the title)."""
    path: list[tuple[int, str]] = []
    sections: list[Section] = []
    body: list[str] = []
    fenced = False

    def flush() -> None:
        content = "\n".join(body).strip()
        if content:
            heading = " › ".join(h for level, h in path if not (level == 1 and h == title)) or title
            sections.append(Section(heading, content))
        body.clear()

    for line in text.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        m = None if fenced else _MD_HEADING.match(line)
        if m:
            flush()
            level = len(m.group(1))
            path = [(lv, h) for lv, h in path if lv < level] + [(level, m.group(2).strip())]
        else:
            body.append(line)
    flush()
    return sections


def text_sections(text: str, title: str) -> list[Section]:
    """Sections of plain text: a short numbered line ("一、探视时间", "2. Parking") starts a new section."""
    lines = text.splitlines()
    marked = []
    for i, line in enumerate(lines):
        is_heading = bool(_TXT_HEADING.match(line)) and not line.rstrip().endswith(("。", ".", "；", ";", "，", ","))
        # A numbered line followed directly by more numbered lines is a list item, not a heading.
        marked.append("## " + line.strip() if is_heading and _has_body(lines, i) else line)
    return markdown_sections("\n".join(marked), title)


def _has_body(lines: list[str], i: int) -> bool:
    for nxt in lines[i + 1:]:
        if nxt.strip():
            return not _TXT_HEADING.match(nxt)
    return False


def split_text(text: str, max_chars: int = MAX_CHARS) -> list[str]:
    """Cut `text` into pieces of at most `max_chars`: by paragraph, then sentence, then hard cut."""
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    current = ""
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if not para:
            continue
        units = [para] if len(para) <= max_chars else _sentences(para, max_chars)
        for unit in units:
            if current and len(current) + 2 + len(unit) > max_chars:
                pieces.append(current)
                current = unit
            else:
                current = f"{current}\n\n{unit}" if current else unit
    if current:
        pieces.append(current)
    return pieces


def _sentences(para: str, max_chars: int) -> list[str]:
    out: list[str] = []
    for sent in filter(None, _SENTENCE_END.split(para)):
        while len(sent) > max_chars:
            out.append(sent[:max_chars])
            sent = sent[max_chars:]
        if sent:
            out.append(sent)
    return out


def chunk_sections(sections: list[Section], max_chars: int = MAX_CHARS) -> list[Chunk]:
    """Chunks in document order, numbered from 0."""
    chunks: list[Chunk] = []
    for sec in sections:
        for piece in split_text(sec.text, max_chars):
            if piece.strip():
                chunks.append(Chunk(sec.heading, piece.strip(), len(chunks), sec.sources))
    return chunks
