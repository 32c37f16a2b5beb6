"""Personal links: the credentials in the URLs korps mails to people who have no account
(a candidate's own page, a sign-up's manage link, a story's consent page, a lead's confirm
and unsubscribe links, the check-in QR code).

A link token is `<link id>.<MAC>`. The record stores only its random `link_id` (unique and
indexed, but not a credential on its own); the MAC is an HMAC-SHA256 of the link id under
`SECRET_KEY` with a salt per model and purpose, so:

- nothing in the database opens a personal page: a copy of the database, the back office or
  the audit trail holds link ids, never tokens;
- korps can rebuild the very same link whenever it mails the person again (reminders 48 hours
  ahead, follow-ups, guidance mails), which a hashed-token table could not without keeping
  the clear token somewhere;
- one record has one token per purpose: the check-in QR code ("checkin") cannot cancel the
  sign-up ("manage"), and vice versa;
- revoking every link of a record is giving it a new link id (`link_revoke`).

Resolution looks the record up by link id, then compares the MAC in constant time; a
malformed token, an unknown link id and a wrong MAC all answer the same 404. MACs made under
a key of `SECRET_KEY_FALLBACKS` are accepted too, so rotating the key does not break links
already mailed. Rotating the key without a fallback invalidates every link mailed before."""

from __future__ import annotations

import base64
import secrets

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.crypto import constant_time_compare, salted_hmac

from korps.audit.context import act_as_link_holder

SEPARATOR = "."


def new_link_id() -> str:
    """128 random bits, URL-safe (22 characters, never containing the separator)."""
    return secrets.token_urlsafe(16)


def _salt(model: type[models.Model], purpose: str) -> str:
    return f"korps.links.{model._meta.label_lower}.{purpose}"


def _mac(model: type[models.Model], purpose: str, link_id: str, secret: str) -> str:
    digest = salted_hmac(_salt(model, purpose), link_id, secret=secret, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def link_token(obj: models.Model, purpose: str) -> str:
    """The token for `obj`'s personal link with this purpose (e.g. "manage", "checkin")."""
    return f"{obj.link_id}{SEPARATOR}{_mac(type(obj), purpose, obj.link_id, settings.SECRET_KEY)}"


def link_resolve(
    model_or_queryset: type[models.Model] | models.QuerySet,
    purpose: str,
    token: str,
    *,
    holder: str = "",
):
    """The record the token opens for this purpose, or Http404 alike for a malformed token,
    an unknown link id and a wrong MAC. `holder` (one of korps.audit.labels.LINK_HOLDERS)
    names who acts through this link: audit rows of the rest of the request that have no
    signed-in actor say so."""
    queryset = (
        model_or_queryset
        if isinstance(model_or_queryset, models.QuerySet)
        else model_or_queryset._default_manager.all()
    )
    link_id, separator, mac = (token or "").partition(SEPARATOR)
    if not separator or not link_id or not mac:
        raise Http404
    obj = queryset.filter(link_id=link_id).first()
    # Compute the MACs even when the link id is unknown, so timing tells nothing about it.
    model = queryset.model
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    valid = False
    for key in keys:
        valid |= constant_time_compare(mac, _mac(model, purpose, link_id, key))
    if obj is None or not valid:
        raise Http404
    if holder:
        act_as_link_holder(holder)
    return obj


def link_revoke(obj: models.Model) -> None:
    """Give the record a new link id: every token mailed before stops working. The caller
    saves the record (in its service's transaction)."""
    obj.link_id = new_link_id()
