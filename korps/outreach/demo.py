"""Outreach in the demo zone: a campaign in two waves and a smaller one, twelve actions whose
link codes are the source of demo sign-ups and leads, fifteen ambassadors with questions in
every state, and eight partners with contacts."""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from korps.careers.models import Lead
from korps.core.demo import DEMO_PASSWORD, DemoContext, demo_seeder
from korps.events.models import Event, Signup, SignupStatus
from korps.organisations.models import User
from korps.organisations.roles import Role
from korps.organisations.services import membership_grant

from .models import (
    Action,
    ActionVisit,
    AmbassadorProfile,
    AmbassadorQuestion,
    Campaign,
    Channel,
    Partner,
    PartnerContact,
    PartnerKind,
    PartnerPerson,
    QuestionStatus,
    Topic,
    Wave,
    new_action_code,
)

AMBASSADORS = [
    ("Lotte Janssens", None),  # the demo ambassador account itself
    ("Yasmina Ait Lahcen", "ambassadeur2"),
    ("Jeroen Van Damme", "ambassadeur3"),
    ("Fatou Diop", "ambassadeur4"),
    ("Kerem Aydin", "ambassadeur5"),
    ("Sofie Verstraete", "ambassadeur6"),
    ("Rachid Bouzian", "ambassadeur7"),
    ("Marie Lambert", "ambassadeur8"),
    ("Oussama El Khattabi", "ambassadeur9"),
    ("Charlotte Mertens", "ambassadeur10"),
    ("Bram De Wilde", "ambassadeur11"),
    ("Hatice Yildiz", "ambassadeur12"),
    ("Joëlle Ngoy", "ambassadeur13"),
    ("Stijn Goossens", "ambassadeur14"),
    ("Leila Haddad", "ambassadeur15"),
]
UNITS = [
    "Interventieploeg",
    "Wijkteam Centrum",
    "Wijkteam Haven",
    "Jeugd en gezin",
    "Rekrutering en selectie",
]
# (wave index, channel, cost, impressions, clicks, place)
ACTIONS = [
    (0, Channel.SOCIAL_AD, "1200", 48000, 1450, ""),
    (0, Channel.POSTER, "650", 0, 0, "Cafés en station Scheldeland"),
    (0, Channel.SCHOOL_VISIT, "0", 0, 0, "Atheneum Bovenrode"),
    (0, Channel.RADIO, "900", 22000, 310, ""),
    (0, Channel.JOB_FAIR, "400", 0, 0, "Jobbeurs Waterkant"),
    (1, Channel.SOCIAL_AD, "1500", 61000, 1900, ""),
    (1, Channel.FESTIVAL, "800", 0, 0, "Zomerfestival Scheldeland"),
    (1, Channel.INFO_SESSION, "150", 0, 0, "Politiehuis, Kaai 12"),
    (1, Channel.PARTNER_MAILING, "0", 1800, 95, ""),
    (2, Channel.PRESS, "0", 15000, 0, "Regionale krant"),
    (2, Channel.SOCIAL_AD, "500", 19000, 520, ""),
    (2, Channel.SCHOOL_VISIT, "0", 0, 0, "Technisch Instituut Waterkant"),
]
PARTNERS = [
    ("CVO Scheldeland", PartnerKind.ADULT_EDUCATION, "Coaching Nederlands en communicatie."),
    ("Jeugdhuis De Brug", PartnerKind.YOUTH_WORK, "Avonden met jongeren, een zaal."),
    ("Moskee Al Amal", PartnerKind.RELIGIOUS, "Aankondigingen na het vrijdaggebed."),
    ("Atheneum Bovenrode", PartnerKind.SCHOOL, "Loopbaandagen voor laatstejaars."),
    ("Boksclub Waterkant", PartnerKind.SPORTS_CLUB, "Training voor de fysieke proef."),
    ("VDAB Scheldeland", PartnerKind.JOB_CENTRE, "Jobcoaches die kandidaten doorverwijzen."),
    ("Vrouwenvereniging Amira", PartnerKind.OTHER, "Infoavonden voor vrouwen."),
    ("Technisch Instituut Waterkant", PartnerKind.SCHOOL, "Bezoeken van de jeugdpolitie."),
]
QUESTIONS = [
    (Topic.WOMEN, "nl", "Hoe is het als vrouw in een interventieploeg?"),
    (Topic.FAITH, "nl", "Mag ik tijdens de opleiding bidden?"),
    (Topic.SELECTION, "fr", "Comment se préparer au test de personnalité ?"),
    (Topic.WORK_FAMILY, "nl", "Hoe combineer je ploegendienst met jonge kinderen?"),
    (Topic.DETECTIVE, "en", "How long before I can become a detective?"),
    (Topic.YOUTH, "nl", "Werken jullie ook met jongeren in de wijk?"),
    (Topic.SELECTION, "nl", "Hoe moeilijk is de taalproef?"),
]


