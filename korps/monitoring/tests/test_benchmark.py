"""Issue 12, item 11: the population benchmark counts each person once, keeps its years per
municipality, and says what it is."""

from korps.monitoring.composition import composition_report
from korps.monitoring.imports import population_apply, population_plan
from korps.monitoring.services import population_figure_save
from korps.organisations.models import Municipality

HEADER = "municipality,year,origin_group,gender,count,source\n"
TOTALS = {"belgian": 658, "eu": 101, "non_eu": 241}  # shares 0.658 / 0.101 / 0.241
BY_GENDER = {  # 802 / 139 / 59 in all: counted with the totals, 0.73 / 0.12 / 0.15
    ("belgian", "man"): 401,
    ("belgian", "woman"): 401,
    ("eu", "man"): 70,
    ("eu", "woman"): 69,
    ("non_eu", "man"): 29,
    ("non_eu", "woman"): 30,
}


def population_shares(zone, **kwargs) -> dict:
    section = next(s for s in composition_report(organisation=zone, **kwargs).sections)
    labels = {"Belgian origin": "belgian", "EU origin": "eu", "Non-EU origin": "non_eu"}
    return {
        labels[str(row[0])]: round(row[3], 3)
        for row in section.rows
        if str(row[0]) in labels and row[3] is not None
    }


def load(zone, user, lines: str):
    plan = population_plan(organisation=zone, name="bevolking.csv", raw=(HEADER + lines).encode())
    assert plan.ok, plan.problems
    return population_apply(organisation=zone, plan=plan, acting_user=user)


def test_a_file_with_totals_and_figures_per_gender_for_one_municipality_is_refused(zone):
    Municipality.objects.create(organisation=zone, name="Testrode")
    lines = "".join(f"Testrode,2025,{g},,{n},StatVl\n" for g, n in TOTALS.items())
    lines += "".join(f"Testrode,2025,{g},{s},{n},StatVl\n" for (g, s), n in BY_GENDER.items())

    plan = population_plan(organisation=zone, name="bevolking.csv", raw=(HEADER + lines).encode())

    assert not plan.ok
    # The six lines per gender (5 to 10) are refused, each naming a line with a total.
    assert [p.line for p in plan.problems] == [5, 6, 7, 8, 9, 10]
    assert "line 2" in plan.problems[0].message


def test_totals_and_figures_per_gender_entered_apart_are_counted_once(zone, diversity_manager):
    town = Municipality.objects.create(organisation=zone, name="Testrode")
    figures = [((g, ""), n) for g, n in TOTALS.items()] + list(BY_GENDER.items())
    for (group, gender), count in figures:
        population_figure_save(
            organisation=zone,
            municipality=town,
            origin_group=group,
            gender=gender,
            count=count,
            source="StatVl",
            year=2025,
            acting_user=diversity_manager,
        )

    assert population_shares(zone) == {"belgian": 0.658, "eu": 0.101, "non_eu": 0.241}


def test_a_newer_year_for_one_municipality_keeps_the_others(zone, diversity_manager):
    Municipality.objects.create(organisation=zone, name="Testrode")
    Municipality.objects.create(organisation=zone, name="Beekdorp")
    load(
        zone,
        diversity_manager,
        "Testrode,2024,belgian,,500,StatVl\nTestrode,2024,non_eu,,500,StatVl\n"
        "Beekdorp,2024,belgian,,900,StatVl\nBeekdorp,2024,non_eu,,100,StatVl\n",
    )
    load(
        zone,
        diversity_manager,
        "Testrode,2025,belgian,,400,StatVl 2025\nTestrode,2025,non_eu,,600,StatVl 2025\n",
    )

    # Testrode's 2025 figures with Beekdorp's 2024 ones: (400 + 900) / 2000 Belgian.
    assert population_shares(zone) == {"belgian": 0.65, "eu": 0.0, "non_eu": 0.35}
    # A year chosen: each municipality's latest figures up to that year.
    assert population_shares(zone, benchmark_year=2024) == {
        "belgian": 0.7,
        "eu": 0.0,
        "non_eu": 0.3,
    }
    from korps.monitoring.selectors import benchmark_description

    description = benchmark_description(zone)
    assert description.municipalities == [("Beekdorp", 2024), ("Testrode", 2025)]
    assert description.sources == ["StatVl", "StatVl 2025"]


def test_every_report_page_names_the_benchmark(client, zone, diversity_manager):
    from django.urls import reverse

    Municipality.objects.create(organisation=zone, name="Testrode")
    load(zone, diversity_manager, "Testrode,2025,belgian,,500,Statistiek Vlaanderen\n")
    client.force_login(diversity_manager)

    for name in ("reports", "funnel", "summary", "retention", "outreach", "population"):
        page = client.get(reverse(f"monitoring:{name}", kwargs={"zone": zone.code}))
        text = page.content.decode()
        assert "Statistiek Vlaanderen" in text and "Testrode" in text and "2025" in text, name
