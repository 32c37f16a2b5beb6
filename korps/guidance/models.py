"""Guidance: candidates accompanied by a mentor from first contact through the selection, the
academy and their first months in service. Every change to a track is a dated event, so the
history is complete and the funnel can be rebuilt from it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.core.links import new_link_id
from korps.core.translated import localized
from korps.disclosure.cellkey import record_key
from korps.organisations.models import Organisation


def new_token() -> str:
    """Referenced by migration 0001 only: korps no longer stores tokens (see link_id)."""
    return new_link_id()


class StepKind(models.TextChoices):
    TEST = "test", _("Selection test")
    DECISION = "decision", _("Decision or committee")
    RESERVE = "reserve", _("Recruitment reserve")
    ACADEMY = "academy", _("Academy")
    SERVICE = "service", _("First months in service")


class ProcedureStep(models.Model):
    """A step of the zone's selection procedure and what follows it."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="procedure_steps",
        verbose_name=_("zone"),
    )
    order = models.PositiveSmallIntegerField(_("order"))
    code = models.SlugField(
        _("code"), max_length=40, help_text=_("As in the results files, e.g. 'cognitive'.")
    )
    names = models.JSONField(
        _("name"),
        default=dict,
        blank=True,
        help_text=_(
            "One name per zone language. A step linked to the career site's practice questions "
            "is named as there, so the candidate's page and the career site say the same."
        ),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=StepKind.choices)
    typical_days = models.PositiveIntegerField(_("typical duration (days)"), default=30)
    retry_wait_days = models.PositiveIntegerField(
        _("waiting period after a failure (days)"),
        default=0,
        help_text=_("0 means no retry is allowed."),
    )
    career_step = models.ForeignKey(
        "careers.SelectionStep",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("practice questions of"),
    )
    preparation = models.TextField(_("preparation resources"), blank=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["order"]
        verbose_name = _("procedure step")
        verbose_name_plural = _("procedure steps")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "code"], name="procedure_step_code")
        ]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        """The name in the current language: the linked career-site step's name when it has
        one (one source for both pages), else this step's own names."""
        if self.career_step_id and self.career_step.name:
            return localized(self.career_step.name)
        return localized(self.names)

    @name.setter
    def name(self, value: str) -> None:
        self.names = {settings.LANGUAGE_CODE: value}


class CandidateStatus(models.TextChoices):
    ORIENTATION = "orientation", _("Orientation")
    PREPARING = "preparing", _("Preparing")
    IN_SELECTION = "in_selection", _("In selection")
    IN_RESERVE = "in_reserve", _("In the recruitment reserve")
    IN_ACADEMY = "in_academy", _("In the academy")
    IN_SERVICE = "in_service", _("In service")
    HIRED = "hired", _("Hired")
    STOPPED = "stopped", _("Stopped")


CLOSED_STATUSES = (CandidateStatus.HIRED, CandidateStatus.STOPPED)


class MentorProfile(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="mentor_profiles",
        verbose_name=_("user"),
    )
    languages = models.JSONField(_("languages"), default=list)
    is_available = models.BooleanField(_("takes new mentees"), default=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("mentor profile")
        verbose_name_plural = _("mentor profiles")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="mentor_profile_unique")
        ]

    def __str__(self):
        return str(self.user)


class Candidate(models.Model):
    """A candidate of the zone, in guidance or not (`in_guidance`): only what guidance and
    the funnel need. Names, contact data and notes are removed when the closed track is
    pseudonymised (see services.candidates_pseudonymise); PERSONAL_FIELDS lists them."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="candidates", verbose_name=_("zone")
    )
    reference = models.CharField(
        _("candidate reference"),
        max_length=40,
        help_text=_("The reference the recruitment service uses in its results files."),
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    language = models.CharField(_("language"), max_length=8, default="nl")
    source = models.CharField(_("source"), max_length=40, blank=True, db_index=True)
    lead = models.ForeignKey(
        "careers.Lead",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("from interested person"),
    )
    signup = models.ForeignKey(
        "events.Signup",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("from sign-up"),
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentees",
        verbose_name=_("mentor"),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CandidateStatus.choices,
        default=CandidateStatus.ORIENTATION,
    )
    stop_reason = models.CharField(_("reason for stopping"), max_length=200, blank=True)
    # Empty for a candidate outside guidance: one the zone knows from the selection
    # procedure's lists (see candidate_imports), who gave no consent to be guided.
    consent_text = models.TextField(_("consent as given"), blank=True)
    consent_given_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    consent_withdrawn_at = models.DateTimeField(_("consent withdrawn"), null=True, blank=True)
    # The personal link's id, not a credential on its own: see korps.core.links.
    link_id = models.CharField(
        max_length=32,
        unique=True,
        default=new_link_id,
        editable=False,
        verbose_name=_("link number"),
    )
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("created"))
    closed_at = models.DateTimeField(_("track closed"), null=True, blank=True)
    pseudonymised_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("pseudonymised on")
    )
    # The random key of the cell-key method (korps.disclosure.cellkey): the noise of a
    # published count follows from its members' keys. Not personal, never shown.
    record_key = models.PositiveSmallIntegerField(
        default=record_key, editable=False, verbose_name=_("record key")
    )

    PERSONAL_FIELDS = ("name", "email", "phone", "stop_reason", "lead", "signup", "link_id")

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["name"]
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "reference"], name="candidate_unique_reference"
            )
        ]
        indexes = [models.Index(fields=["organisation", "status"], name="candidate_zone_status")]

    def __str__(self):
        return self.name or self.reference

    @property
    def audit_label(self) -> str:
        return self.reference

    @property
    def in_guidance(self) -> bool:
        """The candidate consented to guidance (and did not withdraw it); the others are
        known from the selection procedure only, and counted in the funnel all the same."""
        return self.consent_given_at is not None and self.consent_withdrawn_at is None


class ReferenceSequence(models.Model):
    """The last candidate number korps gave in a zone and year. New references take the next
    number under this row's lock, so a withdrawal (which renames a reference) or a deletion
    never makes a number come round again."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    year = models.PositiveSmallIntegerField(verbose_name=_("year"))
    last_number = models.PositiveIntegerField(default=0, verbose_name=_("last number"))

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("candidate numbering")
        verbose_name_plural = _("candidate numberings")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "year"], name="reference_sequence_unique"
            )
        ]

    def __str__(self):
        return f"{self.organisation_id} {self.year}: {self.last_number}"


