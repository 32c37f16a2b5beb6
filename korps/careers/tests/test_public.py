import re

import pytest
from django.urls import reverse
from django.utils import timezone

from korps.careers.demo import install_career_site
from korps.careers.models import Criterion, Lead, PracticeQuestion, SelectionStep, Story
from korps.careers.views import PRACTICE_SESSION_KEY
from korps.core.links import link_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(zone):
    install_career_site(zone)
    return zone


def url(name, zone, **kwargs):
    return reverse(f"careers:{name}", kwargs={"zone": zone.code, **kwargs})


def test_the_career_home_shows_the_welcome_and_the_ways_in(client, site):
    response = client.get(url("home", site))

    assert response.status_code == 200
    assert reverse("careers:self_check", kwargs={"zone": site.code}) in response.text


def test_an_unknown_zone_has_no_career_site(client):
    assert client.get("/careers/nergens/").status_code == 404


def answers_for(job_criteria, pick):
    return {f"criterion_{c.pk}": pick(list(c.answers.all())).pk for c in job_criteria}


def test_the_self_check_says_which_criteria_are_met_and_what_to_do(client, site):
    criteria = Criterion.objects.filter(job__organisation=site, job__slug="inspecteur")

    response = client.post(
        url("self_check", site) + "?job=inspecteur",
        answers_for(criteria, lambda answers: answers[-1]),
    )

    assert response.status_code == 200
    results = response.context["results"]
    assert len(results) == criteria.count()
    assert response.context["verdict"] in {"met", "conditional", "not_met"}
    assert all(r["advice"] for r in results if r["outcome"] != "met")


def test_the_self_check_with_every_criterion_met_says_so(client, site):
    criteria = Criterion.objects.filter(job__organisation=site, job__slug="inspecteur")

    def met(answers):
        return next(a for a in answers if a.outcome == "met")

    response = client.post(url("self_check", site) + "?job=inspecteur", answers_for(criteria, met))

    assert response.context["verdict"] == "met"


def test_the_self_check_stores_nothing(client, site):
    criteria = Criterion.objects.filter(job__organisation=site, job__slug="inspecteur")
    counts = Lead.objects.count()

    client.post(url("self_check", site), answers_for(criteria, lambda a: a[0]))

    assert Lead.objects.count() == counts


def test_an_unanswered_self_check_keeps_the_given_answers(client, site):
    criteria = list(Criterion.objects.filter(job__organisation=site, job__slug="inspecteur"))
    first_answer = criteria[0].answers.first()

    response = client.post(
        url("self_check", site) + "?job=inspecteur",
        {f"criterion_{criteria[0].pk}": first_answer.pk},
    )

    assert "results" not in response.context
    assert re.search(rf'value="{first_answer.pk}"[^>]*checked', response.text)


def test_the_selection_steps_are_shown_in_the_zones_order(client, site):
    steps = list(SelectionStep.objects.filter(organisation=site).order_by("order"))

    response = client.get(url("selection", site))

    assert list(response.context["steps"]) == steps


def test_a_practice_round_is_scored_per_topic(client, site):
    step = SelectionStep.objects.filter(organisation=site).order_by("order").first()
    client.post(url("practice_start", site, step=step.pk))
    ids = client.session[PRACTICE_SESSION_KEY]["questions"]
    questions = PracticeQuestion.objects.filter(pk__in=ids).prefetch_related("choices")
    answers = {f"q{q.pk}": next(c.pk for c in q.choices.all() if c.is_correct) for q in questions}

    response = client.post(url("practice_round", site), answers)

    result = response.context["result"]
    assert result.correct == result.total == len(ids) == 10
    assert sum(topic.total for topic in result.topics) == 10
    assert not result.late
    assert PRACTICE_SESSION_KEY not in client.session


def test_a_late_practice_round_is_marked_late(client, site, time_machine):
    step = SelectionStep.objects.filter(organisation=site).order_by("order").first()
    time_machine.move_to(timezone.now(), tick=False)
    client.post(url("practice_start", site, step=step.pk))
    time_machine.shift(60 * 60)

    response = client.post(url("practice_round", site), {})

    assert response.context["result"].late
    assert response.context["result"].correct == 0


def test_an_interest_signup_needs_consent_and_keeps_what_was_typed(client, site):
    response = client.post(
        url("interest", site),
        {
            "name": "Yasmina",
            "email": "yasmina@mail.test",
            "contact_by": "email",
        },
    )

    assert response.status_code == 200
    assert 'value="Yasmina"' in response.text
    assert not Lead.objects.exists()


# Mails leave when the transaction commits, so this test runs with real commits.
@pytest.mark.django_db(transaction=True)
def test_an_interest_signup_keeps_its_source_and_asks_to_confirm(client, site, mailoutbox):
    client.get(url("home", site) + "?src=fb-wave2")

    response = client.post(
        url("interest", site),
        {
            "name": "Yasmina",
            "email": "Yasmina@Mail.test",
            "contact_by": "email",
            "consent": "on",
        },
    )

    assert response.status_code == 302
    lead = Lead.objects.get()
    assert (lead.email, lead.source, lead.confirmed_at) == ("yasmina@mail.test", "fb-wave2", None)
    assert f"/interest/{link_token(lead, 'confirm')}/confirm/" in mailoutbox[0].body


def test_the_honeypot_turns_robots_away(client, site):
    response = client.post(
        url("interest", site),
        {
            "name": "Bot",
            "email": "bot@mail.test",
            "contact_by": "email",
            "consent": "on",
            "website": "http://spam.example",
        },
    )

    assert response.status_code == 200
    assert not Lead.objects.exists()


