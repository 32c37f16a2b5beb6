import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from korps.audit.models import AuditEntry
from korps.core.links import link_token
from korps.events.models import Signup, SignupStatus
from korps.events.tests.factories import EventFactory, SignupFactory, event_today

pytestmark = pytest.mark.django_db


def signup_url(event):
    return reverse("events:signup", kwargs={"zone": event.organisation.code, "pk": event.pk})


def form(**overrides):
    return {
        "name": "Amina Bakkali",
        "email": "amina@mail.test",
        "seats": "2",
        "accessibility_needs": "",
        "phone": "",
        **overrides,
    }


def test_signing_up_confirms_and_mails_the_personal_link(
    client, zone, mailoutbox, django_capture_on_commit_callbacks
):
    event = EventFactory(organisation=zone)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(signup_url(event), form(source="fb-wave1"), follow=True)

    signup = Signup.objects.get()
    assert signup.status == SignupStatus.CONFIRMED and signup.seats == 2
    assert signup.source == "fb-wave1"
    assert response.request["PATH_INFO"] == signup_url(event)
    assert "e-mail" in response.text
    assert [m.to for m in mailoutbox] == [["amina@mail.test"]]
    assert f"/signup/{link_token(signup, 'manage')}/" in mailoutbox[0].body


def test_the_source_code_from_the_link_is_kept(client, zone):
    event = EventFactory(organisation=zone)

    page = client.get(signup_url(event) + "?src=poster-cafe")

    assert 'value="poster-cafe"' in page.text


def test_a_bad_form_keeps_what_was_typed(client, zone):
    event = EventFactory(organisation=zone)

    response = client.post(signup_url(event), form(email="geen-adres"))

    assert response.status_code == 200
    assert 'value="Amina Bakkali"' in response.text
    assert not Signup.objects.exists()


def test_the_form_does_not_tell_whether_an_address_is_signed_up(
    client, zone, mailoutbox, django_capture_on_commit_callbacks
):
    event = EventFactory(organisation=zone)
    first = client.post(signup_url(event), form(), follow=True)
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(signup_url(event), form(name="Iemand Anders"), follow=True)

    # The same page and message as for a new sign-up; the person is told by e-mail.
    assert again.status_code == first.status_code == 200
    assert [str(m) for m in again.context["messages"]] == [
        str(m) for m in first.context["messages"]
    ]
    assert again.redirect_chain == first.redirect_chain
    assert Signup.objects.count() == 1
    signup = Signup.objects.get()
    assert [m.to for m in mailoutbox] == [["amina@mail.test"]]
    assert f"/signup/{link_token(signup, 'manage')}/" in mailoutbox[0].body
    assert AuditEntry.objects.filter(action="events.signup.link_resent").count() == 1


def test_the_honeypot_refuses_robots(client, zone):
    event = EventFactory(organisation=zone)

    client.post(signup_url(event), form(website="spam"))

    assert not Signup.objects.exists()


def test_too_many_signups_from_one_address_are_slowed_down(client, zone, settings, monkeypatch):
    """The limit per address is sized for a crowd (tests/test_public_forms.py); a smaller one
    here shows what happens when it is reached."""
    from korps.events.views import EventSignupView

    settings.KORPS_RATE_LIMITS = True
    monkeypatch.setattr(EventSignupView, "ip_limit", (5, 600))
    event = EventFactory(organisation=zone, seats=100)
    statuses = [
        client.post(signup_url(event), form(email=f"p{n}@mail.test")).status_code for n in range(6)
    ]

    assert statuses[:5] == [302] * 5
    assert statuses[5] == 429


def test_a_full_event_says_so_and_takes_waiting_list_signups(client, zone):
    event = EventFactory(organisation=zone, seats=1)
    SignupFactory(event=event)

    page = client.get(signup_url(event))
    client.post(signup_url(event), form(seats="1"))

    assert "wachtlijst" in page.text.lower()
    assert Signup.objects.get(email="amina@mail.test").status == SignupStatus.WAITING


