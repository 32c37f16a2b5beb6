"""Read-only back-office fields show codes and JSON in words (backoffice_display.py)."""

from django.utils import translation

from korps.core.forms import columns_as_code
from korps.organisations.backoffice_display import in_words
from korps.organisations.languages import CONTACT_LANGUAGES


def test_a_language_code_a_list_of_codes_and_a_text_per_language_read_as_words():
    with translation.override("nl"):
        assert in_words("nl", CONTACT_LANGUAGES) == "Nederlands"
        assert in_words(["nl", "ar"], CONTACT_LANGUAGES) == "Nederlands, Arabisch"
        assert in_words({"nl": "Jeugdinspecteur", "fr": "Inspecteur"}, {}) == "Jeugdinspecteur"
    with translation.override("fr"):
        assert in_words({"nl": "Jeugdinspecteur", "fr": "Inspecteur"}, {}) == "Inspecteur"
        assert in_words({"nl": "Jeugdinspecteur", "fr": ""}, {}) == "Jeugdinspecteur"


def test_other_json_is_left_to_django():
    assert in_words({"before": 1, "after": 2}, CONTACT_LANGUAGES) is None
    assert in_words([1, 2], CONTACT_LANGUAGES) is None


def test_column_names_in_a_help_text_show_as_code_and_the_rest_is_escaped():
    shown = columns_as_code(
        "Kolommen: date, action code <b>, met een kopregel.", ["date", "action code"]
    )

    assert shown == (
        "Kolommen: <code>date</code>, <code>action code</code> &lt;b&gt;, met een kopregel."
    )
