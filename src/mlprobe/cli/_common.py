"""Small helpers shared by CLI commands: where the home is, how JSON is written."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from mlprobe.home import user_dir


def home() -> Path:
    return user_dir()


def emit_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)