# Mails leave when the transaction commits, so this test runs with real commits.
@pytest.mark.django_db(transaction=True)
def test_confirming_and_unsubscribing_a_lead(client, site, mailoutbox):
    lead = Lead.objects.create(
        organisation=site,
        name="Lea",
        email="lea@mail.test",
        language="nl",
        consent_text="ok",
        source="poster",
    )

    client.post(reverse("careers:lead_confirm", kwargs={"token": link_token(lead, "confirm")}))
    lead.refresh_from_db()
    assert lead.confirmed_at is not None
    assert "afmelden" in mailoutbox[-1].body.lower() or "unsubscribe" in mailoutbox[-1].body

    client.post(
        reverse("careers:lead_unsubscribe", kwargs={"token": link_token(lead, "unsubscribe")})
    )
    lead.refresh_from_db()
    assert lead.unsubscribed_at is not None
    assert (lead.name, lead.phone, lead.source) == ("", "", "poster")
    assert "lea@mail.test" not in lead.email


@pytest.mark.django_db
def test_unsubscribing_writes_one_audit_row_of_what_was_erased(client, zone):
    from korps.audit.models import AuditEntry

    lead = Lead.objects.create(
        organisation=zone, name="Lea", email="lea@mail.test", language="nl", consent_text="ok"
    )

    client.post(
        reverse("careers:lead_unsubscribe", kwargs={"token": link_token(lead, "unsubscribe")})
    )
    client.post(
        reverse("careers:lead_unsubscribe", kwargs={"token": link_token(lead, "unsubscribe")})
    )

    entry = AuditEntry.objects.get(action="careers.lead.unsubscribed")
    assert entry.data == {"kind": "lead", "erased": {"careers": 1}}
    assert "Lea" not in entry.target_label


def test_a_story_shows_only_while_consent_stands(client, site):
    story = Story.objects.create(
        organisation=site,
        person_name="Sam Vos",
        person_email="sam@zone.test",
        quote={"nl": "Doe het"},
        body={"nl": "Mijn verhaal"},
    )
    consent = reverse("careers:story_consent", kwargs={"token": link_token(story, "consent")})
    assert "Sam Vos" not in client.get(url("stories", site)).text

    client.post(consent, {"decision": "give"})
    assert "Sam Vos" in client.get(url("stories", site)).text

    client.post(consent, {"decision": "withdraw"})
    assert "Sam Vos" not in client.get(url("stories", site)).text
    assert client.get(url("story", site, pk=story.pk)).status_code == 404


def test_pages_fall_back_to_the_zones_default_language(client, site):
    site.languages = ["nl"]
    site.save()

    response = client.get(url("home", site), headers={"accept-language": "fr"})

    assert '<html lang="nl">' in response.text


def test_the_career_pages_run_a_bounded_number_of_queries(
    client, site, django_assert_max_num_queries
):
    for name in ("home", "selection", "practice", "stories", "interest", "self_check"):
        with django_assert_max_num_queries(15):
            assert client.get(url(name, site)).status_code == 200


def test_the_career_site_links_to_ask_an_ambassador(client, site):
    response = client.get(url("home", site))

    assert reverse("outreach:ask", kwargs={"zone": site.code}) in response.text


def test_a_round_for_the_test_in_french_asks_no_dutch_spelling(client, site, settings):
    """Issue 13, item 13: language questions follow the language of the test the candidate
    will take; the round asks it, and without an answer takes the page's language."""
    step = SelectionStep.objects.filter(organisation=site).order_by("order").first()
    dutch = set(
        PracticeQuestion.objects.filter(topic__step=step, test_language="nl").values_list(
            "pk", flat=True
        )
    )
    assert dutch  # the cognitive step has its Dutch language questions

    for _round in range(5):
        client.post(url("practice_start", site, step=step.pk), {"test_language": "fr"})
        assert not dutch & set(client.session[PRACTICE_SESSION_KEY]["questions"])

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    page = client.get(url("practice", site))
    assert '<option value="fr" selected>' in page.text
    for _round in range(5):
        client.post(url("practice_start", site, step=step.pk))
        assert not dutch & set(client.session[PRACTICE_SESSION_KEY]["questions"])

    asked = set()
    for _round in range(10):
        client.post(url("practice_start", site, step=step.pk), {"test_language": "nl"})
        asked |= set(client.session[PRACTICE_SESSION_KEY]["questions"])
    assert dutch & asked


@pytest.mark.parametrize(
    ("question", "answer", "shown"),
    [
        ("strafregister", "Ik weet het niet", "Vraag het na bij de rekruteerder"),
        ("nationaliteit", "Nog niet, ik heb ze aangevraagd", "Mogelijk zodra ze toegekend is"),
    ],
)
def test_the_self_check_does_not_call_an_answer_it_cannot_judge_met(
    client, site, question, answer, shown
):
    criteria = list(Criterion.objects.filter(job__organisation=site, job__slug="inspecteur"))
    asked = next(c for c in criteria if question in c.question["nl"].lower())
    chosen = next(a for a in asked.answers.all() if a.label["nl"] == answer)
    answers = answers_for(criteria, lambda answers: answers[0])
    answers[f"criterion_{asked.pk}"] = chosen.pk

    response = client.post(
        url("self_check", site) + "?job=inspecteur", answers, HTTP_ACCEPT_LANGUAGE="nl"
    )

    result = next(r for r in response.context["results"] if r["answer"] == answer)
    assert result["outcome_label"] == shown
    assert "Voldaan" not in result["outcome_label"]
    assert response.context["verdict"] != "met"


def test_the_interest_page_asks_for_the_e_mail_address_the_form_requires(client, site):
    response = client.get(url("interest", site), HTTP_ACCEPT_LANGUAGE="nl")

    assert "e-mailadres of telefoonnummer" not in response.text
    assert "je telefoonnummer als je liever gebeld wordt" in response.text
