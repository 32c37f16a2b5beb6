"""Issue 12, item 14: a zone's own declaration dimensions (voluntary, "prefer not to say"
always offered, erased with the declaration's withdrawal), age bands from the HR export's
year of birth, and composition, funnel and retention per dimension, per age band and per
origin × gender, all through the same disclosure control."""

import datetime as dt

import pytest
import time_machine
from django.conf import settings
from django.urls import reverse

from korps.disclosure.cellkey import perturbed
from korps.guidance.models import ProcedureStep
from korps.guidance.services import step_result_record
from korps.guidance.tests.factories import CandidateFactory
from korps.monitoring.breakdowns import age_band, breakdown_of
from korps.monitoring.forms import DeclarationForm
from korps.monitoring.imports import staff_apply, staff_plan
from korps.monitoring.models import (
    Declaration,
    DimensionAnswer,
    DimensionOption,
    DimensionQuestion,
    StaffMember,
)
from korps.monitoring.selectors import composition_report, funnel_report, retention_report
from korps.monitoring.services import declaration_save, staff_member_link_account
from korps.organisations.models import Unit
from korps.organisations.roles import Role

pytestmark = pytest.mark.django_db
TODAY = dt.datetime(2026, 12, 1, 12, 0)


@pytest.fixture
def orientation(zone):
    question = DimensionQuestion.objects.create(
        organisation=zone,
        code="orientation",
        label={"en": "Sexual orientation", "nl": "Seksuele oriëntatie", "fr": "Orientation"},
    )
    for order, (code, en, nl) in enumerate(
        [("lgbtqia", "LGBTQIA+", "LGBTQIA+"), ("hetero", "Heterosexual", "Heteroseksueel")]
    ):
        DimensionOption.objects.create(
            question=question, order=order, code=code, label={"en": en, "nl": nl, "fr": en}
        )
    return question


def option(question, code):
    return DimensionOption.objects.get(question=question, code=code)


def hr(zone, lines: list[str]):
    """Staff through the HR import (with a year of birth), every record key 0 so that every
    shown count carries the same noise."""
    Unit.objects.get_or_create(organisation=zone, name="Noord", kind="district")
    raw = "staff_number,unit,grade,start_date,end_date,birth_year\n" + "\n".join(lines)
    plan = staff_plan(organisation=zone, name="hr.csv", raw=raw.encode())
    assert plan.ok, plan.problems
    staff_apply(organisation=zone, plan=plan, acting_user=None)
    StaffMember.objects.filter(organisation=zone).update(record_key=0)


def shown(n):
    return perturbed(n, 0, threshold=5)


def rows_of(section) -> dict:
    return {row[0]: row[1:] for row in section.rows}


# Declared and withdrawn --------------------------------------------------------------------


def test_the_zones_question_is_asked_answered_and_erased_with_the_withdrawal(
    client, zone, member, orientation
):
    owner = member(Role.RECRUITER)
    hr(zone, ["P042,Noord,INP,2020-01-06,,1990"])
    staff_member_link_account(
        staff_member=StaffMember.objects.get(staff_number="P042"), account=owner, acting_user=None
    )
    client.force_login(owner)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    url = reverse("monitoring:my_declaration", kwargs={"zone": zone.code})

    page = client.get(url)
    assert "Sexual orientation" in page.text and "Prefer not to say" in page.text
    client.post(
        url,
        {"gender": "woman", "origin_group": "eu", "q_orientation": "lgbtqia", "consent": "on"},
    )

    declaration = Declaration.objects.get(staff_number="P042")
    answer = DimensionAnswer.objects.get(declaration=declaration)
    assert (answer.question, answer.option.code) == (orientation, "lgbtqia")
    assert "Sexual orientation: LGBTQIA+" in client.get(url).text
    client.post(url, {"withdraw": "1"})
    assert not DimensionAnswer.objects.filter(declaration=declaration).exists()


