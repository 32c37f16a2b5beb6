"""Benchmarks: like production, over plain HTTP on 127.0.0.1, with the baseline view on and
no rate limits (all clients come from one address)."""

from .base import *
from .env import env_str

DEBUG = False
SECRET_KEY = SECRET_KEY or "korps-bench-only-not-secret-abcdefghijklmnopqrstuvwxyz0123456789"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
KORPS_RATE_LIMITS = False
KORPS_BENCH_BASELINE = True
EMAIL_BACKEND = env_str("KORPS_EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")
WHITENOISE_USE_FINDERS = True
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" and not env_str(
    "KORPS_DATABASE_URL"
):
    DATABASES["default"]["NAME"] = str(VAR_DIR / "bench.sqlite3")
LOGGING = {"version": 1, "disable_existing_loggers": True, "root": {"level": "ERROR"}}
