import pytest
from django.core.management import call_command

from korps.events.models import Signup
from korps.organisations.roles import Role
from korps.outreach import selectors
from korps.outreach.models import (
    Action,
    AmbassadorProfile,
    AmbassadorQuestion,
    Campaign,
    Partner,
    QuestionStatus,
)

pytestmark = pytest.mark.django_db


def test_the_demo_has_campaigns_ambassadors_questions_and_partners():
    call_command("seed_demo", verbosity=0)

    assert Campaign.objects.count() == 2
    assert Action.objects.count() == 12
    assert len(set(Action.objects.values_list("channel", flat=True))) >= 7
    assert AmbassadorProfile.objects.count() == 15
    assert all(
        p.user.memberships.filter(role=Role.AMBASSADOR).exists()
        for p in AmbassadorProfile.objects.select_related("user")
    )
    assert set(AmbassadorQuestion.objects.values_list("status", flat=True)) == set(
        QuestionStatus.values
    )
    assert Partner.objects.count() == 8
    codes = set(Action.objects.values_list("code", flat=True))
    assert Signup.objects.filter(source__in=codes).exists()
    campaign = Campaign.objects.get(name="The Force Scheldeland")
    total = selectors.campaign_dashboard(campaign=campaign)["total"]
    assert total["visits"] > 0 and total["leads"] > 0 and total["signups"] > 0
