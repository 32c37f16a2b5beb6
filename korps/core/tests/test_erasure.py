"""The erasure registry: every model that holds data about a candidate is answered for by an
eraser of some app, and an erasure runs only inside the caller's transaction."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from korps.core.erasure import erasers_for, person_erase, register_eraser
from korps.organisations.models import Organisation


def test_every_model_about_a_candidate_has_an_eraser():
    candidate = apps.get_model("guidance", "Candidate")
    about = {candidate._meta.label}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and field.related_model is candidate:
                about.add(model._meta.label)
    # What the candidate links to about the same person (the lead, the sign-up); not the
    # zone, nor the mentor's account.
    for field in candidate._meta.concrete_fields:
        if field.is_relation and field.related_model not in (Organisation, get_user_model()):
            about.add(field.related_model._meta.label)

    handled = {label for eraser in erasers_for("candidate") for label in eraser.handles}

    assert about - handled == set()
    assert {"monitoring.Declaration", "careers.Lead", "events.Signup"} <= about


def test_the_owner_of_the_person_erases_last():
    names = [eraser.name for eraser in erasers_for("candidate")]

    assert names[-1] == "guidance"
    assert [e.name for e in erasers_for("lead")][-1] == "careers"


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        register_eraser("neighbour", "x", lambda person: 0)


@pytest.mark.django_db(transaction=True)
def test_an_erasure_outside_a_transaction_is_refused(zone):
    with pytest.raises(RuntimeError):
        person_erase(kind="lead", person=zone, organisation=zone, action="x.erased")