def test_answering_is_optional_and_prefer_not_to_say_is_always_offered(zone, orientation):
    empty = DeclarationForm(
        {"gender": "man", "origin_group": "belgian", "consent": "on"}, organisation=zone
    )
    not_said = DeclarationForm(
        {"gender": "man", "origin_group": "belgian", "consent": "on", "q_orientation": "not_said"},
        organisation=zone,
    )
    wrong = DeclarationForm(
        {"gender": "man", "origin_group": "belgian", "consent": "on", "q_orientation": "x"},
        organisation=zone,
    )

    assert empty.is_valid() and empty.answers() == {}
    assert not_said.is_valid() and not_said.answers() == {orientation: None}
    assert not wrong.is_valid() and "q_orientation" in wrong.errors
    orientation.active = False
    orientation.save()
    assert "q_orientation" not in DeclarationForm(organisation=zone).fields


def test_an_answer_to_another_zones_question_is_refused(zone, other_zone, orientation):
    candidate = CandidateFactory(organisation=other_zone)
    with pytest.raises(ValueError):
        declaration_save(
            organisation=other_zone,
            candidate=candidate,
            gender="man",
            origin_group="belgian",
            consent_text="ok",
            answers={orientation: option(orientation, "hetero")},
        )
    assert not Declaration.objects.filter(candidate=candidate).exists()


# Age bands ---------------------------------------------------------------------------------


def test_the_age_band_is_the_age_reached_in_the_year_of_the_day():
    day = dt.date(2026, 6, 30)
    assert age_band(2002, day) == "under_25"  # 24
    assert age_band(2001, day) == "25_34"  # 25
    assert age_band(1971, day) == "55_plus"  # 55
    assert age_band(None, day) == "not_declared"


def test_the_hr_import_reads_the_year_of_birth_and_refuses_a_wrong_one(zone):
    hr(zone, ["P1,Noord,INP,2020-01-06,,1988"])
    assert StaffMember.objects.get(staff_number="P1").birth_year == 1988

    raw = "staff_number,unit,grade,start_date,end_date,birth_year\nP2,Noord,INP,2020-01-06,,88x\n"
    plan = staff_plan(organisation=zone, name="hr.csv", raw=raw.encode())
    assert not plan.ok and "year of birth" in plan.problems[0].message


@time_machine.travel(TODAY, tick=False)
def test_composition_per_age_band_on_the_periods_last_day(zone):
    hr(
        zone,
        [f"A{i},Noord,INP,2015-01-06,,1996" for i in range(6)]  # 30 in 2026, 29 in 2025
        + [f"B{i},Noord,INP,2015-01-06,,1966" for i in range(2)]  # 60
        + [f"C{i},Noord,INP,2015-01-06," for i in range(3)],  # year of birth unknown
    )
    breakdown = breakdown_of(zone, "age", "composition")

    report = composition_report(organisation=zone, breakdown=breakdown)

    groups = rows_of(report.sections[0])
    assert groups["25 to 34"][0].value == shown(6)
    assert groups["55 and over"][0].suppressed  # 2 people: below the threshold
    assert groups["Year of birth unknown"][0].suppressed  # 3: hidden, and not a share
    assert groups["25 to 34"][1] is None  # shares would give the hidden group away


# Reports per dimension, suppressed ---------------------------------------------------------


@time_machine.travel(TODAY, tick=False)
def test_composition_and_retention_per_dimension_hide_small_groups(zone, orientation):
    hr(zone, [f"S{i},Noord,INP,2018-01-06,{'2018-06-01' if i < 3 else ''},1990" for i in range(14)])
    for i in range(14):  # S0-S2 left in 2018; S5-S7 declare without answering
        code = "lgbtqia" if i in (3, 4) else "hetero"
        declaration_save(
            organisation=zone,
            staff_number=f"S{i}",
            gender="man",
            origin_group="belgian",
            consent_text="ok",
            answers={} if i in (5, 6, 7) else {orientation: option(orientation, code)},
        )
    breakdown = breakdown_of(zone, "q-orientation", "composition")

    composition = rows_of(composition_report(organisation=zone, breakdown=breakdown).sections[0])
    retention = retention_report(
        organisation=zone, breakdown=breakdown_of(zone, "q-orientation", "retention")
    )

    assert composition["Heterosexual"][0].value == shown(6)
    assert composition["LGBTQIA+"][0].suppressed and composition["Not answered"][0].suppressed
    first_year = rows_of(retention.sections[0])
    assert first_year["Heterosexual"][0].value == shown(9)  # 9 started, 3 of them left
    assert first_year["LGBTQIA+"][0].suppressed
    assert retention.sections[0].columns[0] == "Sexual orientation"


