"""The careers block on the staff home page: interested people nobody has contacted yet."""

import datetime as dt

from django.utils import timezone

from korps.audit.services import audit_record

from . import selectors

# A lead not contacted within this many days shows as late on the home page.
LATE_AFTER_DAYS = 7
PANEL_SIZE = 5


def new_leads_panel(request, zone) -> dict:
    """The newest leads not yet contacted (names shown, so the read is audited), their
    number, and how many wait longer than LATE_AFTER_DAYS. Three queries."""
    leads = selectors.new_leads(organisation=zone)
    late_before = timezone.now() - dt.timedelta(days=LATE_AFTER_DAYS)
    shown = list(leads[:PANEL_SIZE])
    for lead in shown:
        lead.is_late = lead.created_at < late_before
    if shown:
        audit_record(
            actor=request.user,
            action="careers.leads.read",
            organisation=zone,
            data={"home_panel": True, "ids": [lead.pk for lead in shown]},
        )
    return {
        "leads": shown,
        "count": leads.count() if len(shown) == PANEL_SIZE else len(shown),
        "late": leads.filter(created_at__lt=late_before).count() if shown else 0,
        "late_after_days": LATE_AFTER_DAYS,
    }
