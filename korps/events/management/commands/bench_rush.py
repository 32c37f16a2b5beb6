"""make bench-rush: a sign-up rush through the real HTTP form, against gunicorn.

It creates an event with 200 seats, fires 1,000 sign-up attempts from 50 concurrent clients
(each fetching the form for its CSRF token, then posting it), checks the database for
overbooking, and measures a baseline in the same run: the same clients posting to a view that
only inserts one row. The last line printed is JSON."""

import json
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Sum
from django.utils import timezone

from korps.organisations.scoping import scopes_disabled

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, seconds: float = 30) -> None:
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer at {url}")


def fire(base_url: str, path: str, attempts: int, clients: int, form) -> dict:
    """`clients` threads share `attempts`; each attempt GETs the form and POSTs it."""
    import httpx

    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    counter = iter(range(attempts))

    def client_loop():
        with httpx.Client(base_url=base_url, timeout=60) as client:
            while True:
                with lock:
                    number = next(counter, None)
                if number is None:
                    return
                page = client.get(path)
                token = CSRF.search(page.text).group(1)
                started = time.perf_counter()
                response = client.post(
                    path,
                    data={"csrfmiddlewaretoken": token, **form(number)},
                    headers={"Referer": base_url + path},
                )
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    statuses.append(response.status_code)

    threads = [threading.Thread(target=client_loop) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "rps": attempts / wall,
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "median_ms": statistics.median(latencies) * 1000,
        "errors": sum(1 for s in statuses if s >= 400),
    }


class Command(BaseCommand):
    help = "Benchmark a sign-up rush through the real form under gunicorn (make bench-rush)."

    def add_arguments(self, parser):
        parser.add_argument("--seats", type=int, default=200)
        parser.add_argument("--attempts", type=int, default=1000)
        parser.add_argument("--clients", type=int, default=50)
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_WORKERS", 4)))
        parser.add_argument("--threads", type=int, default=4)

    # A benchmark arranges and counts its own data; the server it measures keeps the guard.
    @scopes_disabled()
    def handle(self, *args, seats, attempts, clients, workers, threads, **options):
        from korps.events.models import Event, EventKind, Signup, SignupStatus
        from korps.organisations.models import Organisation

        code = f"bench-{int(time.time())}"
        zone = Organisation.objects.create(name="Benchmark zone", code=code)
        event = Event.objects.create(
            organisation=zone,
            kind=EventKind.JOB_DAY,
            title="Rush",
            place="Hall",
            starts_at=timezone.now() + timedelta(days=7),
            ends_at=timezone.now() + timedelta(days=7, hours=2),
            seats=seats,
            overflow_threshold=10_000,
        )
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
        self.stdout.write(f"gunicorn: {workers} workers x {threads} threads, database {engine}")
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "korps.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--threads",
                str(threads),
                "--log-level",
                "warning",
            ],
            env={**os.environ, "DJANGO_SETTINGS_MODULE": os.environ["DJANGO_SETTINGS_MODULE"]},
        )
        try:
            wait_until_up(base_url + "/bench/baseline/")
            baseline = fire(
                base_url, "/bench/baseline/", attempts, clients, lambda n: {"name": f"baseline {n}"}
            )
            self.stdout.write(
                f"baseline: {baseline['rps']:.0f} requests/s, p95 {baseline['p95_ms']:.0f} ms"
            )
            rush = fire(
                base_url,
                f"/careers/{code}/events/{event.pk}/",
                attempts,
                clients,
                lambda n: {
                    "name": f"Persoon {n}",
                    "email": f"p{n}@{code}.test",
                    "seats": 1 + n % 3,
                    "source": "bench",
                },
            )
            self.stdout.write(
                f"sign-ups: {rush['rps']:.0f} requests/s, "
                f"p95 {rush['p95_ms']:.0f} ms, errors {rush['errors']}"
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
        if not settings.CELERY_TASK_ALWAYS_EAGER:
            # No worker runs during the benchmark: drop the queued mails it left behind.
            from korps.celery import app

            app.control.purge()
        signups = Signup.objects.filter(event=event)
        confirmed_seats = (
            signups.filter(status=SignupStatus.CONFIRMED).aggregate(total=Sum("seats"))["total"]
            or 0
        )
        result = {
            "seats": seats,
            "confirmed": signups.filter(status=SignupStatus.CONFIRMED).count(),
            "confirmed_seats": confirmed_seats,
            "waitlisted": signups.filter(status=SignupStatus.WAITING).count(),
            "overbooked": max(0, confirmed_seats - seats),
            "rps": round(rush["rps"], 1),
            "p95_ms": round(rush["p95_ms"], 1),
            "baseline_rps": round(baseline["rps"], 1),
            "ratio": round(rush["rps"] / baseline["rps"], 2),
            "database": engine,
            "mail": "eager" if settings.CELERY_TASK_ALWAYS_EAGER else "queued",
            "errors": rush["errors"],
        }
        self.stdout.write(json.dumps(result))
