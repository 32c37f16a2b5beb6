from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidanceConfig(AppConfig):
    name = "korps.guidance"
    verbose_name = _("Guidance of candidates")

    def ready(self):
        from korps.organisations.zone_defaults import register_zone_default

        from .services import procedure_default_install

        # After the career site (order 10): the test steps link to its practice questions.
        register_zone_default("procedure", procedure_default_install, order=20)

        from korps.core.importing import Importer, register_importer

        from . import candidate_imports, imports

        register_importer(
            Importer(
                candidate_imports.CANDIDATES_KIND,
                plan=candidate_imports.candidates_plan,
                apply=candidate_imports.candidates_apply,
                cells=candidate_imports.candidates_cells,
                status=lambda row: row.status,
            )
        )
        register_importer(
            Importer(
                imports.RESULTS_KIND,
                plan=imports.results_plan,
                apply=imports.results_applied,
                cells=imports.results_cells,
            )
        )
        from korps.core.navigation import HomePanel, NavItem, register, register_panel

        register(
            NavItem(
                label=_("Candidates"),
                url_name="guidance:candidates",
                permission="guidance.view_candidates",
                order=300,
            )
        )
        register(
            NavItem(
                label=_("My mentees"),
                url_name="guidance:mentor_home",
                permission="guidance.mentor",
                order=290,
            )
        )
        from korps.core.erasure import register_eraser

        from .services import candidate_erase

        # A results file waiting for confirmation shows candidates' names in its preview.
        register_eraser(
            "candidate",
            "core.import_jobs",
            imports.results_jobs_erase,
            handles=("core.ImportJob", "core.ImportPage"),
        )
        # Attempts and history stay on purpose: dated results without a name, for the funnel.
        register_eraser(
            "candidate",
            "guidance",
            candidate_erase,
            handles=(
                "guidance.Candidate",
                "guidance.MentorSession",
                "guidance.PreparationTask",
                "guidance.Referral",
                "guidance.StepAttempt",
                "guidance.TrackEvent",
            ),
            last=True,
        )
        from korps.outreach.selectors import register_outcome_provider

        from .selectors import outcomes_by_source

        register_outcome_provider(outcomes_by_source)
        register_panel(
            HomePanel(
                template="guidance/staff/panels/mentor.html",
                permission="guidance.mentor",
                order=100,
                context=_mentor_panel,
            )
        )
        register_panel(
            HomePanel(
                template="guidance/staff/panels/waiting_for_mentor.html",
                permission="guidance.manage_candidates",
                order=60,
                context=_waiting_for_mentor_panel,
            )
        )


def _mentor_panel(request, zone):
    """The mentor's home panel lists mentees by name: audited like the mentor's page."""
    from korps.audit.services import audit_record

    from .selectors import due_items

    due = due_items(mentor=request.user, organisation=zone)[:5]
    audit_record(
        actor=request.user,
        action="guidance.candidates.listed",
        organisation=zone,
        data={"mentor_panel": True, "ids": sorted({item.candidate.pk for item in due})},
    )
    return {"due": due}


def _waiting_for_mentor_panel(request, zone):
    """The diversity manager's home panel: candidates without a mentor, by name, so the read
    is audited. Three queries at most."""
    from korps.audit.services import audit_record

    from .selectors import candidates_waiting_for_mentor

    waiting = candidates_waiting_for_mentor(organisation=zone)
    shown = list(waiting[:5])
    if shown:
        audit_record(
            actor=request.user,
            action="guidance.candidates.listed",
            organisation=zone,
            data={"waiting_for_mentor_panel": True, "ids": [c.pk for c in shown]},
        )
    return {
        "candidates": shown,
        "count": waiting.count() if len(shown) == 5 else len(shown),
    }