class StepResult(models.TextChoices):
    PLANNED = "planned", _("Planned")
    PASSED = "passed", _("Passed")
    FAILED = "failed", _("Failed")
    WITHDREW = "withdrew", _("Withdrew")
    NO_SHOW = "no_show", _("Did not show up")
    POSTPONED = "postponed", _("Postponed")


class StepAttempt(models.Model):
    """One attempt of a candidate at a procedure step (kept after pseudonymisation)."""

    candidate = models.ForeignKey(
        Candidate, on_delete=models.CASCADE, related_name="attempts", verbose_name=_("candidate")
    )
    step = models.ForeignKey(
        ProcedureStep,
        on_delete=models.PROTECT,
        related_name="attempts",
        verbose_name=_("procedure step"),
    )
    number = models.PositiveSmallIntegerField(_("attempt"), default=1)
    planned_on = models.DateField(_("planned date"), null=True, blank=True)
    result = models.CharField(
        _("result"), max_length=12, choices=StepResult.choices, default=StepResult.PLANNED
    )
    result_on = models.DateField(_("result date"), null=True, blank=True)
    retry_from = models.DateField(_("retry possible from"), null=True, blank=True)
    debriefed_at = models.DateTimeField(_("follow-up talk"), null=True, blank=True)
    retry_reminded_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("retry reminder sent on")
    )

    objects = ScopedManager(organisation="candidate__organisation")

    class Meta:
        verbose_name = _("step attempt")
        verbose_name_plural = _("step attempts")
        ordering = ["step__order", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "step", "number"], name="attempt_unique_number"
            )
        ]

    def __str__(self):
        return f"{self.candidate} · {self.step} #{self.number}"


class TrackEvent(models.Model):
    """A dated change of a candidate's track: the history the funnel is rebuilt from."""

    candidate = models.ForeignKey(
        Candidate, on_delete=models.CASCADE, related_name="history", verbose_name=_("candidate")
    )
    at = models.DateTimeField(default=timezone.now, db_index=True, verbose_name=_("when"))
    kind = models.CharField(max_length=40, verbose_name=_("kind"))
    step = models.ForeignKey(
        ProcedureStep,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        verbose_name=_("procedure step"),
    )
    status = models.CharField(max_length=20, blank=True, verbose_name=_("status"))
    result = models.CharField(max_length=12, blank=True, verbose_name=_("result"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )

    objects = ScopedManager(organisation="candidate__organisation")

    class Meta:
        verbose_name = _("track history entry")
        verbose_name_plural = _("track history")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d} {self.kind}"

    # The history's kinds in words; a kind without a label shows with spaces, never a code.
    KIND_LABELS = {
        "consent_given": _("Consent given"),
        "consent_withdrawn": _("Consent withdrawn"),
        "status": _("Status"),
        "mentor_assigned": _("Mentor assigned"),
        "step_planned": _("Step planned"),
        "step_result": _("Result"),
        "session": _("Mentor session"),
    }

    @property
    def kind_display(self) -> str:
        return str(self.KIND_LABELS.get(self.kind, self.kind.replace("_", " ")))

    @property
    def status_display(self) -> str:
        return str(dict(CandidateStatus.choices).get(self.status, self.status))

    @property
    def result_display(self) -> str:
        return str(dict(StepResult.choices).get(self.result, self.result))


# A mentor's sessions, preparation tasks and referrals live in track_models.py; imported here so
# that Django and the rest of korps find them in guidance.models.
from .track_models import (  # noqa: E402
    MentorSession,
    PreparationTask,
    Referral,
    ReferralStatus,
    SessionKind,
)

__all__ = [
    "CLOSED_STATUSES",
    "Candidate",
    "CandidateStatus",
    "MentorProfile",
    "MentorSession",
    "PreparationTask",
    "ProcedureStep",
    "ReferenceSequence",
    "Referral",
    "ReferralStatus",
    "SessionKind",
    "StepAttempt",
    "StepKind",
    "StepResult",
    "TrackEvent",
    "new_token",
]
