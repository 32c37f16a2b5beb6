"""Upload, check, preview, confirm: the one flow of korps's all-or-nothing imports. The upload
becomes an import job (korps.core.importing), checked and applied by Celery tasks; the page
names the job in its address (`?job=`), never in the session, and shows its progress while a
task works on it."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from django_htmx.http import HttpResponseClientRedirect

from . import importing
from .models import ImportJob

# The longest job id the address may carry (a larger number names no job).
JOB_ID_DIGITS = 18


class PreviewImportView(TemplateView):
    """Subclasses (with ZonePermissionMixin first) set `form_class`, `import_kind` (the kind of
    a registered importing.Importer), `url_name` and `done_url_name`, and implement
    done_message(counts). Their template extends core/import_page.html and names the
    preview's columns (`preview_head`), in the order of the importer's cells."""

    form_class = None
    import_kind = ""
    url_name = ""
    done_url_name = ""

    def done_message(self, counts: dict) -> str:
        raise NotImplementedError

    def page_url(self, job=None) -> str:
        url = reverse(self.url_name, kwargs={"zone": self.zone.code})
        return f"{url}?job={job.pk}" if job is not None else url

    def get_job(self):
        """The job the address or the form names, if this person uploaded it to this page."""
        given = self.request.POST.get("job") or self.request.GET.get("job") or ""
        if not given.isdecimal() or len(given) > JOB_ID_DIGITS:
            return None
        return (
            ImportJob.objects.filter(
                pk=int(given),
                organisation=self.zone,
                kind=self.import_kind,
                actor=self.request.user,
            )
            .defer("upload")
            .first()
        )

    def get(self, request, *args, **kwargs):
        job = self.get_job()
        if job is None:
            if "job" in request.GET:
                messages.error(request, _("Upload the file again: the preview has expired."))
            return self.render_to_response(self.get_context_data(form=self.form_class()))
        if job.state == ImportJob.State.DONE:
            return self.finished(job)
        if request.htmx and "progress" in request.GET:
            if job.running:
                return self.response_class(
                    request=request,
                    template="core/import_progress.html",
                    context=self.get_context_data(job=job),
                )
            return HttpResponseClientRedirect(self.page_url(job))
        return self.render_to_response(self.job_context(job))

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self.confirm(request)
        form = self.form_class(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        job = importing.job_start(
            organisation=self.zone,
            kind=self.import_kind,
            actor=request.user,
            name=upload.name,
            raw=upload.read(),
        )
        return redirect(self.page_url(job))

    def confirm(self, request):
        job = self.get_job()
        if job is None or job.state in (ImportJob.State.CHECKING, ImportJob.State.FAILED):
            messages.error(request, _("Upload the file again: the preview has expired."))
            return redirect(self.url_name, zone=self.zone.code)
        importing.job_confirm(job)
        if job.state == ImportJob.State.DONE:
            return self.finished(job)
        return redirect(self.page_url(job))

    def finished(self, job):
        messages.success(self.request, self.done_message(job.counts))
        importing.job_close(job)
        target = reverse(self.done_url_name, kwargs={"zone": self.zone.code})
        if self.request.htmx:
            return HttpResponseClientRedirect(target)
        return redirect(target)

    def job_context(self, job) -> dict:
        lines = importing.StoredLines(job)
        page = Paginator(lines, importing.LINES_PER_PAGE).get_page(self.request.GET.get("page"))
        return self.get_context_data(form=self.form_class(), job=job, page=page)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        job = context.get("job")
        if job is not None:
            context["page_url"] = self.page_url(job)
            context["progress_url"] = f"{self.page_url(job)}&progress=1"
        return context
