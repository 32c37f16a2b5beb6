"""A zone's diversity plan: the plan for a period, its lines of action (which the zone may call
spearheads or priorities), each with a pilot, and the actions under them, with an owner,
dates, a status, milestones and evidence, and where each action came from."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.organisations.models import Organisation


class LevelName(models.TextChoices):
    """What the zone calls the plan's first level."""

    LINE_OF_ACTION = "line_of_action", _("Lines of action")
    SPEARHEAD = "spearhead", _("Spearheads")
    PRIORITY = "priority", _("Priorities")


# The singular, for headings and buttons ("New spearhead").
LEVEL_SINGULAR = {
    LevelName.LINE_OF_ACTION: _("Line of action"),
    LevelName.SPEARHEAD: _("Spearhead"),
    LevelName.PRIORITY: _("Priority"),
}


# The button and heading for a new one ("New spearhead"), whole, for languages with genders.
LEVEL_NEW = {
    LevelName.LINE_OF_ACTION: _("New line of action"),
    LevelName.SPEARHEAD: _("New spearhead"),
    LevelName.PRIORITY: _("New priority"),
}


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


OPEN_STATUSES = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


class ActionOrigin(models.TextChoices):
    PLAN = "plan", _("The plan itself")
    COMPLAINT = "complaint", _("A complaint's lesson")
    SURVEY = "survey", _("A survey result")
    NETWORK = "network", _("A staff network's advice")
    PRACTICE = "practice", _("A practice from the library")
    OTHER = "other", _("Other")


class Plan(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="plans", verbose_name=_("zone")
    )
    title = models.CharField(_("title"), max_length=200)
    starts_on = models.DateField(_("period starts"))
    ends_on = models.DateField(_("period ends"))
    level_name = models.CharField(
        _("the zone calls its levels"),
        max_length=20,
        choices=LevelName.choices,
        default=LevelName.LINE_OF_ACTION,
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-starts_on", "pk"]
        verbose_name = _("diversity plan")
        verbose_name_plural = _("diversity plans")

    def __str__(self):
        return self.title

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The period must end after it starts.")})

    @property
    def level_singular(self):
        return LEVEL_SINGULAR[LevelName(self.level_name)]

    @property
    def level_new(self):
        return LEVEL_NEW[LevelName(self.level_name)]

    def covers(self, day) -> bool:
        return self.starts_on <= day <= self.ends_on


class LineOfAction(models.Model):
    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="lines", verbose_name=_("diversity plan")
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    pilot = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="piloted_lines",
        verbose_name=_("pilot"),
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = ScopedManager(organisation="plan__organisation")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("line of action")
        verbose_name_plural = _("lines of action")

    def __str__(self):
        return self.title


class PlanAction(models.Model):
    line = models.ForeignKey(
        LineOfAction,
        on_delete=models.CASCADE,
        related_name="actions",
        verbose_name=_("line of action"),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="plan_actions",
        verbose_name=_("owner"),
    )
    starts_on = models.DateField(_("starts"), null=True, blank=True)
    due_on = models.DateField(_("due"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.PLANNED
    )
    origin = models.CharField(
        _("where it came from"),
        max_length=20,
        choices=ActionOrigin.choices,
        default=ActionOrigin.PLAN,
    )
    origin_note = models.TextField(_("about its origin"), blank=True)
    origin_url = models.URLField(_("link to its origin"), blank=True, max_length=500)
    # Raised by every save through the services: an edit made on an older copy is refused
    # instead of overwriting the other person's change.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = ScopedManager(organisation="line__plan__organisation")

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("plan action")
        verbose_name_plural = _("plan actions")

    def __str__(self):
        return self.title

    def clean(self):
        if self.starts_on and self.due_on and self.due_on < self.starts_on:
            raise ValidationError({"due_on": _("The due date must come after the start.")})

    def is_late_on(self, day) -> bool:
        return self.due_on is not None and self.due_on < day and self.status in OPEN_STATUSES

    @property
    def is_late(self) -> bool:
        """Due before today and neither done nor dropped."""
        return self.is_late_on(timezone.localdate())


class Milestone(models.Model):
    action = models.ForeignKey(
        PlanAction,
        on_delete=models.CASCADE,
        related_name="milestones",
        verbose_name=_("plan action"),
    )
    title = models.CharField(_("title"), max_length=300)
    due_on = models.DateField(_("due"), null=True, blank=True)
    done_on = models.DateField(_("done on"), null=True, blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)

    objects = ScopedManager(organisation="action__line__plan__organisation")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self):
        return self.title


class Evidence(models.Model):
    """A link or a short text that shows what an action did (files come later)."""

    action = models.ForeignKey(
        PlanAction,
        on_delete=models.CASCADE,
        related_name="evidence",
        verbose_name=_("plan action"),
    )
    url = models.URLField(_("link"), blank=True, max_length=500)
    text = models.TextField(_("text"), blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("added by"),
    )
    added_at = models.DateTimeField(_("added"), default=timezone.now, editable=False)

    objects = ScopedManager(organisation="action__line__plan__organisation")

    class Meta:
        ordering = ["added_at", "pk"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def __str__(self):
        return self.url or self.text[:60]

    def clean(self):
        if not self.url and not self.text.strip():
            raise ValidationError(_("Give a link or a short text."))


class KpiDirection(models.TextChoices):
    UP = "up", _("Higher is better")
    DOWN = "down", _("Lower is better")


class Kpi(models.Model):
    """A saved measure (korps/plan/measures.py) with its parameters, bound to a line of action
    or one of its actions, with a baseline and a target. Its current value is computed from
    korps's own figures each time it is shown, never typed."""

    line = models.ForeignKey(
        LineOfAction,
        on_delete=models.CASCADE,
        related_name="kpis",
        verbose_name=_("line of action"),
    )
    action = models.ForeignKey(
        PlanAction,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="kpis",
        verbose_name=_("plan action"),
    )
    measure = models.CharField(_("measure"), max_length=80)
    parameters = models.JSONField(_("parameters"), default=dict, blank=True)
    baseline_value = models.FloatField(_("baseline"))
    baseline_on = models.DateField(_("baseline date"))
    target_value = models.FloatField(_("target"))
    target_on = models.DateField(_("target date"))
    direction = models.CharField(
        _("direction"), max_length=4, choices=KpiDirection.choices, default=KpiDirection.UP
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = ScopedManager(organisation="line__plan__organisation")

    class Meta:
        ordering = ["pk"]
        verbose_name = _("KPI")
        verbose_name_plural = _("KPIs")

    def __str__(self):
        from .measures import measure_get

        measure = measure_get(self.measure)
        return str(measure.label if measure else _("KPI"))

    @property
    def audit_label(self) -> str:
        """The line's own title and the KPI's number: a label is stored once, in the language
        of the moment, so not the measure's name, which is in the reader's language on the plan."""
        return f"{self.line.title} · {self.pk}"
