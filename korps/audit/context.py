"""The request being served, so that audit_record() can name it without being handed it."""

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestContext:
    request_id: str
    method: str
    path: str


current_request: ContextVar[RequestContext | None] = ContextVar("korps_request", default=None)
