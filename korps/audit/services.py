"""The audit trail's one write: audit_record(). Later modules call it in one line, inside the
transaction of the change (or on every read of a candidate's or complainant's record)."""

from __future__ import annotations

from typing import Any

from django.db import models

from .context import current_request
from .labels import LINK_HOLDERS
from .models import AuditEntry


def audit_record(
    *,
    actor,
    action: str,
    target: models.Model | None = None,
    organisation=None,
    data: dict[str, Any] | None = None,
    actor_label: str = "",
) -> AuditEntry:
    """Append one entry: `actor` did `action` (a dotted code such as
    'guidance.candidate.read') on `target` in `organisation`, during the current request.

    Without a signed-in actor, `actor_label` (one of labels.LINK_HOLDERS) or else the link
    holder the request acts as (set by korps.core.links.link_resolve) names who it was. The
    request path is stored with personal-link tokens redacted (redact.redact_path)."""
    if actor_label and actor_label not in LINK_HOLDERS:
        raise ValueError(f"Unknown actor label {actor_label!r}")
    request = current_request.get()
    authenticated = actor is not None and getattr(actor, "is_authenticated", False)
    if authenticated:
        label = actor.get_username()
    else:
        label = actor_label or (request.link_holder if request is not None else "")
    entry = AuditEntry(
        actor=actor if authenticated else None,
        actor_label=label,
        organisation=organisation,
        action=action,
        data=data or {},
    )
    if target is not None:
        entry.target_type = target._meta.label_lower
        entry.target_id = str(target.pk)
        # People without an account (candidates, leads, sign-ups, story authors, visitors
        # who ask a question) are named by a reference, not by their name: the audit trail
        # cannot be changed, so a name written there would outlive the person's erasure.
        entry.target_label = str(getattr(target, "audit_label", target))[:200]
    if request is not None:
        entry.request_id = request.request_id
        entry.request_method = request.method
        entry.request_path = request.safe_path[:500]
    entry.save()
    return entry
