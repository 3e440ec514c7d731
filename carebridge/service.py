"""The composition root: data directory, checkpointer, graph, audit log; one call per turn."""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command

from carebridge.agents.registry import AgentRegistry, default_registry
from carebridge.graphs.context import HospitalContext
from carebridge.graphs.hospital import AI_LABEL, build_hospital_graph, emergency_notice
from carebridge.graphs.models import STREAM_TAG
from carebridge.tools.audit import AuditLog
from carebridge.tools.guard import check_message
from carebridge.tools.triage_engine import rank, screen_message

CONTRACT_KEYS = ("urgency", "red_flags", "department", "sources")


class NothingToReview(LookupError):
    """The session has no summary waiting for clinician sign-off."""


@dataclass
class Turn:
    """What one call produced: the reply, whether a review is pending, and the state."""

    session_id: str
    reply: dict[str, Any]
    pending_review: bool
    values: dict[str, Any] = field(repr=False)


def new_session_id(prefix: str = "s") -> str:
    """A short, sortable, unique session id."""
    return f"{prefix}-{datetime.now(UTC):%Y%m%d%H%M%S}-{uuid.uuid4().hex[:6]}"


class CareBridge:
    """One hospital assistant over one data directory."""

    def __init__(self, data_dir: Path, *, model: BaseChatModel | None = None,
                 registry: AgentRegistry | None = None, context: HospitalContext | None = None,
                 kb_search: Callable[..., list[dict[str, Any]]] | None = None) -> None:
        """Open (or create) the data directory and compile the graph with its checkpointer.

        `kb_search` (e.g. `carebridge.tools.kb.cite.default_kb_search(data_dir)`) lets the report,
        medication and follow-up agents cite passages from the knowledge store.
        """
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.model = model
        self.registry = registry if registry is not None else default_registry()
        self.context = context or HospitalContext()
        if self.context.data_dir is None:
            self.context = dataclasses.replace(self.context, data_dir=str(self.data_dir))
        if kb_search is not None:
            self.context = dataclasses.replace(self.context, kb_search=kb_search)
        self._conn = sqlite3.connect(self.data_dir / "checkpoints.sqlite", check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        # NOTE: WAL + synchronous=NORMAL keeps every committed step when the process is killed
        # (the OS still holds the write); only a power cut can lose the last few steps.
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self.checkpointer = SqliteSaver(self._conn)
        self.checkpointer.setup()
        self.graph = build_hospital_graph(self.registry, model, self.context).compile(checkpointer=self.checkpointer)
        self.audit = AuditLog(self.data_dir / "audit.sqlite")

    def close(self) -> None:
        """Close the databases."""
        self._conn.close()
        self.audit.close()

    def __enter__(self) -> CareBridge:
        """Use as `with CareBridge(path) as cb:`."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close on leaving the block, also after an error."""
        self.close()

    @staticmethod
    def _config(session_id: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": session_id}}

    def status(self, session_id: str) -> str:
        """"new", "idle", "pending_review" or "interrupted" (a turn cut off mid-way)."""
        return self._status(self.graph.get_state(self._config(session_id)))

    @staticmethod
    def _status(snap: Any) -> str:
        if not snap.values:
            return "new"
        if snap.interrupts:
            return "pending_review"
        return "interrupted" if snap.next else "idle"

    def values(self, session_id: str) -> dict[str, Any]:
        """The conversation's current state."""
        return dict(self.graph.get_state(self._config(session_id)).values)

    def _stream(self, session_id: str, payload: Any, on_update: Callable[[dict[str, Any]], None] | None,
                on_token: Callable[[str], None] | None = None) -> tuple[dict[str, Any], tuple[Any, ...]]:
        """Run the graph; return the final state values and any interrupts (the review gate).

        The values come from the stream itself rather than a `get_state` read afterwards: one
        SQLite read and checkpoint decode less per turn (the hot path of every chat message).
        """
        # durability="sync": each step's checkpoint is on disk before the next step starts,
        # so a process killed mid-turn resumes from the last finished step.
        values: dict[str, Any] | None = None
        interrupts: tuple[Any, ...] = ()
        subgraphs = on_token is not None  # agents are subgraphs: their model calls stream only then
        modes = ["updates", "values", "messages"] if subgraphs else ["updates", "values"]
        for item in self.graph.stream(payload, self._config(session_id), context=self.context,
                                      stream_mode=modes, subgraphs=subgraphs, durability="sync"):
            namespace, mode, chunk = item if subgraphs else ((), *item)
            if mode == "messages":
                # Only model calls that asked to be shown (free text for the patient) stream.
                message, meta = chunk
                if on_token is not None and STREAM_TAG in (meta.get("tags") or []) and message.content:
                    on_token(str(message.content))
            elif namespace:
                continue
            elif mode == "values":
                values = chunk
            else:
                if "__interrupt__" in chunk:
                    interrupts = tuple(chunk["__interrupt__"])
                if on_update is not None:
                    on_update(chunk)
        if values is None:  # nothing ran (e.g. a resume with nothing pending): read what is saved
            snap = self.graph.get_state(self._config(session_id))
            values, interrupts = dict(snap.values), tuple(snap.interrupts)
        return dict(values), interrupts

    def _finish(self, session_id: str, role: str, outcome: tuple[dict[str, Any], tuple[Any, ...]]) -> Turn:
        values, interrupts = outcome
        self.audit.sync_state_events(session_id, role, values.get("events", []))
        pending = bool(interrupts)
        if pending:
            payload = interrupts[0].value
            summary = payload.get("summary", {})
            self.audit.add_review(session_id, payload.get("agent") or "", summary.get("urgency"), summary)
        return Turn(session_id, dict(values.get("reply") or {}), pending, values)

    def send(self, session_id: str, text: str, *, role: str = "patient", mode: str = "chat",
             intent: str | None = None, patient: dict[str, Any] | None = None, lang: str | None = None,
             on_update: Callable[[dict[str, Any]], None] | None = None,
             on_token: Callable[[str], None] | None = None) -> Turn:
        """Run one turn. Raises `InputRejected` for unusable input (nothing is recorded).

        `on_update` gets each step's update (the emergency advice the moment it is found);
        `on_token` gets the tokens of model text meant for the patient as they are generated.
        """
        check_message(text)
        snap = self.graph.get_state(self._config(session_id))  # read once per turn: this is the hot path
        status = self._status(snap)
        if status == "interrupted":
            self.resume(session_id, role=role, on_update=on_update)
            snap = self.graph.get_state(self._config(session_id))
        elif status == "pending_review":
            return self._while_review_pending(session_id, text, role)
        inputs: dict[str, Any] = {"messages": [HumanMessage(text)], "session_id": session_id, "role": role,
                                  "mode": mode, "intent": intent}
        given = {k: v for k, v in (patient or {}).items() if v is not None}
        if given:
            inputs["patient"] = dict(snap.values.get("patient") or {}) | given
        if lang:
            inputs["lang"] = lang
        return self._finish(session_id, role, self._stream(session_id, inputs, on_update, on_token))

    def resume(self, session_id: str, *, role: str = "patient",
               on_update: Callable[[dict[str, Any]], None] | None = None) -> Turn | None:
        """Finish a turn that was cut off (process killed); None if nothing was pending."""
        if self.status(session_id) != "interrupted":
            return None
        return self._finish(session_id, role, self._stream(session_id, None, on_update))

    def review(self, session_id: str, *, reviewer: str, action: str = "approve", note: str | None = None,
               edits: dict[str, Any] | None = None, role: str = "nurse") -> Turn:
        """Sign off (or edit) a summary waiting at the review gate."""
        if self.status(session_id) != "pending_review":
            raise NothingToReview(f"session {session_id!r} has no summary waiting for review")
        outcome = self._stream(session_id, Command(resume={"action": action, "reviewer": reviewer, "note": note,
                                                            "edits": edits or {}}), None)
        turn = self._finish(session_id, role, outcome)
        self.audit.close_review(session_id, turn.values.get("review", {}).get("status", "approved"), reviewer, note)
        return turn

    def _while_review_pending(self, session_id: str, text: str, role: str) -> Turn:
        # The interview is finished and paused at the review gate; new words are still
        # screened, so a red flag typed now escalates at once.
        values = self.values(session_id)
        lang = values.get("lang", "en")
        found, _, unseen = screen_message(
            text, (values.get("findings") or {}).get("present", []), values.get("patient") or {},
            values.get("triage"), (f["id"] for f in values.get("red_flags", [])))
        new = [f for f in unseen if rank(f["urgency"]) >= rank("emergency")]
        parts = [emergency_notice(new, lang, self.context.emergency_number, self.context.crisis_line)] if new else []
        parts.append("您的预问诊已完成，报告正在等待医生审核；如有新的问题，请开始新的问诊。" if lang == "zh" else
                     "Your pre-consultation is complete and waiting for clinician review. "
                     "For a new problem, please start a new session.")
        reply = {"kind": "notice", "text": "\n".join(parts), "lang": lang, "ai_generated": True,
                 "label": AI_LABEL["zh" if lang == "zh" else "en"], "emergency": new, "pending_review": True}
        self.audit.append(session_id, role, [
            {"kind": "input", "role": role, "text": text, "lang": lang, "while": "pending_review"},
            {"kind": "safety", "present": found.present, "absent": found.absent, "red_flags": [f["id"] for f in new]},
            {"kind": "reply", "text": reply["text"], "reply_kind": "notice"}])
        return Turn(session_id, reply, True, values)

    def triage_once(self, text: str, *, age: float | None = None, sex: str | None = None,
                    lang: str | None = None) -> dict[str, Any]:
        """`carebridge triage`: one message in, the contract's fields out (audited like any turn)."""
        session_id = new_session_id("triage")
        turn = self.send(session_id, text, mode="oneshot", intent="triage", lang=lang,
                         patient={"age_years": age, "sex": sex})
        result = turn.reply.get("result") or {}
        out = {k: result.get(k) for k in CONTRACT_KEYS}
        out |= {"cn_triage_level": result.get("cn_triage_level"), "reasons": result.get("reasons"),
                "specialty": result.get("specialty"), "advice": result.get("advice"),
                "first_steps": result.get("first_steps") or [],
                "lang": turn.reply.get("lang"), "ai_generated": True, "label": turn.reply.get("label"),
                "session_id": session_id}
        return out
