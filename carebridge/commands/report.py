"""`carebridge report`: interpret a lab report (FHIR R4 JSON, CSV or text lines)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from carebridge.cli_common import (
    STATE,
    AgeOpt,
    JsonOpt,
    LangOpt,
    SexOpt,
    batch_text,
    console,
    fail,
    parse_age,
    parse_lang,
    parse_sex,
    print_json,
    run_batch,
)
from carebridge.service import new_session_id
from carebridge.tools.audit import AuditLog
from carebridge.tools.guard import InputRejected
from carebridge.tools.knowledge import KnowledgeError
from carebridge.tools.labs.engine import interpret_report, shown_value
from carebridge.tools.labs.escalation import escalate_critical, store_and_trend
from carebridge.tools.labs.parse import ReportInputError

MAX_REPORT_BYTES = 5_000_000
_FLAG_STYLE = {"normal": "green", "low": "yellow", "high": "yellow", "critical_low": "bold white on red",
               "critical_high": "bold white on red", "unknown": "magenta"}
_FLAG_ZH = {"normal": "正常", "low": "偏低 ↓", "high": "偏高 ↑", "critical_low": "危急低值 ↓↓",
            "critical_high": "危急高值 ↑↑", "unknown": "无法判断"}
_FLAG_EN = {"normal": "normal", "low": "low ↓", "high": "high ↑", "critical_low": "CRITICAL LOW ↓↓",
            "critical_high": "CRITICAL HIGH ↑↑", "unknown": "unknown"}


def read_report(path: str) -> tuple[str, str | None]:
    """The report text from a file or stdin ("-"); UTF-8, else GB18030 (common for Chinese lab exports)."""
    if path == "-":
        return sys.stdin.read(), None
    file = Path(path)
    if not file.is_file():
        raise ReportInputError("file_not_found", f"report file {path!r} does not exist; give a FHIR JSON, CSV or text "
                               "file, or - to read from stdin.")
    data = file.read_bytes()
    if len(data) > MAX_REPORT_BYTES:
        raise ReportInputError("too_large", f"report file {path!r} is {len(data)} bytes; the limit is {MAX_REPORT_BYTES}.")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), file.name
        except UnicodeDecodeError:
            continue
    raise ReportInputError("bad_encoding", f"report file {path!r} is neither UTF-8 nor GB18030 text.")


def run_report(text: str, *, filename: str | None, age: float | None, sex: str | None, lang: str | None,
               patient: str | None, data_dir: Path) -> dict[str, Any]:
    """Interpret, escalate critical values to the nurse inbox, and (with a patient id) add trends."""
    report = interpret_report(text, age=age, sex=sex, lang=lang, filename=filename)
    data_dir.mkdir(parents=True, exist_ok=True)
    if patient:
        store_and_trend(report, data_dir, patient)
    report["escalation"] = escalate_critical(report, data_dir, patient_id=patient)
    report["patient_id"] = patient
    report["audit_session"] = _audit(report, data_dir, patient)
    return report


def _audit(report: dict[str, Any], data_dir: Path, patient: str | None) -> str:
    """One audit session per interpreted report: what was read, every flag and why, any escalation."""
    session_id = new_session_id("report")
    log = AuditLog(data_dir / "audit.sqlite")
    try:
        log.append(session_id, None, [
            {"kind": "input", "format": report["format"], "report_key": report["report_key"], "patient_id": patient},
            {"kind": "tool", "name": "interpret_report",
             "result": [{k: r.get(k) for k in ("code", "value", "unit", "flag", "range_source", "reason")}
                        for r in report["results"]]},
            {"kind": "escalation", "to": "nurse_inbox", "items": [i["id"] for i in report["escalation"]]},
        ])
    finally:
        log.close()
    return session_id


def register(app: typer.Typer) -> None:
    """Add `report` to the CLI."""

    @app.command("report")
    def report_command(
        file: Annotated[str | None, typer.Argument(help="FHIR R4 JSON, CSV or text file; - reads stdin.")] = None,
        text: Annotated[str | None, typer.Option("--text", help='The report as text, e.g. "血钾 6.9 mmol/L".')] = None,
        age: AgeOpt = None,
        sex: SexOpt = None,
        lang: LangOpt = None,
        patient: Annotated[str | None, typer.Option(
            "--patient", help="Patient id: keeps results for trends and names the patient in the nurse inbox.")] = None,
        batch: Annotated[str | None, typer.Option(
            "--batch", help='JSONL file (or - for stdin): {"text":..., "age":..., "sex":..., "lang":..., "patient":...} per line.')] = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Interpret a lab report: flag every value, escalate critical values, explain abnormal ones."""
        if batch is not None:
            _batch(batch)
            return
        try:
            if text is None and file is None:
                raise ReportInputError("missing_report", "give a report file, - for stdin, or --text, e.g. "
                                       "carebridge report demo/samples/report_zh.txt")
            filename = None
            if text is None:
                text, filename = read_report(file or "-")
            result = run_report(text, filename=filename, age=parse_age(age), sex=parse_sex(sex), lang=parse_lang(lang),
                                patient=patient, data_dir=STATE.data_dir)
        except ReportInputError as exc:
            fail(exc.code, str(exc), as_json)
        except InputRejected as exc:
            fail(exc.code, exc.en, as_json)
        except KnowledgeError as exc:
            fail("knowledge_invalid", f"{exc}\nReinstall carebridge or fix the knowledge files.", as_json, 1)
        except (OSError, sqlite3.Error) as exc:
            fail("data_dir_unusable", f"cannot use the data directory {STATE.data_dir}: {exc}. "
                 "Pass --data-dir or set CAREBRIDGE_DATA_DIR to a writable folder.", as_json, 1)
        if as_json:
            print_json(result)
        else:
            render_report(result)


