"""Request bodies read with a cap, after the checks that need no body.

A handler calls :func:`read_capped` only once it knows the request may go on
(token checked where one is needed): ``Content-Length`` over the cap is
refused before a byte is read, and a body without a length (chunked) is read
chunk by chunk and refused as soon as it passes the cap. So a 1 GB body costs
the server nothing without a token and at most the cap with one (issue 15
measured 2 GB of RSS for a 1 GB update body read whole before its 413).
"""

from __future__ import annotations

from typing import AsyncIterator, Optional

from starlette.requests import Request

from cancu.errors import BodyEncodingError, BodyTooLargeError


def declared_length(request: Request) -> Optional[int]:
    """The ``Content-Length`` header as a number (None when absent or not a number)."""
    value = request.headers.get("content-length")
    if value is None or not value.strip().isdigit():
        return None
    return int(value)


def check_length(request: Request, limit: int) -> None:
    """Refuse a declared length over ``limit`` before reading anything."""
    n = declared_length(request)
    if n is not None and n > limit:
        raise BodyTooLargeError(f"the request body ({n} bytes) is over the limit of {limit} bytes")


async def stream_capped(request: Request, limit: int) -> AsyncIterator[bytes]:
    """The body's chunks; raises :class:`BodyTooLargeError` once more than ``limit`` arrived."""
    check_length(request, limit)
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > limit:
            raise BodyTooLargeError(f"the request body is over the limit of {limit} bytes")
        yield chunk


async def read_capped(request: Request, limit: int) -> bytes:
    """The whole body, at most ``limit`` bytes (else :class:`BodyTooLargeError`)."""
    parts = [chunk async for chunk in stream_capped(request, limit)]
    return b"".join(parts)


def utf8(body: bytes, what: str = "the request body") -> str:
    """``body`` decoded as UTF-8, or :class:`BodyEncodingError` naming the first bad byte."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BodyEncodingError(f"{what} is not UTF-8 (byte 0x{body[exc.start]:02x} at offset {exc.start})") \
            from None
