"""The `carebridge` command line (Typer + rich). Every answering command has `--json`."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from carebridge.agents.triage.summary import ClinicianSummary, department_label
from carebridge.cli_common import (
    STATE,
    AgeOpt,
    JsonOpt,
    LangOpt,
    SexOpt,
    batch_text,
    console,
    err_console,
    fail,
    open_app,
    parse_age,
    parse_lang,
    parse_sex,
    print_json,
    run_batch,
)
from carebridge.commands import register_commands
from carebridge.service import CareBridge, NothingToReview, new_session_id
from carebridge.tools.first_steps import first_steps_items
from carebridge.tools.guard import InputRejected

app = typer.Typer(
    help="carebridge: an on-premise hospital assistant. Pre-consultation triage in Chinese or English; "
    "the rules decide, a local model (optional) only talks. Patient data never leaves this machine.",
    no_args_is_help=True, rich_markup_mode="rich", add_completion=False,
    # Tracebacks must never print local variables: they hold patients' words.
    pretty_exceptions_show_locals=False)
agents_app = typer.Typer(help="Agent plugins (built-in and installed).", no_args_is_help=True)
audit_app = typer.Typer(help="The append-only audit log.", no_args_is_help=True)
review_app = typer.Typer(help="Clinician sign-off of AI-generated summaries.", no_args_is_help=True)
app.add_typer(agents_app, name="agents")
app.add_typer(audit_app, name="audit")
app.add_typer(review_app, name="review")
# Each agent's own commands (report, meds, followup, ...) live in carebridge.commands.
register_commands(app)


@app.callback()
def _main(
    data_dir: Annotated[Path | None, typer.Option(
        "--data-dir", envvar="CAREBRIDGE_DATA_DIR",
        help="Where conversations, checkpoints and the audit log live (default: your user data dir).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what carebridge is doing.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if data_dir is not None:
        STATE.data_dir = data_dir


# --- agents -----------------------------------------------------------------------------
@agents_app.command("list")
def agents_list(as_json: JsonOpt = False) -> None:
    """List the agents carebridge found in the `carebridge.agents` entry-point group."""
    from carebridge.agents.registry import default_registry

    registry = default_registry()
    rows = [{"name": p.name, "description": p.description, "module": type(p).__module__} for p in registry]
    skipped = [{"name": n, "reason": r} for n, r in registry.skipped]
    if as_json:
        print_json({"agents": rows, "skipped": skipped})
        return
    table = Table(title="carebridge agents")
    for col in ("name", "description", "module"):
        table.add_column(col)
    for row in rows:
        table.add_row(row["name"], row["description"], row["module"])
    console.print(table)
    for s in skipped:
        console.print(f"[yellow]skipped[/] {s['name']}: {s['reason']}")


# --- triage -----------------------------------------------------------------------------
def _render_triage(result: dict[str, Any]) -> None:
    zh = result.get("lang") == "zh"
    colour = {"emergency_ambulance": "bold white on red", "emergency": "bold red", "urgent": "bold yellow",
              "routine": "bold cyan", "self_care": "bold green"}[result["urgency"]]
    dept = result["department"]
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(overflow="fold")  # Chinese has no spaces to wrap at: fold, never cut with an ellipsis
    table.add_row("紧急程度" if zh else "Urgency", f"[{colour}]{result['urgency']}[/] ({result['cn_triage_level']['zh' if zh else 'en']})")
    table.add_row("建议" if zh else "Advice", result["advice"]["zh" if zh else "en"])
    steps = first_steps_items(result.get("first_steps") or [], "zh" if zh else "en")
    if steps:
        table.add_row("现在可以做" if zh else "While you wait", escape("\n".join(steps)))
    table.add_row("科室" if zh else "Department", department_label(dept, zh))
    flags = result["red_flags"]
    table.add_row("危险征象" if zh else "Red flags", ("、".join(f["zh"] for f in flags) if zh else "; ".join(f["en"] for f in flags)) or "-")
    reasons = result.get("reasons") or []
    table.add_row("依据" if zh else "Why", ("；".join(r["zh"] for r in reasons) if zh else "; ".join(r["en"] for r in reasons)) or "-")
    console.print(Panel(table, title="carebridge triage", expand=False))
    console.print(f"[dim]{result['label']}[/]")
    for i, s in enumerate(result["sources"], 1):
        console.print(f"  [dim][{i}] {s['citation']}[/]")


@app.command()
def triage(
    text: Annotated[str | None, typer.Argument(help="What the patient says, in Chinese or English (- reads it from stdin).")] = None,
    age: AgeOpt = None,
    sex: SexOpt = None,
    lang: LangOpt = None,
    batch: Annotated[str | None, typer.Option(
        "--batch", help='JSONL file (or - for stdin): {"text":..., "age":..., "sex":..., "lang":...} per line.')] = None,
    as_json: JsonOpt = False,
) -> None:
    """Urgency, red flags and department for one message (no interview; see `chat` for that)."""
    if batch is not None:
        _triage_batch(batch)
        return
    if text is None:
        fail("missing_text", 'give the patient\'s words, e.g. carebridge triage "chest pain for an hour" --age 60', as_json)
    if text == "-":
        # Like `report -`: a message piped in must not be triaged as the one-character text "-".
        try:
            text = sys.stdin.buffer.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            fail("bad_encoding", "the text on stdin is not UTF-8; save it as UTF-8 or pass it as an argument.", as_json)
    with open_app(as_json) as cb:
        try:
            result = cb.triage_once(text, age=parse_age(age), sex=parse_sex(sex), lang=parse_lang(lang))
        except InputRejected as exc:
            fail(exc.code, exc.en, as_json)
    if as_json:
        print_json(result)
    else:
        _render_triage(result)


def _triage_batch(path: str) -> None:
    if path != "-" and not Path(path).is_file():
        fail("file_not_found", f"batch file {path!r} does not exist.", True)
    cb = open_app(True)
    try:
        run_batch(path, lambda n, item: cb.triage_once(
            batch_text(n, item), age=parse_age(item.get("age")), sex=parse_sex(item.get("sex")),
            lang=parse_lang(item.get("lang"))))
    finally:
        cb.close()


# --- chat -------------------------------------------------------------------------------
def _show_reply(reply: dict[str, Any], out: Console) -> None:
    if not reply:
        return
    style = {"error": "red", "question": "cyan", "answer": "green", "notice": "yellow", "review": "magenta"}
    label = f"\n[dim]{reply['label']}[/]" if reply.get("label") else ""
    out.print(Panel(escape(reply.get("text", "")) + label, title="carebridge",
                    border_style=style.get(reply.get("kind", ""), "white"), expand=False))


def _on_update(out: Console) -> Any:
    def show(chunk: dict[str, Any]) -> None:
        update = chunk.get("safety") or {}
        for message in update.get("messages", []):
            # The emergency advice is shown the moment the safety screen finds it.
            out.print(Panel(str(message.content), title="⚠ carebridge", border_style="bold red", expand=False))
    return show


class Draft:
    """A model's explanation shown while it is written, then replaced by the checked answer.

    NOTE: the draft is transient and labelled as unchecked: the reply printed after it is the
    one the agent accepted (the model's wording only if it kept every number and source, else
    the template). Nothing is drawn when the output is not a terminal.
    """

    def __init__(self, out: Console) -> None:
        """Draw on `out`."""
        self.out, self.buffer, self.live = out, "", None

    def __call__(self, token: str) -> None:
        """Add a token and redraw."""
        from langchain_core.utils.json import parse_partial_json
        from rich.live import Live

        self.buffer += token
        if not self.out.is_terminal:
            return
        try:
            text = str((parse_partial_json(self.buffer) or {}).get("text") or "")
        except (ValueError, AttributeError):
            text = ""
        if self.live is None:
            self.live = Live(console=self.out, transient=True, refresh_per_second=8)
            self.live.start()
        self.live.update(Panel(escape(text) or "…", title="draft · being checked", border_style="dim", expand=False))

    def close(self) -> None:
        """Remove the draft."""
        if self.live is not None:
            self.live.stop()
        self.live, self.buffer = None, ""


def run_chat(cb: CareBridge, session_id: str, lines: Iterator[str], out: Console, *,
             patient: dict[str, Any] | None = None, lang: str | None = None, echo: bool = False) -> None:
    """Drive one pre-consultation over `lines` of patient input (used by `chat` and `demo`)."""
    first = True
    draft = Draft(out)
    for raw in lines:
        if echo:
            out.print(f"[bold]patient>[/] {raw}")
        try:
            turn = cb.send(session_id, raw, patient=patient if first else None, lang=lang if first else None,
                           on_update=_on_update(out), on_token=draft if cb.model is not None else None)
        except InputRejected as exc:
            out.print(f"[red]{exc.zh if (lang or '') == 'zh' else exc.en}[/]")
            continue
        finally:
            draft.close()
        first = False
        _show_reply(turn.reply, out)
        if turn.pending_review and turn.reply.get("kind") == "answer":
            summary = ClinicianSummary.model_validate(turn.values["triage"]["summary"])
            out.print(summary)
            out.print(f"[dim]Session {session_id}: a nurse or doctor signs off with "
                      f"`carebridge review approve {session_id} --by NAME`.[/]")
            return


def _warm_lexicon() -> None:
    """Compile both languages' symptom patterns while the patient reads the greeting and types.

    The lexicon compiles a language's patterns (and their literal prefilters) on its first message, a one-off of
    2-3 s on this class of CPU: without this, the patient's first message waits for it. A daemon thread, so it
    never holds the process open; a message sent before it finishes compiles the same patterns itself (the
    lexicon's cache is written whole, so both paths give the same result).
    """
    import threading

    from carebridge.tools.triage_engine import symptom_matches

    threading.Thread(target=symptom_matches, args=("warm up 预热",), name="carebridge-warm-lexicon", daemon=True).start()


@app.command()
def chat(
    session: Annotated[str | None, typer.Option(help="Resume this session id (default: a new one).")] = None,
    age: AgeOpt = None,
    sex: SexOpt = None,
    lang: LangOpt = None,
) -> None:
    """The patient's pre-consultation interview in the terminal (Chinese or English). Ctrl-D ends."""
    try:
        patient = {"age_years": parse_age(age), "sex": parse_sex(sex)}
        lang = parse_lang(lang)
    except InputRejected as exc:
        fail(exc.code, exc.en, False)
    cb = open_app()
    session_id = session or new_session_id("chat")
    if sys.stdin.isatty():
        _warm_lexicon()
    from carebridge.graphs.models import model_id

    # Say which mode is in use: staff should know whether a model helps read the patient's words.
    console.print(f"[dim]model: {escape(Path(model_id(cb.model)).name) if cb.model is not None else 'none (rules and templates)'}[/]")
    number = escape(cb.context.emergency_number)
    console.print(Panel("您好！我是预问诊助手。请描述您哪里不舒服。\nHello! I am the pre-consultation assistant. "
                        "Please describe what is wrong.\n[dim]AI生成内容，最终以医生判断为准 · AI-generated; "
                        f"a clinician makes the final decision. 急救请拨打 {number} · Emergencies: call {number}.[/]",
                        title=f"carebridge · {session_id}", expand=False))
    status = cb.status(session_id)
    if status == "interrupted":
        console.print("[yellow]Finishing the turn that was cut off…[/]")
        turn = cb.resume(session_id, on_update=_on_update(console))
        if turn:
            _show_reply(turn.reply, console)
    elif status == "pending_review":
        summary = cb.values(session_id).get("triage", {}).get("summary")
        if summary:
            console.print(ClinicianSummary.model_validate(summary))
        console.print(f"Session {session_id} is complete and waiting for clinician review. "
                      "For a new problem run `carebridge chat` without --session. 如有新的问题，请开始新的问诊。")
        cb.close()
        return
    elif status == "idle":
        last = cb.values(session_id).get("reply")
        if last:
            console.print(f"[dim]Resuming session {session_id}; the last question was:[/]")
            _show_reply(last, console)

    def lines() -> Iterator[str]:
        while True:
            try:
                yield console.input("[bold]> [/]") if sys.stdin.isatty() else input()
            except EOFError:
                return

    try:
        run_chat(cb, session_id, lines(), console, patient=patient, lang=lang)
    except KeyboardInterrupt:
        console.print(f"\n[dim]Paused. Resume with `carebridge chat --session {session_id}`.[/]")
    finally:
        cb.close()


# --- audit ------------------------------------------------------------------------------
@audit_app.command("show")
def audit_show(session_id: str, as_json: JsonOpt = False) -> None:
    """Every recorded step of one session: input, safety screen, route, tools, model, reply, review."""
    with open_app(as_json) as cb:
        entries = cb.audit.entries(session_id)
    if not entries:
        fail("unknown_session", f"no audit entries for session {session_id!r}; `carebridge audit list` shows sessions.", as_json)
    if as_json:
        print_json({"session_id": session_id, "entries": entries})
        return
    table = Table(title=f"audit · {session_id}")
    for col in ("#", "time", "role", "kind", "detail"):
        table.add_column(col, overflow="fold")
    for e in entries:
        data = {k: v for k, v in e["data"].items() if k not in ("ts", "id", "kind")}
        table.add_row(str(e["seq"]), e["ts"][11:23], e["role"] or "", e["kind"],
                      json.dumps(data, ensure_ascii=False)[:300])
    console.print(table)


@audit_app.command("list")
def audit_list(as_json: JsonOpt = False) -> None:
    """Recent sessions in the audit log."""
    with open_app(as_json) as cb:
        sessions = cb.audit.sessions()
    if as_json:
        print_json({"sessions": sessions})
        return
    table = Table(title="recent sessions")
    for col in ("session", "first", "last", "entries"):
        table.add_column(col)
    for s in sessions:
        table.add_row(s["session_id"], s["first"][:19], s["last"][:19], str(s["entries"]))
    console.print(table)


# --- review -----------------------------------------------------------------------------
@review_app.command("list")
def review_list(
    show_all: Annotated[bool, typer.Option("--all", help="Include approved and edited summaries.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Summaries waiting for clinician sign-off, most urgent first."""
    with open_app(as_json) as cb:
        items = cb.audit.reviews(None if show_all else "pending")
    if as_json:
        print_json({"reviews": items})
        return
    table = Table(title="clinician review queue")
    for col in ("session", "created", "urgency", "status", "chief complaint"):
        table.add_column(col, overflow="fold")
    for r in items:
        table.add_row(r["session_id"], r["created_at"][:19], r["urgency"] or "", r["status"],
                      (r["summary"].get("chief_complaint") or "")[:60])
    console.print(table)


@review_app.command("show")
def review_show(session_id: str, as_json: JsonOpt = False,
                markdown: Annotated[bool, typer.Option("--markdown", help="Print Markdown (for an EMR note).")] = False) -> None:
    """One session's clinician summary."""
    with open_app(as_json) as cb:
        record = cb.values(session_id).get("triage") or {}
    if "summary" not in record:
        fail("no_summary", f"session {session_id!r} has no clinician summary yet.", as_json)
    summary = ClinicianSummary.model_validate(record["summary"])
    if as_json:
        print_json(summary.model_dump(mode="json"))
    elif markdown:
        print(summary.to_markdown())
    else:
        console.print(summary)


@review_app.command("approve")
def review_approve(
    session_id: str,
    by: Annotated[str, typer.Option("--by", help="Name of the nurse or doctor signing off.")],
    note: Annotated[str | None, typer.Option(help="A note for the patient and the record.")] = None,
    edit: Annotated[list[str] | None, typer.Option(help="field=value (chief_complaint, history, medications, allergies, urgency).")] = None,
    role: Annotated[str, typer.Option(help="nurse or doctor.")] = "nurse",
    as_json: JsonOpt = False,
) -> None:
    """Sign off (or correct) a summary; the paused conversation then completes."""
    if role not in ("nurse", "doctor"):
        fail("forbidden", "only a nurse or doctor can sign off a summary (--role nurse|doctor).", as_json, 3)
    edits: dict[str, str] = {}
    for item in edit or []:
        key, sep, value = item.partition("=")
        if not sep:
            fail("bad_edit", f"--edit takes field=value, not {item!r}.", as_json)
        edits[key.strip()] = value.strip()
    with open_app(as_json) as cb:
        try:
            turn = cb.review(session_id, reviewer=by, note=note, edits=edits, role=role,
                             action="edit" if edits else "approve")
        except NothingToReview as exc:
            fail("nothing_to_review", f"{exc}; `carebridge review list` shows what is waiting.", as_json)
    summary = turn.values["triage"]["summary"]
    if as_json:
        print_json({"session_id": session_id, "status": summary["review_status"], "summary": summary})
    else:
        console.print(ClinicianSummary.model_validate(summary))


# --- demo -------------------------------------------------------------------------------
@app.command()
def demo(
    fast: Annotated[bool, typer.Option(help="Skip the pauses between scenes.")] = False,
) -> None:
    """A scripted walk-through: triage (routine, emergency, Chinese), the summary and audit trail, a lab report, a medication check, a follow-up escalation."""
    from carebridge.demo.walkthrough import run_demo

    with open_app() as cb:
        run_demo(cb, console, pause=0 if fast or not sys.stdout.isatty() else 0.6)


def main() -> None:
    """Console-script entry point."""
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    try:
        app(standalone_mode=True)
    except InputRejected as exc:
        err_console.print(f"[bold red]Error:[/] {exc.en}")
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - last resort: a clear message instead of a traceback
        message = (f"internal error ({type(exc).__name__}: {str(exc)[:200]}). Conversations already saved are "
                   "kept. Run again with --verbose and report this to your carebridge administrator.")
        if "--json" in sys.argv or "--batch" in sys.argv:
            print(json.dumps({"error": {"code": "internal_error", "message": message}}, ensure_ascii=False))
        err_console.print(f"[bold red]Error:[/] {message}")
        logging.getLogger("carebridge").debug("internal error", exc_info=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
