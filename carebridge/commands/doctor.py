"""`carebridge doctor`: which model is configured, does it load and answer, and what to do if not.

Written for hospital IT: each check says what it found and, when something is wrong, the
one thing to do next. Exit code 0 when carebridge can run as configured, 1 otherwise.
"""

from __future__ import annotations

import platform
import sys
import time
from dataclasses import asdict, dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from pydantic import BaseModel
from rich.markup import escape
from rich.table import Table

from carebridge.cli_common import STATE, JsonOpt, console, print_json
from carebridge.graphs.context import HospitalContext
from carebridge.graphs.gguf_info import file_problem, memory_available, read_header
from carebridge.graphs.hospital_config import HospitalConfigError, load_hospital_context
from carebridge.graphs.model_config import ModelConfig, ModelConfigError, as_dict, config_file, load_model_config

GB = 1024**3


class DoctorProbe(BaseModel):
    """The smallest structured answer: proves grammar-bound JSON comes back and parses."""

    status: Literal["ok"]


@dataclass
class Check:
    """One finding: ok, warn (works, but look at it), fail (will not work as configured) or info."""

    name: str
    status: str
    detail: str
    fix: str | None = None


def _gb(n: float) -> str:
    return f"{n / GB:.1f} GB" if n >= GB / 10 else f"{n / 1024**2:.1f} MB"


def _params(n: int) -> str:
    return f"{n / 1e9:.2f} B" if n >= 1e8 else f"{n / 1e6:.2f} M"


def _runtime(cfg: ModelConfig, checks: list[Check]) -> dict[str, Any]:
    try:
        import llama_cpp
    except ImportError as exc:
        checks.append(Check("llama.cpp runtime", "fail", f"llama-cpp-python is not installed ({exc}).",
                            "Reinstall carebridge with `pip install -e .` (it compiles llama.cpp, about 5-9 minutes)."))
        return {"installed": False}
    gpu = bool(llama_cpp.llama_supports_gpu_offload())
    info = {"installed": True, "version": llama_cpp.__version__, "gpu_offload": gpu,
            "system_info": llama_cpp.llama_print_system_info().decode(errors="replace").strip()}
    checks.append(Check("llama.cpp runtime", "ok", f"llama-cpp-python {llama_cpp.__version__}, "
                        + ("GPU offload available" if gpu else "CPU only (this build has no GPU backend)")))
    if cfg.n_gpu_layers and not gpu:
        checks.append(Check("GPU layers", "warn", f"n_gpu_layers = {cfg.n_gpu_layers}, but this llama.cpp build has no "
                            "GPU backend, so everything runs on the CPU.",
                            "Reinstall llama-cpp-python with a GPU backend (CMAKE_ARGS=\"-DGGML_CUDA=on\") or set n_gpu_layers = 0."))
    return info


def _probe(model: Any, checks: list[Check]) -> None:
    from carebridge.graphs.models import structured_call

    started = time.perf_counter()
    result, event = structured_call(model, DoctorProbe, 'Answer with the JSON object {"status": "ok"}.', "status?",
                                    purpose="doctor", prompt_version="doctor", max_tokens=24)
    ms = (time.perf_counter() - started) * 1000
    if result is not None:
        checks.append(Check("structured answer", "ok", f"the model answered grammar-bound JSON in {ms:.0f} ms "
                            f"({(event or {}).get('completion_tokens', '?')} tokens)."))
    else:
        error = (event or {}).get("error", "no answer")
        checks.append(Check("structured answer", "fail", f"the model did not return a usable answer: {error}.",
                            "If this persists, run with the rules only (unset the model) and check the model file or server."))


