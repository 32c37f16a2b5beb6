"""Monitoring: self-declared diversity data, the workforce register and the population
benchmark. Group data is only ever declared by the person, never inferred (from names or
anything else), and only ever shown to others as suppressed aggregates."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.core.translated import localized
from korps.disclosure.cellkey import record_key
from korps.organisations.models import Municipality, Organisation, Unit


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("Other")
    NOT_SAID = "not_said", _("Prefer not to say")


# A zone may use its own origin categories; these are the default ones (Flemish statistics
# split foreign origin into EU and non-EU). Codes are stored, labels are shown.
DEFAULT_ORIGIN_GROUPS = [
    ("belgian", _("Belgian origin")),
    ("eu", _("EU origin")),
    ("non_eu", _("Non-EU origin")),
    ("not_said", _("Prefer not to say")),
]
NOT_SAID = "not_said"
NOT_DECLARED = "not_declared"


def origin_groups(organisation) -> list[tuple[str, str]]:
    """The zone's own categories if it configured them, else the default ones; "prefer not
    to say" is always offered, last."""
    own = [
        (category.code, localized(category.label, organisation.default_language))
        for category in OriginCategory.objects.filter(organisation=organisation)
    ]
    if not own:
        return list(DEFAULT_ORIGIN_GROUPS)
    return [(code, label) for code, label in own if code != NOT_SAID] + [DEFAULT_ORIGIN_GROUPS[-1]]


class OriginCategory(models.Model):
    """An origin category a zone uses instead of the default ones (e.g. the Dutch CBS
    definition). Declarations in a category that is later removed no longer count."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    code = models.SlugField(_("code"), max_length=20)
    label = models.JSONField(_("label"), default=dict, help_text=_("One text per language."))

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("origin category")
        verbose_name_plural = _("origin categories")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "code"], name="origin_category_unique")
        ]

    def __str__(self):
        return localized(self.label) or self.code


class MonitoringSettings(models.Model):
    """A zone's own limits for flagging a group that falls behind (empty: korps's defaults,
    the four-fifths rule and p < 0.05)."""

    organisation = models.OneToOneField(
        Organisation,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="monitoring_settings",
        verbose_name=_("zone"),
    )
    adverse_impact_ratio = models.FloatField(
        _("flag below this ratio to the best group"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0.01), MaxValueValidator(1)],
    )
    adverse_impact_p = models.FloatField(
        _("flag below this p-value"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0.0001), MaxValueValidator(0.5)],
    )
    small_group = models.PositiveSmallIntegerField(
        _("too small to tell below"),
        null=True,
        blank=True,
        help_text=_("Groups with fewer people get the caveat that the numbers are too small."),
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("monitoring settings")
        verbose_name_plural = _("monitoring settings")

    def __str__(self):
        return str(self.organisation)


class SubjectKind(models.TextChoices):
    CANDIDATE = "candidate", _("Candidate")
    STAFF = "staff", _("Staff member")


class Declaration(models.Model):
    """What a person declared about themselves, with the consent they gave. A withdrawal
    empties the group fields at once; the row stays to show the withdrawal."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    subject_kind = models.CharField(
        max_length=12, choices=SubjectKind.choices, verbose_name=_("declared as")
    )
    candidate = models.OneToOneField(
        "guidance.Candidate",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="declaration",
        verbose_name=_("candidate"),
    )
    staff_number = models.CharField(
        max_length=40, blank=True, db_index=True, verbose_name=_("staff number")
    )
    # The staff member's own account: only they see or change their declaration.
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("declared by"),
    )
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices, blank=True)
    origin_group = models.CharField(_("origin"), max_length=20, blank=True)
    consent_text = models.TextField(verbose_name=_("consent as given"))
    consent_given_at = models.DateTimeField(
        default=timezone.now, verbose_name=_("consent given on")
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True, verbose_name=_("withdrawn on"))
    # Made through the staff member's personal invitation (link or letter code): verified as
    # the person's own, so linking an account to the HR record later keeps it.
    via_link = models.BooleanField(
        _("made through a personal invitation"), default=False, db_default=False
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("declaration")
        verbose_name_plural = _("declarations")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "staff_number"],
                condition=Q(subject_kind="staff"),
                name="declaration_unique_staff",
            ),
            models.CheckConstraint(
                condition=Q(subject_kind="candidate", candidate__isnull=False, staff_number="")
                | Q(subject_kind="staff", candidate__isnull=True) & ~Q(staff_number=""),
                name="declaration_one_subject",
            ),
        ]

    def __str__(self):
        return f"{self.get_subject_kind_display()} #{self.pk}"


