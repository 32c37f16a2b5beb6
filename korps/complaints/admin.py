from django.conf import settings
from django.utils.text import capfirst

from korps.core.translated import TranslatedField
from korps.organisations.admin import (
    BackOfficeForm,
    ConfigurationWrites,
    ZoneScopedAdmin,
    admin_site,
)

from .models import ComplaintCategory, ComplaintsSettings


class ComplaintCategoryForm(BackOfficeForm):
    label = TranslatedField(
        [code for code, _name in settings.LANGUAGES],
        max_length=100,
        label=capfirst(ComplaintCategory._meta.get_field("label").verbose_name),
        help_text=ComplaintCategory._meta.get_field("label").help_text,
    )

    class Meta:
        model = ComplaintCategory
        fields = ["organisation", "order", "code", "label", "is_active"]


class ComplaintCategoryAdmin(ConfigurationWrites, ZoneScopedAdmin):
    """The zone's categories of allegation; one no longer in use stays on its old cases."""

    form = ComplaintCategoryForm
    list_display = ["organisation", "order", "__str__", "is_active"]
    list_display_links = ["__str__"]


class ComplaintsSettingsAdmin(ConfigurationWrites, ZoneScopedAdmin):
    """The rule set and the retention period; every change is audited."""

    list_display = ["organisation", "rule_set", "pseudonymise_after_months"]


admin_site.register(ComplaintCategory, ComplaintCategoryAdmin)
admin_site.register(ComplaintsSettings, ComplaintsSettingsAdmin)
