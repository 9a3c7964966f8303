"""VocloopError and UserError: the errors vocloop raises, each with a stable code."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ErrorCode(StrEnum):
    """Stable machine-readable codes; the web API and CLI JSON carry them."""

    USER = "user_error"
    NOT_FOUND = "not_found"
    REPORT_FILE = "report_file"
    UNSUPPORTED_REPORT = "unsupported_report"
    DATABASE = "database"


class VocloopError(Exception):
    """Base of every error vocloop raises on purpose."""

    code: ErrorCode = ErrorCode.USER


class UserError(VocloopError):
    """Something the user can fix: the message is one sentence a seller understands."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class NotFound(UserError):
    """A named object does not exist, or belongs to another tenant (the two look the same)."""

    code = ErrorCode.NOT_FOUND


class DatabaseError(UserError):
    """The database cannot be reached or is not at the schema this vocloop expects."""

    code = ErrorCode.DATABASE


@dataclass(frozen=True)
class RowProblem:
    """One bad row or field in a report file; line is the 1-based physical line in the file."""

    line: int | None
    field: str | None
    message: str

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "field": self.field, "message": self.message}


class ReportFileError(UserError):
    """A report file we recognise but cannot read (corrupt, truncated, bad values)."""

    code = ErrorCode.REPORT_FILE

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        problems: list[RowProblem] | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint)
        self.path = path
        self.problems = problems or []
        self.records = 0  # data rows read before the file was refused
        self.kind: str | None = None


class UnsupportedReportError(ReportFileError):
    """A file that is not any report kind vocloop knows (an image, someone else's spreadsheet)."""

    code = ErrorCode.UNSUPPORTED_REPORT
