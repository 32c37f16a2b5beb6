import datetime as dt

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.organisations.roles import Role
from korps.outreach import services
from korps.outreach.models import AmbassadorQuestion, QuestionStatus, Topic
from korps.outreach.tests.factories import AmbassadorProfileFactory, AmbassadorQuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ambassadors(zone, member):
    def make(email, languages=("nl",), topics=(Topic.WOMEN,), **extra):
        user = member(Role.AMBASSADOR, email=email)
        return AmbassadorProfileFactory(
            organisation=zone, user=user, languages=list(languages), topics=list(topics), **extra
        )

    return make


def ask(zone, **overrides):
    data = {
        "organisation": zone,
        "topic": Topic.WOMEN,
        "language": "nl",
        "name": "Nora",
        "email": "nora@mail.test",
        "question": "Hoe combineer je ploegendienst met kinderen?",
        **overrides,
    }
    return services.question_ask(**data)


def test_questions_go_round_robin_to_matching_available_ambassadors(zone, ambassadors):
    anna = ambassadors("anna@testrode.test")
    ben = ambassadors("ben@testrode.test")
    ambassadors("fr@testrode.test", languages=["fr"])
    ambassadors("faith@testrode.test", topics=[Topic.FAITH])
    ambassadors("away@testrode.test", available=False)

    assigned = [ask(zone, email=f"q{n}@mail.test").ambassador for n in range(4)]

    assert assigned == [anna, ben, anna, ben]


def test_a_question_nobody_matches_waits_for_the_diversity_manager(zone, ambassadors):
    ambassadors("anna@testrode.test")

    question = ask(zone, language="fr")

    assert question.ambassador is None and question.status == QuestionStatus.OPEN


def test_the_public_form_routes_the_question(
    client, zone, ambassadors, mailoutbox, django_capture_on_commit_callbacks
):
    anna = ambassadors("anna@testrode.test")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("outreach:ask", kwargs={"zone": zone.code}),
            {
                "topic": Topic.WOMEN,
                "language": "nl",
                "name": "Nora",
                "email": "nora@mail.test",
                "question": "Mag ik een vraag stellen?",
            },
        )

    assert response.status_code == 302
    assert AmbassadorQuestion.objects.get().ambassador == anna
    assert mailoutbox[-1].to == ["anna@testrode.test"]
    assert "nora@mail.test" not in mailoutbox[-1].body


def test_the_honeypot_and_the_rate_limit_protect_the_form(client, zone, settings, ambassadors):
    ambassadors("anna@testrode.test")
    url = reverse("outreach:ask", kwargs={"zone": zone.code})
    form = {
        "topic": Topic.WOMEN,
        "language": "nl",
        "name": "N",
        "email": "n@mail.test",
        "question": "?",
    }
    client.post(url, {**form, "website": "spam"})
    assert not AmbassadorQuestion.objects.exists()

    settings.KORPS_RATE_LIMITS = True
    codes = [client.post(url, form).status_code for _ in range(4)]

    assert codes == [302, 302, 302, 429]


def test_an_ambassador_sees_only_their_own_questions(client, zone, ambassadors):
    anna = ambassadors("anna@testrode.test")
    ben = ambassadors("ben@testrode.test")
    mine = AmbassadorQuestionFactory(organisation=zone, ambassador=anna)
    theirs = AmbassadorQuestionFactory(organisation=zone, ambassador=ben)
    client.force_login(anna.user)

    listing = client.get(reverse("outreach_staff:my_questions", kwargs={"zone": zone.code}))
    other = client.get(
        reverse("outreach_staff:answer", kwargs={"zone": zone.code, "pk": theirs.pk})
    )

    assert list(listing.context["page"].object_list) == [mine]
    assert other.status_code == 404


def test_the_answer_is_mailed_from_the_korps_address(
    client, zone, ambassadors, mailoutbox, settings, django_capture_on_commit_callbacks
):
    anna = ambassadors("anna@testrode.test")
    question = AmbassadorQuestionFactory(organisation=zone, ambassador=anna, email="q@mail.test")
    client.force_login(anna.user)
    url = reverse("outreach_staff:answer", kwargs={"zone": zone.code, "pk": question.pk})

    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"answer": "Ja, dat kan perfect."})

    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == QuestionStatus.ANSWERED and question.answered_by == anna.user
    mail = mailoutbox[-1]
    assert mail.to == ["q@mail.test"]
    assert mail.from_email == settings.DEFAULT_FROM_EMAIL
    assert "anna@testrode.test" not in mail.body + str(mail.extra_headers) + mail.from_email
    assert "Ja, dat kan perfect." in mail.body
    assert AuditEntry.objects.filter(action="outreach.question.read").exists()


