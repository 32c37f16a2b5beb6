"""Complaints: a citizen's complaint, a report of discrimination or of a hate incident, or
praise, as a case with one or more allegations, each with its own category, discrimination
ground, staff concerned and outcome. The dates of the procedure (received, acknowledged,
first contact, decided, closed) are facts on the case; the deadlines that follow from them
and from the zone's rule set are computed elsewhere (`clocks.py`), never stored.

An anonymous complainant follows the case with a receipt code; only its SHA-256 digest is
stored (`receipt_digest`), so nothing in the database opens the case's public page."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.core.translated import localized
from korps.disclosure.cellkey import record_key
from korps.monitoring.models import StaffMember
from korps.organisations.models import Organisation, Unit


class RuleSet(models.TextChoices):
    # ISO 3166 codes, as the `holidays` package names the countries.
    BELGIUM = "BE", _("Belgium")
    NETHERLANDS = "NL", _("Netherlands")


class ComplaintsSettings(models.Model):
    """A zone's choices for its complaints procedure (one row per zone)."""

    organisation = models.OneToOneField(
        Organisation,
        on_delete=models.CASCADE,
        related_name="complaints_settings",
        verbose_name=_("zone"),
    )
    rule_set = models.CharField(
        _("rule set"),
        max_length=2,
        choices=RuleSet.choices,
        default=RuleSet.BELGIUM,
        help_text=_("The deadlines of the procedure follow this country's rules."),
    )
    pseudonymise_after_months = models.PositiveSmallIntegerField(
        _("pseudonymise closed cases after (months)"), default=24
    )
    publish_statistics = models.BooleanField(
        _("publish statistics"),
        default=False,
        help_text=_(
            "Show the zone's complaint statistics on its public site and count it among "
            "the zones that publish."
        ),
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        verbose_name = _("complaints settings")
        verbose_name_plural = _("complaints settings")

    def __str__(self):
        return str(self.organisation)


class ComplaintCategory(models.Model):
    """A category of allegation (incivility, use of force, ...). Each zone edits its own list;
    the defaults come from `zone_defaults.py`."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    code = models.SlugField(_("code"), max_length=40)
    label = models.JSONField(_("label"), default=dict, help_text=_("One text per language."))
    is_active = models.BooleanField(_("in use"), default=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("complaint category")
        verbose_name_plural = _("complaint categories")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "code"], name="complaint_category_unique"
            )
        ]

    def __str__(self):
        return localized(self.label) or self.code


class CaseKind(models.TextChoices):
    COMPLAINT = "complaint", _("Complaint about a police action")
    DISCRIMINATION = "discrimination", _("Report of discrimination")
    HATE_INCIDENT = "hate_incident", _("Report of a hate incident")
    PRAISE = "praise", _("Praise")


class Channel(models.TextChoices):
    ONLINE = "online", _("Online form")
    DESK = "desk", _("At the desk")
    PHONE = "phone", _("By telephone")
    WRITTEN = "written", _("By letter or e-mail")
    REFERRED = "referred", _("Passed on by another body")


class Route(models.TextChoices):
    LOGGED = "logged", _("Logged and resolved at once")
    CONVERSATION = "conversation", _("Conversation")
    MEDIATION = "mediation", _("Mediation")
    INVESTIGATION = "investigation", _("Formal investigation")
    REFERRAL = "referral", _("Referred to another body")


class CaseStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    IN_HANDLING = "in_handling", _("Being handled")
    DECIDED = "decided", _("Decided")
    CLOSED = "closed", _("Closed")


OPEN_STATUSES = (CaseStatus.RECEIVED, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_HANDLING)

# No 0/O, 1/I/L: a code read from paper is typed back without doubt. 16 characters of 31
# give 79 bits.
RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECEIPT_LENGTH = 16


def new_receipt_code() -> str:
    """A fresh receipt code in groups of four, e.g. "7KQM-2XHV-9CPA-R4TN"."""
    raw = "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(RECEIPT_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, RECEIPT_LENGTH, 4))


def normalise_receipt_code(code: str) -> str:
    """What the person typed, without spaces or dashes, upper-case (a lower-case code or one
    typed without its dashes is the same code)."""
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def format_receipt_code(code: str) -> str:
    """The code as printed on the receipt, in groups of four."""
    raw = normalise_receipt_code(code)
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def receipt_digest(code: str) -> str:
    """The stored form of a receipt code: SHA-256 of the normalised code. 79 random bits make
    a keyless digest safe against guessing, and a key rotation does not lock people out."""
    return hashlib.sha256(normalise_receipt_code(code).encode()).hexdigest()


class Case(models.Model):
    """One complaint, report or praise, with the facts of its procedure."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    reference = models.CharField(_("reference"), max_length=20, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=CaseKind.choices)
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.ONLINE
    )
    anonymous = models.BooleanField(_("anonymous"), default=False)
    complainant_name = models.CharField(_("name of the complainant"), max_length=200, blank=True)
    complainant_email = models.EmailField(_("e-mail address of the complainant"), blank=True)
    complainant_phone = models.CharField(
        _("telephone of the complainant"), max_length=40, blank=True
    )
    receipt_digest = models.CharField(
        _("receipt code (digest)"), max_length=64, blank=True, editable=False
    )
    language = models.CharField(_("language"), max_length=8)
    what = models.TextField(_("what happened"))
    where = models.CharField(_("where"), max_length=300, blank=True)
    occurred_on = models.DateField(_("date of the facts"), null=True, blank=True)
    occurred_when = models.CharField(_("when (as told)"), max_length=200, blank=True)
    who = models.TextField(_("who was involved (as told)"), blank=True)
    wish = models.TextField(_("what the complainant wants"), blank=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    acknowledged_at = models.DateTimeField(_("acknowledged"), null=True, blank=True)
    first_contact_at = models.DateTimeField(_("first contact"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    route = models.CharField(_("handling route"), max_length=20, choices=Route.choices, blank=True)
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("handler"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CaseStatus.choices, default=CaseStatus.RECEIVED
    )
    closing_reason = models.TextField(
        _("reason for closing"),
        blank=True,
        help_text=_("Written for the complainant, who reads it."),
    )
    # Optimistic locking: every service that changes the case compares and raises it.
    version = models.PositiveIntegerField(_("version"), default=1)
    pseudonymised_at = models.DateTimeField(_("pseudonymised"), null=True, blank=True)
    # The random key of the cell-key method (korps.disclosure.cellkey). Never shown.
    record_key = models.PositiveSmallIntegerField(
        default=record_key, editable=False, verbose_name=_("record key")
    )
    # The earliest due date among the case's open clocks (clocks.next_due), kept by
    # deadlines.case_due_refresh on every change of the facts and by the daily reminders,
    # so that the case list sorts by what is due in SQL. Empty: nothing is due.
    next_due_on = models.DateField(_("next deadline"), null=True, blank=True, editable=False)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        constraints = [
            models.UniqueConstraint(
                fields=["receipt_digest"],
                condition=~models.Q(receipt_digest=""),
                name="case_unique_receipt",
            )
        ]
        indexes = [
            models.Index(fields=["organisation", "status", "received_at"], name="case_zone_due"),
            models.Index(fields=["organisation", "received_at"], name="case_zone_received"),
            models.Index(fields=["organisation", "next_due_on"], name="case_zone_next_due"),
        ]

    def __str__(self):
        return self.reference or f"#{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class CaseExtension(models.Model):
    """One extension of the decision deadline. The first needs only a notice to the
    complainant and the staff concerned; a later one the complainant's recorded consent."""

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="extensions", verbose_name=_("case")
    )
    granted_at = models.DateTimeField(_("granted"), default=timezone.now)
    days = models.PositiveSmallIntegerField(_("extra days"))
    reason = models.TextField(_("reason"))
    with_consent = models.BooleanField(_("with the complainant's consent"), default=False)
    notice_sent_to_complainant_at = models.DateTimeField(
        _("notice sent to the complainant"), null=True, blank=True
    )
    notice_sent_to_staff_at = models.DateTimeField(
        _("notice sent to the staff concerned"), null=True, blank=True
    )

    objects = ScopedManager(organisation="case__organisation")

    class Meta:
        ordering = ["granted_at"]
        verbose_name = _("extension")
        verbose_name_plural = _("extensions")

    def __str__(self):
        return f"{self.case} +{self.days}"


class CasePause(models.Model):
    """The clocks stop while a case waits, for a reason (e.g. the complainant asked for time)."""

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="pauses", verbose_name=_("case")
    )
    started_at = models.DateTimeField(_("paused from"), default=timezone.now)
    ended_at = models.DateTimeField(_("paused until"), null=True, blank=True)
    reason = models.TextField(_("reason"))

    objects = ScopedManager(organisation="case__organisation")

    class Meta:
        ordering = ["started_at"]
        verbose_name = _("pause")
        verbose_name_plural = _("pauses")

    def __str__(self):
        return f"{self.case} {self.started_at:%Y-%m-%d}"


class Ground(models.TextChoices):
    ORIGIN = "origin", _("Origin, nationality or skin colour")
    RELIGION = "religion", _("Religion or belief")
    GENDER = "gender", _("Sex or gender")
    SEXUAL_ORIENTATION = "sexual_orientation", _("Sexual orientation")
    DISABILITY = "disability", _("Disability or health")
    AGE = "age", _("Age")
    LANGUAGE = "language", _("Language")
    SOCIAL = "social", _("Social or economic position")
    OTHER = "other", _("Another ground")


class Outcome(models.TextChoices):
    UPHELD = "upheld", _("Upheld")
    PARTLY = "partly", _("Partly upheld")
    NOT_UPHELD = "not_upheld", _("Not upheld")
    UNDETERMINED = "undetermined", _("Could not be determined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    RESOLVED = "resolved", _("Resolved by conversation or mediation")


class Allegation(models.Model):
    """One thing the complainant holds against the police, with its own outcome."""

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="allegations", verbose_name=_("case")
    )
    category = models.ForeignKey(
        ComplaintCategory, on_delete=models.PROTECT, related_name="+", verbose_name=_("category")
    )
    ground = models.CharField(
        _("discrimination ground"), max_length=20, choices=Ground.choices, blank=True
    )
    summary = models.TextField(_("summary"), blank=True)
    staff_concerned = models.ManyToManyField(
        StaffMember, blank=True, related_name="+", verbose_name=_("staff concerned")
    )
    unit = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("unit concerned"),
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    outcome_reasons = models.TextField(_("reasons for the outcome"), blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    lesson_person = models.TextField(_("lesson for the person"), blank=True)
    lesson_organisation = models.TextField(_("lesson for the organisation"), blank=True)
    record_key = models.PositiveSmallIntegerField(
        default=record_key, editable=False, verbose_name=_("record key")
    )

    objects = ScopedManager(organisation="case__organisation")

    class Meta:
        ordering = ["pk"]
        verbose_name = _("allegation")
        verbose_name_plural = _("allegations")

    def __str__(self):
        return str(self.category)


class CaseMessage(models.Model):
    """The thread between the complainant (through the receipt code or a link) and the
    handler. `author` is empty for the complainant's messages."""

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="messages", verbose_name=_("case")
    )
    from_complainant = models.BooleanField(_("from the complainant"), default=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    body = models.TextField(_("message"))
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    objects = ScopedManager(organisation="case__organisation")

    class Meta:
        ordering = ["sent_at", "pk"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self):
        return f"{self.case} {self.sent_at:%Y-%m-%d %H:%M}"


def attachment_path(instance, filename):
    # The person's file name is kept in `name`, never in the path.
    return f"complaints/{instance.case.organisation_id}/{secrets.token_hex(16)}"


class Attachment(models.Model):
    """A file the complainant sent (an image or a PDF), its type checked from its content."""

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("case")
    )
    file = models.FileField(_("file"), upload_to=attachment_path)
    name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("file type"), max_length=60)
    size = models.PositiveIntegerField(_("size (bytes)"))
    uploaded_at = models.DateTimeField(_("sent"), default=timezone.now)

    objects = ScopedManager(organisation="case__organisation")

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.name


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("No")