def _local(cfg: ModelConfig, checks: list[Check]) -> dict[str, Any]:
    path = Path(cfg.path or "")
    problem = file_problem(path)
    if problem:
        checks.append(Check("model file", "fail", problem + ".", "Fix the path in CAREBRIDGE_MODEL or the config file."))
        return {}
    size = path.stat().st_size
    try:
        head = read_header(path)
    except (ValueError, OSError) as exc:
        checks.append(Check("model file", "fail", f"{path} starts like a GGUF but its header cannot be read: {exc}.",
                            "Download the file again (compare its checksum with the publisher's)."))
        return {}
    model_info = {"file": str(path), "size_bytes": size, "architecture": head.architecture,
                  "name": head.metadata.get("general.name"), "parameters": head.n_params,
                  "quantization": head.quantization, "context_length": head.context_length,
                  "chat_template": head.has_chat_template, "gguf_version": head.version}
    checks.append(Check("model file", "ok", f"{path.name}: {head.architecture}, {_params(head.n_params)} parameters, "
                        f"{head.quantization}, {_gb(size)}."))
    if not head.has_chat_template:
        checks.append(Check("chat template", "warn", "the GGUF carries no chat template; carebridge uses ChatML.",
                            "Prefer a GGUF with tokenizer.chat_template (most instruct models have one)."))
    free = memory_available()
    if free is not None:
        model_info["memory_available_bytes"] = free
        if size > free:
            checks.append(Check("memory", "fail", f"the model needs about {_gb(size)} of memory but only {_gb(free)} is free.",
                                "Use a smaller quantisation (e.g. Q4_K_M) or a smaller model, or free memory on this server."))
            return model_info
        if size > 0.8 * free:
            checks.append(Check("memory", "warn", f"the model ({_gb(size)}) fills most of the free memory ({_gb(free)}).",
                                "Expect slow answers while other programs run; a smaller quantisation leaves headroom."))
        else:
            checks.append(Check("memory", "ok", f"{_gb(size)} model, {_gb(free)} free."))
    if head.context_length and cfg.n_ctx > head.context_length:
        checks.append(Check("context size", "warn", f"n_ctx = {cfg.n_ctx} is more than the model was trained for "
                            f"({head.context_length}).", f"Set n_ctx to {head.context_length} or less."))
    from carebridge.graphs.models import ModelUnavailable, load_chat_model

    started = time.perf_counter()
    try:
        model = load_chat_model(cfg)
    except ModelUnavailable as exc:
        checks.append(Check("load", "fail", str(exc), "The file may be truncated or made for a newer llama.cpp: "
                            "download it again, or update carebridge."))
        return model_info
    checks.append(Check("load", "ok", f"loaded in {time.perf_counter() - started:.1f} s "
                        f"(template: {model.loaded.template_source}, threads: {model.loaded.llama.n_threads})."))  # type: ignore[union-attr]
    _probe(model, checks)
    return model_info


def _remote(cfg: ModelConfig, checks: list[Check]) -> dict[str, Any]:
    import httpx

    from carebridge.graphs.models import load_chat_model

    model = load_chat_model(cfg)
    try:
        names = model.list_models()  # type: ignore[union-attr]
    except httpx.ConnectError:
        checks.append(Check("model server", "fail", f"nothing answers at {cfg.url}.",
                            "Start the model server, or fix the address (host, port, and the /v1 at the end)."))
        return {}
    except httpx.TimeoutException:
        checks.append(Check("model server", "fail", f"{cfg.url} did not answer within {cfg.timeout_s:g} s.",
                            "Check that the server is not overloaded, or raise timeout_s."))
        return {}
    except httpx.HTTPStatusError as exc:
        code = exc.response.status_code
        fix = ("The server wants an API key: put it in an environment variable and name it in api_key_env."
               if code in (401, 403) else "Check the URL: it should end in /v1 (e.g. http://10.0.0.5:8080/v1).")
        checks.append(Check("model server", "fail", f"{cfg.url} answered HTTP {code}.", fix))
        return {}
    except (httpx.HTTPError, ValueError) as exc:
        checks.append(Check("model server", "fail", f"{cfg.url} did not answer like an OpenAI-compatible server: {exc}.",
                            "Point url at the server's /v1 address (llama.cpp's llama-server, vLLM)."))
        return {}
    checks.append(Check("model server", "ok", f"{cfg.url} serves: {', '.join(names) or '(no names listed)'}."))
    if cfg.model_name and names and cfg.model_name not in names:
        checks.append(Check("model name", "warn", f"model_name = {cfg.model_name!r} is not among the served models.",
                            f"Set model_name to one of: {', '.join(names)}."))
    _probe(model, checks)
    return {"url": cfg.url, "served": names}


