"""Audit entries written before redaction hold personal-link tokens in `request_path`: replace
them as korps.audit.redact does for new entries. The trail is append-only (on PostgreSQL a
trigger refuses UPDATE), so the trigger is disabled for this one change, in the migration's
transaction, and enabled again. The audit page redacts on display too
(AuditEntry.request_path_display), for a database restored from an older backup."""

from django.db import migrations
from django.db.models import Q

# The addresses that carry a token (korps.audit.redact.SECRET_KWARGS); other rows are left.
TOKEN_ROUTES = ("/my-guidance/", "/story-consent/", "/interest/", "/signup/", "/scan/", "/reset/")
TRIGGER = "audit_entry_append_only"


def redact_request_paths(apps, schema_editor):
    from korps.audit.redact import redact_path

    entry_model = apps.get_model("audit", "AuditEntry")
    entries = entry_model._base_manager.filter(
        Q.create([("request_path__contains", route) for route in TOKEN_ROUTES], connector=Q.OR)
    )
    changes = []
    for pk, path in entries.values_list("pk", "request_path").iterator():
        redacted = redact_path(path)
        if redacted != path:
            changes.append((pk, redacted))
    if not changes:
        return
    connection = schema_editor.connection
    postgresql = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        if postgresql:
            cursor.execute(f"ALTER TABLE audit_auditentry DISABLE TRIGGER {TRIGGER}")
        for pk, redacted in changes:
            entry_model._base_manager.filter(pk=pk).update(request_path=redacted)
        if postgresql:
            cursor.execute(f"ALTER TABLE audit_auditentry ENABLE TRIGGER {TRIGGER}")


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_append_only_trigger")]

    operations = [migrations.RunPython(redact_request_paths, migrations.RunPython.noop)]
