from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from .languages import CONTACT_LANGUAGES
from .roles import Role


def _language_choices():
    return settings.LANGUAGES


class OrganisationKind(models.TextChoices):
    ZONE = "zone", _("Local police zone")
    REGION = "region", _("Region or district")
    FORCE = "force", _("National force")


class Organisation(models.Model):
    """A police zone or force: the unit of data ownership. Staff only ever see their own."""

    name = models.CharField(_("name"), max_length=200)
    code = models.SlugField(
        _("short code"),
        max_length=40,
        unique=True,
        help_text=_("Used in web addresses, e.g. 'gent'. Lower-case letters, digits and hyphens."),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrganisationKind.choices, default=OrganisationKind.ZONE
    )
    default_language = models.CharField(
        _("default language"), max_length=8, choices=_language_choices, default="nl"
    )
    languages = models.JSONField(
        _("languages"),
        default=list,
        blank=True,
        help_text=_("Languages the zone publishes in; the default language is always included."),
    )
    # Nullable so that rows written by code that predates the field stay valid; NULL and an
    # empty list both mean "the interface languages".
    contact_languages = models.JSONField(
        _("contact languages"),
        default=list,
        blank=True,
        null=True,
        help_text=_(
            "Languages in which mentors and ambassadors can talk with candidates and visitors, "
            "e.g. Arabic or Turkish. Empty means the interface languages."
        ),
    )
    suppression_threshold = models.PositiveSmallIntegerField(
        _("suppression threshold"),
        null=True,
        blank=True,
        help_text=_(
            "Group counts below this number are never shown. Empty means the site default."
        ),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("zone or force")
        verbose_name_plural = _("zones and forces")

    def __str__(self):
        return self.name

    def clean(self):
        floor = settings.KORPS_SUPPRESSION_THRESHOLD
        if self.suppression_threshold is not None and self.suppression_threshold < floor:
            raise ValidationError(
                {
                    "suppression_threshold": _(
                        "The threshold cannot be lower than korps's own, %(floor)s."
                    )
                    % {"floor": floor}
                }
            )
        known = {code for code, _name in settings.LANGUAGES}
        unknown = [code for code in self.languages if code not in known]
        if unknown:
            raise ValidationError(
                {
                    "languages": _("Unknown language code: %(codes)s.")
                    % {"codes": ", ".join(unknown)}
                }
            )
        unknown = [c for c in self.contact_languages or [] if c not in CONTACT_LANGUAGES]
        if unknown:
            raise ValidationError(
                {
                    "contact_languages": _("Unknown language code: %(codes)s.")
                    % {"codes": ", ".join(unknown)}
                }
            )

    @property
    def published_languages(self) -> list[str]:
        return [self.default_language] + [c for c in self.languages if c != self.default_language]

    @property
    def effective_suppression_threshold(self) -> int:
        """The instance's floor (KORPS_SUPPRESSION_THRESHOLD), or the zone's own where it is
        higher: a zone's setting never lowers it, whichever path wrote it."""
        return max(settings.KORPS_SUPPRESSION_THRESHOLD, self.suppression_threshold or 0)


class Municipality(models.Model):
    """A municipality a zone serves; population benchmarks are kept per municipality."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="municipalities",
        verbose_name=_("zone"),
    )
    name = models.CharField(_("name"), max_length=200)
    statistical_code = models.CharField(
        _("statistical code"),
        max_length=20,
        blank=True,
        help_text=_(
            "The official code (e.g. the NIS code in Belgium, CBS code in the Netherlands)."
        ),
    )

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"], name="municipality_unique_name"
            )
        ]

    def __str__(self):
        return self.name


class UnitKind(models.TextChoices):
    DISTRICT = "district", _("District")
    DEPARTMENT = "department", _("Department")
    SERVICE = "service", _("Service")
    TEAM = "team", _("Team")


UNIT_PATH_SEPARATOR = " / "


class Unit(models.Model):
    """A part of a zone. Units form a tree: district > department > team."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="units", verbose_name=_("zone")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("part of"),
    )
    name = models.CharField(_("name"), max_length=200)
    code = models.CharField(
        _("unit code"),
        max_length=40,
        blank=True,
        help_text=_("The code the HR export gives the unit, if it has one; unique in the zone."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "parent", "name"], name="unit_unique_name_under_parent"
            ),
            models.UniqueConstraint(
                fields=["organisation", "code"],
                condition=~models.Q(code=""),
                name="unit_unique_code",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if self.parent_id is None:
            return
        if self.parent.organisation_id != self.organisation_id:
            raise ValidationError(
                {"parent": _("A unit can only be part of a unit of its own zone.")}
            )
        ancestor = self.parent
        while ancestor is not None:
            if self.pk is not None and ancestor.pk == self.pk:
                raise ValidationError({"parent": _("A unit cannot be part of itself.")})
            ancestor = ancestor.parent

    def path(self) -> list["Unit"]:
        chain, unit = [], self
        while unit is not None:
            chain.append(unit)
            unit = unit.parent
        return list(reversed(chain))

    @property
    def path_label(self) -> str:
        """The names from the top of the tree down, e.g. "District North / Team A"."""
        return UNIT_PATH_SEPARATOR.join(unit.name for unit in self.path())


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra["is_superuser"] = True
        extra["is_staff"] = True
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractBaseUser, PermissionsMixin):
    """A person who logs in: staff of a zone. Candidates and visitors have no account."""

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200)
    language = models.CharField(
        _("preferred language"), max_length=8, choices=_language_choices, default="nl"
    )
    is_active = models.BooleanField(_("active"), default=True)
    is_staff = models.BooleanField(
        _("site operator"),
        default=False,
        help_text=_("Operators of the whole korps instance; zone staff do not need this."),
    )
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.full_name or self.email

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email


class Membership(models.Model):
    """A role a user holds in one zone. A user may hold several roles, in several zones."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("zone")
    )
    role = models.CharField(_("role"), max_length=32, choices=Role.choices)
    unit = models.ForeignKey(
        Unit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("unit"),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("since"), default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["organisation__name", "role"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "role"], name="membership_unique_role"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.get_role_display()} · {self.organisation}"

    @property
    def audit_label(self) -> str:
        """Without the role's name: a label is stored once, in the language of the moment,
        and the role is in the entry's data (as a code the trail shows in the reader's
        language)."""
        return f"{self.user} · {self.organisation}"

    def clean(self):
        if self.unit_id and self.unit.organisation_id != self.organisation_id:
            raise ValidationError({"unit": _("The unit must belong to the same zone.")})
