"""The chat interview's danger-sign question, measured through the real chat graph (`carebridge chat`'s path).

    .venv/bin/python bench/eval_chat.py bench/chat_bank_dev.jsonl [--json] [--only on|off]

A chat bank is JSONL, one case a line: {"id", "lang", "first", "hidden", "expected_urgency", "age", "sex", "source"}
and optionally "answers" (per-slot replies, below).
`first` is the vague first message ("I've got a headache", "孩子发烧了"); `hidden` is what the patient says when asked
about other or danger symptoms; `expected_urgency` is the level for first + hidden.

Each case runs through CareBridge.send (no model, a temporary data directory), as `carebridge chat` drives it. A
simulated patient answers every question the chat asks:
- the danger-sign question ("Do you have any of these: ...?"): the numbers of the listed signs the lexicon reads in
  `hidden` (by symptom code), or `hidden` itself as free text when none of them is read there;
- the "which of them?" follow-up to a bare yes: the same numbers (else `hidden`);
- the ambulance-sign question asked with the emergency advice at an emergency (stop 42, `ambulance_question`): read
  through `danger_screen.pending` like the danger question, so answered the same way (numbers, else `hidden`);
- the generic "any other symptoms?" (no danger family, or the danger question turned off): `hidden` as free text;
- age and sex: the case's own; every other slot: the case's own answer when it carries one in `answers`
  ({"pregnancy": "not sure, my period is two weeks late", "medications": "warfarin"}, optional, from bank 4 on), else a
  neutral answer (duration "since this morning", severity "5/10", pregnancy, medicines, allergies and history
  "no"/"none"), in the case's language. (Bank 3's simulator said "no" to the pregnancy question for a woman whose
  period was a month late: a case's own answers keep the simulated patient truthful.)

Each case runs twice: with the danger question (as shipped) and without it (`danger_question` returns None, so the chat
asks the old generic question). Per case: the signs asked, the answer given, the final urgency against the expected;
totals: right level, under-triaged emergencies (expected emergency or higher, got less), over-triaged (got higher than
expected), and the questions asked (the patient's burden, the follow-up included).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

from carebridge.service import CareBridge
from carebridge.tools import danger_screen
from carebridge.tools.triage_engine import extract_findings, rank

NEUTRAL = {
    "duration": {"en": "since this morning", "zh": "今天早上开始"},
    "severity": {"en": "5/10", "zh": "5/10"},
    "pregnancy": {"en": "no", "zh": "没有"},
    "medications": {"en": "none", "zh": "没有"},
    "allergies": {"en": "none", "zh": "没有"},
    "history": {"en": "none", "zh": "没有"},
}
MAX_TURNS = 15


def age_sex_answer(case: dict[str, Any]) -> str:
    """The case's age and sex, as a patient types them ("2, female", "8 months, male", "35岁，女")."""
    age, sex, zh = case.get("age"), case.get("sex"), case["lang"] == "zh"
    if age is None:
        age_text = ""
    elif age < 1:
        age_text = f"{round(age * 12)}个月" if zh else f"{round(age * 12)} months"
    else:
        age_text = f"{age:g}岁" if zh else f"{age:g}"
    sex_text = {"F": "女" if zh else "female", "M": "男" if zh else "male"}.get(sex or "", "")
    return ("，" if zh else ", ").join(p for p in (age_text, sex_text) if p) or ("不知道" if zh else "not sure")


def sign_numbers(screen: dict[str, Any], hidden: str) -> list[int]:
    """The 1-based numbers of the listed signs whose codes the lexicon reads in `hidden`."""
    read = set(extract_findings(hidden).present)
    return [i for i, s in enumerate(screen["signs"], 1) if read.intersection(s["codes"])]


def numbers_text(numbers: list[int], lang: str) -> str:
    if lang == "zh":
        return "、".join(str(n) for n in numbers)
    return ", ".join(str(n) for n in numbers[:-1]) + (" and " if len(numbers) > 1 else "") + str(numbers[-1])


