"""Read a GGUF file's header without loading it: is it a GGUF, what model, how big, does it fit in memory.

`carebridge doctor` and `load_chat_model` use this to say what is wrong in plain words before
llama.cpp is asked to load anything (llama.cpp itself only reports "failed to load model").
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

MAGIC = b"GGUF"
# general.file_type values (llama.cpp `llama_ftype`), the common ones.
FILE_TYPES = {0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K", 11: "Q3_K_S",
              12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S", 17: "Q5_K_M", 18: "Q6_K",
              19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS", 23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL",
              26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S", 29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16"}
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_OTHER_FORMATS = (
    (b"PK", "a zip archive (perhaps a PyTorch checkpoint), not a GGUF model; convert it with llama.cpp's "
            "convert_hf_to_gguf.py or download the GGUF build of the model"),
    (b"ggml", "an old GGML model file; llama.cpp now reads only GGUF: download the GGUF build of the model"),
    (b"ggjt", "an old GGJT model file; llama.cpp now reads only GGUF: download the GGUF build of the model"),
    (b"lmgg", "an old GGML model file; llama.cpp now reads only GGUF: download the GGUF build of the model"),
)


@dataclass
class GGUFInfo:
    """What the header says."""

    version: int
    metadata: dict[str, Any] = field(default_factory=dict)
    n_tensors: int = 0
    n_params: int = 0

    @property
    def architecture(self) -> str | None:
        """e.g. llama, qwen2."""
        return self.metadata.get("general.architecture")

    @property
    def quantization(self) -> str | None:
        """e.g. Q4_K_M."""
        ft = self.metadata.get("general.file_type")
        return FILE_TYPES.get(ft, f"type {ft}") if isinstance(ft, int) else None

    @property
    def context_length(self) -> int | None:
        """The context the model was trained for."""
        return self.metadata.get(f"{self.architecture}.context_length")

    @property
    def has_chat_template(self) -> bool:
        """Whether the file carries a chat template."""
        return bool(self.metadata.get("tokenizer.chat_template"))


def _read(f: BinaryIO, fmt: str) -> Any:
    size = struct.calcsize(fmt)
    data = f.read(size)
    if len(data) != size:
        raise ValueError("the file ends inside its header (truncated download?)")
    return struct.unpack(fmt, data)[0]


def _string(f: BinaryIO, skip: bool = False) -> str:
    n = _read(f, "<Q")
    if n > 1 << 26:
        raise ValueError("a header string is implausibly long (corrupt file?)")
    if skip:
        f.seek(n, os.SEEK_CUR)
        return ""
    return f.read(n).decode("utf-8", errors="replace")


def _value(f: BinaryIO, vtype: int, keep: bool) -> Any:
    if vtype in _SCALARS:
        return _read(f, _SCALARS[vtype])
    if vtype == 8:
        return _string(f, skip=not keep)
    if vtype == 9:
        etype, count = _read(f, "<I"), _read(f, "<Q")
        if etype in _SCALARS:
            f.seek(struct.calcsize(_SCALARS[etype]) * count, os.SEEK_CUR)
        else:
            for _ in range(count):
                _value(f, etype, keep=False)
        return {"array_length": count}
    raise ValueError(f"unknown metadata value type {vtype} (corrupt file or a newer GGUF version)")


def read_header(path: Path) -> GGUFInfo:
    """Metadata (arrays summarised by length) and parameter count; raises ValueError if unreadable."""
    with open(path, "rb") as f:
        if f.read(4) != MAGIC:
            raise ValueError("not a GGUF file")
        version = _read(f, "<I")
        if version < 2:
            raise ValueError(f"GGUF version {version} is too old for this llama.cpp")
        n_tensors, n_kv = _read(f, "<Q"), _read(f, "<Q")
        info = GGUFInfo(version=version, n_tensors=n_tensors)
        for _ in range(n_kv):
            key = _string(f)
            vtype = _read(f, "<I")
            info.metadata[key] = _value(f, vtype, keep=True)
        for _ in range(n_tensors):
            _string(f, skip=True)
            n_dims = _read(f, "<I")
            count = 1
            for _ in range(n_dims):
                count *= _read(f, "<Q")
            _read(f, "<I")  # type
            _read(f, "<Q")  # offset
            info.n_params += count
        return info


def file_problem(path: Path) -> str | None:
    """Why `path` cannot be a model file, in words to act on; None if it looks like a GGUF."""
    if not str(path):
        return "no model path given"
    if not path.exists():
        return f"the model file {path} does not exist: check the path (and that the disk is mounted)"
    if path.is_dir():
        return f"{path} is a folder; give the path of the .gguf file inside it"
    if not os.access(path, os.R_OK):
        return f"the model file {path} is not readable by this user; fix its permissions (chmod a+r)"
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError as exc:
        return f"cannot read the model file {path}: {exc}"
    if head == MAGIC:
        return None
    if len(head) < 4:
        return f"{path} is empty or truncated (an unfinished download?)"
    for magic, what in _OTHER_FORMATS:
        if head.startswith(magic):
            return f"{path} is {what}"
    if path.suffix == ".safetensors" or head[:1] == b"{" or head[4:5] == b"\x00":
        return (f"{path} is not a GGUF file (it looks like a safetensors/Hugging Face checkpoint); use the "
                "model's GGUF build or convert it with llama.cpp's convert_hf_to_gguf.py")
    return f"{path} is not a GGUF model file (it does not start with 'GGUF'); download the .gguf build of the model"


def memory_available() -> int | None:
    """Bytes of memory available to new work (Linux MemAvailable), or None if unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
