import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from korps.audit.models import AuditEntry
from korps.core.testing.imports import confirm
from korps.monitoring.imports import population_apply, population_plan, staff_apply, staff_plan
from korps.monitoring.models import PopulationFigure, Promotion, StaffMember
from korps.organisations.models import Municipality, Unit

HEADER = "staff_number,unit,grade,start_date,end_date,promotions\n"


def units(zone):
    Unit.objects.create(organisation=zone, name="Noord", kind="district")
    Unit.objects.create(organisation=zone, name="Zuid", kind="district")


def test_one_bad_line_imports_nothing_and_names_the_line(zone):
    units(zone)
    raw = (HEADER + "P001,Noord,INP,2020-01-06,,\nP002,Nergens,INP,2020-01-06,,\n").encode()

    plan = staff_plan(organisation=zone, name="hr.csv", raw=raw)

    assert not plan.ok
    assert [p.line for p in plan.problems] == [3]
    assert "Nergens" in plan.problems[0].message
    assert not StaffMember.objects.exists()


def test_importing_the_same_file_twice_changes_nothing(zone, diversity_manager):
    units(zone)
    raw = (
        HEADER
        + "P001,Noord,INP,2018-01-06,,2021-09-01:HINP;2024-03-01:CP\n"
        + "P002,Zuid,INP,2020-01-06,2023-05-31,\n"
    ).encode()

    first = staff_apply(
        organisation=zone,
        plan=staff_plan(organisation=zone, name="hr.csv", raw=raw),
        acting_user=diversity_manager,
    )
    second = staff_apply(
        organisation=zone,
        plan=staff_plan(organisation=zone, name="hr.csv", raw=raw),
        acting_user=diversity_manager,
    )

    assert first == {"created": 2, "updated": 0, "promotions": 2, "linked": 0}
    assert second == {"created": 0, "updated": 0, "promotions": 0, "linked": 0}
    assert StaffMember.objects.count() == 2
    assert list(Promotion.objects.values_list("from_grade", "to_grade")) == [
        ("", "HINP"),
        ("HINP", "CP"),
    ]
    assert AuditEntry.objects.filter(action="monitoring.staff.imported").count() == 2


def test_a_newer_file_updates_rows_by_staff_number(zone, diversity_manager):
    units(zone)
    old = (HEADER + "P001,Noord,INP,2018-01-06,,\n").encode()
    new = (HEADER + "P001,Zuid,INP,2018-01-06,2025-12-31,\n").encode()
    staff_apply(
        organisation=zone,
        plan=staff_plan(organisation=zone, name="hr.csv", raw=old),
        acting_user=diversity_manager,
    )

    counts = staff_apply(
        organisation=zone,
        plan=staff_plan(organisation=zone, name="hr.csv", raw=new),
        acting_user=diversity_manager,
    )

    member = StaffMember.objects.get()
    assert counts["updated"] == 1
    assert member.unit.name == "Zuid"
    assert member.end_date == dt.date(2025, 12, 31)


def test_an_xlsx_export_is_read_too(zone, diversity_manager):
    import io

    from openpyxl import Workbook

    units(zone)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["staff_number", "unit", "grade", "start_date", "end_date"])
    sheet.append(["P001", "Noord", "INP", dt.datetime(2019, 3, 1), None])
    buffer = io.BytesIO()
    workbook.save(buffer)

    plan = staff_plan(organisation=zone, name="hr.xlsx", raw=buffer.getvalue())

    assert plan.ok
    assert plan.rows[0].start_date == dt.date(2019, 3, 1)


POPULATION_HEADER = "municipality,year,origin_group,gender,count,source\n"


def towns(zone):
    Municipality.objects.create(organisation=zone, name="Testrode")
    Municipality.objects.create(organisation=zone, name="Beekdorp")


def test_population_figures_with_one_bad_line_import_nothing_and_name_the_line(zone):
    towns(zone)
    raw = (
        POPULATION_HEADER
        + "Testrode,2025,belgian,,61.200,Statistiek Vlaanderen\n"
        + "Nergens,2025,martian,,12,Statistiek Vlaanderen\n"
    ).encode()

    plan = population_plan(organisation=zone, name="bevolking.csv", raw=raw)

    assert not plan.ok
    assert [p.line for p in plan.problems] == [3]
    assert "Nergens" in plan.problems[0].message and "martian" in plan.problems[0].message
    assert not PopulationFigure.objects.exists()


