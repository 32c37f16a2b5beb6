"""A zone's own voluntary declaration dimensions (sexual orientation, disability, religion,
education...), beyond origin and gender. Each question offers its options and always
"prefer not to say"; every answer is given by the person, is optional and is never
inferred. The answers belong to the declaration: withdrawing it erases them."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager

from korps.core.translated import localized
from korps.organisations.models import Organisation


class DimensionQuestion(models.Model):
    """One question of a zone's declaration, with labels per language. Only active
    questions are asked; the answers to an inactive one stay counted in the reports."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", verbose_name=_("zone")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    code = models.SlugField(_("code"), max_length=30)
    label = models.JSONField(_("label"), default=dict, help_text=_("One text per language."))
    active = models.BooleanField(_("asked in the declaration"), default=True)

    objects = ScopedManager(organisation="organisation")

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("declaration question")
        verbose_name_plural = _("declaration questions")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "code"], name="dimension_question_unique"
            )
        ]

    def __str__(self):
        return localized(self.label) or self.code


class DimensionOption(models.Model):
    """One answer a question offers ("prefer not to say" is offered by korps itself)."""

    question = models.ForeignKey(
        DimensionQuestion,
        on_delete=models.CASCADE,
        related_name="options",
        verbose_name=_("declaration question"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    code = models.SlugField(_("code"), max_length=30)
    label = models.JSONField(_("label"), default=dict, help_text=_("One text per language."))

    objects = ScopedManager(organisation="question__organisation")

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("answer option")
        verbose_name_plural = _("answer options")
        constraints = [
            models.UniqueConstraint(fields=["question", "code"], name="dimension_option_unique"),
            models.CheckConstraint(condition=~Q(code="not_said"), name="dimension_option_own"),
        ]

    def __str__(self):
        return localized(self.label) or self.code


class DimensionAnswer(models.Model):
    """A person's answer to one question of their declaration: an option, or "prefer not to
    say" (no option). No row: the person did not answer."""

    declaration = models.ForeignKey(
        "monitoring.Declaration",
        on_delete=models.CASCADE,
        related_name="answers",
        verbose_name=_("declaration"),
    )
    question = models.ForeignKey(
        DimensionQuestion,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("declaration question"),
    )
    option = models.ForeignKey(
        DimensionOption,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answer"),
        help_text=_("Empty: prefer not to say."),
    )

    objects = ScopedManager(organisation="declaration__organisation")

    class Meta:
        verbose_name = _("declared answer")
        verbose_name_plural = _("declared answers")
        constraints = [
            models.UniqueConstraint(
                fields=["declaration", "question"], name="dimension_answer_unique"
            )
        ]

    def __str__(self):
        return f"#{self.declaration_id} {self.question_id}"
