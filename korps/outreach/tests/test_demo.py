import re

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
    campaign = Campaign.objects.get(name="Sterk Scheldeland")
    total = selectors.campaign_dashboard(campaign=campaign)["total"]
    assert total["visits"] > 0 and total["leads"] > 0 and total["signups"] > 0


ENGLISH_WORDS = re.compile(
    r"\b(team|staff|services|support|youth|family|recruitment|control|wave|spring|summer|"
    r"autumn|winter|launch|force|lead|visitor|newspaper|pupils|evenings?|"
    r"candidates|women|people)\b",
    re.IGNORECASE,
)


def test_the_demo_zone_s_own_texts_are_dutch():
    from korps.organisations.models import Unit
    from korps.outreach.models import Wave

    call_command("seed_demo", verbosity=0)

    texts = [
        *Unit.objects.values_list("name", flat=True),
        *Campaign.objects.values_list("name", "goals", "target_groups"),
        *Wave.objects.values_list("name", flat=True),
        *Action.objects.values_list("place", flat=True),
        *Partner.objects.values_list("offer", flat=True),
    ]
    flat = [t for item in texts for t in (item if isinstance(item, tuple) else (item,))]

    assert [text for text in flat if ENGLISH_WORDS.search(text)] == []