class StaffMember(models.Model):
    """One line of the HR export, pseudonymous: the staff number is the only key. `account`
    is the person's own korps account, linked only by a trusted path (the HR export's e-mail
    column, or a zone administrator): it is how a staff member declares for themselves."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    staff_number = models.CharField(_("staff number"), max_length=40)
    account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("account"),
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="+", verbose_name=_("unit")
    )
    grade = models.CharField(_("grade"), max_length=40)
    # From the HR export, for the invitation to declare (korps.monitoring.invitations).
    email = models.EmailField(_("work e-mail address"), blank=True, default="", db_default="")
    language = models.CharField(_("language"), max_length=8, blank=True, default="", db_default="")
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    # From the HR export, for the age bands of the reports (breakdowns.py); never asked.
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    # The random key of the cell-key method (korps.disclosure.cellkey). Never shown.
    record_key = models.PositiveSmallIntegerField(
        default=record_key, editable=False, verbose_name=_("record key")
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("staff member")
        verbose_name_plural = _("staff members")
        ordering = ["staff_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "staff_number"], name="staff_member_unique_number"
            ),
            # One HR record per account in a zone: an account declares for one person only.
            models.UniqueConstraint(
                fields=["organisation", "account"],
                condition=Q(account__isnull=False),
                name="staff_member_one_per_account",
            ),
        ]
        indexes = [
            models.Index(fields=["organisation", "end_date"], name="staff_zone_end"),
            models.Index(fields=["organisation", "start_date"], name="staff_zone_start"),
        ]

    def __str__(self):
        return self.staff_number


class Promotion(models.Model):
    staff_member = models.ForeignKey(
        StaffMember,
        on_delete=models.CASCADE,
        related_name="promotions",
        verbose_name=_("staff member"),
    )
    date = models.DateField(_("date"))
    from_grade = models.CharField(_("from grade"), max_length=40, blank=True)
    to_grade = models.CharField(_("to grade"), max_length=40)

    objects = ScopedManager(organisation="staff_member__organisation")

    class Meta:
        verbose_name = _("promotion")
        verbose_name_plural = _("promotions")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(
                fields=["staff_member", "date", "to_grade"], name="promotion_unique"
            )
        ]
        indexes = [models.Index(fields=["date"], name="promotion_date")]

    def __str__(self):
        return f"{self.date} {self.to_grade}"


class PopulationFigure(models.Model):
    """The population of a municipality the zone serves, per origin group (and gender)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="+", verbose_name=_("municipality")
    )
    origin_group = models.CharField(_("origin"), max_length=20)
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices, blank=True)
    count = models.PositiveIntegerField(_("count"))
    source = models.CharField(_("source"), max_length=200)
    year = models.PositiveSmallIntegerField(_("year"))

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-year", "municipality__name", "origin_group"]
        verbose_name = _("population figure")
        verbose_name_plural = _("population figures")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "year", "origin_group", "gender"],
                name="population_figure_unique",
            )
        ]

    def __str__(self):
        return f"{self.municipality} {self.year} {self.origin_group_label}"

    @property
    def origin_group_label(self) -> str:
        """The group's name, not its code: a default group's, else the zone's own category's."""
        label = dict(DEFAULT_ORIGIN_GROUPS).get(self.origin_group)
        if label is None:
            category = OriginCategory.objects.filter(
                organisation_id=self.organisation_id, code=self.origin_group
            ).first()
            label = localized(category.label) if category else self.origin_group
        return str(label)


# Summary tables ---------------------------------------------------------------------------
# The reports read these instead of the raw rows, so they stay fast at national scale. The
# services keep them in the same transaction as the facts (summaries.py); the command
# `korps rebuild-summaries` recomputes them, and a test holds them equal to a recount.


