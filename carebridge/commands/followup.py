"""`carebridge followup ...`: nurse-started follow-up campaigns, patient answers, the nurse inbox."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, NoReturn

import typer
from rich.markup import escape
from rich.table import Table

from carebridge.cli_common import STATE, JsonOpt, batch_lines, console, err_console, fail, kb_search_for, print_json
from carebridge.graphs.hospital_config import HospitalConfigError, load_hospital_context
from carebridge.graphs.models import ModelUnavailable, load_chat_model
from carebridge.tools.followup.protocols import ProtocolError, load_protocols
from carebridge.tools.followup.service import Actor, FollowupError, FollowupService
from carebridge.tools.inbox import InboxError
from carebridge.tools.knowledge import KnowledgeError

followup_app = typer.Typer(help="Follow-up after discharge: campaigns, patient answers, the nurse inbox.",
                           no_args_is_help=True)

AsPatient = Annotated[str | None, typer.Option("--as-patient", help="Act as this patient (default: staff).")]
By = Annotated[str, typer.Option("--by", help="Staff name recorded with the action.")]
AtOpt = Annotated[str | None, typer.Option("--at", help="Date or date-time (default: now), e.g. 2026-11-24T09:00.")]


def _actor(as_patient: str | None, by: str = "nurse", token: str | None = None) -> Actor:
    if as_patient is not None or token is not None:
        return Actor.patient(patient_id=as_patient, token=token)
    return Actor.staff(by)


@contextmanager
def _service(as_json: bool) -> Iterator[FollowupService]:
    try:
        emergency_number = load_hospital_context(STATE.data_dir).emergency_number
        svc = FollowupService(STATE.data_dir, model=load_chat_model(data_dir=STATE.data_dir),
                              kb_search=kb_search_for(STATE.data_dir, emergency_number), emergency_number=emergency_number)
    except HospitalConfigError as exc:
        fail("bad_config", str(exc), as_json)
    except ModelUnavailable as exc:
        fail("model_unavailable", str(exc), as_json)
    except KnowledgeError as exc:
        fail("knowledge_invalid", f"{exc}\nReinstall carebridge or fix the knowledge files.", as_json, 1)
    except OSError as exc:
        fail("data_dir_unusable", f"cannot use the data directory {STATE.data_dir}: {exc}. "
             "Pass --data-dir or set CAREBRIDGE_DATA_DIR to a writable folder.", as_json, 1)
    try:
        yield svc
    finally:
        svc.close()


def _fail(exc: FollowupError | ProtocolError | InboxError, as_json: bool) -> NoReturn:
    exit_code = 3 if exc.code == "forbidden" else 2
    zh = getattr(exc, "zh", None)
    if zh is None:
        fail(exc.code, str(exc), as_json, exit_code)
    # Errors a patient may see carry the Chinese text too (as `carebridge.tools.guard` does).
    if as_json:
        print_json({"error": {"code": exc.code, "message": str(exc), "message_zh": zh}})
    else:
        err_console.print(f"[bold red]Error:[/] {escape(str(exc))}\n{escape(zh)}")
    raise typer.Exit(exit_code)


def _error_json(exc: FollowupError | ProtocolError | InboxError) -> dict[str, Any]:
    err = {"code": exc.code, "message": str(exc)}
    if getattr(exc, "zh", None):
        err["message_zh"] = exc.zh  # type: ignore[union-attr]
    return {"error": err}


def _run(as_json: bool, fn: Callable[[FollowupService], Any]) -> Any:
    with _service(as_json) as svc:
        try:
            return fn(svc)
        except (FollowupError, ProtocolError, InboxError) as exc:
            _fail(exc, as_json)


@followup_app.command("protocols")
def protocols_cmd(as_json: JsonOpt = False) -> None:
    """List the follow-up protocols (built-in and the hospital's own)."""
    try:
        lib = load_protocols(STATE.data_dir)
    except ProtocolError as exc:
        fail(exc.code, str(exc), as_json)
    rows = [{"id": p.id, "en": p.name.en, "zh": p.name.zh, "schedule_days": p.schedule_days,
             "questions": len(p.questions), "rules": len(p.rules), "file": lib.origin[p.id], "sources": p.cited()}
            for p in lib.protocols.values()]
    if as_json:
        print_json({"protocols": rows})
        return
    table = Table(title="follow-up protocols")
    for col in ("id", "name", "days", "rules", "file"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["id"], f"{r['zh']} / {r['en']}", ",".join(map(str, r["schedule_days"])), str(r["rules"]), r["file"])
    console.print(table)


@followup_app.command("start")
def start_cmd(
    patient: Annotated[str, typer.Option("--patient", help="Patient id from the hospital record.")],
    protocol: Annotated[str, typer.Option("--protocol", help="Protocol id (see `followup protocols`).")],
    name: Annotated[str | None, typer.Option(help="Patient's name, used in the greeting.")] = None,
    phone: Annotated[str | None, typer.Option(help="Phone number for an SMS or phone channel.")] = None,
    lang: Annotated[str, typer.Option(help="Language of the questions: zh or en.")] = "zh",
    discharged: Annotated[str | None, typer.Option(help="Discharge date YYYY-MM-DD (default: today).")] = None,
    by: By = "nurse", as_patient: AsPatient = None, as_json: JsonOpt = False,
) -> None:
    """Start follow-up for a discharged patient (staff only)."""
    out = _run(as_json, lambda s: s.start(_actor(as_patient, by), patient_id=patient, protocol=protocol, name=name,
                                          phone=phone, lang=lang, discharged=discharged))
    if as_json:
        print_json(out)
        return
    console.print(f"Started [bold]{out['id']}[/] ({escape(out['protocol']['en'])}) for patient {escape(out['patient_id'])}.")
    _contacts_table(out)


def _contacts_table(view: dict[str, Any]) -> None:
    table = Table(title=f"{view['id']} contacts")
    for col in ("contact", "day", "due", "status", "attempts", "answers", "escalations"):
        table.add_column(col)
    for c in view["contacts"]:
        answers = "; ".join(f"{a['question_id']}={a['value'] if a['status'] == 'answered' else '?'}" for a in c["answers"])
        table.add_row(c["id"], str(c["day"]), c["due_at"], c["status"], str(c["attempts"]), escape(answers),
                      escape(", ".join(e["rule_id"] for e in c["escalations"])))
    console.print(table)


@followup_app.command("list")
def list_cmd(
    status: Annotated[str | None, typer.Option(help="active, completed or signed_off.")] = None,
    patient: Annotated[str | None, typer.Option("--patient", help="Only this patient.")] = None,
    as_patient: AsPatient = None, as_json: JsonOpt = False,
) -> None:
    """List follow-up campaigns, newest first (staff only)."""
    rows = _run(as_json, lambda s: s.campaigns(_actor(as_patient), status=status, patient_id=patient))
    if as_json:
        print_json({"campaigns": rows})
        return
    table = Table(title="follow-up campaigns")
    for col in ("id", "patient", "protocol", "status", "contacts", "next"):
        table.add_column(col)
    for r in rows:
        nxt = r["next_contact"]
        table.add_row(r["id"], escape(r["patient_id"]), r["protocol_id"], r["status"],
                      ", ".join(f"{k} {v}" for k, v in r["contacts"].items()), f"{nxt['id']} {nxt['due_at']}" if nxt else "-")
    console.print(table)


@followup_app.command("show")
def show_cmd(campaign: str, as_patient: AsPatient = None, as_json: JsonOpt = False) -> None:
    """One campaign: contacts, answers and escalations."""
    out = _run(as_json, lambda s: s.show(_actor(as_patient), campaign))
    if as_json:
        print_json(out)
        return
    console.print(f"[bold]{out['id']}[/] {escape(out['protocol']['en'])} - patient {escape(out['patient_id'])}, "
                  f"status {out['status']}")
    _contacts_table(out)


@followup_app.command("due")
def due_cmd(at: AtOpt = None, as_patient: AsPatient = None, as_json: JsonOpt = False) -> None:
    """Contacts due for an attempt or a hand-over at --at (read only; `followup tick` acts)."""
    rows = _run(as_json, lambda s: s.due(_actor(as_patient), at))
    if as_json:
        print_json({"due": rows})
        return
    table = Table(title="due follow-up contacts")
    for col in ("contact", "patient", "due", "attempts", "action"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["contact_id"], escape(r["patient_id"]), r["due_at"], str(r["attempts"]), r["action"])
    console.print(table)


@followup_app.command("tick")
def tick_cmd(at: AtOpt = None, as_patient: AsPatient = None, as_json: JsonOpt = False) -> None:
    """Do what is due: send the next question (one attempt) or hand an unanswered contact to the nurse inbox."""
    out = _run(as_json, lambda s: s.tick(_actor(as_patient), at))
    if as_json:
        print_json(out)
        return
    for a in out["attempted"]:
        console.print(f"-> {a['contact_id']} (attempt {a['attempt']}): {escape(a['text'])}")
    for c in out["handed_to_nurse"]:
        console.print(f"[yellow]{c}: no reply, handed to the nurse inbox[/]")
    if not out["attempted"] and not out["handed_to_nurse"]:
        console.print("Nothing due.")


@followup_app.command("answer")
def answer_cmd(
    contact: Annotated[str | None, typer.Argument(help="Contact id, e.g. FU-0001-D2.")] = None,
    text: Annotated[str | None, typer.Argument(help="The patient's reply.")] = None,
    as_patient: AsPatient = None,
    token: Annotated[str | None, typer.Option("--token", help="The contact's token (patient access).")] = None,
    batch: Annotated[str | None, typer.Option("--batch", help="JSONL of {contact_id, text, as_patient?}; - = stdin.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Feed one patient reply; prints the next question, the structured answer and `escalated`."""
    if batch is not None:
        with _service(True) as svc:
            for n, line in batch_lines(batch):
                try:
                    item = json.loads(line)
                    out = svc.answer(_actor(item.get("as_patient"), token=item.get("token")), str(item["contact_id"]),
                                     str(item["text"]))
                except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
                    out = {"error": {"code": "bad_batch_line", "message": f"line {n}: need JSON with contact_id and text."}}
                except (FollowupError, ProtocolError, InboxError) as exc:
                    out = _error_json(exc)
                print_json(out)
        return
    if contact is None or text is None:
        fail("missing_argument", "give CONTACT_ID and TEXT (or --batch FILE).", as_json)
    out = _run(as_json, lambda s: s.answer(_actor(as_patient, token=token), contact, text))
    if as_json:
        print_json(out)
        return
    if out["escalated"]:
        console.print("[bold red]Escalated to the nurse inbox:[/] " + escape(", ".join(e["en"] for e in out["escalations"])))
    console.print(escape(out["reply"]))


@followup_app.command("call")
def call_cmd(
    contact: Annotated[str, typer.Argument(help="Contact id, e.g. FU-0001-D2.")],
    as_patient: AsPatient = None,
    token: Annotated[str | None, typer.Option("--token", help="The contact's token (patient access).")] = None,
) -> None:
    """The follow-up "call" over the text channel: ask, read one reply per line, until done (Ctrl-D stops)."""
    import sys

    with _service(False) as svc:
        actor = _actor(as_patient, token=token)
        try:
            question = svc.current_question(actor, contact)
            if question is None:
                fail("contact_closed", f"contact {contact} has no open question.", False)
            console.print(escape(question["text"]))
            for line in sys.stdin:
                out = svc.answer(actor, contact, line.rstrip("\n"))
                style = "bold red" if out["escalated"] else "bold"
                console.print(f"[{style}]{escape(out['reply'])}[/]")
                if out["done"]:
                    break
        except (FollowupError, ProtocolError, InboxError) as exc:
            _fail(exc, False)


@followup_app.command("inbox")
def inbox_cmd(
    all_items: Annotated[bool, typer.Option("--all", help="Include resolved items.")] = False,
    as_patient: AsPatient = None, as_json: JsonOpt = False,
) -> None:
    """The nurse inbox (every source), most urgent and newest first (staff only)."""
    items = _run(as_json, lambda s: s.inbox_items(_actor(as_patient), status=None if all_items else "open"))
    if as_json:
        print_json({"items": [i.model_dump() for i in items]})
        return
    table = Table(title="nurse inbox")
    table.add_column("item", no_wrap=True)
    table.add_column("priority", no_wrap=True)
    table.add_column("source / kind")
    table.add_column("patient / ref")
    table.add_column("title")
    for i in items:
        status = "" if i.status == "open" else f" [{i.status}]"
        table.add_row(i.id, i.priority + status, f"{i.source}\n{i.kind}", escape(f"{i.patient_id or '-'}\n{i.ref or '-'}"),
                      escape(f"{i.title_zh}\n{i.title_en}"))
    console.print(table)


@followup_app.command("resolve")
def resolve_cmd(item: str, by: Annotated[str, typer.Option("--by", help="Who resolves it.")],
                note: Annotated[str | None, typer.Option(help="What was done.")] = None,
                as_patient: AsPatient = None, as_json: JsonOpt = False) -> None:
    """Resolve an inbox item (staff only)."""
    out = _run(as_json, lambda s: s.resolve(_actor(as_patient, by), item, by=by, note=note))
    if as_json:
        print_json(out.model_dump())
        return
    console.print(f"Resolved {out.id} by {escape(out.resolved_by or '')}.")


@followup_app.command("signoff")
def signoff_cmd(campaign: str, by: Annotated[str, typer.Option("--by", help="The signing clinician.")],
                note: Annotated[str | None, typer.Option(help="Sign-off note.")] = None,
                as_patient: AsPatient = None, as_json: JsonOpt = False) -> None:
    """Sign off a follow-up once every contact is completed, unanswered or skipped (staff only)."""
    out = _run(as_json, lambda s: s.signoff(_actor(as_patient, by), campaign, by=by, note=note))
    if as_json:
        print_json(out)
        return
    console.print(f"{out['id']} signed off by {escape(out['signed_by'])}. Open inbox items: "
                  f"{', '.join(out['open_inbox_items']) or 'none'}")


@followup_app.command("stop")
def stop_cmd(campaign: str, by: Annotated[str, typer.Option("--by", help="Who stops it.")],
             reason: Annotated[str, typer.Option("--reason", help="Why (readmitted, declined, ...).")],
             as_patient: AsPatient = None, as_json: JsonOpt = False) -> None:
    """End a follow-up early: unfinished contacts are closed as skipped, with the reason (staff only)."""
    out = _run(as_json, lambda s: s.stop(_actor(as_patient, by), campaign, by=by, reason=reason))
    if as_json:
        print_json(out)
        return
    console.print(f"{out['id']} stopped ({escape(reason)}); status {out['status']}.")


@followup_app.command("export")
def export_cmd(campaign: str,
               fhir: Annotated[bool, typer.Option("--fhir", help="FHIR R4 Bundle (the only format).")] = True,
               as_patient: AsPatient = None) -> None:
    """A campaign as a FHIR R4 Bundle: QuestionnaireResponse per contact, escalations as Task."""
    out = _run(True, lambda s: s.export_fhir(_actor(as_patient), campaign))
    print_json(out)


def register(app: typer.Typer) -> None:
    """Add the `followup` command group."""
    app.add_typer(followup_app, name="followup")