def test_population_figures_import_once_and_a_corrected_file_replaces_counts(
    zone, diversity_manager
):
    towns(zone)
    first = (
        POPULATION_HEADER
        + "Testrode,2025,belgian,,61.200,Statistiek Vlaanderen\n"
        + "Beekdorp,2025,non_eu,woman,1 850,Statistiek Vlaanderen\n"
    ).encode()
    corrected = first.replace(b"1 850", b"1 905")

    def load(raw):
        plan = population_plan(organisation=zone, name="bevolking.csv", raw=raw)
        return population_apply(organisation=zone, plan=plan, acting_user=diversity_manager)

    assert load(first) == {"created": 2, "updated": 0}
    assert load(first) == {"created": 0, "updated": 0}
    assert load(corrected) == {"created": 0, "updated": 1}
    assert sorted(PopulationFigure.objects.values_list("count", flat=True)) == [1905, 61200]
    assert AuditEntry.objects.filter(action="monitoring.population.imported").count() == 3


def test_a_count_with_a_decimal_is_refused(zone):
    towns(zone)
    raw = (POPULATION_HEADER + "Testrode,2025,belgian,,612.5,Statistiek Vlaanderen\n").encode()

    plan = population_plan(organisation=zone, name="bevolking.csv", raw=raw)

    assert [p.line for p in plan.problems] == [2]


def test_the_population_page_imports_a_file_after_a_preview(client, zone, diversity_manager):
    towns(zone)
    client.force_login(diversity_manager)
    url = reverse("monitoring:population_import", kwargs={"zone": zone.code})
    upload = SimpleUploadedFile(
        "bevolking.csv",
        (POPULATION_HEADER + "Testrode,2025,eu,,4.410,Statbel\n").encode(),
        content_type="text/csv",
    )

    preview = client.post(url, {"file": upload}, follow=True)
    assert not PopulationFigure.objects.exists()
    assert "4410" in preview.content.decode()
    done = confirm(client, url, preview)

    assert done.status_code == 302
    assert PopulationFigure.objects.get().count == 4410


def test_a_large_file_runs_a_bounded_number_of_queries_however_many_lines(
    zone, diversity_manager, django_assert_max_num_queries
):
    """The write and the summary upkeep go by bulk statements: no query per line, whether
    the lines are new, changed (each one's unit) or unchanged."""
    from korps.monitoring.summaries import summaries_recount, summaries_stored

    units(zone)

    def lines(unit, count=300):
        return (
            HEADER
            + "".join(
                f"P{n:04d},{unit},INP,2018-01-06,,{'2021-09-01:HINP' if n % 3 else ''}\n"
                for n in range(count)
            )
        ).encode()

    for unit in ("Noord", "Zuid", "Zuid"):
        plan = staff_plan(organisation=zone, name="hr.csv", raw=lines(unit))
        with django_assert_max_num_queries(40):
            staff_apply(organisation=zone, plan=plan, acting_user=diversity_manager)

    assert set(StaffMember.objects.values_list("unit__name", flat=True)) == {"Zuid"}
    assert Promotion.objects.count() == 200
    assert summaries_stored(organisation=zone) == summaries_recount(organisation=zone)


def test_a_file_changing_different_fields_of_different_members_keeps_the_rest(
    zone, diversity_manager
):
    """One bulk update writes the fields any member changed: each member keeps its own
    values of the others."""
    units(zone)
    first = HEADER + "P001,Noord,INP,2018-01-06,,\nP002,Zuid,INP,2019-01-06,,\n"
    second = HEADER + "P001,Zuid,INP,2018-01-06,,\nP002,Zuid,HINP,2019-01-06,2025-01-31,\n"
    for raw in (first, second):
        plan = staff_plan(organisation=zone, name="hr.csv", raw=raw.encode())
        staff_apply(organisation=zone, plan=plan, acting_user=diversity_manager)

    assert list(
        StaffMember.objects.order_by("staff_number").values_list("unit__name", "grade", "end_date")
    ) == [("Zuid", "INP", None), ("Zuid", "HINP", dt.date(2025, 1, 31))]
