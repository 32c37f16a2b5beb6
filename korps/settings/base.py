"""Settings shared by every profile. What differs per site comes from KORPS_* variables."""

import ipaddress
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("KORPS_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("KORPS_SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("KORPS_ALLOWED_HOSTS", [])
CSRF_TRUSTED_ORIGINS = env_list("KORPS_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "korps.core",
    "korps.organisations",
    "korps.audit",
    "korps.careers",
    "korps.events",
    "korps.outreach",
    "korps.guidance",
    "korps.monitoring",
    "korps.complaints",
    "korps.plan",
    "korps.practices",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The second factor: marks the session's user as verified, then keeps staff pages
    # closed until they are (korps.organisations.middleware).
    "django_otp.middleware.OTPMiddleware",
    "korps.organisations.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "korps.core.middleware.NoStoreMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "korps.audit.middleware.RequestContextMiddleware",
    # Last, as django-axes asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "korps.urls"
WSGI_APPLICATION = "korps.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "korps" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "korps.core.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("KORPS_DATABASE_URL", f"sqlite:///{VAR_DIR / 'korps.sqlite3'}"),
        # Connections are kept between requests (one per worker thread), as opening one per
        # request costs more than most pages.
        conn_max_age=env_int("KORPS_DATABASE_CONN_MAX_AGE", 300),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and IMMEDIATE transactions let concurrent writers queue instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "organisations.User"
AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out account is refused before its password is checked.
    "axes.backends.AxesStandaloneBackend",
    # Then the lockout of an account attacked from many addresses (password spraying).
    "korps.core.ratelimit.AccountLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "core:staff_home"
LOGOUT_REDIRECT_URL = "core:home"

# The proxies in front of korps (addresses or networks): only from them is X-Forwarded-For
# believed, to find the client's address (korps.core.ratelimit.client_address).
KORPS_TRUSTED_PROXIES = env_list("KORPS_TRUSTED_PROXIES", [])
for _proxy in KORPS_TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"KORPS_TRUSTED_PROXIES: {_proxy!r} is not an address or network (e.g. 10.0.0.0/8)."
        ) from None

# Lock an account out for one client after repeated wrong passwords from its address, and
# for everyone after more wrong passwords from any addresses (password spraying; counted by
# korps.core.ratelimit.AccountLockoutBackend, since axes has one limit for all its keys).
KORPS_LOGIN_COOLOFF_MINUTES = env_int("KORPS_LOGIN_COOLOFF_MINUTES", 15)
KORPS_LOGIN_ACCOUNT_FAILURE_LIMIT = env_int("KORPS_LOGIN_ACCOUNT_FAILURE_LIMIT", 20)
AXES_FAILURE_LIMIT = env_int("KORPS_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = KORPS_LOGIN_COOLOFF_MINUTES / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "korps.core.ratelimit.client_address"
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "korps.organisations.auth.axes_username"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# A failed log-in is stored with its query and form data; `next` can hold an address with a
# personal-link token (the check-in scan page sends door staff to log in), so it is masked.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "next", "token"]

# The second factor (django-otp): the name authenticator apps show next to the code.
OTP_TOTP_ISSUER = "korps"

LANGUAGES_AVAILABLE = {"nl": _("Dutch"), "fr": _("French"), "en": _("English")}
_languages = env_list("KORPS_LANGUAGES", ["nl", "fr", "en"])
_unknown = [code for code in _languages if code not in LANGUAGES_AVAILABLE]
if _unknown:
    raise ImproperlyConfigured(
        f"KORPS_LANGUAGES names languages korps has no translation for: {', '.join(_unknown)}. "
        f"Choose from {', '.join(LANGUAGES_AVAILABLE)}."
    )
LANGUAGES = [(code, LANGUAGES_AVAILABLE[code]) for code in _languages]
LANGUAGE_CODE = _languages[0]
LOCALE_PATHS = [BASE_DIR / "korps" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("KORPS_TIME_ZONE", "Europe/Brussels")

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_BACKEND = env_str("KORPS_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("KORPS_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("KORPS_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("KORPS_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = env_str("KORPS_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("KORPS_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("KORPS_FROM_EMAIL", "korps <no-reply@korps.invalid>")

# Without a broker, tasks run eagerly in the request: the demo needs no Redis.
CELERY_BROKER_URL = env_str("KORPS_BROKER_URL")
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL is None
CELERY_TASK_EAGER_PROPAGATES = True
if CELERY_BROKER_URL is None:
    CELERY_BROKER_URL = "memory://"

# Group counts below this number are never shown, on any page, export or API.
KORPS_SUPPRESSION_THRESHOLD = env_int("KORPS_SUPPRESSION_THRESHOLD", 5)
if KORPS_SUPPRESSION_THRESHOLD < 1:
    raise ImproperlyConfigured("KORPS_SUPPRESSION_THRESHOLD must be 1 or more.")
# Adverse impact (four-fifths rule with Fisher's exact test) and when a group is too small.
KORPS_ADVERSE_IMPACT_RATIO = env_float("KORPS_ADVERSE_IMPACT_RATIO", 0.8)
KORPS_ADVERSE_IMPACT_P = env_float("KORPS_ADVERSE_IMPACT_P", 0.05)
KORPS_SMALL_GROUP = 20

# Public forms: attempts per address and per e-mail within a window (see korps.core.ratelimit).
KORPS_RATE_LIMITS = env_bool("KORPS_RATE_LIMITS", True)

_cache_url = env_str("KORPS_CACHE_URL")
if _cache_url:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _cache_url,
        }
    }
else:
    # Files are shared by all server processes on the host, unlike process memory.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }

# Uploads (imports): a file larger than this is refused before it is read. Django keeps
# uploads up to FILE_UPLOAD_MAX_MEMORY_SIZE in memory and streams larger ones to a temporary
# file; form fields (not files) may take DATA_UPLOAD_MAX_MEMORY_SIZE.
KORPS_UPLOAD_MAX_MB = env_int("KORPS_UPLOAD_MAX_MB", 20)
# An import job (the uploaded file and its checked lines) is deleted once applied, or this
# many hours after its last change.
KORPS_IMPORT_JOB_HOURS = env_int("KORPS_IMPORT_JOB_HOURS", 24)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # 2.5 MB
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Closed guidance tracks lose names, contact data and notes after this many months.
KORPS_GUIDANCE_RETENTION_MONTHS = env_int("KORPS_GUIDANCE_RETENTION_MONTHS", 24)

KORPS_SITE_URL = env_str("KORPS_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): scripts, styles, images and fonts only from korps
# itself; no inline script, style attribute or event handler (a test greps the templates).
# The Django admin needs nothing more: its scripts are files and take their data from
# data-attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # The second factor's set-up page shows its QR code as an inline SVG (data: URI).
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# The loggers that print request paths pass them through korps.audit.redact first: a
# personal-link token is a credential and never reaches a log (gunicorn's access log: see
# korps.audit.gunicorn_logging).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_tokens": {"()": "korps.audit.redact.RedactTokensFilter"}},
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": env_str("KORPS_LOG_LEVEL", "WARNING")},
    "loggers": {
        "django.request": {"filters": ["redact_tokens"]},
        "django.security": {"filters": ["redact_tokens"]},
        # As Django's own default (runserver's lines), plus the redaction.
        "django.server": {
            "handlers": ["django.server"],
            "level": "INFO",
            "propagate": False,
            "filters": ["redact_tokens"],
        },
    },
}

# Outreach: a question for an ambassador unanswered after this many working days goes to the
# zone's diversity managers; a partner not contacted for this many days shows on the
# keep-in-touch list.
KORPS_AMBASSADOR_ANSWER_DAYS = env_int("KORPS_AMBASSADOR_ANSWER_DAYS", 3)
KORPS_PARTNER_CONTACT_DAYS = env_int("KORPS_PARTNER_CONTACT_DAYS", 90)
# Complaints: a handler is reminded of a deadline this many working days before it falls.
KORPS_COMPLAINT_REMINDER_DAYS = env_int("KORPS_COMPLAINT_REMINDER_DAYS", 2)
