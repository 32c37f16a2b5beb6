"""The back office (Django admin), scoped: a zone administrator manages only their own zones.
Site operators (superusers) see everything."""

from functools import update_wrapper

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import UserChangeForm, UserCreationForm
from django.utils.translation import gettext_lazy as _

from .models import Membership, Municipality, Organisation, Unit, User
from .permissions import organisations_for
from .scoping import rendered, respond_in_zone, scopes_disabled


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
            zones = list(managed_zones(request).values_list("pk", flat=True))
            return respond_in_zone(zones, lambda: guarded(request, *args, **kwargs))

        return update_wrapper(scoped_view, guarded)


admin_site = KorpsAdminSite(name="admin")


def managed_zones(request):
    return organisations_for(request.user, "organisations.manage_zone")


class ZoneScopedAdmin(admin.ModelAdmin):
    """Rows reachable through `zone_field` from a zone the user administers; foreign-key
    choices narrowed to the same zones. Later apps subclass this for their models."""

    zone_field = "organisation"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(**{f"{self.zone_field}__in": managed_zones(request)})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if request.user.is_superuser or field is None:
            return field
        model = db_field.related_model
        if model is Organisation:
            field.queryset = managed_zones(request)
        elif any(f.name == "organisation" for f in model._meta.get_fields()):
            field.queryset = field.queryset.filter(organisation__in=managed_zones(request))
        return field

    def _zone_admin(self, request):
        return request.user.is_superuser or managed_zones(request).exists()

    def has_module_permission(self, request):
        return self._zone_admin(request)

    def has_view_permission(self, request, obj=None):
        return self._zone_admin(request)

    def has_add_permission(self, request):
        return self._zone_admin(request)

    def has_change_permission(self, request, obj=None):
        return self._zone_admin(request)

    def has_delete_permission(self, request, obj=None):
        return self._zone_admin(request)


class MunicipalityInline(admin.TabularInline):
    model = Municipality
    extra = 0


@admin.register(Organisation, site=admin_site)
class OrganisationAdmin(ZoneScopedAdmin):
    zone_field = "pk"
    list_display = ["name", "code", "kind", "default_language"]
    search_fields = ["name", "code"]
    inlines = [MunicipalityInline]

    def get_queryset(self, request):
        queryset = admin.ModelAdmin.get_queryset(self, request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(pk__in=managed_zones(request))

    def has_add_permission(self, request):
        # Only site operators open new zones.
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(Unit, site=admin_site)
class UnitAdmin(ZoneScopedAdmin):
    list_display = ["name", "kind", "parent", "organisation"]
    list_filter = ["kind"]
    search_fields = ["name"]
    list_select_related = ["parent", "organisation"]


@admin.register(Membership, site=admin_site)
class MembershipAdmin(ZoneScopedAdmin):
    list_display = ["user", "role", "organisation", "unit", "is_active"]
    list_filter = ["role", "is_active"]
    search_fields = ["user__full_name", "user__email"]
    list_select_related = ["user", "organisation", "unit"]
    autocomplete_fields = ["user"]


class KorpsUserCreationForm(UserCreationForm):
    class Meta:
        model = User
        fields = ["email", "full_name", "language"]


class KorpsUserChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


@admin.register(User, site=admin_site)
class UserAdmin(BaseUserAdmin):
    """Zone administrators see and edit the people with a role in their zones."""

    form = KorpsUserChangeForm
    add_form = KorpsUserCreationForm
    ordering = ["full_name"]
    list_display = ["full_name", "email", "is_active"]
    search_fields = ["full_name", "email"]
    list_filter = ["is_active"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Person"), {"fields": ["full_name", "language"]}),
        (_("Status"), {"fields": ["is_active", "last_login", "date_joined"]}),
    ]
    operator_fieldsets = [(_("Site operator"), {"fields": ["is_staff", "is_superuser"]})]
    add_fieldsets = [
        (None, {"fields": ["email", "full_name", "language", "password1", "password2"]})
    ]
    readonly_fields = ["last_login", "date_joined"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and request.user.is_superuser:
            return [*fieldsets, *self.operator_fieldsets]
        return fieldsets

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(
            memberships__organisation__in=managed_zones(request), is_superuser=False
        ).distinct()

    def _zone_admin(self, request):
        return request.user.is_superuser or managed_zones(request).exists()

    def has_module_permission(self, request):
        return self._zone_admin(request)

    def has_view_permission(self, request, obj=None):
        return self._zone_admin(request)

    def has_add_permission(self, request):
        return self._zone_admin(request)

    def has_change_permission(self, request, obj=None):
        return self._zone_admin(request)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser
