"""Reading a shipped model file only if it is exactly the file that was built (SHA-256 check)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from mlprobe.errors import MlprobeError


def verified_bytes(path: Path, expected_sha256: str, what: str = "model file", error: type[MlprobeError] = MlprobeError) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise error(f"cannot read {what} {path}: {exc.strerror}; reinstall mlprobe") from None
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected_sha256:
        raise error(
            f"{what} {path} is corrupt: SHA-256 {actual}, expected {expected_sha256}; "
            "the file was damaged or replaced: reinstall mlprobe"
        )
    return data
