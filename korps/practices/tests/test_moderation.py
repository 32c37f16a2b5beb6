"""Submission and moderation: a reason with every refusal, two reviewers and the four
criteria before "recommended", duplicates flagged, edits reviewed again, appeals."""

import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.organisations.roles import Role
from korps.organisations.tests.factories import UserFactory
from korps.practices import selectors, services
from korps.practices.models import PracticeSheet, Status, StatusChange
from korps.practices.tests.factories import make_moderator, make_sheet, sheet_data


@pytest.fixture
def moderator(db):
    return make_moderator()


def test_any_staff_member_submits_and_the_sheet_waits(member, zone, client):
    mentor = member(Role.MENTOR)
    client.force_login(mentor)
    response = client.post(
        reverse("practices:submit", kwargs={"zone": zone.code}),
        {
            "language": "nl",
            "title": "Buddy's voor nieuwe collega's",
            "summary": "Elke nieuwe collega krijgt een buddy.",
            "category": "retention",
            "goals": ["retention"],
            "target_group": "staff",
            "description": "Een buddy helpt het eerste jaar.",
            "partners": "Vakbond: denkt mee\n\n",
            "stage": "untested",
            "result": "new",
        },
    )
    assert response.status_code == 302
    sheet = PracticeSheet.objects.get()
    assert sheet.status == Status.SUBMITTED and sheet.origin == zone.name
    assert [(p.name, p.role) for p in sheet.partners.all()] == [("Vakbond", "denkt mee")]
    assert AuditEntry.objects.filter(action="practices.sheet.submitted").exists()
    assert selectors.library() == []


def test_a_form_with_errors_is_shown_again(member, zone, client):
    client.force_login(member(Role.MENTOR))
    response = client.post(
        reverse("practices:submit", kwargs={"zone": zone.code}), {"title": "x" * 300}
    )
    assert response.status_code == 200
    assert PracticeSheet.objects.count() == 0


def test_declining_without_a_reason_is_refused(moderator):
    sheet = make_sheet(publish=False)
    with pytest.raises(services.PracticeError) as refused:
        services.sheet_move(actor=moderator, sheet=sheet, to_status=Status.DECLINED, reason=" ")
    assert refused.value.code == "no_reason"
    sheet.refresh_from_db()
    assert sheet.status == Status.SUBMITTED


def test_the_moderator_page_refuses_a_decline_without_reason_and_keeps_the_sheet(moderator, client):
    sheet = make_sheet(publish=False)
    client.force_login(moderator)
    url = reverse("practices_moderation:sheet", kwargs={"slug": sheet.slug})
    response = client.post(url, {"to_status": "declined", "reason": ""})
    assert response.status_code == 400
    assert response.context["move_form"].errors["reason"]
    sheet.refresh_from_db()
    assert sheet.status == Status.SUBMITTED


def test_the_reason_of_a_decline_is_shown_to_the_submitter(moderator, member, zone, client):
    submitter = member(Role.RECRUITER)
    sheet = make_sheet(submitter=submitter, zone=zone, publish=False)
    services.sheet_move(
        actor=moderator, sheet=sheet, to_status=Status.DECLINED, reason="Te weinig uitleg."
    )
    client.force_login(submitter)
    page = client.get(reverse("practices:mine", kwargs={"zone": zone.code})).content.decode()
    assert "Te weinig uitleg." in page


def test_only_moderators_moderate(member):
    sheet = make_sheet(publish=False)
    with pytest.raises(services.PracticeError):
        services.sheet_move(actor=member(Role.ZONE_ADMIN), sheet=sheet, to_status=Status.IN_REVIEW)


def test_recommended_needs_two_reviewers_and_the_four_criteria(moderator):
    second = make_moderator(email="second@korps.test")
    with_criteria = make_sheet(criteria=True)
    without = make_sheet(title="Iets anders helemaal", summary="Anders.", criteria=False)
    for sheet in (with_criteria, without):
        services.review_record(actor=moderator, sheet=sheet, verdict="recommend")
        assert not selectors.is_recommended(sheet)
        services.review_record(actor=second, sheet=sheet, verdict="recommend")
    assert selectors.is_recommended(with_criteria)
    assert not selectors.is_recommended(without)
    # A reviewer who changes their mind replaces their verdict.
    services.review_record(actor=second, sheet=with_criteria, verdict="do_not_recommend")
    assert not selectors.is_recommended(with_criteria)


