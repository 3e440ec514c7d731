"""The follow-up service: campaigns, scheduled contacts, answers, escalation, sign-off, export.

Every public method takes an `Actor` and checks it here, in the code path a future API
calls, not only in the CLI: staff start, list, tick, read answers, use the inbox and sign
off; a patient reaches only their own contact (by patient id or the contact's token).

Times are the hospital's local wall clock (naive ISO datetimes); a contact is due at
`contact_hour` on the scheduled day after discharge.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from pydantic import BaseModel, Field

from carebridge.graphs.context import HospitalContext
from carebridge.graphs.models import structured_call
from carebridge.tools.evidence import rejection
from carebridge.tools.followup.channel import Channel, OutgoingMessage, TextChannel
from carebridge.tools.followup.fhir import campaign_bundle
from carebridge.tools.followup.parse import ParsedAnswer, parse_answer, reask_text
from carebridge.tools.followup.protocols import Protocol, ProtocolLibrary, Question, load_protocols
from carebridge.tools.followup.rules import PastAnswer, RuleHit, evaluate
from carebridge.tools.followup.store import FollowupStore
from carebridge.tools.inbox import STAFF_ROLES, InboxItem, NurseInbox, open_inbox
from carebridge.tools.kb.cite import HOSPITAL, Request, render, retrieve
from carebridge.tools.knowledge import URGENCY_ORDER, load_knowledge
from carebridge.tools.triage_engine import screen_message

TERMINAL = ("completed", "no_answer", "skipped")
EMERGENCY_URGENCIES = ("emergency_ambulance", "emergency")


class FollowupError(LookupError):
    """A follow-up request that cannot be done; `code` is stable, the message says what to do."""

    def __init__(self, code: str, message: str, zh: str | None = None) -> None:
        super().__init__(message)
        self.code, self.zh = code, zh  # `zh`: the same message in Chinese where a patient may see it


@dataclass(frozen=True)
class Actor:
    """Who is asking: a staff member (by name) or a patient (by patient id or contact token)."""

    role: Literal["patient", "nurse", "doctor"]
    name: str | None = None
    patient_id: str | None = None
    token: str | None = None

    @classmethod
    def staff(cls, name: str = "nurse", role: Literal["nurse", "doctor"] = "nurse") -> Actor:
        """A nurse or doctor."""
        return cls(role=role, name=name)

    @classmethod
    def patient(cls, patient_id: str | None = None, token: str | None = None) -> Actor:
        """A patient proving who they are with their id or their contact's token."""
        return cls(role="patient", patient_id=patient_id, token=token)

    @property
    def is_staff(self) -> bool:
        """Nurse or doctor."""
        return self.role in STAFF_ROLES


def require_staff(actor: Actor, what: str) -> None:
    """Refuse a non-staff actor with a message that says who may."""
    if not actor.is_staff:
        raise FollowupError("forbidden", f"only staff (nurse or doctor) can {what}.")


class ModelAnswer(BaseModel):
    """What a model may read from a reply the lexicon could not: a value and the words it rests on."""

    yes: bool | None = None
    number: float | None = None
    unit: str | None = Field(default=None, max_length=20)
    evidence: str = Field(default="", max_length=60, description="the exact words of the reply the value comes from")


def parse_discharged(value: str | date | None, today: date) -> date:
    """A discharge date: today by default, never in the future, YYYY-MM-DD."""
    if value is None:
        return today
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            raise FollowupError("bad_date", f"--discharged must be a date like 2026-11-20, not {value!r}.") from None
    if value > today:
        raise FollowupError("bad_date", f"the discharge date {value} is in the future; start follow-up on or after "
                            "the day the patient leaves hospital.")
    return value


def parse_at(value: str | datetime | None, now: datetime) -> datetime:
    """`--at`: an ISO date or datetime (a bare date means the end of that day)."""
    if value is None:
        return now
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    try:
        if len(value.strip()) == 10:
            return datetime.combine(date.fromisoformat(value.strip()), time(23, 59, 59))
        return datetime.fromisoformat(value.strip()).replace(tzinfo=None)
    except ValueError:
        raise FollowupError("bad_date", f"--at must be a date or date-time like 2026-11-24T09:00, not {value!r}.") from None


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


def _value_json(parsed: ParsedAnswer) -> str | None:
    return None if parsed.status == "unknown" else json.dumps(parsed.value, ensure_ascii=False)


