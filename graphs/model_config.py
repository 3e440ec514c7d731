"""Model configuration: `CAREBRIDGE_MODEL` and `[model]` in a TOML file; environment wins.

```toml
# <data-dir>/config.toml (or the file named by CAREBRIDGE_CONFIG)
[model]
path = "/models/qwen2.5-1.5b-instruct-q4_k_m.gguf"   # or: url = "http://10.0.0.5:8080/v1"
n_ctx = 4096
n_threads = 8
```

Every key can also be set as `CAREBRIDGE_MODEL_<KEY>` (e.g. `CAREBRIDGE_MODEL_N_THREADS=8`);
`CAREBRIDGE_MODEL` itself is the path of a GGUF file or the `http(s)://` URL of an
OpenAI-compatible server. Nothing configured means no model: the rules and templates run alone.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any


class ModelConfigError(ValueError):
    """The model configuration cannot be used; the message names the key and the fix."""


@dataclass(frozen=True)
class ModelConfig:
    """How to reach the model and how hard it may work on one call."""

    path: str | None = None          # a local GGUF file (in process, llama.cpp)
    url: str | None = None           # an OpenAI-compatible /v1 endpoint
    model_name: str | None = None    # the model name the server expects (vLLM needs it)
    api_key_env: str | None = None   # name of the environment variable holding the server's API key
    n_ctx: int = 4096
    n_threads: int | None = None     # default: the cores this process may use
    n_gpu_layers: int = 0            # layers to offload when llama.cpp was built with a GPU backend
    timeout_s: float = 60.0          # wall clock per model call; then the deterministic path answers
    max_tokens: int = 512            # upper bound on tokens generated per call
    temperature: float = 0.0         # extraction wants the most likely reading, not variety
    seed: int = 0
    cache_mb: int = 512              # RAM for saved prompt prefixes (KV states) across agents; 0 = off
    source: str = "default"          # where the model setting came from (for `carebridge doctor`)

    @property
    def configured(self) -> bool:
        """A model (file or server) is configured."""
        return bool(self.path or self.url)

    @property
    def target(self) -> str | None:
        """The file or URL in use."""
        return self.url or self.path


_INT_KEYS = {"n_ctx", "n_threads", "n_gpu_layers", "max_tokens", "seed", "cache_mb"}
_FLOAT_KEYS = {"timeout_s", "temperature"}
_STR_KEYS = {"path", "url", "model_name", "api_key_env"}
KEYS = tuple(sorted(_INT_KEYS | _FLOAT_KEYS | _STR_KEYS))
_LIMITS: dict[str, tuple[float, float]] = {
    "n_ctx": (256, 1 << 20), "n_threads": (1, 1024), "n_gpu_layers": (-1, 10_000), "max_tokens": (1, 1 << 16),
    "seed": (0, 2**32 - 1), "cache_mb": (0, 1 << 20), "timeout_s": (0.1, 86_400), "temperature": (0, 5),
}


def config_file(data_dir: Path | None, environ: Mapping[str, str] | None = None) -> Path | None:
    """`CAREBRIDGE_CONFIG`, else `<data-dir>/config.toml` (None when neither is given)."""
    named = (os.environ if environ is None else environ).get("CAREBRIDGE_CONFIG")
    if named:
        return Path(named).expanduser()
    return data_dir / "config.toml" if data_dir is not None else None


def _coerce(key: str, value: Any, where: str) -> Any:
    try:
        if key in _INT_KEYS:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError
            out: Any = int(value)
        elif key in _FLOAT_KEYS:
            if isinstance(value, bool):
                raise ValueError
            out = float(value)
        else:
            out = str(value).strip() or None
    except (TypeError, ValueError):
        kind = "a whole number" if key in _INT_KEYS else "a number" if key in _FLOAT_KEYS else "text"
        raise ModelConfigError(f"{where}: {key} must be {kind}, not {value!r}.") from None
    if key in _LIMITS and out is not None:
        lo, hi = _LIMITS[key]
        if not lo <= out <= hi:
            raise ModelConfigError(f"{where}: {key} = {out} is outside {lo:g}..{hi:g}.")
    return out


def read_section(path: Path, name: str, keys: Iterable[str], error: type[ValueError]) -> dict[str, Any]:
    """The `[name]` table of the TOML file at `path` ({} when there is no file), every key one of `keys`.

    Shared by `[model]` here and `[hospital]` (hospital_config): `error` is the caller's own error type.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"cannot read the config file {path}: {exc}.") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"the config file {path} is not valid TOML ({exc}); fix the line it names.") from None
    section = data.get(name, {})
    if not isinstance(section, dict):
        raise error(f"{path}: [{name}] must be a table of settings.")
    unknown = sorted(set(section) - set(keys))
    if unknown:
        raise error(f"{path}: unknown [{name}] setting(s) {', '.join(unknown)}; the settings are {', '.join(sorted(keys))}.")
    return section


def _split_target(value: str) -> dict[str, str | None]:
    lowered = value.lower()
    if lowered.startswith(("http://", "https://")):
        return {"url": value.rstrip("/"), "path": None}
    return {"path": str(Path(value).expanduser()), "url": None}


def load_model_config(data_dir: Path | None = None, environ: Mapping[str, str] | None = None) -> ModelConfig:
    """Read the file (if any), then the environment on top of it."""
    env = os.environ if environ is None else environ
    cfg = ModelConfig()
    path = config_file(data_dir, env)
    if path is not None:
        section = read_section(path, "model", KEYS, ModelConfigError)
        values = {k: _coerce(k, v, str(path)) for k, v in section.items()}
        if values.get("path") and values.get("url"):
            raise ModelConfigError(f"{path}: set either path (a GGUF file) or url (a server), not both.")
        if values.get("path"):
            values["path"] = str(Path(values["path"]).expanduser())
        if values.get("url"):
            values["url"] = values["url"].rstrip("/")
        if values.get("path") or values.get("url"):
            values["source"] = str(path)
        cfg = replace(cfg, **values)
    for key in KEYS:
        raw = env.get(f"CAREBRIDGE_MODEL_{key.upper()}")
        if raw not in (None, ""):
            if key in ("path", "url"):
                cfg = replace(cfg, **_split_target(str(raw)), source=f"CAREBRIDGE_MODEL_{key.upper()}")
            else:
                cfg = replace(cfg, **{key: _coerce(key, raw, f"CAREBRIDGE_MODEL_{key.upper()}")})
    target = env.get("CAREBRIDGE_MODEL")
    if target:
        cfg = replace(cfg, **_split_target(target.strip()), source="CAREBRIDGE_MODEL")
    return cfg


def as_dict(cfg: ModelConfig) -> dict[str, Any]:
    """The configuration for `doctor --json` (never the API key itself)."""
    return {f.name: getattr(cfg, f.name) for f in fields(cfg)}