def test_a_submitter_cannot_review_their_own_sheet(moderator):
    sheet = make_sheet(submitter=moderator, publish=False)
    with pytest.raises(services.PracticeError):
        services.review_record(actor=moderator, sheet=sheet, verdict="recommend")


def test_a_sheet_submitted_twice_is_flagged_as_a_likely_duplicate(db):
    first = make_sheet()
    second = make_sheet(publish=False)
    other = make_sheet(title="Mentoren", summary="Begeleiding naar het examen.", publish=False)
    assert second.likely_duplicate_of == first
    assert other.likely_duplicate_of is None
    reworded = make_sheet(
        title="Jobdagen voor nieuwe Gentenaars en verhalen",
        summary="Een campagne met jobdagen en verhalen van eigen medewerkers.",
        publish=False,
    )
    assert reworded.likely_duplicate_of == first


def test_an_edit_after_publication_is_reviewed_again(db):
    submitter = UserFactory()
    sheet = make_sheet(submitter=submitter)
    services.sheet_update(
        actor=submitter, sheet=sheet, data=sheet_data(title="Jobdagen, tweede versie")
    )
    sheet.refresh_from_db()
    assert sheet.status == Status.SUBMITTED
    assert selectors.library() == []


def test_a_translation_adds_a_language_and_keeps_the_other(db):
    submitter = UserFactory()
    sheet = make_sheet(submitter=submitter)
    services.sheet_update(
        actor=submitter,
        sheet=sheet,
        data=sheet_data(language="fr", title="Journées de l'emploi", summary="Une campagne."),
    )
    assert sorted(sheet.texts.values_list("language", flat=True)) == ["fr", "nl"]


def test_the_submitter_appeals_and_the_sheet_returns_to_review(moderator):
    submitter = UserFactory()
    sheet = make_sheet(submitter=submitter, publish=False)
    services.sheet_move(actor=moderator, sheet=sheet, to_status=Status.DECLINED, reason="Nee.")
    with pytest.raises(services.PracticeError):
        services.sheet_appeal(actor=submitter, sheet=sheet, reason="")
    services.sheet_appeal(actor=submitter, sheet=sheet, reason="Er is nu een evaluatie.")
    sheet.refresh_from_db()
    assert sheet.status == Status.IN_REVIEW
    moves = list(StatusChange.objects.filter(sheet=sheet).values_list("to_status", "reason"))
    assert moves[-1] == (Status.IN_REVIEW, "Er is nu een evaluatie.")


def test_a_moderator_sees_the_queue_and_records_a_review(moderator, client):
    sheet = make_sheet(publish=False)
    client.force_login(moderator)
    queue = client.get(reverse("practices_moderation:queue"))
    assert queue.status_code == 200 and sheet.slug in queue.content.decode()
    url = reverse("practices_moderation:sheet", kwargs={"slug": sheet.slug})
    assert client.post(url, {"verdict": "recommend", "comment": "Goed"}).status_code == 302
    assert client.post(url, {"to_status": "in_review"}).status_code == 302
    assert client.post(url, {"to_status": "published"}).status_code == 302
    sheet.refresh_from_db()
    assert sheet.status == Status.PUBLISHED and sheet.published_at is not None


def test_the_command_makes_and_unmakes_a_moderator(db):
    from django.core.management import call_command

    from korps.organisations.models import User
    from korps.organisations.permissions import can_moderate_practices

    UserFactory(email="mod@korps.test")
    call_command("practice_moderator", "MOD@korps.test")
    assert can_moderate_practices(User.objects.get(email="mod@korps.test"))
    call_command("practice_moderator", "mod@korps.test", "--remove")
    assert not can_moderate_practices(User.objects.get(email="mod@korps.test"))