def test_cancelling_by_the_personal_link(client, zone, mailoutbox):
    event = EventFactory(organisation=zone, seats=1)
    mine = SignupFactory(event=event)
    waiting = SignupFactory(event=event, status=SignupStatus.WAITING)

    client.post(reverse("events:manage", kwargs={"token": link_token(mine, "manage")}))

    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert mine.status == SignupStatus.CANCELLED
    assert waiting.status == SignupStatus.CONFIRMED


def test_the_public_list_shows_only_published_upcoming_events(client, zone):
    EventFactory(organisation=zone, title="Komt eraan")
    EventFactory(organisation=zone, title="Verborgen", is_published=False)
    EventFactory(
        organisation=zone, title="Voorbij", starts_at=timezone.now() - dt.timedelta(days=3)
    )

    response = client.get(reverse("events:list", kwargs={"zone": zone.code}))

    assert "Komt eraan" in response.text
    assert "Verborgen" not in response.text and "Voorbij" not in response.text


def test_a_recruiter_creates_an_event(client, zone, recruiter):
    client.force_login(recruiter)
    start = timezone.localtime() + dt.timedelta(days=20)

    response = client.post(
        reverse("events_staff:create", kwargs={"zone": zone.code}),
        {
            "kind": "info_session",
            "title": "Infoavond",
            "language": "nl",
            "place": "Stadhuis",
            "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (start + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "seats": "40",
            "overflow_threshold": "10",
            "is_published": "on",
        },
    )

    assert response.status_code == 302
    assert zone.events.get().title == "Infoavond"


