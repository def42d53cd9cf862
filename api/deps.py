"""FastAPI dependencies: the store, the settings, the token check and list paging.

Routes declare what they need (``store: StoreDep``, ``settings: SettingsDep``,
``dependencies=[Depends(require_token)]``) instead of reaching into
``request.app.state``, so a test can override any of them
(``app.dependency_overrides``) and OpenAPI shows the ``Authorization`` header
where a route needs it.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Optional

from fastapi import Depends, Header, Query, Request

from cancu.api.settings import MAX_PAGE, Settings
from cancu.errors import ForbiddenError, UnauthorizedError
from cancu.graph.store import Store


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


def get_store(request: Request) -> Store:
    """The one store every route of the app shares."""
    return request.app.state.store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]


def authorize(settings: Settings, authorization: Optional[str]) -> None:
    """Raise unless ``authorization`` carries the configured bearer token.

    No token configured: every write is refused (403), so a read-only deployment
    cannot be opened by guessing; no header or not ``Bearer``: 401; a wrong token:
    403. The comparison takes the same time whatever the token.
    """
    if not settings.token:
        raise ForbiddenError("this service is read-only: no API token is configured "
                             "(set CANCU_API_TOKEN to allow updates)")
    if not authorization:
        raise UnauthorizedError("changing the store needs 'Authorization: Bearer <token>'")
    scheme, _, given = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise UnauthorizedError("changing the store needs 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise ForbiddenError("the bearer token is not valid for changing the store")


def require_token(settings: SettingsDep,
                  authorization: Annotated[Optional[str], Header(
                      description="`Bearer <token>` (CANCU_API_TOKEN)")] = None) -> None:
    """Dependency of every route that changes the store: :func:`authorize`."""
    authorize(settings, authorization)


class Page:
    """``limit``/``offset`` of a list request; ``limit`` defaults to ``CANCU_PAGE_SIZE``."""

    def __init__(self, settings: SettingsDep,
                 limit: Annotated[Optional[int], Query(
                     ge=1, le=MAX_PAGE, description="Items per page (default: CANCU_PAGE_SIZE, 50)")] = None,
                 offset: Annotated[int, Query(ge=0, description="Items to skip")] = 0) -> None:
        self.limit = limit or settings.page_size
        self.offset = offset


PageDep = Annotated[Page, Depends()]
