"""Job days, info sessions and other events with limited seats, a waiting list and check-in."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.core.links import new_link_id
from korps.organisations.models import Organisation


def new_token() -> str:
    """Referenced by migration 0001 only: korps no longer stores tokens (see link_id)."""
    return new_link_id()


MAX_SEATS_PER_SIGNUP = 3


class EventKind(models.TextChoices):
    JOB_DAY = "job_day", _("Job day")
    INFO_SESSION = "info_session", _("Info session")
    SCHOOL_VISIT = "school_visit", _("School visit")
    SPORTS_TRYOUT = "sports_tryout", _("Sports try-out")


class Event(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="events", verbose_name=_("zone")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    language = models.CharField(_("language spoken"), max_length=8, default="nl")
    place = models.CharField(_("place"), max_length=300, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    seats = models.PositiveIntegerField(_("seats"), validators=[MinValueValidator(1)])
    signup_opens_at = models.DateTimeField(_("sign-up opens"), null=True, blank=True)
    signup_closes_at = models.DateTimeField(_("sign-up closes"), null=True, blank=True)
    overflow_threshold = models.PositiveIntegerField(
        _("extra session suggested from"),
        default=20,
        validators=[MinValueValidator(1)],
        help_text=_(
            "When this many seats are on the waiting list, korps suggests an extra session."
        ),
    )
    extra_session_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="extra_sessions",
        verbose_name=_("extra session of"),
    )
    is_published = models.BooleanField(_("published"), default=True)
    # Kept by the services in the same transaction as the sign-ups they count, so that the
    # busiest pages and the seat check read one row instead of counting sign-ups;
    # events.services.event_recount() rebuilds them from the sign-ups.
    seats_confirmed = models.PositiveIntegerField(
        default=0, editable=False, verbose_name=_("seats confirmed")
    )
    seats_waiting = models.PositiveIntegerField(
        default=0, editable=False, verbose_name=_("seats on the waiting list")
    )
    attendance_closed_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("attendance closed on")
    )
    created_at = models.DateTimeField(
        default=timezone.now, editable=False, verbose_name=_("created")
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["organisation", "starts_at"], name="event_zone_start")]

    def __str__(self):
        return f"{self.title} ({timezone.localtime(self.starts_at):%Y-%m-%d %H:%M})"

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The end must come after the start.")
        if (
            self.signup_opens_at
            and self.signup_closes_at
            and (self.signup_closes_at <= self.signup_opens_at)
        ):
            errors["signup_closes_at"] = _("Sign-up must close after it opens.")
        if not self.place and not self.online_url:
            errors["place"] = _("Give a place, an online link, or both.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_full(self) -> bool:
        return self.seats_confirmed >= self.seats

    @property
    def free_seats(self) -> int:
        return max(self.seats - self.seats_confirmed, 0)

    @property
    def waiting_list_is_long(self) -> bool:
        """At least `overflow_threshold` seats, and at least one, are asked for on the
        waiting list."""
        return self.seats_waiting > 0 and self.seats_waiting >= self.overflow_threshold

    def is_on(self, now=None) -> bool:
        """Today (in the zone's time zone, TIME_ZONE) is one of the event's days."""
        today = timezone.localdate(now or timezone.now())
        first = timezone.localdate(self.starts_at)
        last = timezone.localdate(self.ends_at) if self.ends_at else first
        return first <= today <= last

    def signup_is_open(self, now=None) -> bool:
        now = now or timezone.now()
        if not self.is_published or now >= self.starts_at:
            return False
        if self.signup_opens_at and now < self.signup_opens_at:
            return False
        return not (self.signup_closes_at and now >= self.signup_closes_at)


class SignupStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


ACTIVE_STATUSES = (SignupStatus.CONFIRMED, SignupStatus.WAITING)


class Signup(models.Model):
    """A person's sign-up for an event, for 1 to 3 seats. Waiting sign-ups are promoted in the
    order they came in; `source` is the campaign or channel code they came in with."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="signups", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    seats = models.PositiveSmallIntegerField(
        _("number of people"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_SEATS_PER_SIGNUP)],
    )
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True, max_length=1000)
    language = models.CharField(max_length=8, verbose_name=_("language"))
    source = models.CharField(_("source"), max_length=40, blank=True, db_index=True)
    status = models.CharField(max_length=10, choices=SignupStatus.choices, verbose_name=_("status"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("created"))
    status_changed_at = models.DateTimeField(
        default=timezone.now, verbose_name=_("status changed on")
    )
    moved_from = models.ForeignKey(
        Event,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("moved from"),
    )
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    no_show = models.BooleanField(_("did not come"), default=False)
    reminder_sent_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("reminder sent on")
    )
    followup_sent_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("follow-up sent on")
    )
    # The personal link's id, not a credential on its own: see korps.core.links.
    link_id = models.CharField(
        max_length=32,
        unique=True,
        default=new_link_id,
        editable=False,
        verbose_name=_("link number"),
    )

    objects = ScopedManager(organisation="event__organisation")

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        constraints = [
            # One active sign-up per address per event; the database enforces it under races.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=Q(status__in=["confirmed", "waiting"]),
                name="signup_one_active_per_email",
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"], name="signup_queue")]

    def __str__(self):
        return f"{self.name} · {self.event}"

    @property
    def audit_label(self) -> str:
        return f"#{self.pk} · {self.event.title}"