class FunnelCount(models.Model):
    """Candidates whose last final attempt at a step ended in a month with an outcome, per
    declared origin."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    step = models.ForeignKey(
        "guidance.ProcedureStep",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("procedure step"),
    )
    origin = models.CharField(max_length=20, verbose_name=_("origin"))
    outcome = models.CharField(max_length=12, verbose_name=_("outcome"))
    month = models.DateField(verbose_name=_("month"))  # the first day of the month of the result
    n = models.IntegerField(default=0, verbose_name=_("number of people"))
    # The sum of the candidates' record keys (korps.disclosure.cellkey), kept with n.
    key_sum = models.IntegerField(default=0, verbose_name=_("sum of record keys"))

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("funnel count")
        verbose_name_plural = _("funnel counts")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "month", "step", "origin", "outcome"],
                name="funnel_count_unique",
            )
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.origin} {self.outcome}: {self.n}"


class StaffDimension(models.TextChoices):
    UNIT = "unit", _("unit")
    GRADE = "grade", _("grade")
    GENDER = "gender", _("gender")


class StaffFlow(models.Model):
    """Staff who joined minus staff who left in a month (or a year), per declared origin and
    per unit, grade or gender: summed up to a date, it gives the corps on that date. Each
    change is kept per month and per year, so that a date needs the years before its own
    and the months of its own year, not every month since the zone began."""

    MONTH, YEAR = "m", "y"

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    span = models.CharField(
        max_length=1, choices=[(MONTH, _("month")), (YEAR, _("year"))], verbose_name=_("period")
    )
    month = models.DateField(verbose_name=_("month"))  # the first day of the month, or of the year
    dimension = models.CharField(
        max_length=8, choices=StaffDimension.choices, verbose_name=_("broken down by")
    )
    value = models.CharField(
        max_length=40, verbose_name=_("value")
    )  # the unit's id, the grade or the gender
    origin = models.CharField(max_length=20, verbose_name=_("origin"))
    n = models.IntegerField(default=0, verbose_name=_("number of people"))
    # The joiners' record keys minus the leavers' (korps.disclosure.cellkey), kept with n.
    key_sum = models.IntegerField(default=0, verbose_name=_("sum of record keys"))

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("staff flow")
        verbose_name_plural = _("staff flows")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "dimension", "span", "month", "value", "origin"],
                name="staff_flow_unique",
            )
        ]
        # The corps on a day reads the years before it and the months of its own year.
        indexes = [models.Index(fields=["organisation", "span", "month"], name="staff_flow_span")]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.dimension}={self.value} {self.origin}: {self.n}"


class StaffCohort(models.Model):
    """Staff who started in a month, per declared origin: how many there were, how many left
    within one and within three years, and how many were ever promoted; with each count, the
    sum of those people's record keys (the cell-key method, korps.disclosure.cellkey)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    month = models.DateField(verbose_name=_("month"))
    origin = models.CharField(max_length=20, verbose_name=_("origin"))
    started = models.IntegerField(default=0, verbose_name=_("started"))
    left_1y = models.IntegerField(default=0, verbose_name=_("left within one year"))
    left_3y = models.IntegerField(default=0, verbose_name=_("left within three years"))
    promoted = models.IntegerField(default=0, verbose_name=_("promoted"))
    started_key_sum = models.IntegerField(default=0, verbose_name=_("sum of record keys: started"))
    left_1y_key_sum = models.IntegerField(
        default=0, verbose_name=_("sum of record keys: left within one year")
    )
    left_3y_key_sum = models.IntegerField(
        default=0, verbose_name=_("sum of record keys: left within three years")
    )
    promoted_key_sum = models.IntegerField(
        default=0, verbose_name=_("sum of record keys: promoted")
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("staff cohort")
        verbose_name_plural = _("staff cohorts")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "month", "origin"], name="staff_cohort_unique"
            )
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.origin}: {self.started}"


class PromotionFlow(models.Model):
    """How the promotion population's counts change on a day, per declared origin and grade.
    The population on a day is the staff then in service who started PROMOTION_YEARS years
    before it or earlier (korps.monitoring.promotion); the sum of a zone's rows up to a day
    gives, per origin and grade, how many of them held the grade by then and how many were
    promoted out of it (a person counts once for each grade held), and, on the grade each
    person holds that day, how many people there are and how many were promoted at least
    once; with each count, the sum of those people's record keys (the cell-key method)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    day = models.DateField(verbose_name=_("day"))
    origin = models.CharField(max_length=20, verbose_name=_("origin"))
    grade = models.CharField(max_length=40, verbose_name=_("grade"))
    held = models.IntegerField(default=0, verbose_name=_("held the grade"))
    promoted_out = models.IntegerField(default=0, verbose_name=_("promoted out of the grade"))
    people = models.IntegerField(default=0, verbose_name=_("number of people"))
    promoted = models.IntegerField(default=0, verbose_name=_("promoted"))
    held_key_sum = models.IntegerField(
        default=0, verbose_name=_("sum of record keys: held the grade")
    )
    promoted_out_key_sum = models.IntegerField(
        default=0, verbose_name=_("sum of record keys: promoted out of the grade")
    )
    people_key_sum = models.IntegerField(default=0, verbose_name=_("sum of record keys"))
    promoted_key_sum = models.IntegerField(
        default=0, verbose_name=_("sum of record keys: promoted")
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("promotion flow")
        verbose_name_plural = _("promotion flows")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "day", "origin", "grade"], name="promotion_flow_unique"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.origin} {self.grade}: {self.promoted}/{self.people}"


# The invitations to declare live in their own module; imported here so Django finds them.
from .dimension_models import (  # noqa: E402, F401
    DimensionAnswer,
    DimensionOption,
    DimensionQuestion,
)
from .invitation_models import (  # noqa: E402, F401
    InvitationBatch,
    InvitationChannel,
    StaffInvitation,
)