class FollowupService:
    """Follow-up campaigns over one data directory."""

    def __init__(self, data_dir: Path, *, model: BaseChatModel | None = None, channel: Channel | None = None,
                 emergency_number: str | None = None, protocols: ProtocolLibrary | None = None,
                 clock: Any = None, kb_search: Any = None) -> None:
        """Open the follow-up store and the nurse inbox in `data_dir`; hand unsent escalations to the inbox.

        `kb_search` (`carebridge.tools.kb.cite.make_kb_search`) lets an escalation reply cite passages.
        """
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.store = FollowupStore(self.data_dir / "followup.sqlite")
        self.inbox: NurseInbox = open_inbox(self.data_dir)
        self.model = model
        self.channel: Channel = channel or TextChannel()
        self.emergency_number = emergency_number or HospitalContext().emergency_number
        self._protocols = protocols
        self._clock = clock or datetime.now
        self.kb = load_knowledge()
        self.kb_search = kb_search
        self.flush_escalations()

    def close(self) -> None:
        """Close both databases."""
        self.store.close()
        self.inbox.close()

    # --- helpers -----------------------------------------------------------------------
    @property
    def protocols(self) -> ProtocolLibrary:
        """Built-in and hospital protocols, read on first use."""
        if self._protocols is None:
            self._protocols = load_protocols(self.data_dir)
        return self._protocols

    def now(self) -> datetime:
        """The hospital's wall clock (injectable for tests)."""
        return self._clock().replace(tzinfo=None, microsecond=0)

    def _campaign(self, campaign_id: str) -> dict[str, Any]:
        row = self.store.one("SELECT * FROM campaigns WHERE id = ?", (campaign_id,))
        if row is None:
            raise FollowupError("unknown_campaign", f"no follow-up campaign {campaign_id!r}; `carebridge followup list` "
                                "shows them.")
        return row

    def _contact(self, contact_id: str) -> dict[str, Any]:
        row = self.store.one("SELECT * FROM contacts WHERE id = ?", (contact_id,))
        if row is None:
            raise FollowupError("unknown_contact", f"no follow-up contact {contact_id!r}; `carebridge followup due` "
                                "or `followup show CAMPAIGN` lists them.")
        return row

    @staticmethod
    def _protocol_of(campaign: dict[str, Any]) -> Protocol:
        # NOTE: a campaign keeps the protocol it started with; editing a file later does not
        # change the questions half-way through someone's follow-up.
        return Protocol.model_validate_json(campaign["protocol_json"])

    def _check_contact_access(self, actor: Actor, contact: dict[str, Any], campaign: dict[str, Any]) -> None:
        if actor.is_staff:
            return
        if actor.role != "patient":
            raise FollowupError("forbidden", f"unknown role {actor.role!r}.")
        by_token = actor.token is not None and secrets.compare_digest(actor.token, contact["token"])
        by_id = actor.patient_id is not None and actor.patient_id == campaign["patient_id"]
        if not (by_token or by_id):
            # Same answer whether the contact exists for someone else or not at all.
            raise FollowupError("forbidden", "this contact is not yours: a patient can answer only their own "
                                "follow-up (use the link or code you were sent).",
                                "这不是您的随访：患者只能回答自己的随访（请使用发给您的链接或编码）。")

    def _answers(self, contact_id: str) -> dict[str, dict[str, Any]]:
        rows = self.store.all("SELECT * FROM answers WHERE contact_id = ? ORDER BY recorded_at, rowid", (contact_id,))
        return {r["question_id"]: r for r in rows}

    def _history(self, campaign_id: str, exclude_contact: str | None = None) -> list[PastAnswer]:
        rows = self.store.all(
            "SELECT a.* FROM answers a JOIN contacts c ON c.id = a.contact_id WHERE c.campaign_id = ?", (campaign_id,))
        return [PastAnswer(r["question_id"], json.loads(r["value"]) if r["value"] is not None else None,
                           datetime.fromisoformat(r["recorded_at"]))
                for r in rows if r["contact_id"] != exclude_contact]

    def _pending_questions(self, protocol: Protocol, contact: dict[str, Any]) -> list[Question]:
        answered = set(self._answers(contact["id"]))
        once_done = {a.question_id for a in self._history(contact["campaign_id"], exclude_contact=contact["id"])}
        return [q for q in protocol.questions if q.id not in answered and not (q.once and q.id in once_done)]

    @staticmethod
    def _q(q: Question, lang: str) -> dict[str, Any]:
        return {"id": q.id, "type": q.type, "text": q.text.zh if lang == "zh" else q.text.en}

    def _send(self, conn: Any, contact: dict[str, Any], campaign: dict[str, Any], text: str, kind: str, at: datetime) -> None:
        conn.execute("INSERT INTO messages (contact_id, at, direction, channel, kind, text) VALUES (?,?,?,?,?,?)",
                     (contact["id"], _iso(at), "out", self.channel.name, kind, text))

    def _deliver(self, contact: dict[str, Any], campaign: dict[str, Any], text: str, kind: str) -> None:
        self.channel.send(OutgoingMessage(contact_id=contact["id"], patient_id=campaign["patient_id"],
                                          lang=campaign["lang"], text=text, kind=kind,  # type: ignore[arg-type]
                                          phone=campaign["phone"]))

    # --- the nurse's side -------------------------------------------------------------
    def start(self, actor: Actor, *, patient_id: str, protocol: str, name: str | None = None,
              phone: str | None = None, lang: str = "zh", discharged: str | date | None = None) -> dict[str, Any]:
        """Start a campaign: one contact per schedule day after discharge."""
        require_staff(actor, "start a follow-up campaign")
        patient_id = (patient_id or "").strip()
        if not patient_id:
            raise FollowupError("unknown_patient", "give the patient's id (--patient ID), as in the hospital record.")
        if lang not in ("zh", "en"):
            raise FollowupError("bad_lang", f"--lang must be zh or en, not {lang!r}.")
        proto = self.protocols.get(protocol)
        now = self.now()
        left = parse_discharged(discharged, now.date())
        due = [(day, datetime.combine(left + timedelta(days=day), time(proto.contact_hour))) for day in proto.schedule_days]
        future = [d for d in due if d[1] > now]
        past = [d for d in due if d[1] <= now]
        if not future and len(past) == len(due) and (now - due[-1][1]) > timedelta(days=1):
            raise FollowupError("bad_date", f"discharged {left}: every contact of {proto.id} (days "
                                f"{', '.join(map(str, proto.schedule_days))}) is already over a day in the past; "
                                "check the date, or contact the patient directly.")
        # NOTE: contacts whose day is already past at start are not all fired at once: the most
        # recent one is due now and earlier ones are recorded as skipped (reason given).
        keep_past = past[-1:] if past else []
        with self.store.transaction() as conn:
            dup = conn.execute("SELECT id FROM campaigns WHERE patient_id = ? AND protocol_id = ? AND status = 'active'",
                               (patient_id, proto.id)).fetchone()
            if dup is not None:
                raise FollowupError("already_running", f"patient {patient_id} already has an active {proto.id} follow-up "
                                    f"({dup[0]}); finish or sign it off before starting another.")
            seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM campaigns").fetchone()[0]
            campaign_id = f"FU-{seq:04d}"
            conn.execute(
                "INSERT INTO campaigns (id, seq, patient_id, protocol_id, protocol_json, name, phone, lang, discharged,"
                " created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (campaign_id, seq, patient_id, proto.id, proto.model_dump_json(), name, phone, lang, left.isoformat(),
                 _iso(now), actor.name or actor.role))
            for day, at in due:
                skipped = at <= now and (day, at) not in keep_past
                conn.execute(
                    "INSERT INTO contacts (id, campaign_id, day, due_at, status, token, closed_at, close_reason)"
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (f"{campaign_id}-D{day}", campaign_id, day, _iso(at), "skipped" if skipped else "scheduled",
                     secrets.token_urlsafe(9), _iso(now) if skipped else None,
                     "scheduled before the campaign started" if skipped else None))
        return self.show(actor, campaign_id)

    def show(self, actor: Actor, campaign_id: str) -> dict[str, Any]:
        """A campaign with its contacts and answers (staff, or the patient it belongs to)."""
        campaign = self._campaign(campaign_id)
        if not actor.is_staff and actor.patient_id != campaign["patient_id"]:
            raise FollowupError("forbidden", "only staff, or the patient it belongs to, can see a follow-up.")
        proto = self._protocol_of(campaign)
        contacts = []
        for c in self.store.all("SELECT * FROM contacts WHERE campaign_id = ? ORDER BY day", (campaign_id,)):
            answers = [{"question_id": a["question_id"], "status": a["status"],
                        "value": json.loads(a["value"]) if a["value"] is not None else None, "unit": a["unit"],
                        "raw": a["raw"], "method": a["method"], "recorded_at": a["recorded_at"]}
                       for a in self._answers(c["id"]).values()]
            esc = self.store.all("SELECT rule_id, kind, priority, title_en, title_zh, inbox_id, created_at FROM escalations"
                                 " WHERE contact_id = ? ORDER BY created_at", (c["id"],))
            view = {k: c[k] for k in ("id", "day", "due_at", "status", "attempts", "last_attempt_at", "closed_at",
                                      "close_reason")}
            if actor.is_staff:
                view["token"] = c["token"]
            contacts.append({**view, "answers": answers, "escalations": esc})
        out = {k: campaign[k] for k in ("id", "patient_id", "protocol_id", "name", "phone", "lang", "discharged",
                                        "created_at", "created_by", "status", "signed_by", "signed_at", "signoff_note")}
        out["protocol"] = {"id": proto.id, "version": proto.version, "en": proto.name.en, "zh": proto.name.zh,
                           "sources": [{"id": s, "citation": self.protocols.sources.get(s, s)} for s in proto.cited()],
                           "retry": proto.retry.model_dump()}
        out["contacts"] = contacts
        return out

    def campaigns(self, actor: Actor, *, status: str | None = None, patient_id: str | None = None) -> list[dict[str, Any]]:
        """Campaigns, newest first, with a count of contacts per status."""
        require_staff(actor, "list follow-up campaigns")
        sql, args = "SELECT * FROM campaigns WHERE 1=1", []
        for col, val in (("status", status), ("patient_id", patient_id)):
            if val is not None:
                sql += f" AND {col} = ?"
                args.append(val)
        out = []
        for c in self.store.all(sql + " ORDER BY seq DESC", tuple(args)):
            counts = {r["status"]: r["n"] for r in self.store.all(
                "SELECT status, COUNT(*) AS n FROM contacts WHERE campaign_id = ? GROUP BY status", (c["id"],))}
            nxt = self.store.one("SELECT id, due_at FROM contacts WHERE campaign_id = ? AND status IN ('scheduled','open')"
                                 " ORDER BY due_at LIMIT 1", (c["id"],))
            out.append({k: c[k] for k in ("id", "patient_id", "protocol_id", "name", "lang", "discharged", "status",
                                          "created_by", "signed_by")} | {"contacts": counts, "next_contact": nxt})
        return out

    def _due_rows(self, at: datetime) -> list[dict[str, Any]]:
        rows = self.store.all("SELECT c.*, p.patient_id, p.name, p.phone, p.lang, p.protocol_json FROM contacts c "
                              "JOIN campaigns p ON p.id = c.campaign_id WHERE c.status IN ('scheduled', 'open') "
                              "AND c.due_at <= ? ORDER BY c.due_at, c.id", (_iso(at),))
        out = []
        for r in rows:
            retry = Protocol.model_validate_json(r["protocol_json"]).retry
            last = r["last_activity_at"] or r["last_attempt_at"]
            waited = last is None or at - datetime.fromisoformat(last) >= timedelta(hours=retry.interval_hours)
            if not waited:
                continue
            r["action"] = "attempt" if r["attempts"] < retry.max_attempts else "no_answer"
            out.append(r)
        return out

    def due(self, actor: Actor, at: str | datetime | None = None) -> list[dict[str, Any]]:
        """Contacts that need an action at `at` (read only): a first or repeated attempt, or a hand-over."""
        require_staff(actor, "list due contacts")
        when = parse_at(at, self.now())
        return [{"contact_id": r["id"], "campaign_id": r["campaign_id"], "patient_id": r["patient_id"], "name": r["name"],
                 "day": r["day"], "due_at": r["due_at"], "status": r["status"], "attempts": r["attempts"],
                 "action": r["action"]} for r in self._due_rows(when)]

    def tick(self, actor: Actor, at: str | datetime | None = None) -> dict[str, Any]:
        """Do what is due: send the next question (one attempt), or hand an unanswered contact to the nurse.

        Idempotent at a given time: an attempt is recorded only when the retry interval has
        passed since the last attempt or reply, so a restart or a second tick never repeats one.
        """
        require_staff(actor, "run scheduled follow-up contacts")
        when = parse_at(at, self.now())
        attempted, handed = [], []
        for r in self._due_rows(when):
            campaign = self._campaign(r["campaign_id"])
            proto = self._protocol_of(campaign)
            with self.store.transaction() as conn:
                fresh = conn.execute("SELECT attempts, last_attempt_at, last_activity_at, status FROM contacts WHERE id = ?",
                                     (r["id"],)).fetchone()
                if tuple(fresh) != (r["attempts"], r["last_attempt_at"], r["last_activity_at"], r["status"]):
                    continue  # another process acted on it meanwhile
                if r["action"] == "no_answer":
                    conn.execute("UPDATE contacts SET status = 'no_answer', closed_at = ?, close_reason = ? WHERE id = ?",
                                 (_iso(when), f"no reply after {r['attempts']} attempts", r["id"]))
                    self._queue_escalation(conn, r, campaign, kind="no_answer", rule_id="no_answer", priority="routine",
                                           en=f"No reply to follow-up {r['id']} after {r['attempts']} attempts",
                                           zh=f"随访 {r['id']} 经 {r['attempts']} 次联系无应答",
                                           detail={"attempts": r["attempts"], "retry": proto.retry.model_dump()}, at=when)
                    handed.append(r["id"])
                    self._maybe_complete(conn, campaign["id"], when)
                    continue
                pending = self._pending_questions(proto, r)
                if not pending:
                    continue
                text = self._q(pending[0], campaign["lang"])["text"]
                if r["attempts"] == 0:
                    greet = (f"您好{campaign['name'] or ''}，这里是出院随访（{proto.name.zh}）。" if campaign["lang"] == "zh"
                             else f"Hello{' ' + campaign['name'] if campaign['name'] else ''}, this is your follow-up "
                             f"after discharge ({proto.name.en}). ")
                    text = greet + text
                conn.execute("UPDATE contacts SET status = 'open', attempts = attempts + 1, last_attempt_at = ?, "
                             "opened_at = COALESCE(opened_at, ?) WHERE id = ?", (_iso(when), _iso(when), r["id"]))
                self._send(conn, r, campaign, text, "question", when)
            self._deliver(r, campaign, text, "question")
            attempted.append({"contact_id": r["id"], "patient_id": r["patient_id"], "attempt": r["attempts"] + 1,
                              "text": text})
        self.flush_escalations()
        return {"at": _iso(when), "attempted": attempted, "handed_to_nurse": handed}

    def _maybe_complete(self, conn: Any, campaign_id: str, at: datetime) -> None:
        left = conn.execute("SELECT COUNT(*) FROM contacts WHERE campaign_id = ? AND status NOT IN (?,?,?)",
                            (campaign_id, *TERMINAL)).fetchone()[0]
        if left == 0:
            conn.execute("UPDATE campaigns SET status = 'completed' WHERE id = ? AND status = 'active'", (campaign_id,))

    def _queue_escalation(self, conn: Any, contact: dict[str, Any], campaign: dict[str, Any], *, kind: str,
                          rule_id: str, priority: str, en: str, zh: str, detail: dict[str, Any], at: datetime) -> bool:
        # NOTE: written in the same transaction as the answer, then copied to the inbox by
        # `flush_escalations`; a crash in between is repaired the next time the service opens.
        cur = conn.execute(
            "INSERT OR IGNORE INTO escalations (dedupe_key, contact_id, campaign_id, patient_id, kind, rule_id, priority,"
            " title_en, title_zh, detail, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (f"followup:{contact['id']}:{rule_id}", contact["id"], campaign["id"], campaign["patient_id"], kind, rule_id,
             priority, en, zh, json.dumps(detail, ensure_ascii=False, default=str), _iso(at)))
        return cur.rowcount == 1

    def flush_escalations(self) -> int:
        """Copy escalations not yet in the nurse inbox into it (idempotent on the dedupe key)."""
        n = 0
        for e in self.store.all("SELECT * FROM escalations WHERE inbox_id IS NULL ORDER BY created_at"):
            item, _ = self.inbox.add(
                dedupe_key=e["dedupe_key"], source="followup", kind="no_answer" if e["kind"] == "no_answer" else "escalation",
                priority=e["priority"], title_en=e["title_en"], title_zh=e["title_zh"], patient_id=e["patient_id"],
                ref=e["contact_id"], detail={**json.loads(e["detail"]), "campaign_id": e["campaign_id"],
                                             "rule_id": e["rule_id"]})
            with self.store.transaction() as conn:
                conn.execute("UPDATE escalations SET inbox_id = ? WHERE dedupe_key = ?", (item.id, e["dedupe_key"]))
            n += 1
        return n

    # --- the patient's side -----------------------------------------------------------
    def current_question(self, actor: Actor, contact_id: str) -> dict[str, Any] | None:
        """The question a contact is waiting on, or None when it is finished."""
        contact = self._contact(contact_id)
        campaign = self._campaign(contact["campaign_id"])
        self._check_contact_access(actor, contact, campaign)
        pending = self._pending_questions(self._protocol_of(campaign), contact)
        return self._q(pending[0], campaign["lang"]) if pending and contact["status"] not in TERMINAL else None

    def _model_parse(self, text: str, q: Question, lang: str) -> tuple[ParsedAnswer | None, dict[str, Any] | None]:
        from carebridge.prompts import load_prompt, prompt_version

        # The system prompt is the same for every question (a cacheable prefix); what varies goes last.
        user = f"Answer type: {q.type} (unit: {q.unit or '-'})\nQuestion: {q.text.en}\nReply: {text}"
        result, event = structured_call(self.model, ModelAnswer, load_prompt("followup.answer"), user,
                                        purpose="followup_answer", prompt_version=prompt_version("followup.answer"))
        if result is None:
            return None, event
        # A denial is an answer here ("没有胸闷" = no), so only verbatim and substance are checked.
        why = rejection(result.evidence, text, negation=False)
        if why:
            if event is not None:
                event["dropped"] = {"reason": why, "evidence": result.evidence}
            return None, event
        if q.type == "yesno" and result.yes is not None:
            return ParsedAnswer(status="answered", value=result.yes, evidence=result.evidence, method="model"), event
        if q.type in ("number", "scale") and result.number is not None:
            # The number must be read again from the evidence by the lexicon: a model cannot invent a value.
            again = parse_answer(f"{result.evidence} {result.unit or ''}".strip(), q)
            if again.status == "answered" and again.value == result.number:
                return again.model_copy(update={"method": "model"}), event
            if event is not None:
                event["dropped"] = {"reason": "number not confirmed by the evidence", "evidence": result.evidence}
        return None, event

    def answer(self, actor: Actor, contact_id: str, text: str, at: str | datetime | None = None) -> dict[str, Any]:
        """Record one reply: red-flag screen, parse, record, escalate, and return the next question."""
        contact = self._contact(contact_id)
        campaign = self._campaign(contact["campaign_id"])
        self._check_contact_access(actor, contact, campaign)
        when = parse_at(at, self.now())
        lang = campaign["lang"]
        if contact["status"] in TERMINAL or campaign["status"] == "signed_off":
            raise FollowupError("contact_closed", f"contact {contact_id} is {contact['status']}; it takes no more "
                                "answers. The nurse can be reached through the hospital.",
                                f"随访 {contact_id} 已结束，不再接收回答。如需联系护士，请联系医院。")
        if contact["status"] == "scheduled" and datetime.fromisoformat(contact["due_at"]) > when:
            raise FollowupError("not_due", f"contact {contact_id} is scheduled for {contact['due_at']}; it opens then.",
                                f"随访 {contact_id} 计划于 {contact['due_at']} 开始，届时再回答。")
        if len(text) > 4000:
            raise FollowupError("answer_too_long", "the answer is over 4000 characters; please answer briefly.",
                                "回答超过4000字，请简要回答。")
        proto = self._protocol_of(campaign)
        pending = self._pending_questions(proto, contact)
        if not pending:
            raise FollowupError("contact_closed", f"contact {contact_id} has no open question.",
                                f"随访 {contact_id} 没有待回答的问题。")
        q = pending[0]
        history = self._history(campaign["id"], exclude_contact=contact_id)

        # 1. The red-flag screen runs on every reply, whatever the protocol and whatever the question.
        facts: dict[str, Any] = {}
        age = [a for a in history + [PastAnswer(k, json.loads(v["value"]) if v["value"] else None,
                                                datetime.fromisoformat(v["recorded_at"]))
                                     for k, v in self._answers(contact_id).items()]
               if a.question_id == "age_months" and isinstance(a.value, (int, float))]
        if age:
            facts["age_months"] = float(max(age, key=lambda a: a.at).value)
        _, flags, _ = screen_message(text, [], facts, None, [])

        # 2. Read the answer (lexicon; the model only fills a gap, with verbatim evidence).
        parsed = parse_answer(text, q)
        model_event = None
        if parsed.status == "reask" and parsed.reason == "not_understood" and self.model is not None:
            by_model, model_event = self._model_parse(text, q, lang)
            parsed = by_model or parsed

        hits: list[RuleHit] = []
        raised: list[dict[str, Any]] = []
        with self.store.transaction() as conn:
            status_now = conn.execute("SELECT status FROM contacts WHERE id = ?", (contact_id,)).fetchone()[0]
            if status_now in TERMINAL:
                raise FollowupError("contact_closed", f"contact {contact_id} is {status_now}; it takes no more answers.",
                                    f"随访 {contact_id} 已结束，不再接收回答。")
            conn.execute("INSERT INTO messages (contact_id, at, direction, channel, kind, text) VALUES (?,?,?,?,?,?)",
                         (contact_id, _iso(when), "in", self.channel.name, "answer", text))
            if model_event is not None:
                conn.execute("INSERT INTO messages (contact_id, at, direction, channel, kind, text) VALUES (?,?,?,?,?,?)",
                             (contact_id, _iso(when), "internal", "model", "model_event",
                              json.dumps(model_event, ensure_ascii=False, default=str)))
            conn.execute("UPDATE contacts SET status = 'open', opened_at = COALESCE(opened_at, ?), last_activity_at = ?"
                         " WHERE id = ?", (_iso(when), _iso(when), contact_id))
            if flags:
                # One inbox item per reply for its red flags (the same set again is the same item).
                worst = max(flags, key=lambda f: URGENCY_ORDER.index(f["urgency"]))
                priority = "emergency" if worst["urgency"] in EMERGENCY_URGENCIES else "urgent"
                key = "red_flag:" + "+".join(sorted(f["id"] for f in flags))
                new = self._queue_escalation(
                    conn, contact, campaign, kind="red_flag", rule_id=key, priority=priority,
                    en="Red flag in follow-up answer: " + "; ".join(f["en"] for f in flags),
                    zh="随访回答中出现危险征象：" + "；".join(f["zh"] for f in flags),
                    detail={"question_id": q.id, "answer": text, "urgency": worst["urgency"],
                            "red_flags": [f["id"] for f in flags],
                            "sources": sorted({s for f in flags for s in self._flag_sources(f["id"])})}, at=when)
                raised.append({"kind": "red_flag", "rule_id": key, "priority": priority,
                               "en": "; ".join(f["en"] for f in flags), "zh": "；".join(f["zh"] for f in flags),
                               "urgency": worst["urgency"], "red_flags": [f["id"] for f in flags], "new": new})
            if parsed.status != "reask":
                cur = conn.execute(
                    "INSERT OR IGNORE INTO answers (contact_id, question_id, raw, status, value, unit, evidence, method,"
                    " recorded_at) VALUES (?,?,?,?,?,?,?,?,?)",
                    (contact_id, q.id, text, parsed.status, _value_json(parsed), parsed.unit, parsed.evidence,
                     parsed.method, _iso(when)))
                if cur.rowcount == 0:
                    raise FollowupError("already_answered", f"question {q.id} of {contact_id} was answered meanwhile; "
                                        "ask for the current question again.", "这个问题刚刚已被回答，请查看当前问题。")
                current = {k: (json.loads(v["value"]) if v["value"] is not None else None)
                           for k, v in self._answers_in(conn, contact_id).items()}
                hits = evaluate(proto, q.id, current, history, when)
                for hit in hits:
                    new = self._queue_escalation(conn, contact, campaign, kind="rule", rule_id=hit.id,
                                                 priority=hit.priority, en=hit.en, zh=hit.zh,
                                                 detail={"values": hit.values, "sources": hit.sources,
                                                         "protocol": proto.id}, at=when)
                    raised.append({"kind": "rule", "rule_id": hit.id, "priority": hit.priority, "en": hit.en,
                                   "zh": hit.zh, "sources": hit.sources, "new": new})
            remaining = [p for p in pending if p.id != q.id] if parsed.status != "reask" else pending
            done = not remaining
            if done:
                conn.execute("UPDATE contacts SET status = 'completed', closed_at = ?, close_reason = 'answered' "
                             "WHERE id = ?", (_iso(when), contact_id))
                self._maybe_complete(conn, campaign["id"], when)
            reply = self._reply(parsed, q, remaining, raised, lang)
            self._send(conn, contact, campaign, reply["text"], reply["kind"], when)
        self._deliver(contact, campaign, reply["text"], reply["kind"])
        self.flush_escalations()
        # NOTE: after the escalation is committed and the advice delivered: retrieval never delays or blocks them.
        # The passages go out as a second message, recorded like every other message.
        retrieval = retrieve(self.kb_search, self._escalation_requests(raised, proto, lang), lang=lang)
        # Only passages reach the patient; "retrieval unavailable" is for the staff (in the result), not an SMS.
        cited = render(retrieval, lang) if retrieval.citations else []
        if cited:
            text = "\n".join(cited)
            with self.store.transaction() as conn:
                self._send(conn, contact, campaign, text, "citations", self.now())
            self._deliver(contact, campaign, text, "citations")
            reply = {**reply, "text": reply["text"] + "\n" + text}
        inbox_ids = {e["rule_id"]: e["inbox_id"] for e in self.store.all(
            "SELECT rule_id, inbox_id FROM escalations WHERE contact_id = ?", (contact_id,))}
        for e in raised:
            e["inbox_id"] = inbox_ids.get(e["rule_id"])
        return {
            "contact_id": contact_id, "campaign_id": campaign["id"], "patient_id": campaign["patient_id"],
            "question": self._q(q, lang), "recorded": parsed.status != "reask",
            "answer": None if parsed.status == "reask" else {
                "question_id": q.id, "status": parsed.status, "value": parsed.value, "unit": parsed.unit,
                "display": parsed.display(lang), "evidence": parsed.evidence, "method": parsed.method},
            "reask": parsed.status == "reask", "reason": parsed.reason,
            "next_question": None if done else self._q(remaining[0], lang),
            "escalated": bool(raised), "escalations": raised, "advice": reply.get("advice"),
            "reply": reply["text"], "contact_status": "completed" if done else "open", "done": done,
            "retrieval": retrieval.as_dict(),
        }

    def _escalation_requests(self, raised: list[dict[str, Any]], proto: Protocol, lang: str) -> list[Request]:
        """What to cite for each escalation: the protocol's rule (follow-up texts) or the red flag (conditions)."""
        out: list[Request] = []
        for e in raised:
            name = e["zh"] if lang == "zh" else e["en"]
            if e["kind"] == "rule":
                out.append(Request(about=name, query=f"{proto.name.zh if lang == 'zh' else proto.name.en} {name}",
                                   collections=("builtin-followup", HOSPITAL),
                                   must_mention=((proto.name.zh, proto.name.en),)))
            else:
                for flag_id in e.get("red_flags") or []:
                    rule = next((r for r in self.kb.red_flags if r.id == flag_id), None)
                    if rule is not None:
                        label = rule.name.zh if lang == "zh" else rule.name.en
                        out.append(Request(about=label, query=label, collections=("builtin-conditions", HOSPITAL),
                                           must_mention=((rule.name.zh, rule.name.en),)))
        return out

    def _answers_in(self, conn: Any, contact_id: str) -> dict[str, dict[str, Any]]:
        rows = conn.execute("SELECT * FROM answers WHERE contact_id = ?", (contact_id,)).fetchall()
        return {r["question_id"]: dict(r) for r in rows}

    def _flag_sources(self, flag_id: str) -> list[str]:
        rule = next((r for r in self.kb.red_flags if r.id == flag_id), None)
        return list(rule.sources) if rule else []

    def _reply(self, parsed: ParsedAnswer, q: Question, remaining: list[Question], raised: list[dict[str, Any]],
               lang: str) -> dict[str, Any]:
        zh = lang == "zh"
        parts: list[str] = []
        advice = None
        if raised:
            urgencies = [e.get("urgency") for e in raised if e["kind"] == "red_flag"]
            if "emergency_ambulance" in urgencies:
                level = "emergency_ambulance"
            elif any(e["priority"] == "emergency" for e in raised):
                level = "emergency"
            elif any(e["priority"] == "urgent" for e in raised):
                level = "urgent"
            else:
                level = "routine"
            advice = self.kb.advice(level, self.emergency_number).model_dump()  # type: ignore[arg-type]
            told = "；".join(e["zh"] for e in raised) if zh else "; ".join(e["en"] for e in raised)
            parts.append(f"您提到的情况需要关注（{told}），已通知您的护士。" if zh
                         else f"What you describe needs attention ({told}); your nurse has been alerted.")
            parts.append(advice["zh"] if zh else advice["en"])
        if parsed.status == "reask":
            parts.append(reask_text(parsed.reason or "not_understood", q, lang))
            kind = "reask"
        elif remaining:
            parts.append(remaining[0].text.zh if zh else remaining[0].text.en)
            kind = "question"
        else:
            parts.append("感谢您的回答，本次随访已完成。" if zh else "Thank you, this follow-up contact is complete.")
            kind = "closing"
        return {"text": (" " if not zh else "").join(parts), "kind": kind, "advice": advice}

    # --- the nurse's record -----------------------------------------------------------
    def inbox_items(self, actor: Actor, status: str | None = "open") -> list[InboxItem]:
        """Every open inbox item (all sources), most urgent and newest first."""
        require_staff(actor, "read the nurse inbox")
        self.flush_escalations()
        return self.inbox.items(role=actor.role, status=status)

    def resolve(self, actor: Actor, item_id: str, *, by: str, note: str | None = None) -> InboxItem:
        """Resolve an inbox item."""
        require_staff(actor, "resolve inbox items")
        return self.inbox.resolve(item_id, by=by, role=actor.role, note=note)

    def stop(self, actor: Actor, campaign_id: str, *, by: str, reason: str) -> dict[str, Any]:
        """End a campaign early (readmitted, transferred, declined): unfinished contacts are closed as skipped."""
        require_staff(actor, "stop a follow-up")
        if not by.strip() or not reason.strip():
            raise FollowupError("missing_name", "say who stops the follow-up and why (--by NAME --reason TEXT).")
        campaign = self._campaign(campaign_id)
        if campaign["status"] != "active":
            raise FollowupError("campaign_closed", f"{campaign_id} is already {campaign['status']}.")
        now = self.now()
        with self.store.transaction() as conn:
            conn.execute("UPDATE contacts SET status = 'skipped', closed_at = ?, close_reason = ? WHERE campaign_id = ? "
                         "AND status IN ('scheduled', 'open')",
                         (_iso(now), f"follow-up stopped by {by.strip()}: {reason.strip()}", campaign_id))
            self._maybe_complete(conn, campaign_id, now)
        return self.show(actor, campaign_id)

    def signoff(self, actor: Actor, campaign_id: str, *, by: str, note: str | None = None) -> dict[str, Any]:
        """A clinician signs off a campaign whose contacts are all finished."""
        require_staff(actor, "sign off a follow-up")
        if not by or not by.strip():
            raise FollowupError("missing_name", "say who signs off (--by NAME).")
        campaign = self._campaign(campaign_id)
        if campaign["status"] == "signed_off":
            raise FollowupError("already_signed_off", f"{campaign_id} was signed off by {campaign['signed_by']} at "
                                f"{campaign['signed_at']}.")
        open_contacts = self.store.all("SELECT id, status, due_at FROM contacts WHERE campaign_id = ? AND status NOT IN "
                                       "(?,?,?) ORDER BY day", (campaign_id, *TERMINAL))
        if open_contacts:
            raise FollowupError("not_complete", f"{campaign_id} still has unfinished contacts: "
                                f"{', '.join(c['id'] + ' (' + c['status'] + ')' for c in open_contacts)}.")
        now = self.now()
        with self.store.transaction() as conn:
            conn.execute("UPDATE campaigns SET status = 'signed_off', signed_by = ?, signed_at = ?, signoff_note = ? "
                         "WHERE id = ? AND status != 'signed_off'", (by.strip(), _iso(now), note, campaign_id))
        out = self.show(actor, campaign_id)
        open_items = [i.id for i in self.inbox.items(role=actor.role, status="open")
                      if i.source == "followup" and (i.ref or "").startswith(campaign_id + "-")]
        out["open_inbox_items"] = open_items
        return out

    def export_fhir(self, actor: Actor, campaign_id: str) -> dict[str, Any]:
        """A FHIR R4 Bundle: one QuestionnaireResponse per contact, and the escalations as Tasks."""
        require_staff(actor, "export a follow-up")
        view = self.show(actor, campaign_id)
        refs = {c["id"] for c in view["contacts"]}
        tasks = [i for i in self.inbox.items(role=actor.role, status=None, patient_id=view["patient_id"], source="followup")
                 if i.ref in refs]
        return campaign_bundle(view, self._protocol_of(self._campaign(campaign_id)), tasks)