def test_the_diversity_manager_sees_all_and_reassigns(client, zone, ambassadors, diversity_manager):
    anna = ambassadors("anna@testrode.test")
    ben = ambassadors("ben@testrode.test")
    question = AmbassadorQuestionFactory(organisation=zone, ambassador=anna)
    client.force_login(diversity_manager)

    listing = client.get(reverse("outreach_staff:questions", kwargs={"zone": zone.code}))
    client.post(
        reverse("outreach_staff:reassign", kwargs={"zone": zone.code, "pk": question.pk}),
        {"ambassador": ben.pk},
    )

    assert list(listing.context["page"].object_list) == [question]
    question.refresh_from_db()
    assert question.ambassador == ben


def test_working_days_skip_the_weekend():
    friday = dt.datetime(2026, 3, 6, 10, 0, tzinfo=dt.UTC)

    assert services.add_working_days(friday, 3) == dt.datetime(2026, 3, 11, 10, 0, tzinfo=dt.UTC)


def test_unanswered_questions_are_escalated_after_three_working_days_once(
    zone, ambassadors, diversity_manager, mailoutbox, django_capture_on_commit_callbacks
):
    anna = ambassadors("anna@testrode.test")
    with time_machine.travel(dt.datetime(2026, 3, 6, 9, 0, tzinfo=dt.UTC), tick=False):
        question = ask(zone)  # a Friday
    mailoutbox.clear()

    with time_machine.travel(dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC), tick=False):
        call_command("escalate_ambassador_questions", verbosity=0)  # Tuesday: 2 working days
    question.refresh_from_db()
    assert question.status == QuestionStatus.OPEN and not mailoutbox

    with time_machine.travel(dt.datetime(2026, 3, 11, 9, 30, tzinfo=dt.UTC), tick=False):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("escalate_ambassador_questions", verbosity=0)
            call_command("escalate_ambassador_questions", verbosity=0)
    question.refresh_from_db()
    assert question.status == QuestionStatus.ESCALATED
    assert [m.to for m in mailoutbox] == [[diversity_manager.email]]
    assert question.ambassador == anna


def test_answered_questions_are_never_escalated(zone, ambassadors, diversity_manager):
    anna = ambassadors("anna@testrode.test")
    with time_machine.travel(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC), tick=False):
        question = ask(zone)
        services.question_answer(question=question, acting_user=anna.user, answer="Ja.")

    with time_machine.travel(dt.datetime(2026, 3, 20, 9, 0, tzinfo=dt.UTC), tick=False):
        assert services.questions_escalate() == []


def ask_form(**overrides):
    return {
        "topic": Topic.WOMEN,
        "language": "nl",
        "name": "Nora",
        "email": "nora@mail.test",
        "question": "Mag ik een vraag stellen?",
        **overrides,
    }


def test_the_ask_form_preselects_no_topic_and_requires_one(client, zone, ambassadors):
    ambassadors("anna@testrode.test")
    url = reverse("outreach:ask", kwargs={"zone": zone.code})

    page = client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
    response = client.post(url, ask_form(topic=""), HTTP_ACCEPT_LANGUAGE="nl")

    assert page.context["form"]["topic"].value() in (None, "")
    assert 'value="" selected' in str(page.context["form"]["topic"])
    assert response.status_code == 200
    assert "topic" in response.context["form"].errors
    assert response.context["form"]["question"].value() == "Mag ik een vraag stellen?"
    assert not AmbassadorQuestion.objects.exists()


def test_a_zone_without_ambassadors_does_not_offer_the_form(client, zone):
    url = reverse("outreach:ask", kwargs={"zone": zone.code})

    page = client.get(url)
    response = client.post(url, ask_form())

    assert page.status_code == 200 and page.context["form"] is None
    assert reverse("careers:interest", kwargs={"zone": zone.code}) in page.text
    assert "<form" not in page.text.split('id="no-ambassadors"')[0].split("<main")[-1]
    assert response.status_code == 200 and not AmbassadorQuestion.objects.exists()