class SatisfactionAnswer(models.Model):
    """The complainant's two answers after closing: the first figures the Dutch police could
    not produce."""

    case = models.OneToOneField(
        Case, on_delete=models.CASCADE, related_name="satisfaction", verbose_name=_("case")
    )
    taken_seriously = models.CharField(
        _("complaint taken seriously"), max_length=10, choices=Answer.choices
    )
    trust_restored = models.CharField(_("trust restored"), max_length=10, choices=Answer.choices)
    answered_at = models.DateTimeField(_("answered"), default=timezone.now)

    objects = ScopedManager(organisation="case__organisation")

    class Meta:
        verbose_name = _("satisfaction answer")
        verbose_name_plural = _("satisfaction answers")

    def __str__(self):
        return str(self.case)


class ReminderKind(models.TextChoices):
    REMINDER = "reminder", _("reminder")
    ESCALATION = "escalation", _("escalation")


class ClockReminder(models.Model):
    """One reminder (a deadline near) or escalation (a deadline passed) about one deadline of
    a case, made once per due date. It is kept until its mail went out: while the mail server
    is down `sent_at` stays empty and every later run of the reminders tries again."""

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="clock_reminders", verbose_name=_("case")
    )
    clock = models.CharField(_("deadline"), max_length=20)
    due_on = models.DateField(_("due on"))
    kind = models.CharField(_("kind"), max_length=20, choices=ReminderKind.choices)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=200, blank=True)

    objects = ScopedManager(organisation="case__organisation")

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("deadline reminder")
        verbose_name_plural = _("deadline reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["case", "clock", "due_on", "kind"], name="clock_reminder_once"
            )
        ]

    def __str__(self):
        return f"{self.case} {self.clock} {self.due_on:%Y-%m-%d} {self.kind}"


# Staff reports live in their own module, kept apart from citizens' cases.
from .staff_models import StaffReport, StaffReportMessage  # noqa: E402, F401
