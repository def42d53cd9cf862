"""Security headers on every answer, and the content security policy of the pages.

A pure ASGI middleware (no per-request task or body copy, unlike Starlette's
``BaseHTTPMiddleware``), so the cached and indexed paths keep their speed:

* every answer: ``X-Content-Type-Options: nosniff`` (a JSON or text answer is
  never run as a script or a page) and ``Referrer-Policy: same-origin``;
* HTML pages: ``X-Frame-Options: SAMEORIGIN`` and a ``Content-Security-Policy``
  allowing scripts from this server and the inline scripts the server itself
  wrote, which carry the per-request nonce (``request.state.csp_nonce``, given
  to the templates). The explorer embeds its lineage graph in a same-origin
  frame, so framing by this origin stays allowed; styles may be inline (the
  vendored YASGUI and vis-network set them).

``/docs`` (Swagger UI from the package's own files, started by a script with the
nonce) is under the same policy as every other page.
"""

from __future__ import annotations

import secrets

POLICY = ("default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
          "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; "
          "base-uri 'none'; form-action 'self'; object-src 'none'")


def nonce_of(request) -> str:
    """The nonce the inline scripts of this request's page must carry."""
    state = request.scope.setdefault("state", {})
    if "csp_nonce" not in state:
        state["csp_nonce"] = secrets.token_urlsafe(16)
    return state["csp_nonce"]


class SecurityHeaders:
    """ASGI middleware adding the headers above to every HTTP answer."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                add = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin")]
                if ctype.startswith(b"text/html"):
                    add.append((b"x-frame-options", b"SAMEORIGIN"))
                    nonce = state.get("csp_nonce") or secrets.token_urlsafe(16)
                    add.append((b"content-security-policy", POLICY.format(nonce=nonce).encode()))
                headers.extend((k, v) for k, v in add if k not in names)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
