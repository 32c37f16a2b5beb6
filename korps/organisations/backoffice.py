"""The base of every back-office (Django admin) page, so that no page can go around the rules.

Zone administrators:
- see only rows of the zones they administer (`ZoneScopedAdmin.zone_field`);
- are offered, in every foreign-key, many-to-many and autocomplete field of every ModelAdmin
  and inline built on these classes, only objects of their zones; for a person, only people
  whose every role is in their zones (`users_managed_by`). A model with no path to a zone
  offers nothing (fails closed);
- may only look (view permission), unless the ModelAdmin declares the service that writes:
  `service_save(request, obj, form, change)` and/or `service_delete(request, obj)`. Admin
  saves, deletions, the bulk "delete selected" action and inline formsets all go through
  those hooks, in the admin's transaction, so every write has its audit row. Without a hook
  there is no add, change or delete permission and no "delete selected" action;
- leave an audit row `<app>.<model>.read` each time they open a record (its change or history
  page) of a ModelAdmin marked `personal_data = True`, and `<app>.<model>.listed`, naming
  the rows shown, for each list of such records.

Site operators (superusers) see every zone and are offered every object; they open and close
zones, and in the user pages they set passwords (Django's own forms, audited) and the operator
flags. The read-only default holds for them too: a record without a service hook is read-only
for everyone, site operators included."""

from __future__ import annotations

from functools import cache, update_wrapper

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from korps.audit.services import audit_record

from .backoffice_display import readable_fieldsets
from .backoffice_fields import (
    BackOfficeForm,
    ListOfChoicesField,
    _relation_label,
)
from .backoffice_fields import language_choices as language_choices
from .backoffice_fields import list_of_names as list_of_names
from .configuration import configuration_delete, configuration_save
from .models import Organisation, User
from .permissions import organisations_for
from .scoping import rendered, respond_in_zone, scopes_disabled
from .selectors import users_managed_by


class KorpsAdminSite(admin.AdminSite):
    site_header = _("korps back office")
    site_title = _("korps")
    index_title = _("Back office")

    def has_permission(self, request):
        user = request.user
        if not (user.is_active and user.is_authenticated):
            return False
        return user.is_superuser or organisations_for(user, "organisations.manage_zone").exists()

    def admin_view(self, view, cacheable=False):
        """Every back-office page runs in the tenant scope of the zones the user administers
        (site operators: every zone), on top of each ModelAdmin's own narrowing."""
        guarded = super().admin_view(view, cacheable)

        def scoped_view(request, *args, **kwargs):
            if request.user.is_superuser:
                with scopes_disabled():
                    return rendered(guarded(request, *args, **kwargs))
            zones = list(managed_zones(request))
            try:
                response = respond_in_zone(
                    [zone.pk for zone in zones], lambda: guarded(request, *args, **kwargs)
                )
            except PermissionDenied:
                _audit_refusal(request, zones)
                raise
            if response.status_code == 403:
                _audit_refusal(request, zones)
            return response

        return update_wrapper(scoped_view, guarded)


def _audit_refusal(request, zones) -> None:
    """A back-office page refused to a zone administrator is on the record of each zone they
    administer, as refusals on the zone's own pages are."""
    for zone in zones or [None]:
        audit_record(
            actor=request.user,
            action="access.denied",
            organisation=zone,
            data={"backoffice": True, "method": request.method},
        )


admin_site = KorpsAdminSite(name="admin")


def managed_zones(request):
    return organisations_for(request.user, "organisations.manage_zone")


@cache
def zone_lookup(model: type[models.Model]) -> str | None:
    """The ORM path from `model` to its zone ('organisation', 'job__organisation', ...), found
    along forward foreign keys (shortest first), or None when the model belongs to no zone."""
    if model is Organisation:
        return "pk"
    paths = [("", model)]
    for _depth in range(3):
        longer = []
        for prefix, current in paths:
            for field in current._meta.concrete_fields:
                if not field.is_relation or field.related_model is None:
                    continue
                path = f"{prefix}{field.name}"
                if field.related_model is Organisation:
                    return path
                if field.related_model is not current:
                    longer.append((f"{path}__", field.related_model))
        paths = longer
    return None


def zone_of(instance: models.Model) -> Organisation | None:
    """The zone a (possibly unsaved) row belongs to, following `zone_lookup`."""
    lookup = zone_lookup(type(instance))
    if lookup is None:
        return None
    if lookup == "pk":
        return instance
    value = instance
    for name in lookup.split("__"):
        value = getattr(value, name, None)
        if value is None:
            return None
    return value


def narrowed(queryset: models.QuerySet, request) -> models.QuerySet:
    """`queryset` cut down to what the managing user may pick or see."""
    if request.user.is_superuser:
        return queryset
    zones = managed_zones(request)
    if queryset.model is User:
        return queryset.filter(pk__in=users_managed_by(zones=zones).values("pk"))
    lookup = zone_lookup(queryset.model)
    if lookup is None:
        return queryset.none()
    return queryset.filter(**{f"{lookup}__in": zones})


def is_back_office_user(request) -> bool:
    """Asked for every model on every page (the index, the sidebar): answered once a request."""
    answer = getattr(request, "_korps_back_office_user", None)
    if answer is None:
        answer = request.user.is_superuser or managed_zones(request).exists()
        request._korps_back_office_user = answer
    return answer


