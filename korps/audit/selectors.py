from datetime import date, datetime, time

from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import AuditEntry


def audit_entry_list(
    *,
    organisation,
    actor: str = "",
    action: str = "",
    target: str = "",
    since: date | None = None,
    until: date | None = None,
) -> QuerySet[AuditEntry]:
    entries = AuditEntry.objects.filter(organisation=organisation)
    if actor:
        entries = entries.filter(actor_label__icontains=actor)
    if action:
        entries = entries.filter(action=action)
    if target:
        entries = entries.filter(
            Q(target_label__icontains=target)
            | Q(target_type__icontains=target)
            | Q(target_id=target)
        )
    tz = timezone.get_current_timezone()
    if since:
        entries = entries.filter(at__gte=datetime.combine(since, time.min, tzinfo=tz))
    if until:
        entries = entries.filter(at__lte=datetime.combine(until, time.max, tzinfo=tz))
    return entries.order_by("-at", "-id")


def audit_actions_used(*, organisation) -> list[str]:
    """The action codes that occur in the zone's trail (for the filter), one query."""
    return list(
        AuditEntry.objects.filter(organisation=organisation)
        .order_by()
        .values_list("action", flat=True)
        .distinct()
    )
