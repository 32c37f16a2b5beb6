"""Issue 12, item 13: large files are checked and imported as jobs (korps.core.importing), not
held in the session; the page shows progress, a summary and the lines a page at a time."""

import datetime as dt
import io

import pytest
from django.contrib.sessions.models import Session
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from korps.core import importing
from korps.core.models import ImportJob, ImportPage
from korps.core.tabular import Lines, progress_reporter
from korps.core.testing.imports import confirm, problems_of
from korps.monitoring.models import StaffMember
from korps.monitoring.summaries import summaries_recount, summaries_stored
from korps.organisations.models import Unit

HEADER = "staff_number,unit,grade,start_date,end_date\n"
LINES = 6_000


def hr_file(count=LINES, bad=()):
    body = "".join(
        f"S{n:06d},{'Nowhere' if n in bad else 'Noord'},INP,2020-01-0{1 + n % 9},\n"
        for n in range(count)
    )
    return SimpleUploadedFile("hr.csv", (HEADER + body).encode(), content_type="text/csv")


@pytest.fixture
def page(client, zone, diversity_manager):
    Unit.objects.create(organisation=zone, name="Noord", kind="district")
    client.force_login(diversity_manager)
    return reverse("monitoring:staff_import", kwargs={"zone": zone.code})


def session_size(client) -> int:
    return len(Session.objects.get(session_key=client.session.session_key).session_data)


def test_a_large_file_is_checked_as_a_job_and_the_session_stays_small(client, page, zone):
    preview = client.post(page, {"file": hr_file()}, follow=True)

    job = preview.context["job"]
    assert job.state == ImportJob.State.READY
    assert session_size(client) < 1_000  # the file (about 180 kB) was kept there before
    assert len(preview.content) < 100_000  # one page of lines, not 6,000
    assert (job.done, job.total, job.percent) == (LINES, LINES, 100)
    assert job.summary | {"kinds": []} == {
        "lines": LINES,
        "rows": LINES,
        "new": LINES,
        "changed": 0,
        "unchanged": 0,
        "problems": 0,
        "kinds": [],
        "stored": LINES,
    }

    done = confirm(client, page, preview, follow=True)

    assert StaffMember.objects.filter(organisation=zone).count() == LINES
    assert "The HR export is imported" in done.text or "geïmporteerd" in done.text
    assert not ImportJob.objects.exists() and not ImportPage.objects.exists()
    assert session_size(client) < 1_000
    assert summaries_stored(organisation=zone) == summaries_recount(organisation=zone)


def test_the_preview_shows_one_page_of_lines_and_a_second_import_is_unchanged(client, page, zone):
    preview = client.post(page, {"file": hr_file(120)}, follow=True)
    confirm(client, page, preview)

    again = client.post(page, {"file": hr_file(120)}, follow=True)
    job = again.context["job"]
    assert (job.summary["new"], job.summary["unchanged"]) == (0, 120)
    second = client.get(f"{page}?job={job.pk}&page=2")
    numbers = [line.number for line in second.context["page"]]
    assert numbers == list(range(52, 102))  # the header is line 1
    assert "S000050" in second.text and "S000049" not in second.text


def test_a_refused_file_shows_its_problems_by_kind_and_a_page_of_lines(client, page, zone):
    response = client.post(page, {"file": hr_file(200, bad=range(0, 200, 2))}, follow=True)

    job = response.context["job"]
    assert job.state == ImportJob.State.REFUSED
    assert job.summary["problems"] == 100
    assert job.summary["kinds"] == [["unknown unit …", 100]] or job.summary["kinds"] == [
        ["onbekende eenheid …", 100]
    ]
    assert sorted(problems_of(response)) == list(range(2, 102, 2))  # 50 a page
    assert response.context["page"].paginator.num_pages == 2
    assert not StaffMember.objects.exists()
    refused = confirm(client, page, response)
    assert refused.status_code == 302 and not StaffMember.objects.exists()


def test_the_progress_is_reported_while_the_lines_are_read_and_shown_by_htmx(
    client, page, zone, diversity_manager
):
    seen = []
    token = progress_reporter.set(lambda done, total: seen.append((done, total)))
    try:
        list(Lines(range(5_000)))
    finally:
        progress_reporter.reset(token)
    assert seen == [(2_000, 5_000), (4_000, 5_000), (5_000, 5_000)]

    job = ImportJob.objects.create(
        organisation=zone,
        kind="monitoring.staff",
        actor=diversity_manager,
        language="en",
        file_name="hr.csv",
        done=30_000,
        total=65_000,
    )
    partial = client.get(f"{page}?job={job.pk}&progress=1", HTTP_HX_REQUEST="true")
    assert 'role="progressbar"' in partial.text and 'value="46"' in partial.text
    assert "65" in partial.text and "<html" not in partial.text
    full = client.get(f"{page}?job={job.pk}")
    assert 'hx-get="' in full.text and "progress=1" in full.text

    ImportJob.objects.filter(pk=job.pk).update(state=ImportJob.State.FAILED)
    finished = client.get(f"{page}?job={job.pk}&progress=1", HTTP_HX_REQUEST="true")
    assert finished.headers["HX-Redirect"].endswith(f"?job={job.pk}")
    failed = client.get(f"{page}?job={job.pk}")
    assert failed.status_code == 200 and 'role="alert"' in failed.text


@pytest.mark.parametrize(
    "query",
    ["?job=abc", "?job=99999999999999999999999", "?job=999999", "?job=&page=x", "?page=-1"],
)
def test_a_bad_address_never_gives_an_error(client, page, query):
    assert client.get(page + query).status_code == 200


def test_bad_confirmations_and_pages_never_give_an_error(client, page, zone, member):
    from korps.organisations.roles import Role

    preview = client.post(page, {"file": hr_file(60)}, follow=True)
    job = preview.context["job"]
    for data in ({"confirm": "1", "job": "x"}, {"confirm": "1", "job": "1" * 30}, {"confirm": "1"}):
        assert client.post(page, data).status_code == 302
    for number in ("0", "-3", "999", "x" * 50):
        assert client.get(f"{page}?job={job.pk}&page={number}").status_code == 200
    # Another manager of the zone cannot see or confirm this person's upload.
    client.force_login(member(Role.DIVERSITY_MANAGER, zone, email="other@testrode.test"))
    assert "job" not in client.get(f"{page}?job={job.pk}").context
    client.post(page, {"confirm": "1", "job": job.pk})
    assert not StaffMember.objects.exists()


def test_the_job_page_runs_a_bounded_number_of_queries(client, page, django_assert_max_num_queries):
    preview = client.post(page, {"file": hr_file()}, follow=True)
    job = preview.context["job"]
    with django_assert_max_num_queries(12):
        client.get(f"{page}?job={job.pk}&page=7")


def test_jobs_left_unconfirmed_are_deleted_after_the_retention_period(client, page, zone, settings):
    preview = client.post(page, {"file": hr_file(10)}, follow=True)
    old = preview.context["job"]
    ImportJob.objects.filter(pk=old.pk).update(
        updated_at=timezone.now() - dt.timedelta(hours=settings.KORPS_IMPORT_JOB_HOURS + 1)
    )
    assert importing.jobs_purge() == 1 + 1  # the job and its one page of lines
    assert not ImportJob.objects.exists() and not ImportPage.objects.exists()
    recent = client.post(page, {"file": hr_file(10)}, follow=True).context["job"]
    call_command("purge_import_jobs", stdout=io.StringIO())
    assert ImportJob.objects.get() == recent  # kept: changed within the period
