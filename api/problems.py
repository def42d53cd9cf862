"""Errors as RFC 9457 ``application/problem+json`` responses: the one error → status table.

Each :class:`~cancu.errors.CancuError` subclass maps to one HTTP status in
:data:`STATUS`, used by every handler — the REST API, the SPARQL endpoint and the
explorer pages — so a portal can tell a bad request from an unknown id from a store
outage, and the same failure never answers two statuses on two paths.
"""

from __future__ import annotations

import math
from typing import Any, Optional

from fastapi.responses import JSONResponse

from cancu import errors as E
from cancu.api.ids import with_ids

PROBLEM = "application/problem+json"

#: error class → HTTP status, most specific class first (the first ``isinstance`` match wins)
STATUS: tuple[tuple[type, int], ...] = (
    (E.UnauthorizedError, 401),
    (E.ForbiddenError, 403),
    (E.NotAcceptableError, 406),
    (E.BodyTooLargeError, 413),
    (E.FileTooLargeError, 413),
    (E.UnsupportedBodyError, 415),
    (E.UnsupportedFormatError, 415),
    (E.InputError, 422),
    (E.NotADocumentError, 422),
    (E.InvalidParameterError, 422),
    (E.AmbiguousReferenceError, 300),  # several things match: the candidates to choose from
    (E.NotFoundError, 404),           # includes GraphNotFoundError
    (E.ResolutionError, 404),
    # a query the client got wrong …
    (E.QuerySyntaxError, 400),        # includes RdfSyntaxError
    (E.MissingQueryError, 400),
    (E.FederatedQueryError, 400),
    (E.InvalidGraphError, 400),
    (E.DatasetUnsupportedError, 400),
    # … one the server declined to finish (503 + Retry-After: try later, or a cheaper query;
    # 504 would blame an upstream server) …
    (E.QueryTimeoutError, 503),
    (E.QueryMemoryError, 503),
    # … and one that parsed but failed while evaluated, or whose worker died of a signal or a crash
    # (not of its memory cap): the server's failure
    (E.QueryWorkerDiedError, 500),
    (E.QueryError, 500),
    (E.StoreUnavailableError, 503),
    (E.IndexUnavailableError, 503),
    (E.StoreError, 500),
    (E.SettingError, 500),
    (E.MissingExtraError, 501),
    (E.ReasonerUnavailableError, 501),
    (E.ReasonerTimeoutError, 503),
    (E.RequestError, 400),
)
#: any other CancuError (the client asked for something cancu cannot do)
DEFAULT_STATUS = 400

TITLES = {300: "multiple choices", 400: "bad request", 401: "unauthorized", 403: "forbidden", 404: "not found",
          405: "method not allowed", 406: "not acceptable", 409: "conflict", 413: "payload too large",
          415: "unsupported media type", 422: "invalid request", 500: "internal error",
          501: "not implemented", 503: "service unavailable", 504: "timeout"}


def status_of(exc: E.CancuError) -> int:
    """The HTTP status of a user-caused error (:data:`STATUS`)."""
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return DEFAULT_STATUS


def problem(status: int, title: Optional[str] = None, detail: Optional[str] = None,
            *, headers: Optional[dict[str, str]] = None, **extra: Any) -> JSONResponse:
    """A problem+json response; ``extra`` members with a None value are left out."""
    body: dict[str, Any] = {"type": "about:blank", "title": title or TITLES.get(status, "error"),
                            "status": status}
    if detail:
        body["detail"] = detail
    body.update({k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def headers_for(status: int, settings: Any = None) -> dict[str, str]:
    """Headers a status calls for: the auth scheme on 401, when to retry on 503."""
    if status == 401:
        return {"WWW-Authenticate": 'Bearer realm="cancu"'}
    if status == 503:
        timeout = getattr(settings, "query_timeout", None) or 1
        return {"Retry-After": str(max(1, math.ceil(timeout)))}
    return {}


def from_error(exc: E.CancuError, settings: Any = None) -> JSONResponse:
    """The problem response for a user-caused error: its status from :data:`STATUS`, its
    ``code``, and ``candidates``/``choices``/``line``/``column``/``offered`` when it carries them."""
    status = status_of(exc)
    extra: dict[str, Any] = {"code": exc.code}
    for attr in ("candidates", "choices", "line", "column", "offered"):
        val = getattr(exc, attr, None)
        if val:
            extra[attr] = with_ids(val) if attr == "choices" else val
    return problem(status, exc.code.replace("-", " "), str(exc), headers=headers_for(status, settings), **extra)
