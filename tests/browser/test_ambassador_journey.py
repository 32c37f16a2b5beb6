"""In real Chromium: a visitor asks an ambassador (choosing a topic: none is preselected), the
ambassador answers from their home page, and the visitor replies through the answer mail."""

import re

import pytest
from playwright.sync_api import expect

from conftest import TEST_PASSWORD
from korps.careers.demo import install_career_site
from korps.core.testing.browser import log_in
from korps.organisations.roles import Role
from korps.organisations.tests.factories import (
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)
from korps.outreach.models import AmbassadorQuestion, QuestionStatus, Topic
from korps.outreach.tests.factories import AmbassadorProfileFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_ambassador_answers_a_question_and_the_visitor_replies(page, mailoutbox):
    zone = OrganisationFactory(name="Politiezone Vraag", code="vraag")
    install_career_site(zone)
    lotte = UserFactory(email="ambassadeur@vraag.test", full_name="Lotte Janssens")
    MembershipFactory(user=lotte, organisation=zone, role=Role.AMBASSADOR)
    AmbassadorProfileFactory(
        organisation=zone, user=lotte, languages=["nl"], topics=[Topic.FAITH, Topic.WOMEN]
    )

    # The visitor asks; the topic must be chosen.
    page.goto("/careers/vraag/ask/")
    expect(page.get_by_label("Waarover gaat je vraag?")).to_have_value("")
    page.get_by_label("Waarover gaat je vraag?").select_option(Topic.FAITH.value)
    page.get_by_label("Je naam").fill("Yasmina")
    page.get_by_label("E-mailadres").fill("yasmina@mail.test")
    page.get_by_role("textbox", name="Je vraag").fill("Mag ik een hoofddoek dragen?")
    page.get_by_role("button", name="Mijn vraag versturen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Je vraag is verstuurd")

    # The ambassador answers from their home page, without typing a URL.
    log_in(page, lotte, TEST_PASSWORD)
    page.get_by_role("navigation", name="Hoofdnavigatie").get_by_role(
        "link", name="Mijn vragen"
    ).click()
    page.get_by_role("link", name=re.compile("Geloof")).first.click()
    expect(page.locator("dl.facts dd", has_text="Nederlands")).to_be_visible()
    page.get_by_label("Jouw antwoord").fill("Tijdens de opleiding draag je het uniform; vraag ons.")
    page.get_by_role("button", name="Antwoord versturen").click()
    expect(page.get_by_text("Je antwoord is verstuurd.")).to_be_visible()
    question = AmbassadorQuestion.objects.get()
    assert question.status == QuestionStatus.ANSWERED and question.topic == Topic.FAITH

    # The visitor goes on through the link in the answer mail.
    answer_mail = next(mail for mail in mailoutbox if mail.to == ["yasmina@mail.test"])
    link = re.search(r"https?://\S+/ask/\S+/", answer_mail.body).group(0)
    page.context.clear_cookies()
    page.goto("/" + link.split("/", 3)[3])
    expect(page.get_by_text("Tijdens de opleiding draag je het uniform")).to_be_visible()
    page.get_by_label("Jouw reactie").fill("En tijdens de sportproeven?")
    page.get_by_role("button", name="Mijn reactie versturen").click()
    expect(page.get_by_role("status")).to_contain_text("Je reactie is verstuurd")
    reply = AmbassadorQuestion.objects.get(follows=question)
    assert reply.ambassador.user == lotte
