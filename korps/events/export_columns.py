"""The sign-up export's columns: the fields it reads, and their names for the reader."""

from django.conf import settings
from django.utils.translation import gettext_lazy

from .models import SignupStatus

EXPORT_COLUMNS = [
    "name",
    "email",
    "phone",
    "seats",
    "status",
    "source",
    "language",
    "accessibility_needs",
    "created_at",
    "checked_in_at",
    "no_show",
]
# The columns' names in the reader's language, in the order of EXPORT_COLUMNS.
EXPORT_HEADERS = [
    gettext_lazy("Name"),
    gettext_lazy("E-mail"),
    gettext_lazy("Phone"),
    gettext_lazy("Seats"),
    gettext_lazy("Status"),
    gettext_lazy("Source"),
    gettext_lazy("Language"),
    gettext_lazy("Accessibility needs"),
    gettext_lazy("Signed up"),
    gettext_lazy("Checked in at"),
    gettext_lazy("Did not come"),
]


def export_row(values) -> list:
    """A sign-up as an export row: its status and language as words, not codes."""
    row = dict(zip(EXPORT_COLUMNS, values, strict=True))
    row["status"] = SignupStatus(row["status"]).label if row["status"] else ""
    row["language"] = settings.LANGUAGES_AVAILABLE.get(row["language"], row["language"])
    return list(row.values())
