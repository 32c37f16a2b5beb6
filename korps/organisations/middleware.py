"""The one place that keeps staff pages closed until the second factor is passed."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .permissions import requires_second_factor

# Staff pages, the back office, and changing one's password: nothing here without the
# second factor. Public pages and the log-in steps stay open.
PROTECTED_PREFIXES = ("/z/", "/admin/", "/accounts/password_change/")


def second_factor_url(next_path: str) -> str:
    return f"{reverse('organisations:second_factor_verify')}?{urlencode({'next': next_path})}"


class SecondFactorMiddleware:
    """After django_otp's OTPMiddleware: a user who must pass a second factor and has not in
    this session is sent to the second-factor step (which sends a user without a device on
    to the set-up page), with the page they asked for kept as `next`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(PROTECTED_PREFIXES):
            user = request.user
            if user.is_authenticated and not user.is_verified() and requires_second_factor(user):
                next_path = request.get_full_path() if request.method == "GET" else "/z/"
                return redirect(second_factor_url(next_path))
        return self.get_response(request)