# The funnel per origin × gender ------------------------------------------------------------


@time_machine.travel(TODAY, tick=False)
def test_the_funnel_per_origin_and_gender_flags_the_group_that_falls_behind(zone):
    step = ProcedureStep.objects.create(
        organisation=zone, order=1, code="medical", name="Medical", kind="test"
    )
    for gender, origin, passed, failed in (
        ("woman", "non_eu", 6, 14),
        ("man", "non_eu", 18, 6),
        ("woman", "belgian", 19, 5),
        ("man", "belgian", 6, 0),
    ):
        for result, count in (("passed", passed), ("failed", failed)):
            for _n in range(count):
                candidate = CandidateFactory(organisation=zone, record_key=0)
                declaration_save(
                    organisation=zone,
                    candidate=candidate,
                    gender=gender,
                    origin_group=origin,
                    consent_text="ok",
                )
                step_result_record(
                    candidate=candidate,
                    step=step,
                    result=result,
                    result_on=dt.date(2026, 10, 1),
                    acting_user=None,
                    confirmed=True,
                )
    breakdown = breakdown_of(zone, "origin_gender", "funnel")

    report = funnel_report(organisation=zone, breakdown=breakdown)

    rows = rows_of(report.sections[0])
    assert rows["Non-EU origin · Woman"][0].value == shown(20)
    assert rows["Non-EU origin · Woman"][-1].startswith("yes")
    assert rows["EU origin · Woman"][0].value == 0  # none, shown as none
    assert report.sections[0].columns[0] == "Origin and gender"


# The pages -------------------------------------------------------------------------------


@time_machine.travel(TODAY, tick=False)
def test_the_report_pages_offer_the_breakdowns_and_the_exports_keep_the_choice(
    client, zone, member, orientation, django_assert_max_num_queries
):
    hr(zone, [f"S{i},Noord,INP,2018-01-06,,1990" for i in range(8)])
    client.force_login(member(Role.ANALYST))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    for name in ("reports", "funnel", "retention"):
        url = reverse(f"monitoring:{name}", kwargs={"zone": zone.code})
        with django_assert_max_num_queries(20):
            page = client.get(url, {"breakdown": "q-orientation"})
        assert page.status_code == 200
        assert 'value="q-orientation" selected' in page.text
        assert "breakdown=q-orientation" in page.text
    age = client.get(
        reverse("monitoring:reports", kwargs={"zone": zone.code}), {"breakdown": "age"}
    )
    export = client.get(
        reverse(
            "monitoring:export",
            kwargs={"zone": zone.code, "report": "composition", "format": "csv"},
        ),
        {"breakdown": "age"},
    )
    wrong = client.get(
        reverse("monitoring:funnel", kwargs={"zone": zone.code}), {"breakdown": "age"}
    )

    assert "25 to 34" in age.text and "25 to 34" in export.content.decode()
    assert wrong.status_code == 200 and 'value="age"' not in wrong.text  # no age for candidates


@time_machine.travel(TODAY, tick=False)
def test_a_breakdowns_grades_are_the_grades_on_the_day_as_the_origin_report_counts_them(zone):
    """Found from outside: the composition per age band read each person's register grade,
    the origin report the grade their promotions give on the day; the demo's grade table then
    differed between the two views of one day (INP 577 against 463)."""
    from korps.monitoring.models import Promotion
    from korps.monitoring.summaries import summaries_rebuild

    hr(zone, [f"P{i},Noord,INP,2015-01-06,,1990" for i in range(12)])
    for member in StaffMember.objects.filter(organisation=zone, staff_number__in=["P0", "P1"]):
        Promotion.objects.create(
            staff_member=member, date=dt.date(2020, 3, 1), from_grade="INP", to_grade="HINP"
        )
    summaries_rebuild(organisation=zone)

    by_origin = composition_report(organisation=zone)
    by_age = composition_report(
        organisation=zone, breakdown=breakdown_of(zone, "age", "composition")
    )

    def grades(report):
        section = next(s for s in report.sections if s.key == "grade")
        return sorted(row[0] for row in section.rows if row[0] in {"INP", "HINP"})

    assert grades(by_age) == grades(by_origin) == ["HINP", "INP"]