def answer(values: dict[str, Any], case: dict[str, Any]) -> tuple[str, str, list[str]]:
    """(what the simulated patient replies, the slot it answers, the signs asked if a danger question)."""
    lang = case["lang"]
    record = values.get("triage") or {}
    slot = record.get("pending_slot") or ""
    screen = danger_screen.pending(record)
    if screen is not None:
        signs = [s["code"] for s in screen["signs"]]
        numbers = sign_numbers(screen, case["hidden"])
        which = screen.get("stage") == "which"
        reply = numbers_text(numbers, lang) if numbers else case["hidden"]
        return reply, "danger_which" if which else "danger", signs
    if slot == "age_sex":
        return age_sex_answer(case), slot, []
    if slot == "associated":
        return case["hidden"], slot, []
    own = (case.get("answers") or {}).get(slot)
    if own:
        return str(own), slot, []
    return NEUTRAL.get(slot, {"en": "no", "zh": "没有"})[lang], slot or "?", []


def run_case(cb: CareBridge, case: dict[str, Any], tag: str) -> dict[str, Any]:
    sid = f"{tag}-{case['id']}"
    turn = cb.send(sid, case["first"])
    questions, dialogue, asked, danger_reply = 0, [], [], None
    while turn.reply.get("kind") == "question" and questions < MAX_TURNS:
        questions += 1
        reply, slot, signs = answer(turn.values, case)
        if signs and not asked:
            asked = signs
        if slot in ("danger", "danger_which") or (slot == "associated" and danger_reply is None):
            danger_reply = reply if danger_reply is None else f"{danger_reply} | {reply}"
        dialogue.append({"slot": slot, "q": turn.reply.get("text", ""), "a": reply})
        turn = cb.send(sid, reply)
    result = turn.reply.get("result") or {}
    got = result.get("urgency") or "none"
    expected = case["expected_urgency"]
    return {
        "id": case["id"], "lang": case["lang"], "expected": expected, "got": got,
        "right": got == expected,
        "under": rank(expected) >= rank("emergency") and (got == "none" or rank(got) < rank("emergency")),
        "over": got != "none" and rank(got) > rank(expected),
        "questions": questions, "signs_asked": asked, "answer": danger_reply,
        "red_flags": [f["id"] for f in turn.values.get("red_flags", [])],
        "dialogue": dialogue,
    }


@contextmanager
def danger_off() -> Iterator[None]:
    """The chat as it was before the danger question: always the generic "any other symptoms?"."""
    with mock.patch.object(danger_screen, "danger_question", lambda *a, **k: None):
        yield


def run_bank(cases: list[dict[str, Any]], on: bool) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp, CareBridge(Path(tmp)) as cb:
        if on:
            return [run_case(cb, c, "on") for c in cases]
        with danger_off():
            return [run_case(cb, c, "off") for c in cases]


def totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    emergencies = [r for r in rows if rank(r["expected"]) >= rank("emergency")]
    return {
        "cases": len(rows), "right": sum(r["right"] for r in rows),
        "emergencies": len(emergencies), "under_triaged": sum(r["under"] for r in rows),
        "over_triaged": sum(r["over"] for r in rows),
        "questions": sum(r["questions"] for r in rows),
        "questions_per_case": round(sum(r["questions"] for r in rows) / max(len(rows), 1), 2),
        "danger_asked": sum(bool(r["signs_asked"]) for r in rows),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bank", type=Path)
    parser.add_argument("--json", action="store_true", help="machine output: per case and totals, both modes")
    parser.add_argument("--only", choices=("on", "off"), help="run one mode only")
    args = parser.parse_args(argv)
    cases = [json.loads(line) for line in args.bank.read_text(encoding="utf-8").splitlines() if line.strip()]
    modes = [args.only] if args.only else ["on", "off"]
    out = {m: run_bank(cases, m == "on") for m in modes}
    summary = {m: totals(rows) for m, rows in out.items()}
    if args.json:
        json.dump({"bank": str(args.bank), "totals": summary, "cases": out}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for mode, rows in out.items():
        print(f"== danger question {mode.upper()} ==")
        for r in rows:
            mark = "ok " if r["right"] else ("UNDER" if r["under"] else ("over " if r["over"] else "miss "))
            signs = ",".join(r["signs_asked"]) or "(generic question)"
            print(f"{mark} {r['id']:<8} exp {r['expected']:<19} got {r['got']:<19} q={r['questions']} "
                  f"asked: {signs} | answer: {r['answer']}")
    print()
    for mode, t in summary.items():
        print(f"danger question {mode:>3}: right {t['right']}/{t['cases']}, under-triaged emergencies "
              f"{t['under_triaged']}/{t['emergencies']}, over-triaged {t['over_triaged']}, questions {t['questions']} "
              f"({t['questions_per_case']} a case), danger question asked in {t['danger_asked']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