def _campaigns(ctx: DemoContext) -> list[Action]:
    zone, rng, today = ctx.zone, ctx.random, timezone.localdate()
    owner = ctx.users[Role.DIVERSITY_MANAGER]
    force = Campaign.objects.create(
        organisation=zone,
        name="Sterk Scheldeland",
        goals="Dubbel zoveel kandidaten met een migratieachtergrond; meer vrouwen in de "
        "interventieploegen.",
        target_groups="Jongeren van 18 tot 30 in de stadswijken; vrouwen; gelovigen.",
        starts_on=today - dt.timedelta(days=120),
        ends_on=today + dt.timedelta(days=60),
        budget=Decimal("8000"),
        owner=owner,
    )
    waves = [
        Wave.objects.create(
            campaign=force,
            name="Golf 1: lancering",
            starts_on=force.starts_on,
            ends_on=force.starts_on + dt.timedelta(days=70),
        ),
        Wave.objects.create(
            campaign=force,
            name="Golf 2: herhaling",
            starts_on=force.starts_on + dt.timedelta(days=71),
            ends_on=force.ends_on,
        ),
    ]
    local = Campaign.objects.create(
        organisation=zone,
        name="100% Scheldeland",
        goals="Eigen mensen in beeld: verhalen van collega's met elke achtergrond.",
        target_groups="Laatstejaars en werkzoekenden.",
        starts_on=today - dt.timedelta(days=40),
        ends_on=today + dt.timedelta(days=90),
        budget=Decimal("2500"),
        owner=ctx.users[Role.RECRUITER],
    )
    waves.append(
        Wave.objects.create(
            campaign=local, name="Lancering", starts_on=local.starts_on, ends_on=local.ends_on
        )
    )
    ambassadors = list(
        User.objects.filter(memberships__organisation=zone, memberships__role=Role.AMBASSADOR)
    )
    events = list(Event.objects.filter(organisation=zone))
    actions = []
    for index, (wave_index, channel, cost, impressions, clicks, place) in enumerate(ACTIONS):
        wave = waves[wave_index]
        span = (wave.ends_on - wave.starts_on).days
        day = wave.starts_on + dt.timedelta(days=rng.randint(0, max(min(span, 50), 0)))
        action = Action.objects.create(
            wave=wave,
            channel=channel,
            date=min(day, today),
            place=place,
            cost=Decimal(cost),
            impressions=impressions,
            clicks=clicks,
            code=new_action_code(),
        )
        if channel in (Channel.JOB_FAIR, Channel.FESTIVAL, Channel.SCHOOL_VISIT):
            action.ambassadors.set(rng.sample(ambassadors, 3))
        if channel == Channel.INFO_SESSION and events:
            action.events.set(events[:1])
        for offset in range(rng.randint(5, 20)):
            visit_day = action.date + dt.timedelta(days=offset)
            if visit_day > today:
                break
            ActionVisit.objects.create(
                action=action, day=visit_day, count=rng.randint(1, 40 if clicks else 12)
            )
        actions.append(action)
        if index == 0:
            ctx.log(f"demo tracked link: /r/{action.code}")
    return actions


def _attribution(ctx: DemoContext, actions: list[Action]) -> None:
    """Give the demo sign-ups and leads the link codes, so that the dashboard has figures."""
    rng = ctx.random
    codes = [a.code for a in actions]
    signups = list(
        Signup.objects.filter(event__organisation=ctx.zone).select_related("event").order_by("pk")
    )
    for signup in signups:
        if rng.random() < 0.7:
            signup.source = rng.choice(codes)
            # Only people of an event that took place came to it.
            came = signup.event.starts_at <= timezone.now() and rng.random() < 0.6
            if signup.status == SignupStatus.CONFIRMED and came:
                signup.checked_in_at = signup.event.starts_at
            signup.save(update_fields=["source", "checked_in_at"])
    leads = list(Lead.objects.filter(organisation=ctx.zone))
    for lead in leads:
        lead.source = rng.choice(codes)
        lead.save(update_fields=["source"])
    for n in range(25):
        Lead.objects.create(
            organisation=ctx.zone,
            name=f"Geïnteresseerde {n + 1}",
            email=f"lead{n + 1}@demo-mail.test",
            language="nl",
            source=rng.choice(codes),
            consent_text="Demo",
            confirmed_at=timezone.now(),
        )


