"""Driving an import page in tests as a browser would: upload (followed to the job's page),
read the job's lines, confirm."""


def upload(client, url: str, file, **extra):
    """Post the file and follow to the job's page (Celery runs eagerly in tests)."""
    return client.post(url, {"file": file}, follow=True, **extra)


def problems_of(response) -> dict[int, str]:
    """The problems on the shown page of the job's lines, by line number."""
    return {line.number: line.problem for line in response.context["page"] if line.problem}


def is_ready(response) -> bool:
    job = response.context.get("job")
    return job is not None and job.state == "ready"


def confirm(client, url: str, response, **extra):
    """Confirm the job the response shows."""
    return client.post(url, {"confirm": "1", "job": response.context["job"].pk}, **extra)
