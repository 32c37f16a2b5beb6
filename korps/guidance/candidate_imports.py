"""The candidates lists of the selection procedure: one line per candidate (reference, name,
and optionally e-mail, language, source), in guidance or not. Checked entirely, previewed,
then written in one transaction or not at all.

Lines match on the reference. A new reference becomes a candidate outside guidance (no
consent to guidance is recorded for them); a candidate outside guidance gets the file's name,
e-mail, language and source when they changed; a candidate in guidance is left as their
mentor keeps them. Every new candidate is invited to the voluntary declaration by their own
link (purpose "declaration", see korps.core.links), by mail after the transaction commits;
those without an e-mail address are counted for a letter. Tokens are never stored, logged
or shown."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from korps.audit.services import audit_record
from korps.core.bulk import rows_insert
from korps.core.links import link_token
from korps.core.tabular import ImportPlan, Problem, TableError, read_table
from korps.organisations.languages import contact_languages_of, language_name, page_language

from .links import DECLARATION_PURPOSE, declaration_page_registered, declaration_path
from .models import Candidate, CandidateStatus, TrackEvent

COLUMNS = ["reference", "name"]
OPTIONAL_COLUMNS = ["email", "language", "source"]
REFERENCE_LENGTH = Candidate._meta.get_field("reference").max_length
NAME_LENGTH = Candidate._meta.get_field("name").max_length
SOURCE_LENGTH = Candidate._meta.get_field("source").max_length
FIELDS = ("name", "email", "language", "source")
MAILS_PER_TASK = 500
# References in one query (SQLite takes at most 32,766 parameters in a statement).
READ_SLICE = 10_000


CANDIDATES_KIND = "guidance.candidates"


@dataclass
class PlannedCandidate:
    line: int
    reference: str
    name: str
    email: str
    language: str
    source: str
    existing: Candidate | None  # the zone's candidate with this reference, if any

    @property
    def action(self) -> str:
        if self.existing is None:
            return "create"
        if self.existing.in_guidance or not self.changes():
            return "keep"
        return "update"

    def changes(self) -> list[str]:
        return [f for f in FIELDS if getattr(self.existing, f) != getattr(self, f)]

    @property
    def status(self) -> str:
        """For the import job's summary: "new", "changed" or "unchanged"."""
        return {"create": "new", "update": "changed"}.get(self.action, "unchanged")


def candidates_cells(row: PlannedCandidate) -> list:
    """The preview's cells: reference, name, e-mail, language, source, what happens."""
    if row.action == "create":
        happens = _("New, outside guidance; invited to declare")
    elif row.action == "update":
        happens = _("Known; details updated")
    elif row.existing.in_guidance:
        happens = _("In guidance: left as the mentor keeps it")
    else:
        happens = _("Known; unchanged")
    return [
        row.reference,
        row.name,
        row.email or "–",
        language_name(row.language) if row.language else "–",
        row.source or "–",
        str(happens),
    ]


def _line_problems(values: dict, languages: list[str]) -> list[str]:
    reasons = []
    reference, name = values["reference"], values["name"]
    if not reference:
        reasons.append(_("no candidate reference"))
    elif len(reference) > REFERENCE_LENGTH:
        reasons.append(
            _("the reference is longer than %(count)s characters") % {"count": REFERENCE_LENGTH}
        )
    if not name:
        reasons.append(_("no name"))
    elif len(name) > NAME_LENGTH:
        reasons.append(_("the name is longer than %(count)s characters") % {"count": NAME_LENGTH})
    email = values.get("email", "")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            reasons.append(_("%(email)r is not an e-mail address") % {"email": email})
    language = values.get("language", "")
    if language and language not in languages:
        reasons.append(
            _("the zone does not offer the language %(language)r (use one of: %(languages)s)")
            % {"language": language, "languages": ", ".join(languages)}
        )
    if len(values.get("source", "")) > SOURCE_LENGTH:
        reasons.append(
            _("the source is longer than %(count)s characters") % {"count": SOURCE_LENGTH}
        )
    return reasons