def test_a_question_no_ambassador_takes_goes_to_the_diversity_team_honestly(
    client, zone, ambassadors, diversity_manager, mailoutbox, django_capture_on_commit_callbacks
):
    ambassadors("anna@testrode.test", languages=["fr"])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("outreach:ask", kwargs={"zone": zone.code}), ask_form(), follow=True
        )

    question = AmbassadorQuestion.objects.get()
    assert question.ambassador is None
    assert response.context["to_team"] is True
    assert "An ambassador answers" not in response.text
    assert [mail.to for mail in mailoutbox] == [[diversity_manager.email]]
    assert "nora@mail.test" not in mailoutbox[0].body


def test_the_answer_language_shows_by_name(client, zone, ambassadors):
    anna = ambassadors("anna@testrode.test")
    question = AmbassadorQuestionFactory(organisation=zone, ambassador=anna, language="nl")
    client.force_login(anna.user)

    page = client.get(
        reverse("outreach_staff:answer", kwargs={"zone": zone.code, "pk": question.pk}),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    listing = client.get(
        reverse("outreach_staff:my_questions", kwargs={"zone": zone.code}),
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert "<dd>Dutch</dd>" in page.text
    assert "<td>Dutch</td>" in listing.text and "<td>nl</td>" not in listing.text


def reply_link_of(mail) -> str:
    import re as _re

    return "/" + _re.search(r"https?://\S+/ask/\S+/", mail.body).group(0).split("/", 3)[3]


def test_the_visitor_replies_to_an_answer_through_the_link_in_the_answer_mail(
    client, zone, ambassadors, mailoutbox, django_capture_on_commit_callbacks
):
    anna = ambassadors("anna@testrode.test")
    question = AmbassadorQuestionFactory(organisation=zone, ambassador=anna, email="q@mail.test")
    with django_capture_on_commit_callbacks(execute=True):
        services.question_answer(question=question, acting_user=anna.user, answer="Ja, dat kan.")
    link = reply_link_of(mailoutbox[-1])
    visitor = client.__class__()

    page = visitor.get(link)
    with django_capture_on_commit_callbacks(execute=True):
        sent = visitor.post(link, {"reply": "En met kinderen?"}, follow=True)
    again = visitor.post(link, {"reply": "Nog eens?"})

    assert question.link_id in link and "Ja, dat kan." in page.text
    reply = AmbassadorQuestion.objects.get(follows=question)
    assert reply.question == "En met kinderen?" and reply.ambassador == anna
    assert reply.status == QuestionStatus.OPEN and reply.email == "q@mail.test"
    assert mailoutbox[-1].to == ["anna@testrode.test"]
    assert sent.context["sent"] and sent.context["waiting"] == reply
    assert again.status_code == 400
    assert AmbassadorQuestion.objects.filter(follows=question).count() == 1
    assert AuditEntry.objects.filter(action="outreach.question.replied").exists()


def test_a_wrong_reply_link_is_not_found(client, zone, ambassadors):
    anna = ambassadors("anna@testrode.test")
    question = AmbassadorQuestionFactory(organisation=zone, ambassador=anna, answer="Ja.")

    response = client.get(f"/ask/{question.link_id}.not-the-mac/")

    assert response.status_code == 404


def test_the_ambassador_sees_the_earlier_exchange_with_a_reply(client, zone, ambassadors):
    anna = ambassadors("anna@testrode.test")
    first = AmbassadorQuestionFactory(
        organisation=zone,
        ambassador=anna,
        question="Eerste vraag?",
        answer="Eerste antwoord.",
        status=QuestionStatus.ANSWERED,
    )
    reply = services.question_reply(question=first, text="Tweede vraag?")
    client.force_login(anna.user)

    page = client.get(reverse("outreach_staff:answer", kwargs={"zone": zone.code, "pk": reply.pk}))

    assert "Eerste vraag?" in page.text and "Eerste antwoord." in page.text
    assert "Tweede vraag?" in page.text