def test_an_event_without_place_or_link_is_explained(client, zone, recruiter):
    client.force_login(recruiter)
    start = timezone.localtime() + dt.timedelta(days=20)

    response = client.post(
        reverse("events_staff:create", kwargs={"zone": zone.code}),
        {
            "kind": "info_session",
            "title": "Infoavond",
            "language": "nl",
            "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (start + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "seats": "40",
            "overflow_threshold": "10",
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors["place"]
    assert 'value="Infoavond"' in response.text


def test_the_event_page_suggests_an_extra_session_when_many_wait(client, zone, recruiter):
    event = EventFactory(organisation=zone, seats=1, overflow_threshold=3)
    SignupFactory(event=event)
    for _ in range(3):
        SignupFactory(event=event, status=SignupStatus.WAITING)
    client.force_login(recruiter)

    response = client.get(
        reverse("events_staff:detail", kwargs={"zone": zone.code, "pk": event.pk})
    )

    assert response.context["overflow"]
    assert 'id="overflow-title"' in response.text


def test_adding_the_extra_session_moves_the_waiting_people(client, zone, recruiter):
    event = EventFactory(organisation=zone, seats=1, overflow_threshold=2)
    SignupFactory(event=event)
    waiting = [SignupFactory(event=event, status=SignupStatus.WAITING) for _ in range(2)]
    client.force_login(recruiter)
    start = timezone.localtime(event.starts_at) + dt.timedelta(days=1)

    response = client.post(
        reverse("events_staff:extra_session", kwargs={"zone": zone.code, "pk": event.pk}),
        {
            "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (start + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "seats": "5",
            "move_waiting": "on",
        },
    )

    extra = event.extra_sessions.get()
    assert response.status_code == 302
    assert set(extra.signups.values_list("pk", flat=True)) == {s.pk for s in waiting}


def test_the_sign_up_list_is_audited_and_bounded(
    client, zone, recruiter, django_assert_max_num_queries
):
    event = EventFactory(organisation=zone)
    for _ in range(40):
        SignupFactory(event=event)
    client.force_login(recruiter)

    with django_assert_max_num_queries(15):
        response = client.get(
            reverse("events_staff:detail", kwargs={"zone": zone.code, "pk": event.pk})
        )

    assert response.status_code == 200
    assert AuditEntry.objects.filter(action="events.signups.read").count() == 1


def test_the_event_list_is_bounded(client, zone, recruiter, django_assert_max_num_queries):
    for _ in range(30):
        SignupFactory(event=EventFactory(organisation=zone))
    client.force_login(recruiter)

    with django_assert_max_num_queries(12):
        response = client.get(reverse("events_staff:list", kwargs={"zone": zone.code}))

    assert len(response.context["page"].object_list) == 25


def test_a_zone_never_sees_another_zones_event(client, zone, other_zone, recruiter):
    event = EventFactory(organisation=other_zone)
    client.force_login(recruiter)

    response = client.get(
        reverse("events_staff:detail", kwargs={"zone": zone.code, "pk": event.pk})
    )

    assert response.status_code == 404


def test_checking_in_with_htmx_returns_the_row(client, zone, ambassador):
    signup = SignupFactory(event=event_today(organisation=zone))
    client.force_login(ambassador)

    response = client.post(
        reverse(
            "events_staff:check_in",
            kwargs={"zone": zone.code, "pk": signup.event.pk, "signup": signup.pk},
        ),
        headers={"HX-Request": "true"},
    )

    signup.refresh_from_db()
    assert signup.checked_in_at is not None
    assert f'id="signup-{signup.pk}"' in response.text


def test_the_qr_link_checks_a_person_in(client, zone, ambassador):
    signup = SignupFactory(event=event_today(organisation=zone))
    client.force_login(ambassador)
    scan = reverse(
        "events_staff:check_in_scan",
        kwargs={"zone": zone.code, "token": link_token(signup, "checkin")},
    )

    client.post(scan)

    signup.refresh_from_db()
    assert signup.checked_in_at is not None


def test_exports_hold_every_signup_and_are_audited(client, zone, recruiter):
    event = EventFactory(organisation=zone)
    SignupFactory(event=event, name='=HYPERLINK("x")', email="a@mail.test")
    SignupFactory(event=event, name="Bert", email="b@mail.test")
    client.force_login(recruiter)
    kwargs = {"zone": zone.code, "pk": event.pk}

    csv_response = client.get(reverse("events_staff:export_csv", kwargs=kwargs))
    xlsx_response = client.get(reverse("events_staff:export_xlsx", kwargs=kwargs))

    text = csv_response.content.decode("utf-8-sig")
    assert "b@mail.test" in text and "'=HYPERLINK" in text
    import io

    sheet = load_workbook(io.BytesIO(xlsx_response.content)).active
    assert sheet.max_row == 3
    assert AuditEntry.objects.filter(action="events.signups.exported").count() == 2


def test_copying_an_event_keeps_it_unpublished(client, zone, recruiter):
    event = EventFactory(organisation=zone, title="Jobdag")
    client.force_login(recruiter)
    start = timezone.localtime(event.starts_at) + dt.timedelta(days=30)

    client.post(
        reverse("events_staff:copy", kwargs={"zone": zone.code, "pk": event.pk}),
        {
            "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (start + dt.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        },
    )

    copy = zone.events.exclude(pk=event.pk).get()
    assert copy.title == "Jobdag" and not copy.is_published


def test_the_event_privacy_text_promises_only_what_the_form_does(client, zone):
    event = EventFactory(organisation=zone)

    response = client.get(signup_url(event), HTTP_ACCEPT_LANGUAGE="en")

    assert "unless you ask to be kept informed" not in response.text
    assert reverse("careers:interest", kwargs={"zone": zone.code}) in response.text


def test_the_signup_export_speaks_the_readers_language(client, zone, recruiter):
    from io import BytesIO

    event = EventFactory(organisation=zone)
    SignupFactory(event=event, name="Bert", email="b@mail.test", seats=2, language="fr")
    client.force_login(recruiter)
    kwargs = {"zone": zone.code, "pk": event.pk}

    response = client.get(reverse("events_staff:export_xlsx", kwargs=kwargs))

    rows = list(load_workbook(BytesIO(response.content)).active.iter_rows(values_only=True))
    header, row = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert "no_show" not in header and "Niet gekomen" in header, header
    assert row["Niet gekomen"] == "nee"
    assert row["Plaatsen"] == 2  # a number, not the text '2'
    assert row["Status"] == "Bevestigd" and row["Taal"] == "Frans", row
