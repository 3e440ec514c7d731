"""Reading and chunking hospital documents, and refusing bad ones with a clear message."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from carebridge.tools.kb.chunk import chunk_sections, markdown_sections, split_text, text_sections
from carebridge.tools.kb.errors import KbError
from carebridge.tools.kb.readers import read_document
from tests.pdf_fixture import make_pdf

DEMO_KB = Path(__file__).resolve().parents[2] / "demo" / "kb"


def test_markdown_sections_follow_headings_not_code_fences() -> None:
    text = "# Guide\n\nIntro.\n\n## Visiting\n\nHours.\n\n### Children\n\nWith an adult.\n\n```\n# not a heading\n```\n\n## Parking\n\nBasement."
    secs = markdown_sections(text, "Guide")
    assert [s.heading for s in secs] == ["Guide", "Visiting", "Visiting › Children", "Parking"]
    assert "# not a heading" in secs[2].text


def test_plain_text_numbered_headings_in_both_languages() -> None:
    zh = text_sections("一、探视时间\n每天下午。\n\n二、陪护\n限一名。", "须知")
    assert [s.heading for s in zh] == ["一、探视时间", "二、陪护"]
    # A numbered list (items directly after each other) stays body text.
    en = text_sections("Steps\n1. Sign in\n2. Wait\n3. Pay\n", "Guide")
    assert len(en) == 1 and "2. Wait" in en[0].text


def test_long_sections_are_cut_under_the_limit_without_losing_text() -> None:
    para = "。".join(f"第{i}句话说明一件事" for i in range(200)) + "。"
    pieces = split_text(para + "\n\n" + "short", max_chars=300)
    assert all(0 < len(p) <= 300 for p in pieces)
    assert "".join(pieces).replace("\n", "") == (para + "short")
    chunks = chunk_sections(markdown_sections("# T\n\n## A\n\n" + para, "T"), max_chars=300)
    assert [c.index for c in chunks] == list(range(len(chunks))) and all(c.section == "A" for c in chunks)


def test_demo_documents_of_every_type_are_read() -> None:
    kinds = {}
    for f in sorted(DEMO_KB.iterdir()):
        doc = read_document(f)
        kinds[f.suffix] = doc
        assert doc.sections and doc.title and len(doc.version) == 16
    assert kinds[".md"].title in ("Ward visiting rules", "住院部探视与陪护须知") and kinds[".md"].lang in ("en", "zh")
    html = read_document(DEMO_KB / "discharge_checklist.en.html")
    assert html.title == "Discharge checklist" and "Paying the bill" in [s.heading for s in html.sections]
    assert not any("console.log" in s.text for s in html.sections)  # scripts are not text
    pdf = read_document(DEMO_KB / "parking_and_meals.en.pdf")
    assert [s.heading for s in pdf.sections] == ["p. 1", "p. 2"] and "canteen" in pdf.sections[1].text


def test_version_changes_with_the_bytes_only(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text("# A\n\ntext\n", encoding="utf-8")
    v1 = read_document(f).version
    assert read_document(f).version == v1
    f.write_text("# A\n\ntext!\n", encoding="utf-8")
    assert read_document(f).version != v1
    assert read_document(f, max_chars=500).version != read_document(f).version  # chunk size is part of it


def test_gb18030_text_is_read(tmp_path: Path) -> None:
    f = tmp_path / "gb.txt"
    f.write_bytes("门诊须知\n\n一、挂号\n请先预约。\n".encode("gb18030"))
    assert read_document(f).sections[0].heading == "一、挂号"


@pytest.mark.parametrize(("name", "data", "code"), [
    ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary_file"),
    ("bad.txt", b"\xff\xfe\xff\xfe\x81\x30" * 10, "bad_encoding"),
    ("empty.md", b"  \n\n", "empty_file"),
    ("headings.md", b"# Only\n\n## Headings\n", "no_text"),
    ("broken.pdf", b"%PDF-1.4\nthis is not a pdf at all", "pdf_unreadable"),
    ("photo.jpg", b"\xff\xd8\xff", "unsupported_type"),
])
def test_bad_files_get_a_code_and_a_message_naming_the_file(tmp_path: Path, name: str, data: bytes, code: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(KbError) as err:
        read_document(f)
    assert err.value.code == code and name in str(err.value)


def test_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"a" * 2_000_001)
    with pytest.raises(KbError) as err:
        read_document(f, max_bytes=1_000_000)
    assert err.value.code == "too_large" and "--max-file-mb" in str(err.value)


def test_missing_and_unreadable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(KbError) as err:
        read_document(tmp_path / "nope.md")
    assert err.value.code == "file_not_found"
    f = tmp_path / "locked.md"
    f.write_text("# x\n\ny", encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(KbError) as err:
        read_document(f)
    assert err.value.code == "unreadable" and "permissions" in str(err.value)


def test_encrypted_and_image_only_pdfs(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf([["secret ward rota"]]))).pages:
        writer.add_page(page)
    writer.encrypt("pw")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(KbError) as err:
        read_document(locked)
    assert err.value.code == "pdf_encrypted"
    blank = tmp_path / "scan.pdf"
    blank.write_bytes(make_pdf([[]]))
    with pytest.raises(KbError) as err:
        read_document(blank)
    assert err.value.code == "no_text" and "OCR" in str(err.value)
