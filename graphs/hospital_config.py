"""The hospital's own settings: `[hospital]` in the same config.toml as `[model]`; the environment wins.

```toml
# <data-dir>/config.toml (or the file named by CAREBRIDGE_CONFIG)
[hospital]
emergency_number = "120"      # said with every emergency advice
crisis_line = "12356"         # the psychological assistance line given with suicidal thoughts
max_questions = 6             # the pre-consultation interview asks at most this many questions
```

`CAREBRIDGE_EMERGENCY_NUMBER`, `CAREBRIDGE_CRISIS_LINE` and `CAREBRIDGE_MAX_QUESTIONS` override the
file. Nothing set means the defaults of `HospitalContext`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from carebridge.graphs.context import HospitalContext
from carebridge.graphs.model_config import config_file, read_section

KEYS = ("crisis_line", "emergency_number", "max_questions")
# A number a patient can dial: digits, with spaces or hyphens between groups, an optional leading +.
_PHONE = re.compile(r"\+?[0-9](?:[0-9 -]{0,22}[0-9])?")


class HospitalConfigError(ValueError):
    """A hospital setting cannot be used; the message names the key and the fix."""


def _coerce(key: str, value: Any, where: str) -> Any:
    if key == "max_questions":
        if isinstance(value, bool) or not re.fullmatch(r"\d{1,2}", str(value).strip()) or int(value) > 20:
            raise HospitalConfigError(f"{where}: max_questions must be a whole number from 0 to 20, not {value!r}.")
        return int(value)
    text = str(value).strip()
    if isinstance(value, bool) or not _PHONE.fullmatch(text):
        raise HospitalConfigError(f"{where}: {key} must be a telephone number (digits, spaces or hyphens, "
                                  f"e.g. \"120\" or \"010-82951332\"), not {value!r}.")
    return text


def load_hospital_context(data_dir: Path | None = None, environ: Mapping[str, str] | None = None,
                          base: HospitalContext | None = None) -> HospitalContext:
    """`base` (default `HospitalContext()`) with the file's `[hospital]` settings, then the environment's."""
    env = os.environ if environ is None else environ
    ctx = base or HospitalContext()
    path = config_file(data_dir, env)
    if path is not None:
        section = read_section(path, "hospital", KEYS, HospitalConfigError)
        ctx = replace(ctx, **{k: _coerce(k, v, str(path)) for k, v in section.items()})
    for key in KEYS:
        raw = env.get(f"CAREBRIDGE_{key.upper()}")
        if raw not in (None, ""):
            ctx = replace(ctx, **{key: _coerce(key, raw, f"CAREBRIDGE_{key.upper()}")})
    return ctx
