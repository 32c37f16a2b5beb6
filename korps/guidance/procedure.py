"""The default procedure: the Belgian federal recruitment for inspector, then what follows."""

from django.utils.translation import gettext_noop as N_

DEFAULT_PROCEDURE = [
    # code, name, kind, typical days, waiting days after a failure, career-site step order
    ("cognitive", N_("Cognitive tests and language knowledge"), "test", 14, 180, 1),
    ("physical", N_("Physical test"), "test", 14, 90, 2),
    ("personality", N_("Personality test and interview"), "test", 21, 365, 3),
    ("committee", N_("Selection committee of the zone"), "decision", 30, 0, 4),
    ("medical", N_("Medical examination"), "test", 21, 0, 5),
    ("reserve", N_("Recruitment reserve"), "reserve", 60, 0, None),
    ("academy", N_("Academy"), "academy", 365, 0, None),
    ("service", N_("First months in service"), "service", 180, 0, None),
]
