"""Tests: SQLite in var/ unless KORPS_DATABASE_URL names another database (PostgreSQL in CI)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "korps-tests-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory: live-server and concurrency tests need connections of their own.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-korps.sqlite3")}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
KORPS_SITE_URL = "http://testserver"
