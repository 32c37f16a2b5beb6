"""The practice library. Sheets are instance-wide: every zone of the instance reads the same
library, so a sheet has no zone. What belongs to a zone has one: its implementation of a
sheet, its adoptions (a to-do list made from a sheet) and their items."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.organisations.models import Organisation

SHEET_LANGUAGES = {"nl": _("Dutch"), "fr": _("French"), "en": _("English")}
# PostgreSQL's text search configuration for each language of a sheet.
SEARCH_CONFIGS = {"nl": "dutch", "fr": "french", "en": "english"}
# A contact must confirm an implementation this often, or it is marked stale.
CONFIRMATION_DAYS = 365


class Category(models.TextChoices):
    RECRUITMENT = "recruitment", _("Recruitment")
    SELECTION = "selection", _("Selection and guidance")
    RETENTION = "retention", _("Retention and careers")
    CULTURE = "culture", _("Culture and inclusion")
    COMMUNITY = "community", _("Relations with the community")
    POLICY = "policy", _("Policy and strategy")


class PolicyDomain(models.TextChoices):
    PERSONNEL = "personnel", _("Personnel policy")
    SAFETY = "safety", _("Safety")
    COMMUNICATION = "communication", _("Communication")
    EDUCATION = "education", _("Education")
    EQUAL_OPPORTUNITIES = "equal_opportunities", _("Equal opportunities")


class Goal(models.TextChoices):
    DIVERSE_STAFF = "diverse_staff", _("A more diverse staff")
    ACCESSIBLE_SELECTION = "accessible_selection", _("A more accessible selection")
    RETENTION = "retention", _("Keeping and promoting staff")
    OPEN_CULTURE = "open_culture", _("An open and safe workplace")
    COMMUNITY_TRUST = "community_trust", _("Trust and dialogue with residents")
    ANTI_DISCRIMINATION = "anti_discrimination", _("Fighting discrimination")


class TargetGroup(models.TextChoices):
    CANDIDATES_MIGRATION = "candidates_migration", _("Candidates with a migration background")
    RESIDENTS = "residents", _("Residents of the zone")
    STAFF = "staff", _("Staff of the zone")
    YOUNG_PEOPLE = "young_people", _("Young people")
    WOMEN = "women", _("Women")
    EVERYONE = "everyone", _("Everyone")


class Stage(models.TextChoices):
    UNTESTED = "untested", _("Untested")
    LOCAL = "local", _("Evaluated locally")
    INDEPENDENT = "independent", _("Independently evaluated")


class Result(models.TextChoices):
    WORKED = "worked", _("Worked")
    PROMISING = "promising", _("Promising")
    NEW = "new", _("New")
    DID_NOT_WORK = "did_not_work", _("Did not work")


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Declined")


class PracticeSheet(models.Model):
    """One practice, shared by every zone of the instance. Its texts are per language
    (SheetText); its grade is on two axes, stage and result, and failures are welcome."""

    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    policy_domains = models.JSONField(_("policy domains"), default=list, blank=True)
    goals = models.JSONField(_("goals"), default=list, blank=True)
    target_group = models.CharField(_("target group"), max_length=30, choices=TargetGroup.choices)
    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.UNTESTED
    )
    result = models.CharField(
        _("result"), max_length=20, choices=Result.choices, default=Result.NEW
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submitted_practices",
        verbose_name=_("submitted by"),
    )
    # The zone's name as text: a sheet belongs to no zone, it only says where it came from.
    origin = models.CharField(_("submitted from"), max_length=200, blank=True)
    likely_duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="likely_duplicates",
        verbose_name=_("likely duplicate of"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("practice sheet")
        verbose_name_plural = _("practice sheets")
        permissions = [("moderate_practices", _("Can moderate the practice library"))]

    def __str__(self):
        text = self.texts.first() if self.pk else None
        return text.title if text else self.slug

    def goal_labels(self) -> list[str]:
        return [Goal(code).label for code in self.goals if code in Goal.values]

    def policy_domain_labels(self) -> list[str]:
        return [
            PolicyDomain(code).label for code in self.policy_domains if code in PolicyDomain.values
        ]


class SheetText(models.Model):
    """A sheet's texts in one language. Lists (goals, success factors, challenges) are one
    item a line."""

    sheet = models.ForeignKey(
        PracticeSheet, on_delete=models.CASCADE, related_name="texts", verbose_name=_("sheet")
    )
    language = models.CharField(_("language"), max_length=2, choices=list(SHEET_LANGUAGES.items()))
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=600)
    target_group_text = models.TextField(_("target group, in words"), blank=True)
    description = models.TextField(_("description"))
    goals_text = models.TextField(_("goals, one a line"), blank=True)
    success_factors = models.TextField(_("success factors, one a line"), blank=True)
    challenges = models.TextField(_("challenges, one a line"), blank=True)
    # The four criteria before a sheet can be recommended.
    problem = models.TextField(_("the problem it addresses"), blank=True)
    rationale = models.TextField(_("why it should work"), blank=True)
    evaluation = models.TextField(_("evaluation"), blank=True)
    replication = models.TextField(_("what another zone needs to repeat it"), blank=True)
    # The searched fields' words, stemmed by the Snowball stemmer of the language (search.py).
    stems = models.TextField(_("stemmed words"), blank=True, editable=False)

    class Meta:
        ordering = ["sheet", "language"]
        verbose_name = _("sheet text")
        verbose_name_plural = _("sheet texts")
        constraints = [
            models.UniqueConstraint(fields=["sheet", "language"], name="sheettext_one_a_language")
        ]

    def __str__(self):
        return self.title

    @property
    def search_config(self) -> str:
        return SEARCH_CONFIGS[self.language]

    @property
    def criteria_filled(self) -> bool:
        return all(
            value.strip()
            for value in (self.problem, self.rationale, self.evaluation, self.replication)
        )

    def lines(self, field: str) -> list[str]:
        return [line.strip(" •-\t") for line in getattr(self, field).splitlines() if line.strip()]


class SheetPartner(models.Model):
    """A kind of partner the practice works with. It is matched by name with the reading
    zone's own outreach partners (a sheet belongs to no zone, a partner does)."""

    sheet = models.ForeignKey(
        PracticeSheet, on_delete=models.CASCADE, related_name="partners", verbose_name=_("sheet")
    )
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("what they do"), max_length=300, blank=True)

    class Meta:
        ordering = ["sheet", "name"]
        verbose_name = _("sheet partner")
        verbose_name_plural = _("sheet partners")

    def __str__(self):
        return self.name


