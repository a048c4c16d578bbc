"""Reading a write-up from disk: the only I/O in the reviewer, with one clear error per way it can fail."""

from __future__ import annotations

from pathlib import Path

from mlprobe.errors import InvalidInput, NotFound

MAX_BYTES = 5_000_000  # far beyond any README; a bigger file is almost certainly not a write-up


def read_project_file(path: str | Path) -> str:
    """The text of a README or write-up; ``NotFound`` if missing, ``InvalidInput`` if not usable text."""
    p = Path(path)
    try:
        if p.is_dir():
            hint = f"; try {p / 'README.md'}" if (p / "README.md").is_file() else ""
            raise InvalidInput(f"{p} is a folder; give the README or write-up file inside it{hint}")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInput(f"{p} is {size / 1e6:.0f} MB, too large for a project write-up; give the README itself")
        data = p.read_bytes()
    except FileNotFoundError:
        raise NotFound(f"{p}: no such file; give the path to a README or project write-up (.md)") from None
    except PermissionError:
        raise InvalidInput(f"{p}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InvalidInput(f"{p}: cannot read it ({exc.strerror or exc})") from None
    return decode_project_bytes(data, str(p))


def decode_project_bytes(data: bytes, name: str = "the input") -> str:
    """UTF-8 text (a byte-order mark is fine); anything else gets a one-line error that says what to do."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(f"{name} is UTF-16 text; save it as UTF-8 and try again")
    if b"\x00" in data[:8192]:
        raise InvalidInput(f"{name} looks like binary data, not a text write-up; give a README or .md file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{name} is not UTF-8 text (invalid byte at position {exc.start}); save it as UTF-8 and try again") from None
    if not text.strip():
        raise InvalidInput(f"{name} is empty; give a README or project write-up with some text in it")
    return text
