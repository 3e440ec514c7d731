"""Read a hospital document (Markdown, text, HTML, PDF) into a title, a language and sections, or say why not.

Every failure is a `KbError` with a code and a message naming the file and what to do:
missing, unsupported type, too large, binary, not UTF-8/GB18030, empty, encrypted or
image-only PDF. Nothing here touches the store.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from carebridge.tools.kb.chunk import CHUNKER_VERSION, Section, markdown_sections, text_sections
from carebridge.tools.kb.errors import KbError
from carebridge.tools.text import detect_lang

KINDS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
         ".pdf": "pdf"}
MAX_FILE_BYTES = 20_000_000
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Document:
    """A readable document, ready to chunk; `version` changes whenever its bytes (or the chunker) change."""

    key: str
    source: str
    title: str
    sections: list[Section]
    version: str
    lang: str | None = None  # from front matter; otherwise detected per chunk
    citation: str | None = None  # a public source (built-ins) or the document's own front-matter `source`
    source_ids: list[str] = field(default_factory=list)
    kind: str = "markdown"


def version_of(data: bytes, max_chars: int) -> str:
    """Content hash of the bytes plus the chunker settings (so a new chunk size re-ingests)."""
    return hashlib.sha256(data + f"\0chunker={CHUNKER_VERSION};max={max_chars}".encode()).hexdigest()[:16]


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else GB18030 (common in Chinese hospital exports); refuse binary."""
    if b"\x00" in data[:8192]:
        raise KbError("binary_file", f"{name} looks like a binary file (it contains NUL bytes); carebridge reads "
                      "Markdown, text, HTML and PDF. Convert it to one of those, or leave it out.")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL.findall(text[:20000])) > max(10, len(text[:20000]) // 100):
            raise KbError("binary_file", f"{name} looks like a binary file (many control characters); carebridge reads "
                          "Markdown, text, HTML and PDF.")
        return text
    raise KbError("bad_encoding", f"{name} is neither UTF-8 nor GB18030 text; save it as UTF-8 and ingest it again.")


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter (title, lang, source, ...) and the rest of a Markdown file."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}, text
    return (meta if isinstance(meta, dict) else {}), text[m.end():]


class _HtmlText(HTMLParser):
    """HTML to Markdown-ish text: h1-h6 become # headings, block tags become line breaks, scripts are dropped."""

    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "li", "tr", "br", "section", "article", "table", "ul", "ol", "dd", "dt", "blockquote", "pre"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.parts.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif re.fullmatch(r"h[1-6]", tag) or tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_markdown(text: str) -> tuple[str, str]:
    """(title, Markdown text) of an HTML page."""
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    body = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(parser.parts))
    return parser.title.strip(), re.sub(r"\n{3,}", "\n\n", body).strip()


def _pdf_sections(path: Path, data: bytes) -> tuple[str, list[Section]]:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise KbError("pdf_encrypted", f"{path.name} is a password-protected PDF; save an unprotected copy and ingest that.")
        title = str((reader.metadata or {}).get("/Title") or "").strip()
        sections = []
        for n, page in enumerate(reader.pages, 1):
            text = (page.extract_text() or "").strip()
            if text:
                sections.append(Section(f"p. {n}", text))
    except KbError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise KbError("pdf_unreadable", f"{path.name} is not a readable PDF ({type(exc).__name__}: {str(exc)[:120]}); "
                      "re-export it from the original, or save it as text.") from exc
    if not sections:
        raise KbError("no_text", f"{path.name} has no extractable text (a scanned PDF?); run OCR on it first, or save "
                      "it as text.")
    return title, sections


def read_document(path: Path, *, max_bytes: int = MAX_FILE_BYTES, max_chars: int = 1200) -> Document:
    """Read one file into a `Document`; raise `KbError` saying what is wrong and what to do."""
    path = Path(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise KbError("unsupported_type", f"{path} is not a supported type ({', '.join(sorted(KINDS))}); convert it "
                      "to Markdown, text, HTML or PDF.")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise KbError("too_large", f"{path} is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit per file; "
                          "split it into smaller documents, or raise the limit with --max-file-mb.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise KbError("file_not_found", f"{path} does not exist; check the path.") from None
    except IsADirectoryError:
        raise KbError("unreadable", f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise KbError("unreadable", f"cannot read {path}: {exc.strerror or exc}; check its permissions.") from exc
    if not data.strip():
        raise KbError("empty_file", f"{path} is empty; nothing to ingest.")
    version = version_of(data, max_chars)
    key = str(path.resolve())
    meta: dict[str, Any] = {}
    if kind == "pdf":
        title, sections = _pdf_sections(path, data)
        title = title or path.stem
    else:
        text = decode(data, str(path))
        if kind == "html":
            title, text = html_to_markdown(text)
            title = title or path.stem
            sections = markdown_sections(text, title)
        elif kind == "markdown":
            meta, text = split_front_matter(text)
            h1 = re.search(r"^#\s+(.+?)\s*#*\s*$", text, re.M)
            title = str(meta.get("title") or (h1.group(1) if h1 else path.stem))
            sections = markdown_sections(text, title)
        else:
            first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
            title = first if len(first) <= 60 else path.stem
            body = text.split(first, 1)[1] if title == first else text
            sections = text_sections(body, title)
    if not sections:
        raise KbError("no_text", f"{path} has no text to index (only headings or markup).")
    lang = meta.get("lang") if meta.get("lang") in ("zh", "en") else None
    citation = str(meta["source"]) if meta.get("source") else None
    return Document(key=key, source=str(path), title=title, sections=sections, version=version, lang=lang,
                    citation=citation, kind=kind)


def chunk_lang(doc: Document, text: str) -> str:
    """The document's declared language, else the chunk's detected one."""
    return doc.lang or detect_lang(text)