class ZoneScopedFields:
    """Narrows every relation field's choices, for ModelAdmins and inlines alike. JSON list
    fields named in `list_choices` ({field name: callable giving the choices}) get tick boxes."""

    list_choices: dict = {}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.list_choices:
            return ListOfChoicesField(
                label=capfirst(db_field.verbose_name),
                choices=self.list_choices[db_field.name](),
                required=not db_field.blank,
                help_text=db_field.help_text,
            )
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and db_field.is_relation and db_field.related_model is not None:
            label = _relation_label(db_field)
            if label is not None:
                field.label = label
        return field

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if field is not None and hasattr(field, "queryset"):
            field.queryset = narrowed(field.queryset, request)
        return field

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and hasattr(field, "queryset"):
            field.queryset = narrowed(field.queryset, request)
        return field


class ZoneScopedAdmin(ZoneScopedFields, admin.ModelAdmin):
    """Rows reachable through `zone_field` from a zone the user administers. Read-only unless
    the subclass defines `service_save` / `service_delete` (see the module docstring)."""

    zone_field = "organisation"
    personal_data = False
    service_save = None
    service_delete = None
    form = BackOfficeForm

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(**{f"{self.zone_field}__in": managed_zones(request)})

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if request.path == reverse(f"{self.admin_site.name}:autocomplete"):
            # Suggestions for a relation field: only what that field would accept.
            queryset = narrowed(queryset, request)
        return queryset, may_have_duplicates

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and not self.has_change_permission(request, obj):
            return readable_fieldsets(self, fieldsets)
        return fieldsets

    def has_module_permission(self, request):
        return is_back_office_user(request)

    def has_view_permission(self, request, obj=None):
        return is_back_office_user(request)

    def has_add_permission(self, request):
        return self.service_save is not None and is_back_office_user(request)

    def has_change_permission(self, request, obj=None):
        return self.service_save is not None and is_back_office_user(request)

    def has_delete_permission(self, request, obj=None):
        return self.service_delete is not None and is_back_office_user(request)

    def save_model(self, request, obj, form, change):
        if self.service_save is None:
            raise PermissionDenied
        saved = self.service_save(request, obj, form, change)
        if saved is not None and saved is not obj:
            # The service made its own instance; the admin redirects to it.
            obj.pk, obj._state.adding = saved.pk, False

    def delete_model(self, request, obj):
        if self.service_delete is None:
            raise PermissionDenied
        self.service_delete(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)

    def save_formset(self, request, form, formset, change):
        inline = next(
            i for i in self.get_inline_instances(request, form.instance) if i.model is formset.model
        )
        if inline.service_save is None:
            if formset.has_changed():
                raise PermissionDenied
            return
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            if inline.service_delete is None:
                raise PermissionDenied
            inline.service_delete(request, obj)
        for obj in instances:
            inline.service_save(request, obj, None, obj.pk is not None)
        formset.save_m2m()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        self._audit_read(request, object_id, response, page="change")
        return response

    def history_view(self, request, object_id, extra_context=None):
        response = super().history_view(request, object_id, extra_context)
        self._audit_read(request, object_id, response, page="history")
        return response

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        changelist = (getattr(response, "context_data", None) or {}).get("cl")
        if self.personal_data and response.status_code == 200 and changelist is not None:
            # A list of names and addresses is a read too: one row per zone, naming the rows.
            records = [str(record.pk) for record in changelist.result_list]
            zones = [None] if request.user.is_superuser else list(managed_zones(request))
            for zone in zones:
                audit_record(
                    actor=request.user,
                    action=f"{self.opts.app_label}.{self.opts.model_name}.listed",
                    organisation=zone,
                    data={"via": "back office", "search": changelist.query, "records": records},
                )
        return response

    def _audit_read(self, request, object_id, response, *, page: str) -> None:
        if not self.personal_data or response.status_code != 200:
            return
        context = getattr(response, "context_data", None) or {}
        record = context.get("original") or context.get("object")
        if record is None:
            record = self.get_object(request, unquote(object_id))
        if record is not None:
            audit_record(
                actor=request.user,
                action=f"{self.opts.app_label}.{self.opts.model_name}.read",
                target=record,
                organisation=zone_of(record),
                data={"via": "back office", "page": page},
            )


class ZoneScopedInlineMixin(ZoneScopedFields):
    """Inline rows: visible with their parent; written only through `service_save` /
    `service_delete`, like a ModelAdmin."""

    service_save = None
    service_delete = None

    def has_view_permission(self, request, obj=None):
        return is_back_office_user(request)

    def has_add_permission(self, request, obj=None):
        return self.service_save is not None and is_back_office_user(request)

    def has_change_permission(self, request, obj=None):
        return self.service_save is not None and is_back_office_user(request)

    def has_delete_permission(self, request, obj=None):
        return self.service_delete is not None and is_back_office_user(request)


class ZoneScopedTabularInline(ZoneScopedInlineMixin, admin.TabularInline):
    pass


class ZoneScopedStackedInline(ZoneScopedInlineMixin, admin.StackedInline):
    pass


class ConfigurationWrites:
    """Opt-in for a zone's configuration rows (ModelAdmin or inline): saved and deleted through
    `configuration_save` / `configuration_delete`, audited with the values before and after."""

    def _zone_checked(self, request, obj) -> Organisation | None:
        zone = zone_of(obj)
        if request.user.is_superuser:
            return zone
        if zone is None or not managed_zones(request).filter(pk=zone.pk).exists():
            raise PermissionDenied
        return zone

    def service_save(self, request, obj, form=None, change=False):
        zone = self._zone_checked(request, obj)
        return configuration_save(instance=obj, organisation=zone, acting_user=request.user)

    def service_delete(self, request, obj):
        zone = self._zone_checked(request, obj)
        configuration_delete(instance=obj, organisation=zone, acting_user=request.user)
