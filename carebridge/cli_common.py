"""What every `carebridge` command shares: consoles, common options, the data dir, errors.

Each agent's commands live in their own module under `carebridge.commands` and import
from here, so `cli.py` only wires them together.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from platformdirs import user_data_dir
from rich.console import Console

from carebridge.graphs.hospital_config import HospitalConfigError, load_hospital_context
from carebridge.graphs.models import ModelUnavailable, load_chat_model
from carebridge.service import CareBridge
from carebridge.tools.guard import InputRejected
from carebridge.tools.knowledge import KnowledgeError

console = Console()
err_console = Console(stderr=True)
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object on stdout.")]
AgeOpt = Annotated[float | None, typer.Option(help="Patient age in years (0.25 = 3 months).")]
SexOpt = Annotated[str | None, typer.Option(help="F or M.")]
LangOpt = Annotated[str | None, typer.Option(help="Reply language: zh or en (default: detected).")]


class CliState:
    """Options shared by every command."""

    data_dir: Path = Path(user_data_dir("carebridge", appauthor=False))


STATE = CliState()


def fail(code: str, message: str, as_json: bool, exit_code: int = 2) -> NoReturn:
    """Report an error (JSON on stdout under --json, words on stderr otherwise) and exit."""
    if as_json:
        print(json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False))
    else:
        err_console.print(f"[bold red]Error:[/] {message}")
    raise typer.Exit(exit_code)


def print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def parse_sex(value: str | None) -> str | None:
    if value is None:
        return None
    up = value.strip().upper()
    if up in ("F", "FEMALE", "女"):
        return "F"
    if up in ("M", "MALE", "男"):
        return "M"
    raise InputRejected("bad_sex", f"--sex must be F or M, not {value!r}.", f"--sex 只能是 F 或 M，而不是 {value!r}。")


def parse_age(value: Any) -> float | None:
    if value is None:
        return None
    try:
        age = float(value)
    except (TypeError, ValueError):
        raise InputRejected("bad_age", f"age must be a number of years, not {value!r}.",
                            f"年龄必须是数字（岁），而不是 {value!r}。") from None
    if not 0 <= age <= 120:
        raise InputRejected("bad_age", f"age {age:g} is outside 0-120 years.", f"年龄 {age:g} 超出 0-120 岁范围。")
    return age


def parse_lang(value: str | None) -> str | None:
    if value is not None and value not in ("zh", "en"):
        raise InputRejected("bad_lang", f"--lang must be zh or en, not {value!r}.", "--lang 只能是 zh 或 en。")
    return value


def batch_text(n: int, item: dict[str, Any]) -> str:
    """The "text" string of batch line `n`, or a clear error."""
    text = item.get("text")
    if not isinstance(text, str):
        raise InputRejected("missing_text", f'line {n}: no "text" string', f"第{n}行：缺少 text 字段")
    return text


def run_batch(path: str, handle: Callable[[int, dict[str, Any]], dict[str, Any]],
              rejected: tuple[type[Exception], ...] = ()) -> None:
    """One JSON object in per line, one out per line (`--batch`), for triage, meds and report.

    A bad line (not JSON, not an object, or refused by `handle` with InputRejected or one of
    `rejected`, which carry a `.code`) prints an error object for that line and the rest go on;
    the exit code is 1 when any line failed. An "id" on the line is echoed on its output.
    """
    if path != "-" and not Path(path).is_file():
        fail("file_not_found", f"batch file {path!r} does not exist.", True)
    failures = 0
    for n, line in batch_lines(path):
        item_id = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise InputRejected("bad_batch_line", f"line {n}: expected a JSON object", f"第{n}行：应为JSON对象")
            item_id = item.get("id")
            out = handle(n, item)
        except json.JSONDecodeError as exc:
            failures += 1
            out = {"error": {"code": "bad_json", "message": f"line {n}: not JSON ({exc.msg})"}}
        except (InputRejected, *rejected) as exc:
            failures += 1
            message = exc.en if isinstance(exc, InputRejected) else str(exc)
            message = message if message.startswith("line ") else f"line {n}: {message}"
            out = {"error": {"code": getattr(exc, "code", "bad_input"), "message": message}}
        if item_id is not None:
            out = {"id": item_id} | out
        print_json(out)
        sys.stdout.flush()
    if failures:
        raise typer.Exit(1)


def batch_lines(path: str) -> Iterator[tuple[int, str]]:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")  # noqa: SIM115
    try:
        for n, line in enumerate(stream, 1):
            if line.strip():
                yield n, line
    finally:
        if stream is not sys.stdin:
            stream.close()


def kb_search_for(data_dir: Path, emergency_number: str = "120") -> Any:
    """The knowledge-store search agents cite from (opened on first use), or None with CAREBRIDGE_KB=off."""
    import os

    from carebridge.tools.kb.cite import default_kb_search

    if os.environ.get("CAREBRIDGE_KB", "").lower() in ("off", "0", "false"):
        return None
    # The built-in advice is written with the hospital's emergency number: a store built with it is current.
    return default_kb_search(data_dir, emergency_number)


def open_app(as_json: bool = False) -> CareBridge:
    """The assistant over the configured data dir, or a clear error."""
    try:
        context = load_hospital_context(STATE.data_dir)
        model = load_chat_model(data_dir=STATE.data_dir)
        return CareBridge(STATE.data_dir, model=model, kb_search=kb_search_for(STATE.data_dir, context.emergency_number),
                         context=context)
    except HospitalConfigError as exc:
        fail("bad_config", str(exc), as_json)
    except ModelUnavailable as exc:
        fail("model_unavailable", str(exc), as_json)
    except KnowledgeError as exc:
        fail("knowledge_invalid", f"{exc}\nReinstall carebridge or fix the knowledge files.", as_json, 1)
    except OSError as exc:
        fail("data_dir_unusable", f"cannot use the data directory {STATE.data_dir}: {exc}. "
             "Pass --data-dir or set CAREBRIDGE_DATA_DIR to a writable folder.", as_json, 1)
