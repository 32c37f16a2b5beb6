"""The back office for zones, units, memberships and accounts. The rules every back-office page
follows (zone scoping, read-only unless a service writes, audited reads, what site operators
may do) are in `backoffice.py`; this module re-exports its base classes for the other apps.

Here a zone administrator: changes their zone (languages, suppression threshold, audited with
before and after) and its municipalities and units; gives and ends roles through
`membership_create` / `membership_change` / `membership_end`, only to people whose every role
is in their zones; opens accounts through `user_create` (with a first role, the person sets
their own password from a mail); changes name, language and status of those people; and sends
them a password-reset mail. They never set or see anyone's password: the password page is for
site operators only. People who also hold a role in another zone are shown read-only."""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import UserChangeForm, UserCreationForm
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from korps.audit.services import audit_record

from .backoffice import (
    BackOfficeForm,
    ConfigurationWrites,
    KorpsAdminSite,
    ZoneScopedAdmin,
    ZoneScopedStackedInline,
    ZoneScopedTabularInline,
    admin_site,
    is_back_office_user,
    language_choices,
    managed_zones,
)
from .models import Membership, Municipality, Organisation, Unit, User
from .roles import Role
from .selectors import users_managed_by, users_with_a_role_in
from .services import (
    membership_change,
    membership_create,
    membership_end,
    user_create,
    user_password_reset_send,
    user_update,
)
from .zone_defaults import zone_defaults_install

__all__ = [
    "BackOfficeForm",
    "ConfigurationWrites",
    "KorpsAdminSite",
    "ZoneScopedAdmin",
    "ZoneScopedStackedInline",
    "ZoneScopedTabularInline",
    "admin_site",
    "managed_zones",
]


def _each_through_service(model_admin, request, rows, write, *, done: str, refused: str) -> None:
    """A bulk action: each row through its service, which refuses (PermissionDenied) rows
    outside the administrator's zones; the message counts both."""
    written = refusals = 0
    for row in rows:
        try:
            write(row)
            written += 1
        except PermissionDenied:
            refusals += 1
    model_admin.message_user(request, done % {"count": written})
    if refusals:
        model_admin.message_user(request, refused % {"count": refusals}, messages.WARNING)


class MunicipalityInline(ConfigurationWrites, ZoneScopedTabularInline):
    model = Municipality
    extra = 0


@admin.register(Organisation, site=admin_site)
class OrganisationAdmin(ConfigurationWrites, ZoneScopedAdmin):
    zone_field = "pk"
    list_display = ["name", "code", "kind", "default_language"]
    search_fields = ["name", "code"]
    inlines = [MunicipalityInline]
    list_choices = {"languages": language_choices}

    def has_add_permission(self, request):
        # Only site operators open new zones.
        return request.user.is_superuser

    def service_save(self, request, obj, form=None, change=False):
        saved = super().service_save(request, obj, form, change)
        if not change:
            # A new zone is usable at once: the default procedure, categories and limits.
            zone_defaults_install(organisation=saved, acting_user=request.user)
        return saved

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(Unit, site=admin_site)
class UnitAdmin(ConfigurationWrites, ZoneScopedAdmin):
    list_display = ["name", "code", "kind", "parent", "organisation"]
    list_filter = ["kind"]
    search_fields = ["name", "code"]
    list_select_related = ["parent", "organisation"]


class MembershipForm(BackOfficeForm):
    def clean(self):
        data = super().clean()
        user = data.get("user") or getattr(self.instance, "user", None)
        organisation = data.get("organisation") or getattr(self.instance, "organisation", None)
        held = Membership.objects.filter(
            user=user, organisation=organisation, role=data.get("role")
        ).exclude(pk=self.instance.pk)
        if user is not None and organisation is not None and held.exists():
            raise forms.ValidationError(_("This person already has this role in this zone."))
        return data


@admin.register(Membership, site=admin_site)
class MembershipAdmin(ZoneScopedAdmin):
    """Roles are given, changed and ended through the services; never deleted, so the people
    page and the trail keep who held which role."""

    list_display = ["user", "role", "organisation", "unit", "is_active"]
    list_filter = ["role", "is_active"]
    search_fields = ["user__full_name", "user__email"]
    list_select_related = ["user", "organisation", "unit"]
    autocomplete_fields = ["user"]
    actions = ["end_memberships"]
    form = MembershipForm

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["user", "organisation", "role", "unit"]
        return ["user", "organisation", "role", "unit", "is_active", "created_at"]

    def get_readonly_fields(self, request, obj=None):
        return ["user", "organisation", "created_at"] if obj is not None else []

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or request.user.is_superuser:
            return True
        return users_managed_by(zones=managed_zones(request)).filter(pk=obj.user_id).exists()

    def service_save(self, request, obj, form, change):
        data = form.cleaned_data
        if not change:
            return membership_create(
                user=data["user"],
                organisation=data["organisation"],
                role=data["role"],
                unit=data.get("unit"),
                acting_user=request.user,
            )
        return membership_change(
            membership=obj,
            role=data["role"],
            unit=data.get("unit"),
            is_active=data["is_active"],
            acting_user=request.user,
        )

    @admin.action(description=_("End the selected roles"), permissions=["change"])
    def end_memberships(self, request, queryset):
        _each_through_service(
            self,
            request,
            queryset.select_related("user", "organisation"),
            lambda membership: membership_end(membership=membership, acting_user=request.user),
            done=_("Roles ended: %(count)d."),
            refused=_(
                "Not ended, the person has a role in a zone you do not administer: %(count)d."
            ),
        )


