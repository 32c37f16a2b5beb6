from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from korps.careers import urls as careers_urls
from korps.complaints import urls as complaints_urls
from korps.core.views import PasswordResetView
from korps.events import urls as events_urls
from korps.organisations.admin import admin_site
from korps.outreach import urls as outreach_urls

urlpatterns = [
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    # Before Django's own: the password reset with rate limits.
    path("accounts/password_reset/", PasswordResetView.as_view(), name="password_reset"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("admin/", admin_site.urls),
    path("", include("korps.organisations.urls")),
    path("", include("korps.core.audit_urls")),
    path("", include(careers_urls.public)),
    path("", include(careers_urls.staff)),
    path("", include(events_urls.public)),
    path("", include(events_urls.staff)),
    path("", include(outreach_urls.public)),
    path("", include(outreach_urls.staff)),
    path("", include("korps.guidance.urls")),
    path("", include("korps.monitoring.urls")),
    path("", include(complaints_urls.public)),
    path("", include(complaints_urls.staff)),
    path("", include("korps.core.urls")),
]

if getattr(settings, "KORPS_BENCH_BASELINE", False):
    from korps.core.bench_views import baseline

    # First in the list, so that URL resolution costs the baseline as little as possible.
    urlpatterns.insert(0, path("bench/baseline/", baseline, name="bench_baseline"))
