"""`carebridge meds`: medication checks (interactions, allergies, dose, kidney, pregnancy)."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from carebridge.cli_common import JsonOpt, LangOpt, console, fail, parse_lang, print_json, run_batch
from carebridge.tools.guard import InputRejected
from carebridge.tools.knowledge import KnowledgeError

meds_app = typer.Typer(help="Medication checks: interactions, allergies, dose, kidney function, pregnancy.",
                       no_args_is_help=True)
SEVERITY_STYLE = {"contraindicated": "bold white on red", "major": "bold red", "moderate": "bold yellow", "minor": "cyan"}
SEVERITY_ZH = {"contraindicated": "禁忌", "major": "严重", "moderate": "中度", "minor": "轻度"}


def register(app: typer.Typer) -> None:
    """Add the `meds` command group."""
    app.add_typer(meds_app, name="meds")


def _engine(as_json: bool) -> Any:
    from carebridge.tools.medication.engine import default_engine

    try:
        return default_engine()
    except KnowledgeError as exc:
        fail("knowledge_invalid", f"{exc}\nReinstall carebridge or fix knowledge/medication/.", as_json, 1)


def _parse_bool(value: Any, name: str) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    raise InputRejected("bad_flag", f"{name} must be true or false, not {value!r}.", f"{name} 必须是 true 或 false。")


def _run(engine: Any, item: dict[str, Any]) -> dict[str, Any]:
    from carebridge.tools.medication.engine import MedInputError

    try:
        egfr = item.get("egfr", item.get("crcl"))
        if isinstance(egfr, str):
            try:
                egfr = float(egfr)
            except ValueError:
                raise MedInputError("bad_egfr", f"eGFR must be a number, not {egfr!r}.", "eGFR 必须是数字。") from None
        result = engine.check(item.get("drugs"), allergies=item.get("allergies") or [], egfr=egfr,
                              pregnant=_parse_bool(item.get("pregnant"), "pregnant"),
                              breastfeeding=_parse_bool(item.get("breastfeeding"), "breastfeeding"),
                              lang=parse_lang(item.get("lang")))
    except MedInputError as exc:
        raise InputRejected(exc.code, exc.en, exc.zh) from exc
    if item.get("fhir"):
        from carebridge.tools.medication.fhir import detected_issues

        result["fhir"] = detected_issues(result, result["lang"])
    return result


@meds_app.command("check")
def meds_check(
    drugs: Annotated[list[str] | None, typer.Argument(
        help='Drug names (generic, brand or Chinese), each optionally with a dose: "paracetamol 1g qid".')] = None,
    allergy: Annotated[list[str] | None, typer.Option("--allergy", help="A drug or group the patient is allergic to (repeatable).")] = None,
    egfr: Annotated[float | None, typer.Option("--egfr", "--crcl", help="eGFR or creatinine clearance, mL/min.")] = None,
    pregnant: Annotated[bool, typer.Option("--pregnant", help="The patient is pregnant.")] = False,
    breastfeeding: Annotated[bool, typer.Option("--breastfeeding", help="The patient is breastfeeding.")] = False,
    lang: LangOpt = None,
    fhir: Annotated[bool, typer.Option("--fhir", help="Add FHIR R4 DetectedIssue resources (a Bundle) under `fhir`.")] = False,
    batch: Annotated[str | None, typer.Option(
        "--batch", help='JSONL file (or - for stdin): {"drugs": [...], "allergies": [...], "egfr": N, "pregnant": bool} per line.')] = None,
    as_json: JsonOpt = False,
) -> None:
    """Check drugs together and against the patient; alerts come most serious first."""
    if batch is not None:
        _batch(batch)
        return
    engine = _engine(as_json)
    try:
        result = _run(engine, {"drugs": list(drugs or []), "allergies": list(allergy or []), "egfr": egfr,
                               "pregnant": pregnant, "breastfeeding": breastfeeding, "lang": lang, "fhir": fhir})
    except InputRejected as exc:
        fail(exc.code, exc.en, as_json)
    if as_json:
        print_json(result)
    else:
        render_check(result)


def _batch(path: str) -> None:
    engine = _engine(True)

    def one(n: int, item: dict[str, Any]) -> dict[str, Any]:
        if "drugs" not in item:
            raise InputRejected("missing_drugs", f'line {n}: no "drugs" list', f"第{n}行：缺少 drugs 字段")
        return _run(engine, item)

    run_batch(path, one)


@meds_app.command("lookup")
def meds_lookup(
    name: Annotated[str, typer.Argument(help="A drug name in any form: generic, brand, Chinese, misspelt.")],
    as_json: JsonOpt = False,
) -> None:
    """What a name resolves to: generic, Chinese name, ATC code, brands, classes."""
    engine = _engine(as_json)
    res = engine.resolver.resolve(name)
    if res.drug_id is None:
        hint = f" Did you mean: {', '.join(res.suggestions)}?" if res.suggestions else ""
        fail("unknown_drug", f"{name!r} is not in carebridge's drug dictionary.{hint}", as_json, 1)
    d = engine.kb.drugs[res.drug_id]
    out = {"input": name, "generic": d.name_en, "id": d.id, "zh": d.zh, "atc": d.atc, "brands": d.brands,
           "aliases": d.aliases, "match": res.match, "confidence": res.confidence,
           "classes": [{"id": c, "en": engine.kb.classes[c].en, "zh": engine.kb.classes[c].zh}
                       for c in sorted(engine.kb.drug_classes[d.id])],
           "max_daily_mg": engine.kb.max_daily_dose[d.id].mg if d.id in engine.kb.max_daily_dose else None,
           "sources": [engine.kb.citation(s) for s in d.sources]}
    if as_json:
        print_json(out)
        return
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(overflow="fold")  # Chinese has no spaces to wrap at: fold, never cut with an ellipsis
    table.add_row("Generic 通用名", f"{d.name_en} · {d.zh}")
    table.add_row("Match 匹配", f"{res.match} ({res.confidence:.2f})")
    table.add_row("ATC", ", ".join(d.atc))
    table.add_row("Brands 商品名", escape(", ".join(d.brands)) or "-")
    table.add_row("Classes 类别", "; ".join(f"{c['en']} ({c['zh']})" for c in out["classes"]) or "-")
    console.print(Panel(table, title="carebridge meds lookup", expand=False))


def render_check(result: dict[str, Any]) -> None:
    """A rich view of a check for people: drugs, interactions, alerts, what was not checked, sources."""
    zh = result["lang"] == "zh"
    L = "zh" if zh else "en"  # noqa: N806 - reads better inline
    drugs = Table(title="药物 Drugs" if zh else "Drugs", show_lines=False)
    for col in (("输入" if zh else "Input"), ("通用名" if zh else "Generic"), "ATC", ("匹配" if zh else "Match")):
        drugs.add_column(col, overflow="fold")
    for d in result["drugs"]:
        for i in d["inputs"]:
            match = i["match"] if i["confidence"] >= 1 else f"{i['match']} {i['confidence']:.2f}"
            dose = f" [{i['dose']['text']}]" if i["dose"] else ""
            drugs.add_row(escape(i["input"]), f"{d['zh']} / {d['generic']}{escape(dose)}", ", ".join(d["atc"]), match)
    for u in result["unknown"]:
        hint = ("可能是：" if zh else "did you mean: ") + ", ".join(u["suggestions"]) if u["suggestions"] else ""
        drugs.add_row(escape(u["input"]), f"[red]{'未识别' if zh else 'unknown'}[/] {escape(hint)}", "-", "-")
    console.print(drugs)
    sources: list[str] = []

    def cite(items: list[dict[str, str]]) -> str:
        marks = []
        for s in items:
            if s["citation"] not in sources:
                sources.append(s["citation"])
            marks.append(str(sources.index(s["citation"]) + 1))
        return "[" + ",".join(sorted(marks, key=int)) + "]"

    def sev(s: str) -> str:
        return f"[{SEVERITY_STYLE[s]}]{SEVERITY_ZH[s] if zh else s}[/]"

    if result["interactions"]:
        t = Table(title="相互作用 Interactions" if zh else "Interactions", show_lines=True)
        for col in (("级别" if zh else "Severity"), ("药物" if zh else "Drugs"), ("原因" if zh else "Why"),
                    ("怎么做" if zh else "What to do")):
            t.add_column(col, overflow="fold")
        for x in result["interactions"]:
            names = " + ".join(x["drugs_zh"] if zh else x["drugs"])
            onc = " (ONC)" if x.get("onc_high_priority") else ""
            t.add_row(sev(x["severity"]) + onc, names, escape(x["mechanism"][L]), escape(x["management"][L]) + " " + cite(x["sources"]))
        console.print(t)
    if result["alerts"]:
        t = Table(title="警示 Alerts" if zh else "Alerts", show_lines=True)
        for col in (("级别" if zh else "Severity"), ("类型" if zh else "Type"), ("说明" if zh else "What"),
                    ("怎么做" if zh else "What to do")):
            t.add_column(col, overflow="fold")
        for a in result["alerts"]:
            t.add_row(sev(a["severity"]), a["type"], escape(a["text"][L]), escape(a["action"][L]) + " " + cite(a["sources"]))
        console.print(t)
    for n in result["not_checked"]:
        console.print(f"[yellow]{'未检查' if zh else 'Not checked'} ({n['check']}):[/] {escape(', '.join(n['items']))} — {escape(n['reason'][L])}")
    console.print(Panel(escape(result["summary"][L]) + "\n[bold]" + escape(result["advice"][L]) + "[/]",
                        title="carebridge meds", expand=False))
    console.print(f"[dim]{escape(result['label'])}[/]")
    for i, s in enumerate(sources, 1):
        console.print(f"  [dim][{i}] {escape(s)}[/]")
