"""Outreach: campaigns in waves of actions with tracked links, ambassadors who answer
visitors' questions, and the partner organisations that refer candidates."""

import secrets
import string

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.core.links import new_link_id
from korps.events.models import Event
from korps.organisations.languages import CONTACT_LANGUAGES, language_name
from korps.organisations.models import Organisation, Unit

CODE_ALPHABET = string.ascii_lowercase + string.digits
CODE_LENGTH = 6


def new_action_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Campaign(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="campaigns", verbose_name=_("zone")
    )
    name = models.CharField(_("name"), max_length=200)
    goals = models.TextField(_("goals"), blank=True)
    target_groups = models.TextField(
        _("target groups"), blank=True, help_text=_("Who the campaign wants to reach.")
    )
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    budget = models.DecimalField(
        _("budget"),
        max_digits=12,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("owner"),
    )
    created_at = models.DateTimeField(
        default=timezone.now, editable=False, verbose_name=_("created")
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-starts_on", "name"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def __str__(self):
        return self.name

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end cannot come before the start.")})


class Wave(models.Model):
    campaign = models.ForeignKey(
        Campaign, on_delete=models.CASCADE, related_name="waves", verbose_name=_("campaign")
    )
    name = models.CharField(_("name"), max_length=200)
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))

    objects = ScopedManager(organisation="campaign__organisation")

    class Meta:
        ordering = ["starts_on", "pk"]
        verbose_name = _("wave")
        verbose_name_plural = _("waves")

    def __str__(self):
        return f"{self.campaign} · {self.name}"

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end cannot come before the start.")})


class Channel(models.TextChoices):
    SOCIAL_AD = "social_ad", _("Social media ad")
    POSTER = "poster", _("Poster")
    JOB_FAIR = "job_fair", _("Job fair stand")
    SCHOOL_VISIT = "school_visit", _("School visit")
    INFO_SESSION = "info_session", _("Info session")
    FESTIVAL = "festival", _("Festival stand")
    RADIO = "radio", _("Radio or streaming ad")
    PRESS = "press", _("Press")
    PARTNER_MAILING = "partner_mailing", _("Partner mailing")


target_path_validator = RegexValidator(
    # One slash only: "//host" would lead off the site.
    r"^/(?![/\\])[^\s]*$",
    _("Give a path on this site that starts with a slash, e.g. /careers/gent/."),
)


class Action(models.Model):
    """One thing done in a wave: an ad, a poster run, a stand. Its short `code` is the tracked
    link /r/<code> and the `source` that leads and sign-ups carry."""

    wave = models.ForeignKey(
        Wave, on_delete=models.CASCADE, related_name="actions", verbose_name=_("wave")
    )
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    cost = models.DecimalField(
        _("cost"), max_digits=12, decimal_places=2, default=0, validators=[MinValueValidator(0)]
    )
    impressions = models.PositiveIntegerField(_("impressions"), default=0)
    clicks = models.PositiveIntegerField(_("clicks"), default=0)
    ambassadors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="outreach_actions",
        verbose_name=_("ambassadors who staffed it"),
    )
    events = models.ManyToManyField(
        Event, blank=True, related_name="outreach_actions", verbose_name=_("events it created")
    )
    code = models.SlugField(
        _("link code"), max_length=12, unique=True, default=new_action_code, editable=False
    )
    target_path = models.CharField(
        _("target page"),
        max_length=300,
        blank=True,
        validators=[target_path_validator],
        help_text=_("Where the tracked link leads. Empty: the zone's career home page."),
    )
    created_at = models.DateTimeField(
        default=timezone.now, editable=False, verbose_name=_("created")
    )

    objects = ScopedManager(organisation="wave__campaign__organisation")

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self):
        return f"{self.get_channel_display()} · {self.date} · {self.code}"


class ActionVisit(models.Model):
    """Visits through an action's tracked link, counted per day: nothing about the visitor."""

    action = models.ForeignKey(
        Action, on_delete=models.CASCADE, related_name="daily_visits", verbose_name=_("action")
    )
    day = models.DateField(verbose_name=_("day"))
    count = models.PositiveIntegerField(default=0, verbose_name=_("visits"))

    objects = ScopedManager(organisation="action__wave__campaign__organisation")

    class Meta:
        verbose_name = _("visits on a day")
        verbose_name_plural = _("visits per day")
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(fields=["action", "day"], name="action_visit_one_per_day")
        ]

    def __str__(self):
        return f"{self.action.code} · {self.day} · {self.count}"


class ActionReach(models.Model):
    """Reach figures of an action per day, imported from an ad platform's CSV export."""

    action = models.ForeignKey(
        Action, on_delete=models.CASCADE, related_name="daily_reach", verbose_name=_("action")
    )
    day = models.DateField(verbose_name=_("day"))
    impressions = models.PositiveIntegerField(default=0, verbose_name=_("impressions"))
    clicks = models.PositiveIntegerField(default=0, verbose_name=_("clicks"))

    objects = ScopedManager(organisation="action__wave__campaign__organisation")

    class Meta:
        verbose_name = _("reach on a day")
        verbose_name_plural = _("reach per day")
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(fields=["action", "day"], name="action_reach_one_per_day")
        ]

    def __str__(self):
        return f"{self.action.code} · {self.day}"


