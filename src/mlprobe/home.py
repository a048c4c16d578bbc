"""The one home directory for user data (user bank, history database, config).

Precedence: ``MLPROBE_HOME`` > the platform's per-user application directory.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "MLPROBE_HOME"


def user_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Return the home directory, without creating it."""
    env = os.environ if environ is None else environ
    override = env.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("mlprobe", appauthor=False))


def ensure_dir(path: Path) -> Path:
    from mlprobe.errors import StorageError

    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"cannot create {path}: {exc.strerror}; set {ENV_VAR} to a writable directory"
        ) from exc
    return path
