from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from korps.organisations.mixins import ZonePermissionMixin
from korps.organisations.models import Organisation
from korps.organisations.permissions import organisations_for, permissions_of, roles_in_order
from korps.organisations.selectors import membership_list, unit_tree

from .navigation import panels_for
from .ratelimit import allow, client_address


class HomeView(TemplateView):
    """The public front door: what korps is, the zones' career sites, and staff log-in."""

    template_name = "core/public/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["zones"] = Organisation.objects.order_by("name")
        if not self.request.user.is_authenticated:
            context["login_form"] = AuthenticationForm(self.request)
        return context


class StaffHomeView(LoginRequiredMixin, TemplateView):
    """Where log-in lands: straight into the user's zone, or a choice when there are several."""

    template_name = "core/staff/choose_zone.html"

    def get(self, request, *args, **kwargs):
        zones = list(organisations_for(request.user))
        if len(zones) == 1:
            return redirect("core:zone_home", zone=zones[0].code)
        return self.render_to_response(self.get_context_data(zones=zones))


class ZoneHomeView(ZonePermissionMixin, TemplateView):
    permission = "organisations.view_staff_home"
    template_name = "core/staff/zone_home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["roles"] = roles_in_order(self.request.user, self.zone)
        panels = []
        for panel in panels_for(permissions_of(self.request.user, self.zone)):
            extra = panel.context(self.request, self.zone) if panel.context else {}
            panels.append({"template": panel.template, **extra})
        context["panels"] = panels
        return context


class MemberListView(ZonePermissionMixin, TemplateView):
    permission = "organisations.view_members"
    template_name = "core/staff/members.html"
    page_size = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        search = self.request.GET.get("q", "").strip()
        page = Paginator(membership_list(organisation=self.zone, search=search), self.page_size)
        context["page"] = page.get_page(self.request.GET.get("page"))
        context["search"] = search
        context["query"] = urlencode({"q": search}) if search else ""
        context["units"] = unit_tree(organisation=self.zone)
        return context


class PasswordResetView(auth_views.PasswordResetView):
    """Django's password reset, with limits per address and per e-mail: without them anyone
    could flood a colleague's mailbox, or the mail server, with reset mails."""

    address_limit = (10, 3600)
    email_limit = (3, 3600)

    def form_valid(self, form):
        if not allow(
            "reset-ip",
            client_address(self.request),
            limit=self.address_limit[0],
            window_seconds=self.address_limit[1],
        ) or not allow(
            "reset-email",
            form.cleaned_data["email"],
            limit=self.email_limit[0],
            window_seconds=self.email_limit[1],
        ):
            form.add_error(
                None,
                _("Too many requests for a new password. Please try again in an hour."),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)
