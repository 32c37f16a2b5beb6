"""What each audit action code means, in words: the trail stores the dotted code
(`guidance.candidate.read`, kept in one language for searching and exports) and pages show
`action_label(code)` in the reader's language. A code missing from ACTION_LABELS still reads
as words: the record type's verbose name and the verb (`Candidate: read`), never the raw
code."""

from django.apps import apps
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

ACTION_LABELS = {
    "access.denied": _("Access refused"),
    "careers.lead.confirmed": _("Interested person confirmed their e-mail"),
    "careers.lead.created": _("Interested person signed up"),
    "careers.lead.followed_up": _("Interested person followed up"),
    "careers.lead.read": _("Interested person viewed"),
    "careers.lead.unsubscribed": _("Interested person unsubscribed"),
    "careers.lead.updated": _("Interested person sent the form again"),
    "careers.leads.exported": _("Interested people exported"),
    "careers.leads.read": _("List of interested people viewed"),
    "careers.lead.read_for_candidate": _("Interested person read to make a candidate"),
    "careers.story.created": _("Story added"),
    "careers.story.consent_given": _("Consent for a story given"),
    "careers.story.consent_withdrawn": _("Consent for a story withdrawn"),
    "complaints.case.escalated": _("Passed deadline of a case escalated"),
    "complaints.case.extended": _("Decision deadline of a case extended"),
    "complaints.case.paused": _("Case paused"),
    "complaints.case.reminded": _("Deadline reminder of a case sent"),
    "complaints.case.resumed": _("Case resumed"),
    "complaints.extension.staff_notified": _("Notice of an extension to the staff recorded"),
    "events.signup.created": _("Sign-up for a job day"),
    "events.signup.cancelled": _("Sign-up cancelled"),
    "events.signup.read": _("Sign-up viewed"),
    "events.signups.read": _("List of sign-ups viewed"),
    "events.signups.exported": _("Sign-ups exported"),
    "events.signup.read_for_candidate": _("Sign-up read to make a candidate"),
    "guidance.candidate.created": _("Candidate added"),
    "guidance.candidate.read": _("Candidate viewed"),
    "guidance.candidate.mentor_assigned": _("Mentor assigned"),
    "guidance.candidate.status_changed": _("Candidate's status changed"),
    "guidance.candidate.consent_withdrawn": _("Candidate withdrew consent"),
    "guidance.candidates.listed": _("List of candidates viewed"),
    "guidance.candidate_origins.listed": _("People who could become candidates viewed"),
    "guidance.step.result": _("Selection result recorded"),
    "guidance.step.planned": _("Selection step planned"),
    "guidance.session.logged": _("Mentor session logged"),
    "monitoring.declaration.saved": _("Declaration saved"),
    "monitoring.declaration.withdrawn": _("Declaration withdrawn"),
    "plan.action.created": _("Plan action added"),
    "plan.action.updated": _("Plan action changed"),
    "plan.action.status_changed": _("Plan action's status changed"),
    "plan.evidence.added": _("Evidence added"),
    "plan.kpi.created": _("KPI added"),
    "plan.kpi.deleted": _("KPI removed"),
    "plan.line.created": _("Line of action added"),
    "plan.line.updated": _("Line of action changed"),
    "plan.milestone.created": _("Milestone added"),
    "plan.milestone.done": _("Milestone done"),
    "plan.milestone.reopened": _("Milestone opened again"),
    "plan.milestone.updated": _("Milestone changed"),
    "plan.plan.created": _("Diversity plan started"),
    "plan.plan.updated": _("Diversity plan changed"),
    "organisations.membership.granted": _("Role given"),
    "organisations.membership.revoked": _("Role taken away"),
    "organisations.second_factor.refused": _("Second factor refused"),
    "outreach.question.asked": _("Question for an ambassador asked"),
    "outreach.question.answered": _("Question answered"),
    "outreach.question.escalated": _("Question escalated"),
    "outreach.question.read": _("Question viewed"),
    "practices.adoption.created": _("Practice adopted"),
    "practices.adoption.item_done": _("To-do item of an adopted practice done"),
    "practices.adoption.item_open": _("To-do item of an adopted practice opened again"),
    "practices.implementation.confirmed": _("Implementation of a practice confirmed"),
    "practices.implementation.saved": _("Implementation of a practice saved"),
    "practices.implementation.confirmation_asked": _(
        "Contact asked to confirm an implementation of a practice"
    ),
    "practices.moderator.granted": _("Made a moderator of the practice library"),
    "practices.moderator.revoked": _("No longer a moderator of the practice library"),
    "practices.sheet.appealed": _("Decision on a practice appealed"),
    "practices.sheet.moved": _("Practice moderated"),
    "practices.sheet.reviewed": _("Practice reviewed"),
    "practices.sheet.submitted": _("Practice submitted"),
    "practices.sheet.updated": _("Practice changed"),
    "audit.trail.exported": _("Audit trail exported"),
}

# The last part of a code, for codes without their own label.
VERBS = {
    "read": _("viewed"),
    "listed": _("list viewed"),
    "created": _("added"),
    "changed": _("changed"),
    "updated": _("changed"),
    "deleted": _("deleted"),
    "exported": _("exported"),
    "imported": _("imported"),
    "saved": _("saved"),
    "erased": _("erased"),
}


def _record_name(app_label: str, name: str) -> str:
    """The model's verbose name; for a plural (`candidates`), the model's plural name."""
    for model_name, plural in ((name, False), (name.removesuffix("s"), True)):
        try:
            opts = apps.get_model(app_label, model_name)._meta
        except (LookupError, ValueError):
            continue
        return str(capfirst(opts.verbose_name_plural if plural else opts.verbose_name))
    return capfirst(name.replace("_", " "))


def record_type_label(label_lower: str) -> str:
    """The model's name for a record type stored as `app_label.model_name`."""
    app_label, _dot, name = label_lower.partition(".")
    return str(_record_name(app_label, name)) if name else capfirst(label_lower)


def action_label(code: str) -> str:
    """The reader's words for an action code (see the module docstring)."""
    if code in ACTION_LABELS:
        return str(ACTION_LABELS[code])
    parts = code.split(".")
    if len(parts) < 3:
        return capfirst(code.replace(".", " ").replace("_", " "))
    app_label, name, verb = parts[0], ".".join(parts[1:-1]), parts[-1]
    verb_text = str(VERBS.get(verb, verb.replace("_", " ")))
    return gettext("%(record)s: %(verb)s") % {
        "record": _record_name(app_label, name),
        "verb": verb_text,
    }


def action_choices(codes) -> list[tuple[str, str]]:
    """(code, label) for a filter, sorted by label in the reader's language."""
    return sorted(((code, action_label(code)) for code in set(codes)), key=lambda c: c[1])
