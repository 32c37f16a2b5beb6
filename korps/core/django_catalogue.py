"""Texts of Django's own admin that Django 5.2's Dutch catalogue lacks (its msgids changed,
for instance to typographic apostrophes, and the Dutch file was not updated), so the back
office showed them in English on Dutch pages. Marked here so that korps's catalogue, which
LOCALE_PATHS puts before Django's, carries their translations. Found by comparing the msgids
of django/contrib/admin/locale/en with those of nl (French has them all)."""

from django.utils.translation import gettext_noop

DJANGO_ADMIN_TEXTS = [
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("Error:"),
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("In case you’ve forgotten, you are:"),
]