def _ambassadors(ctx: DemoContext) -> list[AmbassadorProfile]:
    zone, rng = ctx.zone, ctx.random
    profiles = []
    topics = list(Topic.values)
    for index, (name, local_part) in enumerate(AMBASSADORS):
        if local_part is None:
            user = ctx.users[Role.AMBASSADOR]
        else:
            user = User.objects.create_user(
                email=f"{local_part}@demo.korps.test", password=DEMO_PASSWORD, full_name=name
            )
            membership_grant(
                user=user,
                organisation=zone,
                role=Role.AMBASSADOR,
                unit=ctx.units.get(UNITS[index % len(UNITS)]),
            )
        languages = ["nl"] + rng.sample(["fr", "en"], rng.randint(0, 2))
        profiles.append(
            AmbassadorProfile.objects.create(
                organisation=zone,
                user=user,
                unit=ctx.units.get(UNITS[index % len(UNITS)]),
                languages=languages,
                topics=rng.sample(topics, rng.randint(2, 4)),
                available=index != 14,
            )
        )
    return profiles


def _questions(ctx: DemoContext) -> None:
    from .services import question_ask

    states = [QuestionStatus.OPEN, QuestionStatus.ANSWERED, QuestionStatus.ESCALATED]
    for index, (topic, language, text) in enumerate(QUESTIONS):
        question = question_ask(
            organisation=ctx.zone,
            topic=topic,
            language=language,
            name=f"Bezoeker {index + 1}",
            email=f"vraag{index + 1}@demo-mail.test",
            question=text,
        )
        state = states[index % 3]
        asked = timezone.now() - dt.timedelta(days=2 + 3 * (index % 3))
        AmbassadorQuestion.objects.filter(pk=question.pk).update(
            created_at=asked,
            status=state,
            answer="Dank je voor je vraag! Kom gerust langs op onze jobavond."
            if state == QuestionStatus.ANSWERED
            else "",
            answered_at=asked + dt.timedelta(days=1) if state == QuestionStatus.ANSWERED else None,
            answered_by=question.ambassador.user
            if state == QuestionStatus.ANSWERED and question.ambassador
            else None,
            escalated_at=timezone.now() if state == QuestionStatus.ESCALATED else None,
        )


def _partners(ctx: DemoContext) -> None:
    rng, today = ctx.random, timezone.localdate()
    by = [ctx.users[Role.DIVERSITY_MANAGER], ctx.users[Role.RECRUITER]]
    for index, (name, kind, offer) in enumerate(PARTNERS):
        partner = Partner.objects.create(organisation=ctx.zone, name=name, kind=kind, offer=offer)
        PartnerPerson.objects.create(
            partner=partner,
            name=rng.choice(["An", "Karim", "Sara", "Luc", "Nadia", "Pieter"]) + " " + name[:3],
            role="Coordinator",
            email=f"contact{index + 1}@partner.test",
        )
        # Some partners were contacted recently, some long ago, one never.
        if index == 7:
            continue
        for n in range(rng.randint(1, 3)):
            PartnerContact.objects.create(
                partner=partner,
                date=today - dt.timedelta(days=20 + 60 * n + (120 if index % 3 == 0 else 0)),
                by=rng.choice(by),
                note=rng.choice(
                    [
                        "Phone call about the next info session.",
                        "Visited with two ambassadors.",
                        "Sent the new posters.",
                    ]
                ),
            )


@demo_seeder(order=40)
def seed_outreach(ctx: DemoContext) -> None:
    profiles = _ambassadors(ctx)
    actions = _campaigns(ctx)
    _attribution(ctx, actions)
    _questions(ctx)
    _partners(ctx)
    ctx.log(
        f"2 campaigns, {len(actions)} actions, {len(profiles)} ambassadors, "
        f"{len(QUESTIONS)} questions, {len(PARTNERS)} partners"
    )
