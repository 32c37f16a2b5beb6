"""Production: no debug, secure cookies, HSTS. Refuses to start without a secret key and hosts."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_str

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "KORPS_SECRET_KEY is not set. Production needs a long random secret key, for example "
        "from: python3 -c 'import secrets; print(secrets.token_urlsafe(64))'"
    )
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("KORPS_SECRET_KEY is too short: use at least 50 random characters.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "KORPS_ALLOWED_HOSTS is not set: name the host names korps is served on, comma-separated."
    )

DEBUG = False
# Mails carry personal links: production sends them, never prints them (the base profile's
# console backend is for the demo).
EMAIL_BACKEND = env_str("KORPS_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
SECURE_SSL_REDIRECT = env_bool("KORPS_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("KORPS_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
