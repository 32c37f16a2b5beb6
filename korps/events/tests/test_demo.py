import pytest
from django.core.management import call_command
from django.utils import timezone

from korps.events.models import Signup

pytestmark = pytest.mark.django_db


def test_the_demo_checks_nobody_in_before_the_events_day():
    """The demo showed people 'present' at an event of next week (issue 13, item 6)."""
    call_command("seed_demo", verbosity=0)

    checked_in = Signup.objects.filter(checked_in_at__isnull=False).select_related("event")
    early = [
        s
        for s in checked_in
        if timezone.localdate(s.checked_in_at) < timezone.localdate(s.event.starts_at)
    ]
    assert checked_in.exists()
    assert not early