class StatusChange(models.Model):
    """The sheet's history: every move between statuses, with its reason."""

    sheet = models.ForeignKey(
        PracticeSheet, on_delete=models.CASCADE, related_name="history", verbose_name=_("sheet")
    )
    from_status = models.CharField(_("from"), max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=Status.choices)
    reason = models.TextField(_("reason"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("by"),
    )
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self):
        return f"{self.sheet_id}: {self.from_status} → {self.to_status}"


class Verdict(models.TextChoices):
    RECOMMEND = "recommend", _("Recommend")
    DO_NOT_RECOMMEND = "do_not_recommend", _("Do not recommend")


class Review(models.Model):
    """One reviewer's verdict. Two reviewers who recommend, and the four criteria filled in,
    make the sheet "recommended"."""

    sheet = models.ForeignKey(
        PracticeSheet, on_delete=models.CASCADE, related_name="reviews", verbose_name=_("sheet")
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="practice_reviews",
        verbose_name=_("reviewer"),
    )
    verdict = models.CharField(_("verdict"), max_length=20, choices=Verdict.choices)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [
            models.UniqueConstraint(fields=["sheet", "reviewer"], name="review_one_a_reviewer")
        ]

    def __str__(self):
        return f"{self.sheet_id}: {self.get_verdict_display()}"


class Implementation(models.Model):
    """How one zone runs a practice, in its own words, with a contact who confirms it yearly."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="practice_implementations",
        verbose_name=_("zone"),
    )
    sheet = models.ForeignKey(
        PracticeSheet,
        on_delete=models.CASCADE,
        related_name="implementations",
        verbose_name=_("sheet"),
    )
    language = models.CharField(
        _("language"), max_length=2, choices=list(SHEET_LANGUAGES.items()), default="nl"
    )
    text = models.TextField(_("how the zone does it"))
    started_on = models.DateField(_("started on"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="practice_implementations",
        verbose_name=_("contact person"),
    )
    last_confirmed = models.DateField(_("last confirmed"), default=timezone.localdate)
    confirmation_asked_on = models.DateField(_("confirmation asked on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("implementation")
        verbose_name_plural = _("implementations")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "sheet"], name="implementation_one_a_zone"
            )
        ]

    def __str__(self):
        return f"{self.sheet_id} · {self.organisation_id}"

    @property
    def is_stale(self) -> bool:
        return (timezone.localdate() - self.last_confirmed).days > CONFIRMATION_DAYS


class Adoption(models.Model):
    """A zone takes up a practice: a to-do list made from the sheet (until the diversity plan
    takes adoptions through `adoption.register_adopter`)."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="practice_adoptions",
        verbose_name=_("zone"),
    )
    sheet = models.ForeignKey(
        PracticeSheet, on_delete=models.PROTECT, related_name="adoptions", verbose_name=_("sheet")
    )
    adopted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("adopted by"),
    )
    created_at = models.DateTimeField(_("adopted on"), default=timezone.now)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")

    def __str__(self):
        return f"{self.sheet} · {self.organisation}"


class ItemKind(models.TextChoices):
    SUCCESS_FACTOR = "success_factor", _("Success factor")
    CHALLENGE = "challenge", _("Challenge")
    CONTACT = "contact", _("Partner to contact")


class AdoptionItem(models.Model):
    adoption = models.ForeignKey(
        Adoption, on_delete=models.CASCADE, related_name="items", verbose_name=_("adoption")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ItemKind.choices)
    text = models.TextField(_("text"))
    # The zone's own outreach partner of that name, when it has one.
    partner = models.ForeignKey(
        "outreach.Partner",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("partner"),
    )
    done = models.BooleanField(_("done"), default=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ScopedManager(organisation="adoption__organisation")

    class Meta:
        ordering = ["adoption", "position"]
        verbose_name = _("checklist item")
        verbose_name_plural = _("checklist items")

    def __str__(self):
        return self.text[:80]
