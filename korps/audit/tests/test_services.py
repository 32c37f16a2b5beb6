import pytest
from django.db import connection, transaction
from django.test import RequestFactory

from korps.audit.context import RequestContext, current_request
from korps.audit.models import AppendOnlyError, AuditEntry
from korps.audit.services import audit_record

pytestmark = pytest.mark.django_db


def test_audit_record_names_who_what_where_and_which_request(zone, recruiter):
    token = current_request.set(RequestContext(request_id="abc123", method="GET", path="/z/x/"))
    try:
        entry = audit_record(
            actor=recruiter, action="organisations.zone.read", target=zone, organisation=zone
        )
    finally:
        current_request.reset(token)

    entry.refresh_from_db()
    assert entry.actor == recruiter
    assert entry.actor_label == recruiter.email
    assert entry.target_type == "organisations.organisation"
    assert entry.target_id == str(zone.pk)
    assert entry.organisation == zone
    assert (entry.request_id, entry.request_method, entry.request_path) == (
        "abc123",
        "GET",
        "/z/x/",
    )


def test_an_anonymous_actor_is_recorded_without_a_name(zone):
    from django.contrib.auth.models import AnonymousUser

    entry = audit_record(actor=AnonymousUser(), action="careers.lead.created", organisation=zone)

    assert entry.actor is None and entry.actor_label == ""


def test_an_entry_cannot_be_changed(zone, recruiter):
    entry = audit_record(actor=recruiter, action="x.y.read", organisation=zone)
    entry.action = "x.y.changed"

    with pytest.raises(AppendOnlyError):
        entry.save()


def test_an_entry_cannot_be_deleted(zone, recruiter):
    entry = audit_record(actor=recruiter, action="x.y.read", organisation=zone)

    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.update(action="gone")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger exists on PostgreSQL")
def test_postgresql_refuses_to_change_an_entry_behind_the_applications_back(zone, recruiter):
    entry = audit_record(actor=recruiter, action="x.y.read", organisation=zone)

    with pytest.raises(Exception, match="append-only"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE audit_auditentry SET action = 'gone' WHERE id = %s", [entry.pk])


def test_the_middleware_gives_each_request_an_id(client):
    response = client.get("/")

    assert len(response["X-Request-ID"]) == 32


def test_request_factory_requests_work_without_the_middleware(zone, recruiter):
    RequestFactory().get("/")

    entry = audit_record(actor=recruiter, action="x.y.read", organisation=zone)

    assert entry.request_id == ""
