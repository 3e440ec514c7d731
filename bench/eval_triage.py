#!/usr/bin/env python3
"""Score the carebridge triage engine against the blind vignette set.

Usage:
    python3 bench/eval_triage.py [VIGNETTES.jsonl] [--json] [--timeout SECONDS]

VIGNETTES defaults to bench/triage_vignettes.jsonl (next to this script).

The script writes every vignette as one line of a temporary JSONL file
(``{"id", "text", "age", "sex", "lang"}`` only: the expected answers are never
passed to the engine) and runs the CLI exactly once:

    carebridge triage --batch FILE --json

The CLI must print one JSON object per input line, in the same order, each
with at least ``urgency``, ``red_flags``, ``department`` (an object with
``code``, ``en``, ``zh``, ``group_en``, ``group_zh``) and ``sources``.  A line
of the form ``{"error": {"code": ..., "message": ...}}`` counts as a wrong
answer on every measure.  Lines that are missing at the end also count as
errors.  Non-JSON lines on stdout (stray log output) are ignored.

Finding the CLI:
    * if the environment variable ``CAREBRIDGE_CLI`` is set, it is split with
      ``shlex.split`` and used as the command prefix, e.g.
      ``CAREBRIDGE_CLI="python3 /tmp/fake_cli.py"``;
    * otherwise ``carebridge`` on PATH;
    * otherwise ``[sys.executable, "-m", "carebridge"]``.

Measures (per language and overall):
    * exact 5-level urgency accuracy
      (emergency_ambulance | emergency | urgent | routine | self_care);
    * Semigran et al. (BMJ 2015) 3-category accuracy:
      emergency_ambulance/emergency -> emergent, urgent/routine -> non_emergent,
      self_care -> self_care; also broken down by expected category;
    * under-triaged emergencies: expected emergent, predicted non_emergent or
      self_care (each one listed with id and text); emergent vignettes that got
      an error / no answer are listed separately;
    * over-triage: predicted 3-category more urgent than expected;
    * department-group accuracy: ``department.group_zh`` against
      ``expected_group_zh``; for emergent vignettes 急诊医学科, the expected group
      or the optional ``specialty_group_zh`` (the specialty behind the
      emergency, e.g. 妇产科 for an ectopic pregnancy) are all accepted;
    * a list of every miss (id, expected, got).

``--json`` prints all figures as one JSON object instead of the text report.

Exit status: 0 whenever the CLI ran and produced output (this is a
measurement, not a test: low scores do not fail it); 2 if the vignette file
is unreadable or the CLI could not be run / produced nothing usable.

Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_VIGNETTES = HERE / "triage_vignettes.jsonl"

LEVELS = ["emergency_ambulance", "emergency", "urgent", "routine", "self_care"]
TRIAGE3 = {
    "emergency_ambulance": "emergent",
    "emergency": "emergent",
    "urgent": "non_emergent",
    "routine": "non_emergent",
    "self_care": "self_care",
}
T3_RANK = {"self_care": 0, "non_emergent": 1, "emergent": 2}
EMERGENCY_GROUP = "急诊医学科"


# --------------------------------------------------------------------------- io

def load_vignettes(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SystemExit(f"eval_triage: {path}:{n}: bad JSON: {e}") from e
    return rows


def cli_command() -> list[str]:
    override = os.environ.get("CAREBRIDGE_CLI", "").strip()
    if override:
        return shlex.split(override)
    exe = shutil.which("carebridge")
    if exe:
        return [exe]
    return [sys.executable, "-m", "carebridge"]


def run_cli(vignettes: list[dict], timeout: float) -> tuple[list[dict], dict]:
    """Run the CLI once; return (one output dict per vignette, run info)."""
    fd, tmp = tempfile.mkstemp(prefix="carebridge_triage_", suffix=".jsonl")
    # A throw-away data dir: scoring runs must not pile conversations into the user's real one
    # (hundreds of runs had grown it to 3.5 GB of checkpoints).
    scratch = tempfile.TemporaryDirectory(prefix="carebridge_eval_")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for v in vignettes:
                rec = {k: v[k] for k in ("id", "text", "age", "sex", "lang")}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        cmd = cli_command() + ["triage", "--batch", tmp, "--json"]
        info = {"command": cmd}
        env = {**os.environ, "CAREBRIDGE_DATA_DIR": scratch.name}
        try:
            proc = subprocess.run(
                cmd, capture_output=True, text=True, encoding="utf-8",
                errors="replace", timeout=timeout, env=env,
            )
        except FileNotFoundError as e:
            raise CliFailure(f"cannot execute {cmd[0]!r}: {e}", info) from e
        except subprocess.TimeoutExpired:
            raise CliFailure(f"CLI timed out after {timeout:g} s", info) from None
    finally:
        scratch.cleanup()
        try:
            os.unlink(tmp)
        except OSError:
            pass

    info["returncode"] = proc.returncode
    outputs: list[dict] = []
    ignored = 0
    for line in proc.stdout.splitlines():
        s = line.strip()
        if not s.startswith("{"):
            if s:
                ignored += 1
            continue
        try:
            obj = json.loads(s)
            if not isinstance(obj, dict):
                raise ValueError("not an object")
        except ValueError as e:
            obj = {"error": {"code": "unparseable_output", "message": f"{e}: {s[:200]}"}}
        outputs.append(obj)
    info["ignored_stdout_lines"] = ignored
    info["output_lines"] = len(outputs)
    if not outputs:
        tail = (proc.stderr or "").strip().splitlines()[-15:]
        raise CliFailure(
            f"CLI produced no JSON output (exit code {proc.returncode})"
            + ("\n  stderr:\n    " + "\n    ".join(tail) if tail else ""), info)
    if proc.returncode != 0:
        info["warning_returncode"] = (
            f"CLI exited with code {proc.returncode}; scoring the output it produced")
    if len(outputs) != len(vignettes):
        info["warning_count"] = (
            f"CLI printed {len(outputs)} JSON lines for {len(vignettes)} inputs; "
            "missing lines count as errors, extra lines are ignored")
    while len(outputs) < len(vignettes):
        outputs.append({"error": {"code": "missing_output", "message": "no output line"}})
    return outputs[: len(vignettes)], info


class CliFailure(Exception):
    def __init__(self, msg: str, info: dict):
        super().__init__(msg)
        self.info = info


# ---------------------------------------------------------------------- scoring

def prediction(out: dict) -> dict:
    """Normalise one CLI output line."""
    if not isinstance(out, dict) or out.get("error") is not None:
        err = out.get("error") if isinstance(out, dict) else None
        if isinstance(err, dict):
            msg = f"{err.get('code', '?')}: {err.get('message', '')}".strip()
        else:
            msg = str(err)
        return {"error": msg, "urgency": None, "triage3": None, "group_zh": None}
    urg = out.get("urgency")
    urg = urg.strip().lower() if isinstance(urg, str) else None
    dept = out.get("department")
    group = dept.get("group_zh") if isinstance(dept, dict) else None
    return {
        "error": None,
        "urgency": urg,
        "triage3": TRIAGE3.get(urg) if urg else None,
        "group_zh": group.strip() if isinstance(group, str) else None,
    }


def group_ok(v: dict, got: str | None) -> bool:
    if got is None:
        return False
    if v["expected_triage3"] == "emergent":
        accepted = {EMERGENCY_GROUP, v["expected_group_zh"]}
        if v.get("specialty_group_zh"):
            accepted.add(v["specialty_group_zh"])
        return got in accepted
    return got == v["expected_group_zh"]


def score(vignettes: list[dict], outputs: list[dict]) -> tuple[list[dict], dict]:
    results = []
    for v, out in zip(vignettes, outputs, strict=False):  # missing outputs count as wrong
        p = prediction(out)
        exp3 = v.get("expected_triage3") or TRIAGE3[v["expected_urgency"]]
        r = {
            "id": v["id"], "lang": v["lang"], "text": v["text"],
            "expected_urgency": v["expected_urgency"], "expected_triage3": exp3,
            "expected_group_zh": v["expected_group_zh"],
            "specialty_group_zh": v.get("specialty_group_zh"),
            "got_urgency": p["urgency"], "got_triage3": p["triage3"],
            "got_group_zh": p["group_zh"], "error": p["error"],
        }
        r["urgency_ok"] = p["urgency"] == v["expected_urgency"]
        r["triage3_ok"] = p["triage3"] == exp3
        r["group_ok"] = group_ok({**v, "expected_triage3": exp3}, p["group_zh"])
        if p["triage3"] is None:
            r["direction"] = "error" if p["error"] else "invalid"
        elif T3_RANK[p["triage3"]] < T3_RANK[exp3]:
            r["direction"] = "under"
        elif T3_RANK[p["triage3"]] > T3_RANK[exp3]:
            r["direction"] = "over"
        else:
            r["direction"] = "ok"
        results.append(r)

    figures = {"overall": summarise(results)}
    for lang in sorted({r["lang"] for r in results}):
        figures[lang] = summarise([r for r in results if r["lang"] == lang])
    return results, figures


def pct(k: int, n: int) -> float | None:
    return round(100.0 * k / n, 1) if n else None


def summarise(rs: list[dict]) -> dict:
    n = len(rs)
    u = sum(r["urgency_ok"] for r in rs)
    t = sum(r["triage3_ok"] for r in rs)
    g = sum(r["group_ok"] for r in rs)
    by_cat = {}
    for cat in ("emergent", "non_emergent", "self_care"):
        sub = [r for r in rs if r["expected_triage3"] == cat]
        k = sum(r["triage3_ok"] for r in sub)
        by_cat[cat] = {"n": len(sub), "correct": k, "pct": pct(k, len(sub))}
    emergent = [r for r in rs if r["expected_triage3"] == "emergent"]
    under_em = [r for r in emergent if r["direction"] == "under"]
    unanswered_em = [r for r in emergent if r["direction"] in ("error", "invalid")]
    confusion = {e: Counter() for e in LEVELS}
    for r in rs:
        got = r["got_urgency"] if r["got_urgency"] in LEVELS else (
            "error" if r["error"] else "invalid")
        confusion.setdefault(r["expected_urgency"], Counter())[got] += 1
    misses = [
        {"id": r["id"],
         "expected": {"urgency": r["expected_urgency"], "group_zh": r["expected_group_zh"]},
         "got": {"urgency": r["got_urgency"], "group_zh": r["got_group_zh"],
                 **({"error": r["error"]} if r["error"] else {})},
         "missed": [m for m, ok in (("urgency", r["urgency_ok"]),
                                    ("triage3", r["triage3_ok"]),
                                    ("group", r["group_ok"])) if not ok]}
        for r in rs if not (r["urgency_ok"] and r["triage3_ok"] and r["group_ok"])
    ]
    return {
        "n": n,
        "urgency5": {"correct": u, "pct": pct(u, n)},
        "triage3": {"correct": t, "pct": pct(t, n), "by_expected": by_cat},
        "under_triaged_emergencies": {
            "count": len(under_em), "of": len(emergent),
            "cases": [{"id": r["id"], "text": r["text"], "got": r["got_urgency"]}
                      for r in under_em]},
        "emergencies_without_answer": {
            "count": len(unanswered_em),
            "cases": [{"id": r["id"], "text": r["text"], "error": r["error"] or r["got_urgency"]}
                      for r in unanswered_em]},
        "under_triage_any": sum(r["direction"] == "under" for r in rs),
        "over_triage": sum(r["direction"] == "over" for r in rs),
        "errors": sum(r["error"] is not None for r in rs),
        "invalid_urgency": sum(r["direction"] == "invalid" for r in rs),
        "department_group": {"correct": g, "pct": pct(g, n)},
        "confusion_urgency5": {e: dict(c) for e, c in confusion.items()},
        "misses": misses,
    }


# ---------------------------------------------------------------------- report

def fmt_frac(k: int, n: int) -> str:
    return f"{k}/{n} ({pct(k, n):.1f}%)" if n else "0/0 (-)"


def print_report(figures: dict, info: dict, path: Path) -> None:
    p = print
    p("carebridge triage evaluation")
    p(f"  vignettes : {path}")
    p(f"  command   : {shlex.join(info['command'])} (exit {info.get('returncode')})")
    for key in ("warning_returncode", "warning_count"):
        if key in info:
            p(f"  WARNING   : {info[key]}")
    if info.get("ignored_stdout_lines"):
        p(f"  note      : ignored {info['ignored_stdout_lines']} non-JSON stdout line(s)")

    sections = [k for k in figures if k != "overall"] + ["overall"]
    p("")
    p(f"{'':<34}" + "".join(f"{s:>18}" for s in sections))

    def row(label, fn):
        p(f"{label:<34}" + "".join(f"{fn(figures[s]):>18}" for s in sections))

    row("n", lambda f: str(f["n"]))
    row("urgency, exact 5-level", lambda f: fmt_frac(f["urgency5"]["correct"], f["n"]))
    row("triage, Semigran 3-category", lambda f: fmt_frac(f["triage3"]["correct"], f["n"]))
    for cat in ("emergent", "non_emergent", "self_care"):
        row(f"  expected {cat}", lambda f, c=cat: fmt_frac(
            f["triage3"]["by_expected"][c]["correct"], f["triage3"]["by_expected"][c]["n"]))
    row("under-triaged emergencies", lambda f: f"{f['under_triaged_emergencies']['count']}"
        f"/{f['under_triaged_emergencies']['of']}")
    row("emergencies with error/no answer", lambda f: str(f["emergencies_without_answer"]["count"]))
    row("under-triage (any, 3-category)", lambda f: str(f["under_triage_any"]))
    row("over-triage (3-category)", lambda f: str(f["over_triage"]))
    row("department group", lambda f: fmt_frac(f["department_group"]["correct"], f["n"]))
    row("errors", lambda f: str(f["errors"]))

    ov = figures["overall"]
    p("")
    p("Urgency confusion (rows expected, columns got), overall:")
    cols = LEVELS + ["error", "invalid"]
    short = {"emergency_ambulance": "amb", "emergency": "ed", "urgent": "urg",
             "routine": "rout", "self_care": "self", "error": "err", "invalid": "inv"}
    p(f"  {'':<20}" + "".join(f"{short[c]:>6}" for c in cols))
    for e in LEVELS:
        c = ov["confusion_urgency5"].get(e, {})
        p(f"  {e:<20}" + "".join(f"{c.get(k, 0):>6}" for k in cols))

    p("")
    ue = ov["under_triaged_emergencies"]["cases"]
    p(f"UNDER-TRIAGED EMERGENCIES ({len(ue)}):")
    for c in ue:
        p(f"  {c['id']:<8} got {c['got']:<13} {c['text']}")
    if not ue:
        p("  none")
    na = ov["emergencies_without_answer"]["cases"]
    if na:
        p(f"EMERGENCIES WITH ERROR / NO VALID URGENCY ({len(na)}):")
        for c in na:
            p(f"  {c['id']:<8} {c['error']}  {c['text']}")

    p("")
    misses = ov["misses"]
    p(f"ALL MISSES ({len(misses)}):")
    for m in misses:
        e, g = m["expected"], m["got"]
        got = f"{g['urgency']} / {g['group_zh']}"
        if "error" in g:
            got = f"ERROR {g['error']}"
        p(f"  {m['id']:<8} [{','.join(m['missed'])}] expected {e['urgency']} / "
          f"{e['group_zh']}  got {got}")
    if not misses:
        p("  none")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("vignettes", nargs="?", default=str(DEFAULT_VIGNETTES),
                    help="vignette JSONL file (default: %(default)s)")
    ap.add_argument("--json", action="store_true", help="print figures as one JSON object")
    ap.add_argument("--timeout", type=float, default=1800.0,
                    help="seconds to wait for the CLI (default: %(default)s)")
    args = ap.parse_args(argv)

    path = Path(args.vignettes)
    try:
        vignettes = load_vignettes(path)
    except OSError as e:
        print(f"eval_triage: cannot read {path}: {e}", file=sys.stderr)
        return 2
    if not vignettes:
        print(f"eval_triage: no vignettes in {path}", file=sys.stderr)
        return 2

    try:
        outputs, info = run_cli(vignettes, args.timeout)
    except CliFailure as e:
        print(f"eval_triage: the carebridge CLI could not run: {e}", file=sys.stderr)
        print(f"  command: {shlex.join(e.info.get('command', []))}", file=sys.stderr)
        return 2

    results, figures = score(vignettes, outputs)
    if args.json:
        doc = {"vignettes": str(path), "command": info["command"],
               "returncode": info.get("returncode"),
               "warnings": [info[k] for k in ("warning_returncode", "warning_count") if k in info],
               **figures}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print_report(figures, info, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
