"""Every read of outreach. The dashboard's figures are counted in SQL: each figure is a
correlated subquery per action, and the wave, channel and campaign rows sum those."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.db.models import (
    Count,
    DecimalField,
    F,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from korps.careers.models import Lead
from korps.events.models import Event, Signup, SignupStatus
from korps.organisations.models import User
from korps.organisations.permissions import ambassadors_of
from korps.organisations.scoping import scopes_disabled

from .models import (
    Action,
    ActionVisit,
    AmbassadorProfile,
    AmbassadorQuestion,
    Campaign,
    Partner,
    QuestionStatus,
    Wave,
)

FIGURES = ["impressions", "clicks", "visits", "leads", "signups", "attended", "cost"]


class SubqueryCount(Subquery):
    """The number of rows of a correlated queryset, 0 when there are none."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"
    output_field = IntegerField()


class SubquerySum(Subquery):
    """The sum of one column of a correlated queryset, 0 when there are no rows."""

    template = '(SELECT COALESCE(SUM(_sum."%(column)s"), 0) FROM (%(subquery)s) _sum)'
    output_field = IntegerField()

    def __init__(self, queryset, column, output_field=None, **extra):
        super().__init__(queryset.values(column), output_field, column=column, **extra)


# ---------------------------------------------------------------- campaigns


def campaign_list(*, organisation, search: str = "") -> QuerySet[Campaign]:
    campaigns = Campaign.objects.filter(organisation=organisation).select_related("owner")
    if search:
        campaigns = campaigns.filter(
            Q(name__icontains=search)
            | Q(target_groups__icontains=search)
            | Q(goals__icontains=search)
        )
    return campaigns.annotate(
        wave_count=SubqueryCount(Wave.objects.filter(campaign=OuterRef("pk")).values("pk")),
        action_count=SubqueryCount(
            Action.objects.filter(wave__campaign=OuterRef("pk")).values("pk")
        ),
    ).order_by("-starts_on", "name")


def campaign_get(*, organisation, pk: int) -> Campaign | None:
    return Campaign.objects.filter(organisation=organisation, pk=pk).select_related("owner").first()


def campaign_waves(*, campaign: Campaign) -> list[Wave]:
    actions = Action.objects.prefetch_related("ambassadors", "events").order_by("date", "pk")
    return list(
        Wave.objects.filter(campaign=campaign).prefetch_related(Prefetch("actions", actions))
    )


def wave_get(*, organisation, pk: int) -> Wave | None:
    return (
        Wave.objects.filter(campaign__organisation=organisation, pk=pk)
        .select_related("campaign")
        .first()
    )


def action_get(*, organisation, pk: int) -> Action | None:
    return (
        Action.objects.filter(wave__campaign__organisation=organisation, pk=pk)
        .select_related("wave__campaign")
        .first()
    )


def action_by_code(*, code: str) -> Action | None:
    """The action behind a tracked link. Across zones by nature: `/r/<code>` carries no zone,
    the code (unique over all zones) names the action, and the caller continues in its zone."""
    with scopes_disabled():
        return (
            Action.objects.filter(code=code.lower())
            .select_related("wave__campaign__organisation")
            .first()
        )


def zone_ambassadors(*, organisation) -> QuerySet[User]:
    return ambassadors_of(organisation).distinct()


def zone_takes_questions(*, organisation) -> bool:
    """Whether an available ambassador can receive a question: without one the zone does not
    offer the ask form (nobody would read the questions it promises to answer)."""
    return AmbassadorProfile.objects.filter(
        organisation=organisation,
        available=True,
        user_id__in=ambassadors_of(organisation).values("pk"),
    ).exists()


def zone_events(*, organisation) -> QuerySet[Event]:
    return Event.objects.filter(organisation=organisation).order_by("-starts_at")


# ---------------------------------------------------------------- the dashboard


# Modules above outreach (guidance) register functions here that count, per source code,
# the applications and hires they know of; outreach itself never imports them.
OUTCOME_PROVIDERS: list = []


def register_outcome_provider(provider) -> None:
    """`provider(organisation=..., codes=...)` returns {code: {"applications": n,
    "hires": n}}, counted in SQL."""
    if provider not in OUTCOME_PROVIDERS:
        OUTCOME_PROVIDERS.append(provider)


def source_outcomes(*, organisation, codes) -> dict[str, dict[str, int]]:
    """Applications and hires per source code, from every registered provider."""
    outcomes = {code: {"applications": 0, "hires": 0} for code in codes}
    for provider in OUTCOME_PROVIDERS:
        for code, counts in provider(organisation=organisation, codes=list(codes)).items():
            if code in outcomes:
                for key in ("applications", "hires"):
                    outcomes[code][key] += counts.get(key, 0)
    return outcomes


def _annotated_actions(*, organisation, actions: QuerySet[Action]) -> QuerySet[Action]:
    signups = Signup.objects.filter(
        event__organisation=organisation, source=OuterRef("code")
    ).exclude(status=SignupStatus.CANCELLED)
    return actions.annotate(
        visits=SubquerySum(ActionVisit.objects.filter(action=OuterRef("pk")), "count"),
        leads=SubqueryCount(
            Lead.objects.filter(organisation=organisation, source=OuterRef("code")).values("pk")
        ),
        signups=SubqueryCount(signups.values("pk")),
        attended=SubqueryCount(signups.filter(checked_in_at__isnull=False).values("pk")),
    )


