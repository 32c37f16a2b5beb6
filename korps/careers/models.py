"""The public career site of a zone: texts, the admission self-check, the selection steps,
practice questions, role-model stories and interest sign-ups (leads).

Texts a zone writes in several languages are JSON objects {"nl": ..., "fr": ..., "en": ...}
(see korps.core.translated)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.core.links import new_link_id
from korps.organisations.models import Organisation, Unit


def new_token() -> str:
    """Referenced by migration 0001 only: korps no longer stores tokens (see link_id)."""
    return new_link_id()


class SiteText(models.Model):
    """A block of text on the career site, such as the welcome or the preparation tips."""

    class Key(models.TextChoices):
        WELCOME = "welcome", _("Welcome on the career home page")
        CRITERIA = "criteria", _("Introduction to the self-check")
        SELECTION = "selection", _("Introduction to the selection steps")
        PREPARATION = "preparation", _("Preparation tips")
        CONTACT = "contact", _("Introduction to the interest sign-up")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    key = models.CharField(_("place"), max_length=20, choices=Key.choices)
    title = models.JSONField(_("title"), default=dict, blank=True)
    body = models.JSONField(_("text"), default=dict, blank=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("site text")
        verbose_name_plural = _("site texts")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "key"], name="site_text_unique_key")
        ]

    def __str__(self):
        return self.get_key_display()


class Job(models.Model):
    """A job one can apply for (inspector, agent, ...), with its own admission criteria."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="jobs", verbose_name=_("zone")
    )
    slug = models.SlugField(_("short name"), max_length=40)
    name = models.JSONField(_("name"), default=dict)
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_published = models.BooleanField(_("published"), default=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("job")
        verbose_name_plural = _("jobs")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "slug"], name="job_unique_slug")
        ]

    def __str__(self):
        return self.slug