def _batch(path: str) -> None:
    run_batch(path, lambda n, item: run_report(
        batch_text(n, item), filename=None, age=parse_age(item.get("age")), sex=parse_sex(item.get("sex")),
        lang=parse_lang(item.get("lang")), patient=item.get("patient"), data_dir=STATE.data_dir),
        rejected=(ReportInputError,))


def render_report(result: dict[str, Any]) -> None:
    """A rich table for people, then the critical notice, explanations and sources."""
    zh = result.get("lang") == "zh"
    if result.get("critical"):
        console.print(Panel(result["critical_notice"]["zh" if zh else "en"], border_style="bold red", expand=False))
    table = Table(title="化验结果解读" if zh else "Lab results", show_lines=False)
    for col in (("项目", "Test"), ("结果", "Result"), ("参考范围", "Reference"), ("提示", "Flag"), ("变化", "Change")):
        table.add_column(col[0] if zh else col[1], overflow="fold")
    for r in result["results"]:
        name = r["analyte_zh"] if zh else r["analyte"]
        shown = shown_value(r["value"])
        value = escape(f"{r.get('comparator') or ''}{shown}" + (f" {r['unit']}" if r.get("unit") else ""))
        if r.get("converted"):
            value += f"\n[dim]= {r['converted']['value']:.3g} {r['converted']['unit']}[/]"
        rr = r.get("reference_range") or {}
        ref = escape(rr.get("text") or "-")
        if r.get("range_source") == "report":
            ref += "\n[dim](报告自带)[/]" if zh else "\n[dim](report's own)[/]"
        flag = r["flag"]
        label = (_FLAG_ZH if zh else _FLAG_EN)[flag]
        if flag == "unknown" and r.get("reason"):
            label += f"\n[dim]{escape(r['reason'])}[/]"
        trend = r.get("trend")
        change = "-"
        if trend:
            arrow = {"up": "↑", "down": "↓", "same": "="}[trend["direction"]]
            change = f"{arrow} {trend['change']:+g} {trend['unit']}\n[dim]{'上次' if zh else 'was'} {trend['previous']:g} ({(trend['previous_at'] or '')[:10]})[/]"
        table.add_row(escape(name), value, ref, f"[{_FLAG_STYLE[flag]}]{label}[/]", change)
    console.print(table)
    patient = result.get("patient") or {}
    if patient.get("note"):
        console.print(f"[dim]{'未提供性别：按两性参考范围的并集判断；加 --sex F|M 可用准确范围。' if zh else patient['note']}[/]")
    exp = result["explanation"]
    if exp["items"] or result.get("no_result"):
        console.print(Panel(escape(exp["zh" if zh else "en"]), title="解释" if zh else "What this may mean", expand=False))
    for s in exp["sources"]:
        console.print(f"  [dim][{s['n']}] {escape(s['citation'])}[/]")
    console.print(f"[dim]{exp['label']['zh' if zh else 'en']}[/]")
    for item in result.get("escalation") or []:
        console.print(f"[red]{'已通知护士' if zh else 'Nurse inbox item'} {item['id']}"
                      f"{'' if item['created'] else (' (已存在)' if zh else ' (already there)')}[/]")