# ---------------------------------------------------------------- ambassadors


class Topic(models.TextChoices):
    WOMEN = "women", _("Women in the police")
    FAITH = "faith", _("Faith and uniform")
    DETECTIVE = "detective", _("Detective work")
    YOUTH = "youth", _("Youth police")
    SELECTION = "selection", _("The selection tests")
    WORK_FAMILY = "work_family", _("Combining work and family")


class AmbassadorProfile(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="ambassador_profiles",
        verbose_name=_("zone"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="ambassador_profiles",
        verbose_name=_("ambassador"),
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("unit")
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    topics = models.JSONField(_("topics"), default=list, blank=True)
    available = models.BooleanField(_("available for questions"), default=True)
    # Round robin: the next question goes to the one assigned least recently.
    last_assigned_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("last question assigned on")
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["user__full_name"]
        verbose_name = _("ambassador profile")
        verbose_name_plural = _("ambassador profiles")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="ambassador_profile_one_per_zone"
            )
        ]

    def __str__(self):
        return str(self.user)

    def clean(self):
        from korps.organisations.permissions import is_ambassador

        if self.user_id and self.organisation_id:
            if not is_ambassador(self.user, self.organisation):
                raise ValidationError({"user": _("This person is no ambassador in the zone.")})
        if self.unit_id and self.unit.organisation_id != self.organisation_id:
            raise ValidationError({"unit": _("The unit must belong to the same zone.")})
        unknown = set(self.topics) - set(Topic.values)
        if unknown:
            raise ValidationError({"topics": _("Unknown topic.")})
        if set(self.languages) - set(CONTACT_LANGUAGES):
            raise ValidationError({"languages": _("Unknown language.")})

    def get_topics_display(self) -> list[str]:
        labels = dict(Topic.choices)
        return [str(labels[t]) for t in self.topics if t in labels]


class QuestionStatus(models.TextChoices):
    OPEN = "open", _("Waiting for an answer")
    ANSWERED = "answered", _("Answered")
    ESCALATED = "escalated", _("Escalated")


class AmbassadorQuestion(models.Model):
    """A visitor's question for an ambassador. The answer is mailed from korps's address:
    the ambassador's own address is never shown to the visitor."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="ambassador_questions",
        verbose_name=_("zone"),
    )
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    language = models.CharField(_("language"), max_length=8)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    question = models.TextField(_("question"), max_length=3000)
    source = models.CharField(_("source"), max_length=40, blank=True)
    ambassador = models.ForeignKey(
        AmbassadorProfile,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name=_("ambassador"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=QuestionStatus.choices, default=QuestionStatus.OPEN
    )
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("asked on"))
    assigned_at = models.DateTimeField(null=True, blank=True, verbose_name=_("assigned on"))
    answer = models.TextField(_("answer"), blank=True, max_length=5000)
    answered_at = models.DateTimeField(null=True, blank=True, verbose_name=_("answered on"))
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    escalated_at = models.DateTimeField(null=True, blank=True, verbose_name=_("escalated on"))
    # The visitor's reply to an answer is a new question that follows the answered one; the
    # answer mail carries a personal link (purpose "reply") to the page where the thread goes on.
    follows = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("in reply to"),
    )
    link_id = models.CharField(
        max_length=32,
        unique=True,
        default=new_link_id,
        editable=False,
        verbose_name=_("link number"),
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("question for an ambassador")
        verbose_name_plural = _("questions for ambassadors")
        indexes = [models.Index(fields=["organisation", "status"], name="question_zone_status")]

    def __str__(self):
        return f"{self.name} · {self.get_topic_display()}"

    @property
    def audit_label(self) -> str:
        return f"#{self.pk}"

    def thread(self) -> list["AmbassadorQuestion"]:
        """The questions this one follows, oldest first, and this one (a few at most)."""
        chain = [self]
        while chain[0].follows_id is not None and len(chain) < 50:
            chain.insert(0, chain[0].follows)
        return chain

    def get_language_display(self) -> str:
        """The answer language's name in the reader's language ("Dutch", not "nl")."""
        return language_name(self.language)


# The partner organisations live in partner_models.py; imported here so that Django and the
# rest of korps find them in outreach.models.
from .partner_models import Partner, PartnerContact, PartnerKind, PartnerPerson  # noqa: E402

__all__ = [
    "Action",
    "ActionReach",
    "ActionVisit",
    "AmbassadorProfile",
    "AmbassadorQuestion",
    "Campaign",
    "Channel",
    "Partner",
    "PartnerContact",
    "PartnerKind",
    "PartnerPerson",
    "QuestionStatus",
    "Topic",
    "Wave",
    "new_action_code",
]
