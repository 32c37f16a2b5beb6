"""Tracked links: counted and carried, and never a way off the site."""

import pytest
from django.core.exceptions import ValidationError

from korps.outreach.models import Action
from korps.outreach.tests.factories import ActionFactory

pytestmark = pytest.mark.django_db


def test_a_tracked_link_never_leads_off_the_site(client, zone):
    action = ActionFactory(wave__campaign__organisation=zone)
    Action.objects.filter(pk=action.pk).update(target_path="//evil.example/")
    action.refresh_from_db()

    with pytest.raises(ValidationError):
        action.full_clean()
    response = client.get(f"/r/{action.code}")
    assert response.status_code == 302
    assert "evil" not in response["Location"]