class Criterion(models.Model):
    """One admission criterion of a job, asked as a question with fixed answers."""

    job = models.ForeignKey(
        Job, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("job")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    question = models.JSONField(_("question"), default=dict)
    explanation = models.JSONField(_("explanation"), default=dict, blank=True)

    objects = ScopedManager(organisation="job__organisation")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("admission criterion")
        verbose_name_plural = _("admission criteria")

    def __str__(self):
        return f"{self.job} #{self.order}"


class Outcome(models.TextChoices):
    """How the self-check judges an answer.

    An answer that cannot be judged yet ("I'm not sure", "applied for") is not "met":
    it says what the visitor can count on. All but "not met" let the visitor go ahead.
    """

    MET = "met", _("Met")
    CONDITIONAL = "conditional", _("Met, with a step to take")
    TO_CHECK = "to_check", _("Check with the recruiter")
    ONCE_GRANTED = "once_granted", _("Possible once granted")
    NOT_MET = "not_met", _("Not met")


class CriterionAnswer(models.Model):
    criterion = models.ForeignKey(
        Criterion,
        on_delete=models.CASCADE,
        related_name="answers",
        verbose_name=_("admission criterion"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    label = models.JSONField(_("answer"), default=dict)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    advice = models.JSONField(_("what to do next"), default=dict, blank=True)

    objects = ScopedManager(organisation="criterion__job__organisation")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return f"{self.criterion} · {self.outcome}"


class SelectionStep(models.Model):
    """A step of the selection procedure as the career site explains it."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="selection_steps",
        verbose_name=_("zone"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.JSONField(_("name"), default=dict)
    what_it_tests = models.JSONField(_("what it tests"), default=dict, blank=True)
    duration = models.JSONField(_("how long it takes"), default=dict, blank=True)
    preparation = models.JSONField(_("how to prepare"), default=dict, blank=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("selection step")
        verbose_name_plural = _("selection steps")

    def __str__(self):
        return f"{self.organisation.code} · {self.order}"


class PracticeTopic(models.Model):
    """A topic within a step's question bank, e.g. 'language knowledge' or 'reasoning'."""

    step = models.ForeignKey(
        SelectionStep,
        on_delete=models.CASCADE,
        related_name="topics",
        verbose_name=_("selection step"),
    )
    name = models.JSONField(_("name"), default=dict)

    objects = ScopedManager(organisation="step__organisation")

    class Meta:
        ordering = ["pk"]
        verbose_name = _("practice topic")
        verbose_name_plural = _("practice topics")

    def __str__(self):
        return str(self.name.get("nl") or next(iter(self.name.values()), ""))


def _test_language_choices():
    return settings.LANGUAGES


class PracticeQuestion(models.Model):
    topic = models.ForeignKey(
        PracticeTopic,
        on_delete=models.CASCADE,
        related_name="questions",
        verbose_name=_("practice topic"),
    )
    text = models.JSONField(_("question"), default=dict)
    explanation = models.JSONField(_("explanation"), default=dict, blank=True)
    test_language = models.CharField(
        _("test language"),
        max_length=8,
        blank=True,
        choices=_test_language_choices,
        help_text=_(
            "For a question on language knowledge: the language of the test it belongs to "
            "(e.g. spelling Dutch words belongs to the test in Dutch). Empty: every test."
        ),
    )
    is_published = models.BooleanField(_("published"), default=True)
    created_at = models.DateTimeField(
        default=timezone.now, editable=False, verbose_name=_("created")
    )

    objects = ScopedManager(organisation="topic__step__organisation")

    class Meta:
        ordering = ["pk"]
        verbose_name = _("practice question")
        verbose_name_plural = _("practice questions")

    def __str__(self):
        return str(self.text.get("nl") or next(iter(self.text.values()), ""))[:80]


class PracticeChoice(models.Model):
    question = models.ForeignKey(
        PracticeQuestion,
        on_delete=models.CASCADE,
        related_name="choices",
        verbose_name=_("practice question"),
    )
    order = models.PositiveSmallIntegerField(default=0, verbose_name=_("order"))
    text = models.JSONField(_("answer"), default=dict)
    is_correct = models.BooleanField(_("correct"), default=False)

    objects = ScopedManager(organisation="question__topic__step__organisation")

    class Meta:
        verbose_name = _("answer option")
        verbose_name_plural = _("answer options")
        ordering = ["order", "pk"]

    def __str__(self):
        return str(self.text.get("nl") or next(iter(self.text.values()), ""))[:80]


class Story(models.Model):
    """A colleague's own story. Shown only while their recorded consent stands."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="stories", verbose_name=_("zone")
    )
    person_name = models.CharField(_("name as shown"), max_length=120)
    person_email = models.EmailField(
        _("their e-mail"), help_text=_("Where the consent and withdrawal link is sent.")
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("unit")
    )
    job_title = models.JSONField(_("job"), default=dict, blank=True)
    quote = models.JSONField(_("quote"), default=dict)
    body = models.JSONField(_("story"), default=dict)
    photo = models.ImageField(_("photo"), upload_to="stories/", blank=True)
    photo_description = models.JSONField(_("photo description"), default=dict, blank=True)
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
    created_at = models.DateTimeField(
        default=timezone.now, editable=False, verbose_name=_("created")
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def __str__(self):
        return self.person_name

    @property
    def audit_label(self) -> str:
        return f"#{self.pk}"

    @property
    def is_published(self) -> bool:
        return self.consent_given_at is not None and self.consent_withdrawn_at is None


class Lead(models.Model):
    """Someone who asked to hear about the next steps. Outreach and guidance pick leads up;
    `source` is the campaign or channel code they came in with."""

    class Contact(models.TextChoices):
        EMAIL = "email", _("By e-mail")
        PHONE = "phone", _("By phone")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="leads", verbose_name=_("zone")
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    contact_by = models.CharField(
        _("how to contact you"), max_length=10, choices=Contact.choices, default=Contact.EMAIL
    )
    job = models.ForeignKey(
        Job, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("job")
    )
    message = models.TextField(_("question or remark"), blank=True, max_length=2000)
    language = models.CharField(max_length=8, verbose_name=_("language"))
    source = models.CharField(_("source"), max_length=40, blank=True, db_index=True)
    consent_text = models.TextField(verbose_name=_("consent as given"))
    created_at = models.DateTimeField(
        default=timezone.now, db_index=True, verbose_name=_("created")
    )
    confirmed_at = models.DateTimeField(_("e-mail confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # The personal link's id, not a credential on its own: see korps.core.links.
    link_id = models.CharField(
        max_length=32,
        unique=True,
        default=new_link_id,
        editable=False,
        verbose_name=_("link number"),
    )
    # Follow-up by staff (lead_follow_up): who takes it, when they reached the person, notes.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("owner"),
    )
    contacted_on = models.DateField(_("contacted on"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True, max_length=4000)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("interested person")
        verbose_name_plural = _("interested people")

    def __str__(self):
        return self.name

    @property
    def audit_label(self) -> str:
        return f"#{self.pk}"

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None
