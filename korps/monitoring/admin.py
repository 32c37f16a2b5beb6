from django.conf import settings
from django.contrib import admin
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from korps.core.translated import TranslatedField
from korps.organisations.admin import (
    BackOfficeForm,
    ConfigurationWrites,
    ZoneScopedAdmin,
    ZoneScopedTabularInline,
    admin_site,
)
from korps.organisations.backoffice_display import labelled_filter

from .models import (
    DEFAULT_ORIGIN_GROUPS,
    DimensionOption,
    DimensionQuestion,
    MonitoringSettings,
    OriginCategory,
    PopulationFigure,
)


class PopulationFigureAdmin(ZoneScopedAdmin):
    """Read-only: figures come in through the import, which keeps the summaries right."""

    list_display = ["municipality", "year", "origin_group_name", "gender", "count", "source"]
    list_filter = [
        "year",
        labelled_filter(
            "origin_group", _("origin"), lambda code: dict(DEFAULT_ORIGIN_GROUPS).get(code, code)
        ),
    ]
    list_select_related = ["municipality"]
    shown_as = {"origin_group": lambda figure: figure.origin_group_label}

    @admin.display(description=_("origin"), ordering="origin_group")
    def origin_group_name(self, figure):
        return figure.origin_group_label


class OriginCategoryForm(BackOfficeForm):
    label = TranslatedField(
        [code for code, _name in settings.LANGUAGES],
        max_length=100,
        label=capfirst(OriginCategory._meta.get_field("label").verbose_name),
        help_text=OriginCategory._meta.get_field("label").help_text,
    )

    class Meta:
        model = OriginCategory
        fields = ["organisation", "order", "code", "label"]


class OriginCategoryAdmin(ConfigurationWrites, ZoneScopedAdmin):
    """A zone's own origin categories; without any, korps offers the default ones."""

    form = OriginCategoryForm
    list_display = ["organisation", "order", "__str__"]
    list_display_links = ["__str__"]


def _label_field(model):
    return TranslatedField(
        [code for code, _name in settings.LANGUAGES],
        max_length=100,
        label=capfirst(model._meta.get_field("label").verbose_name),
        help_text=model._meta.get_field("label").help_text,
    )


class DimensionOptionForm(BackOfficeForm):
    label = _label_field(DimensionOption)

    class Meta:
        model = DimensionOption
        fields = ["order", "code", "label"]


class DimensionOptionInline(ConfigurationWrites, ZoneScopedTabularInline):
    model = DimensionOption
    form = DimensionOptionForm
    extra = 0


class DimensionQuestionForm(BackOfficeForm):
    label = _label_field(DimensionQuestion)

    class Meta:
        model = DimensionQuestion
        fields = ["organisation", "order", "code", "label", "active"]


class DimensionQuestionAdmin(ConfigurationWrites, ZoneScopedAdmin):
    """A zone's own declaration questions (sexual orientation, disability...) and their
    answers; korps always offers "prefer not to say" besides them. Answering is optional."""

    form = DimensionQuestionForm
    inlines = [DimensionOptionInline]
    list_display = ["organisation", "order", "__str__", "active"]
    list_display_links = ["__str__"]


class MonitoringSettingsAdmin(ConfigurationWrites, ZoneScopedAdmin):
    """Every change is audited with the values before and after."""

    list_display = ["organisation", "adverse_impact_ratio", "adverse_impact_p", "small_group"]


admin_site.register(PopulationFigure, PopulationFigureAdmin)
admin_site.register(OriginCategory, OriginCategoryAdmin)
admin_site.register(MonitoringSettings, MonitoringSettingsAdmin)
admin_site.register(DimensionQuestion, DimensionQuestionAdmin)
