"""The demo: embedded SQLite under var/, e-mails on the console. Debug pages only when
KORPS_DEBUG=true is set: they show settings and data to anyone who meets an error."""

from .base import *  # noqa: F403
from .env import env_bool, env_list

DEBUG = env_bool("KORPS_DEBUG", False)
SECRET_KEY = SECRET_KEY or "korps-demo-only-not-secret-7c1f0a4b9e2d8c6f5a3b1e0d9c8b7a6f5e4d3c2b"
ALLOWED_HOSTS = env_list("KORPS_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
# Serve static files straight from the apps, so the demo needs no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The second-factor step shows the current code for accounts with the published demo key.
KORPS_SECOND_FACTOR_DEMO_HINT = env_bool("KORPS_SECOND_FACTOR_DEMO_HINT", True)
