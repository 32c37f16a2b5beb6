"""korps purge-import-jobs: delete the import jobs (uploaded files and their checked lines)
untouched for KORPS_IMPORT_JOB_HOURS, in every zone. Each new upload also does this, so the
command only matters where nothing is uploaded for a long time; run it daily."""

from django.core.management.base import BaseCommand

from korps.core.importing import jobs_purge


class Command(BaseCommand):
    help = "Delete import jobs older than KORPS_IMPORT_JOB_HOURS."

    def handle(self, *args, **options):
        self.stdout.write(f"{jobs_purge()} rows deleted")