class NewAddressMixin:
    """Addresses are kept lower-case; 'Nora@x' must not slip past an existing 'nora@x'."""

    def clean_email(self):
        email = User.objects.normalize_email(self.cleaned_data["email"]).lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with this e-mail address exists already."))
        return email


class KorpsUserCreationForm(NewAddressMixin, UserCreationForm):
    class Meta:
        model = User
        fields = ["email", "full_name", "language"]


class ZoneUserCreationForm(NewAddressMixin, forms.ModelForm):
    """A zone administrator opens an account with its first role; no password."""

    organisation = forms.ModelChoiceField(Organisation.objects.none(), label=_("zone"))
    role = forms.ChoiceField(choices=Role.choices, label=_("role"))

    class Meta:
        model = User
        fields = ["email", "full_name", "language"]


class KorpsUserChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


@admin.register(User, site=admin_site)
class UserAdmin(ZoneScopedAdmin, BaseUserAdmin):
    """Zone administrators see the people with a role in their zones and change those whose
    every role is in their zones."""

    form = KorpsUserChangeForm
    add_form = KorpsUserCreationForm
    personal_data = True
    ordering = ["full_name"]
    list_display = ["full_name", "email", "is_active"]
    search_fields = ["full_name", "email"]
    list_filter = ["is_active"]
    actions = ["send_password_reset"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Person"), {"fields": ["full_name", "language"]}),
        (_("Status"), {"fields": ["is_active", "last_login", "date_joined"]}),
    ]
    operator_fieldsets = [(_("Site operator"), {"fields": ["is_staff", "is_superuser"]})]
    add_fieldsets = [
        (None, {"fields": ["email", "full_name", "language", "password1", "password2"]})
    ]
    zone_fieldsets = [
        (None, {"fields": ["email"]}),
        (_("Person"), {"fields": ["full_name", "language"]}),
        (_("Status"), {"fields": ["is_active", "last_login", "date_joined"]}),
    ]
    zone_add_fieldsets = [
        (None, {"fields": ["email", "full_name", "language"]}),
        (_("First role"), {"fields": ["organisation", "role"]}),
    ]
    readonly_fields = ["last_login", "date_joined"]

    def get_fieldsets(self, request, obj=None):
        if not request.user.is_superuser:
            return self.zone_add_fieldsets if obj is None else self.zone_fieldsets
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None:
            return [*fieldsets, *self.operator_fieldsets]
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and not request.user.is_superuser:
            # A new address plus a reset mail would hand the account to someone else.
            return [*self.readonly_fields, "email"]
        return self.readonly_fields

    def get_form(self, request, obj=None, **kwargs):
        if obj is None and not request.user.is_superuser:
            zones = managed_zones(request)

            class Form(ZoneUserCreationForm):
                def __init__(self, *args, **form_kwargs):
                    super().__init__(*args, **form_kwargs)
                    self.fields["organisation"].queryset = zones

            kwargs["form"] = Form
        return super().get_form(request, obj, **kwargs)

    def get_queryset(self, request):
        queryset = admin.ModelAdmin.get_queryset(self, request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(pk__in=users_with_a_role_in(zones=managed_zones(request)))

    def has_add_permission(self, request):
        return is_back_office_user(request)

    def has_change_permission(self, request, obj=None):
        if request.user.is_superuser:
            return True
        if not is_back_office_user(request):
            return False
        return (
            obj is None or users_managed_by(zones=managed_zones(request)).filter(pk=obj.pk).exists()
        )

    def service_save(self, request, obj, form, change):
        data = form.cleaned_data
        if not change:
            return user_create(
                email=data["email"],
                full_name=data["full_name"],
                language=data["language"],
                organisation=data.get("organisation"),
                role=data.get("role"),
                raw_password=data.get("password1") if request.user.is_superuser else None,
                acting_user=request.user,
            )
        model_fields = {f.name for f in User._meta.concrete_fields} - {"password"}
        changed = {name: data[name] for name in form.changed_data if name in model_fields}
        return user_update(user=obj, acting_user=request.user, **changed)

    def user_change_password(self, request, id, form_url=""):
        # Nobody sets another person's password but a site operator.
        if not request.user.is_superuser:
            raise PermissionDenied
        with transaction.atomic():
            response = super().user_change_password(request, id, form_url)
            if request.method == "POST" and response.status_code == 302:
                user = User.objects.get(pk=id)
                audit_record(
                    actor=request.user,
                    action="organisations.user.password_set",
                    target=user,
                    data={"email": user.email},
                )
        return response

    @admin.action(description=_("Send a password-reset e-mail"), permissions=["change"])
    def send_password_reset(self, request, queryset):
        _each_through_service(
            self,
            request,
            queryset,
            lambda user: user_password_reset_send(user=user, acting_user=request.user),
            done=_("Password-reset e-mails sent: %(count)d."),
            refused=_(
                "Not sent, the person has a role in a zone you do not administer: %(count)d."
            ),
        )
