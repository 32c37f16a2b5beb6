"""The clocks on the case page: `clock_context(case)` for the page, `ClockActionsMixin` for
the case's action view (do_extend, do_pause, do_resume, do_staff_notified), which gives it
`must` and `run`. Each form has a prefix: the case page holds other forms with the same
field names (`reason`, `version`), and ids must stay unique."""

from __future__ import annotations

from korps.organisations.permissions import can_handle_case

from . import clock_services
from .clock_forms import ClockVersionForm, ExtendForm, PauseForm
from .deadlines import clocks_of


def clock_context(case) -> dict:
    """What the clocks panel shows: the clocks, whether the case is paused, and the forms
    (28 days is the longest extension without consent in both rule sets)."""
    initial = {"version": case.version}
    return {
        "clocks": clocks_of(case),
        "paused": any(p.ended_at is None for p in case.pauses.all()),
        "extend_form": ExtendForm(initial={**initial, "days": 28}, prefix="extend"),
        "pause_form": PauseForm(initial=initial, prefix="pause"),
        "resume_form": ClockVersionForm(initial=initial, prefix="resume"),
        "staff_notified_form": ClockVersionForm(initial=initial, prefix="notice"),
    }


class ClockActionsMixin:
    def do_extend(self, case):
        self.must(can_handle_case(self.request.user, case))
        return self.run(
            case,
            "extend_form",
            ExtendForm(self.request.POST, prefix="extend"),
            lambda data: clock_services.case_extend(
                case=case,
                version=data["version"],
                days=data["days"],
                reason=data["reason"],
                with_consent=data["with_consent"],
                staff_notified=data["staff_notified"],
                acting_user=self.request.user,
            ),
        )

    def do_pause(self, case):
        self.must(can_handle_case(self.request.user, case))
        return self.run(
            case,
            "pause_form",
            PauseForm(self.request.POST, prefix="pause"),
            lambda data: clock_services.case_pause(
                case=case,
                version=data["version"],
                reason=data["reason"],
                acting_user=self.request.user,
            ),
        )

    def do_resume(self, case):
        self.must(can_handle_case(self.request.user, case))
        return self.run(
            case,
            "resume_form",
            ClockVersionForm(self.request.POST, prefix="resume"),
            lambda data: clock_services.case_resume(
                case=case, version=data["version"], acting_user=self.request.user
            ),
        )

    def do_staff_notified(self, case):
        self.must(can_handle_case(self.request.user, case))
        return self.run(
            case,
            "staff_notified_form",
            ClockVersionForm(self.request.POST, prefix="notice"),
            lambda data: clock_services.extension_staff_notified(
                case=case, version=data["version"], acting_user=self.request.user
            ),
        )
