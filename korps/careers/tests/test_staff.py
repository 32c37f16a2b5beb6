import pytest
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.careers.demo import install_career_site
from korps.careers.models import Lead, PracticeChoice, PracticeQuestion, SelectionStep, Story
from korps.core.links import link_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(zone):
    install_career_site(zone)
    return zone


def staff_url(name, zone, **kwargs):
    return reverse(f"careers_staff:{name}", kwargs={"zone": zone.code, **kwargs})


def test_a_recruiter_edits_the_welcome_text_in_each_language(client, site, recruiter):
    client.force_login(recruiter)

    response = client.post(
        staff_url("text_edit", site, key="welcome"),
        {
            "title_0": "Word flik",
            "title_1": "Devenez policier",
            "title_2": "",
            "body_0": "Tekst",
            "body_1": "Texte",
            "body_2": "",
        },
    )

    assert response.status_code == 302
    home = client.get(reverse("careers:home", kwargs={"zone": site.code}))
    assert "Word flik" in home.text


def test_the_default_language_text_is_required(client, site, recruiter):
    client.force_login(recruiter)

    response = client.post(
        staff_url("text_edit", site, key="welcome"),
        {
            "title_0": "",
            "title_1": "Devenez policier",
            "body_0": "",
            "body_1": "Texte",
        },
    )

    assert response.status_code == 200
    assert 'value="Devenez policier"' in response.text


def test_moving_a_step_up_changes_the_public_order(client, site, recruiter):
    steps = list(SelectionStep.objects.filter(organisation=site).order_by("order"))
    client.force_login(recruiter)

    client.post(staff_url("step_move", site, pk=steps[1].pk, direction="up"))

    order = list(SelectionStep.objects.filter(organisation=site).order_by("order"))
    assert order[:2] == [steps[1], steps[0]]


def question_data(step, correct_index=0, **overrides):
    topic = step.topics.first()
    data = {
        "topic": topic.pk,
        "text_0": "Hoeveel is 2 + 2?",
        "text_1": "",
        "text_2": "",
        "explanation_0": "Tel maar.",
        "explanation_1": "",
        "explanation_2": "",
        "is_published": "on",
        "choices-TOTAL_FORMS": "4",
        "choices-INITIAL_FORMS": "0",
        "choices-MIN_NUM_FORMS": "0",
        "choices-MAX_NUM_FORMS": "6",
    }
    for index, answer in enumerate(["4", "5", "", ""]):
        data[f"choices-{index}-text_0"] = answer
        data[f"choices-{index}-text_1"] = ""
        data[f"choices-{index}-text_2"] = ""
        if index == correct_index and answer:
            data[f"choices-{index}-is_correct"] = "on"
    data.update(overrides)
    return data


def test_a_recruiter_adds_a_practice_question(client, site, recruiter):
    step = SelectionStep.objects.filter(organisation=site, topics__isnull=False).first()
    client.force_login(recruiter)

    response = client.post(staff_url("question_create", site, step=step.pk), question_data(step))

    assert response.status_code == 302
    question = PracticeQuestion.objects.get(text__nl="Hoeveel is 2 + 2?")
    assert PracticeChoice.objects.filter(question=question).count() == 2
    assert question.choices.get(is_correct=True).text == {"nl": "4"}


def test_a_question_needs_exactly_one_correct_answer(client, site, recruiter):
    step = SelectionStep.objects.filter(organisation=site, topics__isnull=False).first()
    client.force_login(recruiter)

    response = client.post(
        staff_url("question_create", site, step=step.pk), question_data(step, correct_index=9)
    )

    assert response.status_code == 200
    assert not PracticeQuestion.objects.filter(text__nl="Hoeveel is 2 + 2?").exists()


# Mails leave when the transaction commits, so this test runs with real commits.
@pytest.mark.django_db(transaction=True)
def test_adding_a_story_asks_the_colleague_for_consent(client, site, recruiter, mailoutbox):
    client.force_login(recruiter)

    response = client.post(
        staff_url("story_create", site),
        {
            "person_name": "Sam Vos",
            "person_email": "sam@zone.test",
            "quote_0": "Doe het gewoon",
            "body_0": "Mijn verhaal",
        },
    )

    assert response.status_code == 302
    story = Story.objects.get(person_name="Sam Vos")
    assert not story.is_published
    assert f"/story-consent/{link_token(story, 'consent')}/" in mailoutbox[0].body


def test_the_leads_list_is_audited_and_bounded(
    client, site, recruiter, django_assert_max_num_queries
):
    for n in range(30):
        Lead.objects.create(
            organisation=site,
            name=f"Lead {n}",
            email=f"l{n}@mail.test",
            language="nl",
            consent_text="ok",
        )
    client.force_login(recruiter)

    with django_assert_max_num_queries(12):
        response = client.get(staff_url("leads", site))

    assert "Lead 29" in response.text
    assert AuditEntry.objects.filter(action="careers.leads.read").count() == 1


def test_the_overview_runs_a_bounded_number_of_queries(
    client, site, recruiter, django_assert_max_num_queries
):
    client.force_login(recruiter)

    with django_assert_max_num_queries(15):
        assert client.get(staff_url("overview", site)).status_code == 200