def candidates_plan(*, organisation, name: str, raw: bytes) -> ImportPlan:
    try:
        table = read_table(name=name, raw=raw, required=COLUMNS)
    except TableError as error:
        return ImportPlan.refused(str(error))
    known = {
        c.reference.lower(): c
        for c in Candidate.objects.filter(organisation=organisation, pseudonymised_at__isnull=True)
    }
    languages = list(contact_languages_of(organisation))
    rows, problems, seen = [], [], {}
    for line in table.lines:
        values = line.values
        reasons = _line_problems(values, languages)
        key = values["reference"].lower()
        if key and key in seen:
            reasons.append(_("the same reference as line %(line)s") % {"line": seen[key]})
        seen.setdefault(key, line.number)
        if reasons:
            problems.append(Problem(line=line.number, message="; ".join(reasons)))
            continue
        rows.append(
            PlannedCandidate(
                line=line.number,
                reference=values["reference"],
                name=values["name"],
                email=values.get("email", "").lower(),
                language=values.get("language", "") or organisation.default_language,
                source=values.get("source", ""),
                existing=known.get(key),
            )
        )
    if not table.lines:
        problems.append(Problem(line=1, message=_("The file has no lines under its header.")))
    return ImportPlan(rows=rows, problems=problems)


@transaction.atomic
def candidates_apply(*, organisation, plan: ImportPlan, acting_user) -> dict:
    """Create the new candidates (outside guidance), update those outside guidance whose
    details changed, and invite the new ones to declare. Returns counts. Creating candidates
    changes no summary table: the funnel counts results, which the results import adds."""
    if not plan.ok:
        raise ValueError("A plan with problems is never applied.")
    new, updated = [], 0
    for row in plan.rows:
        if row.action == "create":
            new.append((organisation.pk, row.reference, *(getattr(row, f) for f in FIELDS)))
        elif row.action == "update":
            candidate = row.existing
            changed = row.changes()
            for field in changed:
                setattr(candidate, field, getattr(row, field))
            candidate.save(update_fields=changed)
            updated += 1
    # Plain rows in bulk (korps.core.bulk), the other fields at their defaults as
    # bulk_create would give them; then the new candidates' ids by their references.
    rows_insert(Candidate, ["organisation_id", "reference", *FIELDS], new)
    created = _created(organisation, [row[1] for row in new])
    now = timezone.now()
    rows_insert(
        TrackEvent,
        ["candidate_id", "at", "kind", "status"],
        ((pk, now, "status", CandidateStatus.ORIENTATION) for pk, _email in created),
    )
    with_email = [pk for pk, email in created if email]
    counts = {
        "created": len(created),
        "updated": updated,
        "known": len(plan.rows) - len(created) - updated,
        "mailed": len(with_email) if declaration_page_registered() else 0,
        "without_email": len(created) - len(with_email),
    }
    audit_record(
        actor=acting_user,
        action="guidance.candidates.imported",
        organisation=organisation,
        data={"lines": len(plan.rows), **counts},
    )
    if counts["mailed"]:
        transaction.on_commit(lambda: _invitations_queue(organisation, with_email))
    return counts


def _created(organisation, references: list[str]) -> list[tuple[int, str]]:
    """[(id, e-mail)] of the zone's candidates with these references, in one query per
    READ_SLICE references."""
    found = []
    for start in range(0, len(references), READ_SLICE):
        found += Candidate.objects.filter(
            organisation=organisation, reference__any_of=references[start : start + READ_SLICE]
        ).values_list("pk", "email")
    return found


def _invitations_queue(organisation, candidate_ids: list[int]) -> None:
    """The invitations as background tasks of MAILS_PER_TASK mails each."""
    from .tasks import send_declaration_invitations

    for start in range(0, len(candidate_ids), MAILS_PER_TASK):
        send_declaration_invitations.delay(
            organisation.pk, candidate_ids[start : start + MAILS_PER_TASK]
        )


def declaration_invitations_send(*, organisation, candidate_ids: list[int]) -> int:
    """Mail each candidate of the zone their own link to the voluntary declaration, in their
    language, over one connection. Returns how many were sent."""
    from django.conf import settings
    from django.core.mail import EmailMessage, get_connection
    from django.template.loader import render_to_string

    messages = []
    candidates = Candidate.objects.filter(
        organisation=organisation, pk__in=candidate_ids, pseudonymised_at__isnull=True
    ).select_related("organisation")
    for candidate in candidates.iterator(chunk_size=1000):
        path = declaration_path(link_token(candidate, DECLARATION_PURPOSE))
        with translation.override(page_language(candidate.language, candidate.organisation)):
            messages.append(
                EmailMessage(
                    _("Your application at %(zone)s: a voluntary question")
                    % {"zone": candidate.organisation.name},
                    render_to_string(
                        "guidance/email/declaration_invitation.txt",
                        {"candidate": candidate, "link": settings.KORPS_SITE_URL + path},
                    ),
                    None,
                    [candidate.email],
                )
            )
    if not messages:
        return 0
    return get_connection().send_messages(messages) or 0
