"""The one user-facing error family and the named exit codes.

Core code raises ``MlprobeError`` subclasses with a message that says what was wrong and how to fix it;
only the CLI edge turns them into a one-line message and an exit status.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    INVALID_INPUT = 3
    NOT_FOUND = 4
    PARTIAL_FAILURE = 5
    STORAGE = 6
    INTERRUPTED = 130


class MlprobeError(Exception):
    """An error the user can act on; ``str(err)`` is the whole message."""

    exit_code: ExitCode = ExitCode.ERROR


class InvalidInput(MlprobeError):
    exit_code = ExitCode.INVALID_INPUT


class NotFound(MlprobeError):
    exit_code = ExitCode.NOT_FOUND


class StorageError(MlprobeError):
    exit_code = ExitCode.STORAGE
