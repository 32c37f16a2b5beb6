"""The library's pages as staff use them: search and filters, the sheet with every zone's
implementation, adopting into a to-do list."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from korps.organisations.models import Membership
from korps.organisations.roles import Role
from korps.outreach.models import Partner, PartnerKind
from korps.practices import adoption, services
from korps.practices.models import Adoption, ItemKind
from korps.practices.tests.factories import make_sheet


@pytest.fixture
def sheet(db):
    return make_sheet(
        partners=(
            ("Extern mediabureau", "maakt de campagne"),
            ("Centrum voor Volwassenenonderwijs", ""),
        ),
    )


def test_the_library_lists_searches_and_filters_in_few_queries(
    member, zone, client, sheet, django_assert_max_num_queries
):
    for number in range(25):
        make_sheet(title=f"Praktijk nummer {number}", summary=f"Korte tekst {number}.")
    client.force_login(member(Role.MENTOR))
    url = reverse("practices:library", kwargs={"zone": zone.code})
    with django_assert_max_num_queries(20):
        page = client.get(url).content.decode()
    assert "26 praktijken" in page or "26 practices" in page
    found = client.get(url, {"q": "jobdagen"}).content.decode()
    assert sheet.slug in found
    none = client.get(url, {"q": "onbestaandwoord"}).content.decode()
    assert "No practice matches" in none or "Geen praktijk" in none
    assert client.get(url, {"stage": "bogus", "zone": "x", "page": "999"}).status_code == 200


def test_the_sheet_shows_each_zones_implementation_and_marks_who_left_and_what_is_stale(
    member, zone, other_zone, client, sheet, django_assert_max_num_queries
):
    gone = member(Role.RECRUITER, organisation=other_zone, full_name="Vertrokken Collega")
    services.implementation_save(
        actor=gone,
        zone=other_zone,
        sheet=sheet,
        text="Gent doet het zo.",
        language="nl",
        contact=gone,
    )
    Membership.objects.filter(user=gone).update(is_active=False)
    implementation = services.implementation_save(
        actor=None,
        zone=zone,
        sheet=sheet,
        text="Wij ook.",
        language="nl",
        contact=member(Role.DIVERSITY_MANAGER),
    )
    type(implementation).objects.filter(pk=implementation.pk).update(
        last_confirmed=timezone.localdate() - dt.timedelta(days=400)
    )
    for number in range(6):
        make_sheet(title=f"Gelijkaardig {number}", summary="Jobdagen en verhalen.")
    client.force_login(member(Role.MENTOR))
    url = reverse("practices:sheet", kwargs={"zone": zone.code, "slug": sheet.slug})
    with django_assert_max_num_queries(25):
        page = client.get(url).content.decode()
    assert "Gent doet het zo." in page and "Wij ook." in page
    assert "Vertrokken Collega" not in page
    assert page.count("badge-warn") >= 2


def test_a_to_do_list_has_the_checklist_with_the_zones_own_partner_linked(
    member, zone, client, sheet
):
    """Without the diversity plan an adoption is this to-do list."""
    ours = Partner.objects.create(
        organisation=zone, name="Extern Mediabureau", kind=PartnerKind.choices[0][0]
    )
    recruiter = member(Role.RECRUITER)
    made = services.todo_list_create(actor=recruiter, zone=zone, sheet=sheet, language="nl")
    client.force_login(recruiter)
    url = reverse("practices:adoption", kwargs={"zone": zone.code, "pk": made.pk})
    items = list(made.items.all())
    kinds = [item.kind for item in items]
    assert kinds.count(ItemKind.SUCCESS_FACTOR) == 2
    assert kinds.count(ItemKind.CHALLENGE) == 1
    assert [i.partner for i in items if i.kind == ItemKind.CONTACT] == [None, ours]
    page = client.get(url).content.decode()
    assert "Draagvlak in het korps" in page
    client.post(url, {"item": items[0].pk})
    items[0].refresh_from_db()
    assert items[0].done


def test_adopting_makes_an_action_in_the_zones_diversity_plan(member, zone, client, sheet):
    """Issue 17, item 6: with the plan module present, one button makes an action in the
    adopting zone's plan, the success factors and challenges as its milestones and the
    partners as contacts."""
    from korps.plan.models import ActionOrigin, PlanAction

    client.force_login(member(Role.RECRUITER))
    response = client.post(
        reverse("practices:adopt", kwargs={"zone": zone.code, "slug": sheet.slug})
    )

    action = PlanAction.objects.get()
    assert action.line.plan.organisation == zone and action.origin == ActionOrigin.PRACTICE
    action_url = reverse("plan:action", kwargs={"zone": zone.code, "pk": action.pk})
    assert response["Location"] == action_url
    milestones = list(action.milestones.values_list("title", flat=True))
    assert "Draagvlak in het korps" in milestones and len(milestones) == 3
    assert sheet.slug in action.origin_url
    assert not Adoption.objects.exists()

    # Found from outside: a second click made a second, identical action.
    again = client.post(reverse("practices:adopt", kwargs={"zone": zone.code, "slug": sheet.slug}))
    assert again["Location"] == action_url and PlanAction.objects.count() == 1


def test_a_registered_adopter_takes_the_adoption(member, zone, sheet):
    made = []

    def plan_adopter(zone_, sheet_, actor, language):
        made.append((zone_, sheet_))
        return "a plan action"

    registered = list(adoption.ADOPTERS)
    adoption.ADOPTERS[:] = []
    adoption.register_adopter(plan_adopter)
    try:
        result = services.sheet_adopt(actor=member(Role.RECRUITER), zone=zone, sheet=sheet)
    finally:
        adoption.ADOPTERS[:] = registered
    assert result == "a plan action" and made == [(zone, sheet)]
    assert not Adoption.objects.exists()


def test_a_sheet_not_published_is_hidden_from_other_staff(member, zone, client):
    draft = make_sheet(publish=False)
    client.force_login(member(Role.MENTOR))
    url = reverse("practices:sheet", kwargs={"zone": zone.code, "slug": draft.slug})
    assert client.get(url).status_code == 404
    assert client.get(url.replace(draft.slug, "no-such-sheet")).status_code == 404
