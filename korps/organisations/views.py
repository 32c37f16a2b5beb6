"""The second-factor pages: the step after the password, the set-up, the user's own page with
recovery codes, and the zone administrator's reset of a member's second factor. The user's own
pages are never cached: they show the secret key and the recovery codes."""

import math

import django_otp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, resolve_url
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import second_factor
from .forms import AppCodeForm, SecondFactorCodeForm
from .mixins import ZonePermissionMixin
from .permissions import requires_second_factor
from .second_factor_services import (
    recovery_codes_regenerate,
    second_factor_reset,
    second_factor_set_up,
    second_factor_verify,
)
from .selectors import access_member, second_factor_status


class NextMixin:
    """Keeps the page the user asked for (`next`), and only if it is on this site."""

    def next_url(self) -> str:
        candidate = self.request.POST.get("next") or self.request.GET.get("next") or ""
        # Only a path on this site: a bare word would reach redirect() as a URL name.
        if candidate.startswith("/") and url_has_allowed_host_and_scheme(
            candidate,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return candidate
        return resolve_url(settings.LOGIN_REDIRECT_URL)

    def with_next(self, url_name: str) -> str:
        return f"{reverse(url_name)}?{urlencode({'next': self.next_url()})}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = self.next_url()
        return context


@method_decorator(never_cache, name="dispatch")
class SecondFactorVerifyView(LoginRequiredMixin, NextMixin, FormView):
    """The step after the password: a code from the app, or a recovery code."""

    template_name = "organisations/second_factor/verify.html"
    form_class = SecondFactorCodeForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if request.user.is_verified():
            return redirect(self.next_url())
        self.device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
        if self.device is None:
            return redirect(self.with_next("organisations:second_factor_set_up"))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["demo_code"] = second_factor.demo_code_for(self.device)
        return context

    def form_valid(self, form):
        check = second_factor_verify(user=self.request.user, code=form.cleaned_data["code"])
        if check.device is None:
            if check.locked_until is not None:
                wait = max(1, math.ceil((check.locked_until - timezone.now()).total_seconds()))
                form.add_error(
                    "code",
                    _(
                        "Too many wrong codes. Wait %(seconds)s seconds, then type the code "
                        "your app shows at that moment."
                    )
                    % {"seconds": formats.number_format(wait)},
                )
            else:
                form.add_error(
                    "code", _("This code is not right. Try the code your app shows now.")
                )
            return self.form_invalid(form)
        # A new session key for the raised privilege, as Django does at log-in.
        self.request.session.cycle_key()
        django_otp.login(self.request, check.device)
        if check.used_recovery_code:
            left = second_factor_status(user=self.request.user).recovery_codes_left
            messages.warning(
                self.request,
                _(
                    "You used a recovery code; %(left)s are left. Make new ones on your "
                    "two-factor page if you are running out."
                )
                % {"left": left},
            )
        return redirect(self.next_url())


@method_decorator(never_cache, name="dispatch")
class SecondFactorSetUpView(LoginRequiredMixin, NextMixin, FormView):
    """First log-in without a device: scan the QR code (or type the secret), confirm with a
    code. The key lives in the session until the code confirms it; nothing is stored before."""

    template_name = "organisations/second_factor/set_up.html"
    form_class = AppCodeForm

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if TOTPDevice.objects.filter(user=request.user, confirmed=True).exists():
            # Adding an app is never a way around the one already there.
            if request.user.is_verified():
                return redirect("organisations:second_factor")
            return redirect(self.with_next("organisations:second_factor_verify"))
        return super().dispatch(request, *args, **kwargs)

    def key(self) -> str:
        session = self.request.session
        if not session.get(second_factor.SETUP_KEY_SESSION):
            session[second_factor.SETUP_KEY_SESSION] = second_factor.new_key()
        return session[second_factor.SETUP_KEY_SESSION]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        key = self.key()
        url = TOTPDevice(user=self.request.user, key=key).config_url
        context["qr"] = second_factor.qr_data_uri(url)
        context["secret"] = second_factor.secret_for_display(key)
        context["required"] = requires_second_factor(self.request.user)
        return context

    def form_valid(self, form):
        try:
            codes = second_factor_set_up(
                user=self.request.user, key=self.key(), code=form.cleaned_data["code"]
            )
        except ValidationError as error:
            form.add_error("code", error)
            return self.form_invalid(form)
        device = TOTPDevice.objects.get(user=self.request.user, confirmed=True)
        session = self.request.session
        del session[second_factor.SETUP_KEY_SESSION]
        session.cycle_key()
        django_otp.login(self.request, device)
        session[second_factor.FRESH_CODES_SESSION] = codes
        return redirect(self.with_next("organisations:recovery_codes"))


class VerifiedRequiredMixin(LoginRequiredMixin):
    """The user's own second-factor pages: after the second factor when the account needs
    one (a user who must have one but has none is sent to set it up)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if requires_second_factor(request.user) and not request.user.is_verified():
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('organisations:second_factor_verify')}?{query}")
        return super().dispatch(request, *args, **kwargs)


@method_decorator(never_cache, name="dispatch")
class SecondFactorView(VerifiedRequiredMixin, TemplateView):
    """The user's own page: whether two-factor authentication is on, and recovery codes."""

    template_name = "organisations/second_factor/status.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status"] = second_factor_status(user=self.request.user)
        return context


@method_decorator(never_cache, name="dispatch")
class RecoveryCodesView(VerifiedRequiredMixin, NextMixin, TemplateView):
    """GET shows codes just made, once; POST replaces the recovery codes (audited)."""

    template_name = "organisations/second_factor/recovery_codes.html"

    def get(self, request, *args, **kwargs):
        codes = request.session.pop(second_factor.FRESH_CODES_SESSION, None)
        if not codes:
            return redirect("organisations:second_factor")
        return self.render_to_response(self.get_context_data(codes=codes))

    def post(self, request, *args, **kwargs):
        if not second_factor_status(user=request.user).is_on:
            return redirect("organisations:second_factor")
        request.session[second_factor.FRESH_CODES_SESSION] = recovery_codes_regenerate(
            user=request.user
        )
        query = urlencode({"next": reverse("organisations:second_factor")})
        return redirect(f"{reverse('organisations:recovery_codes')}?{query}")


class MemberSecondFactorResetView(ZonePermissionMixin, View):
    """From the zone's people page: the member sets up their second factor again at their
    next log-in. Only for members of this zone (404 for anyone else)."""

    permission = "organisations.reset_second_factor"
    http_method_names = ["post"]

    def post(self, request, user_id):
        member = access_member(organisation=self.zone, pk=user_id)
        try:
            second_factor_reset(actor=request.user, user=member, organisation=self.zone)
        except PermissionDenied as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                _("%(name)s sets up two-factor authentication again at their next log-in.")
                % {"name": member},
            )
        return redirect("core:members", zone=self.zone.code)