def _hospital(data_dir: Path, where: str, checks: list[Check]) -> dict[str, Any] | None:
    """The numbers patients are told and the interview length; a bad setting stops every command that uses them."""
    try:
        ctx = load_hospital_context(data_dir)
    except HospitalConfigError as exc:
        checks.append(Check("hospital settings", "fail", str(exc),
                            "Fix the setting it names, then run `carebridge doctor` again."))
        return None
    out = {"emergency_number": ctx.emergency_number, "crisis_line": ctx.crisis_line, "max_questions": ctx.max_questions}
    default = HospitalContext()
    detail = (f"emergency number {ctx.emergency_number}, crisis line {ctx.crisis_line}, "
              f"at most {ctx.max_questions} interview questions.")
    if (ctx.emergency_number, ctx.crisis_line, ctx.max_questions) == (default.emergency_number, default.crisis_line,
                                                                       default.max_questions):
        # The defaults are China's numbers: say so, since a hospital elsewhere must change them.
        checks.append(Check("hospital settings", "info", detail + " These are the defaults (China's 120 and 12356).",
                            f"To change them: [hospital] emergency_number / crisis_line / max_questions in {where}, "
                            "or CAREBRIDGE_EMERGENCY_NUMBER / _CRISIS_LINE / _MAX_QUESTIONS."))
    else:
        checks.append(Check("hospital settings", "ok", detail))
    return out


def diagnose(data_dir: Path) -> dict[str, Any]:
    """Everything `doctor` reports, as one JSON-ready dict."""
    checks: list[Check] = []
    try:
        carebridge_version = version("carebridge")
    except PackageNotFoundError:
        carebridge_version = "not installed"
    report: dict[str, Any] = {"python": platform.python_version(), "carebridge": carebridge_version,
                              "platform": platform.platform(), "config_file": None}
    path = config_file(data_dir)
    if path is not None:
        report["config_file"] = {"path": str(path), "exists": path.is_file()}
    try:
        cfg = load_model_config(data_dir)
    except ModelConfigError as exc:
        checks.append(Check("configuration", "fail", str(exc), "Fix the setting it names, then run `carebridge doctor` again."))
        cfg = None
    report["hospital"] = _hospital(data_dir, str(path or "config.toml"), checks)
    if cfg is not None:
        report["config"] = as_dict(cfg)
        report["llama_cpp"] = _runtime(cfg, checks)
        if not cfg.configured:
            report["mode"] = "deterministic"
            checks.append(Check("model", "info", "no model configured: carebridge answers with its built-in rules and "
                                "templates. This is a supported, safe mode.",
                                "To add a local model: set CAREBRIDGE_MODEL=/path/to/model.gguf (or [model] path in "
                                f"{path or 'config.toml'})."))
        elif cfg.url:
            report["mode"] = "http"
            report["model"] = _remote(cfg, checks)
        else:
            report["mode"] = "local"
            report["model"] = _local(cfg, checks)
    report["checks"] = [asdict(c) for c in checks]
    report["ok"] = not any(c.status == "fail" for c in checks)
    return report


_MARK = {"ok": "[green]✓[/]", "warn": "[yellow]![/]", "fail": "[bold red]✗[/]", "info": "[cyan]i[/]"}


def doctor(
    as_json: JsonOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the verdict.")] = False,
) -> None:
    """Check the setup: the hospital's numbers, which model is configured, does it load and answer, what to fix."""
    report = diagnose(STATE.data_dir)
    if as_json:
        print_json(report)
    else:
        if not quiet:
            console.print(f"carebridge {report['carebridge']} · Python {report['python']} · data dir {STATE.data_dir}")
            table = Table(show_header=False, box=None, padding=(0, 1))
            for c in report["checks"]:
                fix = f"\n[dim]→ {escape(c['fix'])}[/]" if c["fix"] and c["status"] != "ok" else ""
                table.add_row(_MARK[c["status"]], f"[bold]{c['name']}[/]", escape(c["detail"]) + fix)
            console.print(table)
        mode = report.get("mode")
        if report["ok"]:
            console.print(f"[bold green]OK[/]: carebridge can run ({'rules and templates only' if mode == 'deterministic' else mode + ' model'}).")
        else:
            console.print("[bold red]Not OK[/]: fix the items marked ✗ (the line after each says how).")
    sys.stdout.flush()
    if not report["ok"]:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add `doctor` to the CLI."""
    app.command("doctor")(doctor)
