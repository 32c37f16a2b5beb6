"""The default procedure: the Belgian federal recruitment for inspector, then what follows."""

from django.utils.translation import gettext_noop

DEFAULT_PROCEDURE = [
    # code, name, kind, typical days, waiting days after a failure, career-site step order
    ("cognitive", gettext_noop("Cognitive tests and language knowledge"), "test", 14, 180, 1),
    ("physical", gettext_noop("Physical test"), "test", 14, 90, 2),
    ("personality", gettext_noop("Personality test and interview"), "test", 21, 365, 3),
    ("committee", gettext_noop("Selection committee of the zone"), "decision", 30, 0, 4),
    ("medical", gettext_noop("Medical examination"), "test", 21, 0, 5),
    ("reserve", gettext_noop("Recruitment reserve"), "reserve", 60, 0, None),
    ("academy", gettext_noop("Academy"), "academy", 365, 0, None),
    ("service", gettext_noop("First months in service"), "service", 180, 0, None),
]
