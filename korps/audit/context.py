"""The request being served, so that audit_record() can name it without being handed it."""

from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property

from .redact import redact_path


@dataclass(eq=False)
class RequestContext:
    request_id: str
    method: str
    path: str  # as requested: may hold a token; audit rows store safe_path
    # Set by korps.core.links.link_resolve: who acts through the personal link of this
    # request (a label of korps.audit.labels.LINK_HOLDERS), for audit rows without a user.
    link_holder: str = field(default="")

    @cached_property
    def safe_path(self) -> str:
        """The request path with every personal-link token replaced (see redact_path)."""
        return redact_path(self.path)


current_request: ContextVar[RequestContext | None] = ContextVar("korps_request", default=None)


def act_as_link_holder(label: str) -> None:
    """Record that the current request acts as the holder of a personal link."""
    request = current_request.get()
    if request is not None:
        request.link_holder = label
