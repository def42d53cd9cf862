"""Errors as RFC 9457 ``application/problem+json`` responses.

Each :class:`~cancu.errors.CancuError` subclass maps to one HTTP status, so a
portal can tell a bad request from an unknown id from a store outage.
"""

from __future__ import annotations

from typing import Any

from fastapi.responses import JSONResponse

from cancu import errors as E

PROBLEM = "application/problem+json"

#: most specific class first
STATUS: tuple[tuple[type, int], ...] = (
    (E.FileTooLargeError, 413),
    (E.UnsupportedFormatError, 415),
    (E.InputError, 422),
    (E.NotADocumentError, 422),
    (E.AmbiguousReferenceError, 409),
    (E.NotFoundError, 404),
    (E.NoBasisPathError, 404),
    (E.ResolutionError, 404),
    (E.QuerySyntaxError, 400),
    (E.QueryTimeoutError, 503),
    (E.QueryEvaluationError, 500),
    (E.StoreUnavailableError, 503),
    (E.MissingExtraError, 501),
    (E.ReasonerUnavailableError, 501),
)


def problem(status: int, title: str, detail: str | None = None, **extra: Any) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def status_of(exc: E.CancuError) -> int:
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return 400


def from_error(exc: E.CancuError) -> JSONResponse:
    """The problem response for a user-caused error (code, candidates, position when known)."""
    extra: dict[str, Any] = {"code": exc.code}
    for attr in ("candidates", "line", "column"):
        val = getattr(exc, attr, None)
        if val:
            extra[attr] = val
    return problem(status_of(exc), exc.code.replace("-", " "), str(exc), **extra)