def _ratios(row: dict, outcomes: dict | None = None) -> dict:
    row["cost"] = row.get("cost") or Decimal("0")
    row["cost_per_lead"] = (
        (row["cost"] / row["leads"]).quantize(Decimal("0.01")) if row["leads"] else None
    )
    row["cost_per_attendee"] = (
        (row["cost"] / row["attended"]).quantize(Decimal("0.01")) if row["attended"] else None
    )
    if outcomes is not None:
        row.update(outcomes)
    return row


def _sums() -> dict:
    return {
        "impressions": Coalesce(Sum("impressions"), 0),
        "clicks": Coalesce(Sum("clicks"), 0),
        "visits": Coalesce(Sum("visits"), 0),
        "leads": Coalesce(Sum("leads"), 0),
        "signups": Coalesce(Sum("signups"), 0),
        "attended": Coalesce(Sum("attended"), 0),
        "cost": Coalesce(
            Sum("cost"),
            Value(Decimal("0")),
            output_field=DecimalField(max_digits=14, decimal_places=2),
        ),
    }


def _outcome_totals(outcomes: dict, codes) -> dict:
    return {
        "applications": sum(outcomes[c]["applications"] for c in codes),
        "hires": sum(outcomes[c]["hires"] for c in codes),
    }


def campaign_dashboard(*, campaign: Campaign, waves: list[int] | None = None) -> dict:
    """The figures of a campaign: per action, per wave, per channel and in total."""
    organisation = campaign.organisation
    base = Action.objects.filter(wave__campaign=campaign)
    if waves is not None:
        base = base.filter(wave_id__in=waves)
    annotated = _annotated_actions(organisation=organisation, actions=base)
    action_rows = list(
        annotated.order_by("wave__starts_on", "wave_id", "date", "pk").values(
            "pk", "code", "channel", "date", "place", "wave_id", "wave__name", *FIGURES
        )
    )
    codes_by_wave: dict[int, list[str]] = {}
    codes_by_channel: dict[str, list[str]] = {}
    for row in action_rows:
        codes_by_wave.setdefault(row["wave_id"], []).append(row["code"])
        codes_by_channel.setdefault(row["channel"], []).append(row["code"])
    outcomes = source_outcomes(organisation=organisation, codes=[r["code"] for r in action_rows])
    channel_labels = dict(Action._meta.get_field("channel").choices)
    for row in action_rows:
        row["channel_label"] = channel_labels.get(row["channel"], row["channel"])
        _ratios(row, outcomes[row["code"]])
    wave_rows = list(
        annotated.order_by()
        .values("wave_id", "wave__name", "wave__starts_on")
        .annotate(**_sums())
        .order_by("wave__starts_on", "wave_id")
    )
    for row in wave_rows:
        _ratios(row, _outcome_totals(outcomes, codes_by_wave.get(row["wave_id"], [])))
    channel_rows = list(
        annotated.order_by().values("channel").annotate(**_sums()).order_by("channel")
    )
    for row in channel_rows:
        row["channel_label"] = channel_labels.get(row["channel"], row["channel"])
        _ratios(row, _outcome_totals(outcomes, codes_by_channel.get(row["channel"], [])))
    # Grouped by the campaign (one group) rather than aggregate(): aggregate() over these
    # subquery annotations wraps the query and loses them.
    total = next(
        iter(annotated.order_by().values("wave__campaign").annotate(**_sums())),
        {key: 0 for key in FIGURES},
    )
    _ratios(total, _outcome_totals(outcomes, list(outcomes)))
    _protect_outcomes(campaign, action_rows, wave_rows, channel_rows, total)
    return {"actions": action_rows, "waves": wave_rows, "channels": channel_rows, "total": total}


def _protect_outcomes(campaign, action_rows, wave_rows, channel_rows, total) -> None:
    """Applications and hires count people, and the outreach report splits them by origin:
    they pass the disclosure control (korps.disclosure.sums), per action, wave, channel and
    in total, decided on the whole campaign so that a choice of waves shows nothing more.
    A sum over some waves only is shown where all its actions are."""
    from korps.disclosure.cells import Cell
    from korps.disclosure.sums import protect_sums

    threshold = campaign.organisation.effective_suppression_threshold
    everything = list(
        Action.objects.filter(wave__campaign=campaign).values("code", "wave_id", "channel")
    )
    outcomes = source_outcomes(
        organisation=campaign.organisation, codes=[a["code"] for a in everything]
    )
    waves, channels = {}, {}
    for action in everything:
        waves.setdefault(action["wave_id"], []).append(action["code"])
        channels.setdefault(action["channel"], []).append(action["code"])
    for measure in ("applications", "hires"):
        parts = {code: counts[measure] for code, counts in outcomes.items()}
        cells, sums, whole = protect_sums(
            parts, {"waves": waves, "channels": channels}, threshold=threshold
        )
        shown = {row["code"] for row in action_rows}

        def partial(codes, cells=cells, shown=shown):
            chosen = [cells[c] for c in codes if c in shown]
            if any(c.suppressed for c in chosen):
                return Cell(None, threshold)
            return Cell(sum(c.value for c in chosen), threshold)

        for row in action_rows:
            row[measure] = cells[row["code"]]
        for row in wave_rows:
            row[measure] = sums["waves"].get(row["wave_id"], Cell(0, threshold))
        complete = shown == set(parts)
        for row in channel_rows:
            codes = channels.get(row["channel"], [])
            row[measure] = sums["channels"][row["channel"]] if complete else partial(codes)
        total[measure] = whole if complete else partial(list(parts))


def campaign_visits_per_day(*, campaign: Campaign) -> list[dict]:
    return list(
        ActionVisit.objects.filter(action__wave__campaign=campaign)
        .values("day")
        .annotate(visits=Sum("count"))
        .order_by("day")
    )


def wave_choices(*, campaign: Campaign) -> QuerySet[Wave]:
    return Wave.objects.filter(campaign=campaign).order_by("starts_on", "pk")


# ---------------------------------------------------------------- ambassadors


def ambassador_profile_for(*, organisation, user) -> AmbassadorProfile | None:
    return AmbassadorProfile.objects.filter(organisation=organisation, user=user).first()


def ambassador_profiles(*, organisation) -> QuerySet[AmbassadorProfile]:
    return AmbassadorProfile.objects.filter(organisation=organisation).select_related(
        "user", "unit"
    )


def questions_for_ambassador(*, organisation, user) -> QuerySet[AmbassadorQuestion]:
    return AmbassadorQuestion.objects.filter(
        organisation=organisation, ambassador__user=user
    ).order_by("status", "-created_at")


def zone_questions(*, organisation, status: str = "") -> QuerySet[AmbassadorQuestion]:
    questions = AmbassadorQuestion.objects.filter(organisation=organisation).select_related(
        "ambassador__user"
    )
    if status in QuestionStatus.values:
        questions = questions.filter(status=status)
    return questions.order_by("-created_at", "-pk")


def access_question(*, organisation, user, pk: int, manage: bool) -> AmbassadorQuestion | None:
    """The question if the user may see it: managers any of the zone, an ambassador only
    those routed to them. Missing and forbidden answer alike (None)."""
    questions = AmbassadorQuestion.objects.filter(organisation=organisation, pk=pk)
    if not manage:
        questions = questions.filter(ambassador__user=user)
    return questions.select_related("ambassador__user", "answered_by").first()


# ---------------------------------------------------------------- partners


def partner_list(*, organisation, search: str = "", kind: str = "") -> QuerySet[Partner]:
    partners = Partner.objects.filter(organisation=organisation)
    if search:
        partners = partners.filter(Q(name__icontains=search) | Q(offer__icontains=search))
    if kind:
        partners = partners.filter(kind=kind)
    return partners.annotate(last_contact=Max("contacts__date")).order_by("name")


def partner_get(*, organisation, pk: int) -> Partner | None:
    return (
        Partner.objects.filter(organisation=organisation, pk=pk).prefetch_related("people").first()
    )


def partner_contacts(*, partner: Partner):
    return partner.contacts.select_related("by").order_by("-date", "-pk")


def partners_to_contact(*, organisation, today: dt.date | None = None) -> QuerySet[Partner]:
    """Partners nobody contacted in the last KORPS_PARTNER_CONTACT_DAYS days, longest first."""
    today = today or timezone.localdate()
    since = today - dt.timedelta(days=settings.KORPS_PARTNER_CONTACT_DAYS)
    return (
        Partner.objects.filter(organisation=organisation)
        .annotate(last_contact=Max("contacts__date"))
        .filter(Q(last_contact__isnull=True) | Q(last_contact__lt=since))
        .order_by(F("last_contact").asc(nulls_first=True), "name")
    )


def action_source_names(*, organisation, codes) -> dict[str, str]:
    """The source namer of outreach (see korps.core.sources): an action's code reads as its
    campaign, wave and channel."""
    actions = Action.objects.filter(
        wave__campaign__organisation=organisation, code__in=list(codes)
    ).select_related("wave__campaign")
    return {
        action.code: f"{action.wave.campaign.name} · {action.wave.name} · "
        f"{action.get_channel_display()}"
        for action in actions
    }


def questions_waiting(*, organisation, late_before) -> dict[str, int]:
    """For the home page: questions waiting for an answer, escalated ones, and waiting ones
    asked before `late_before`; one query, no names."""
    return AmbassadorQuestion.objects.filter(organisation=organisation).aggregate(
        open=Count("pk", filter=Q(status=QuestionStatus.OPEN)),
        escalated=Count("pk", filter=Q(status=QuestionStatus.ESCALATED)),
        late=Count(
            "pk",
            filter=Q(
                status__in=[QuestionStatus.OPEN, QuestionStatus.ESCALATED],
                created_at__lt=late_before,
            ),
        ),
    )
