"""The library's pages. Staff read it from their zone (/z/<zone>/practices/...), so that
adopting and implementing happen in that zone; moderators work at /practices/moderation/,
which belongs to no zone (moderation is a role across the instance)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from korps.audit.services import audit_record
from korps.organisations.mixins import ZonePermissionMixin
from korps.organisations.models import User
from korps.organisations.permissions import can_moderate_practices
from korps.organisations.scoping import rendered

from . import selectors, services
from .forms import AppealForm, ImplementationForm, MoveForm, ReviewForm, SheetForm
from .models import SHEET_LANGUAGES, Adoption, Category, Result, Stage, Status, TargetGroup

PAGE_SIZE = 20


def _language() -> str:
    return (translation.get_language() or "nl")[:2]


def _titled(sheets) -> list[dict]:
    language = _language()
    return [{"sheet": sheet, "text": selectors.text_for(sheet, language)} for sheet in sheets]


class LibraryView(ZonePermissionMixin, TemplateView):
    permission = "practices.view_library"
    template_name = "practices/library.html"
    FILTERS = {
        "category": Category,
        "target_group": TargetGroup,
        "stage": Stage,
        "result": Result,
    }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        get = self.request.GET
        chosen = {
            name: get.get(name, "") if get.get(name, "") in choices.values else ""
            for name, choices in self.FILTERS.items()
        }
        zones = selectors.zones_with_implementations()
        zone_id = get.get("zone", "")
        zone_id = int(zone_id) if zone_id.isdigit() and int(zone_id) in dict(zones) else None
        query = get.get("q", "").strip()[:200]
        partner = get.get("partner", "").strip()[:100]
        sheets = selectors.library(query=query, zone_id=zone_id, partner=partner, **chosen)
        page = Paginator(sheets, PAGE_SIZE).get_page(get.get("page"))
        context.update(
            page=page,
            rows=_titled(page.object_list),
            search=query,
            partner=partner,
            chosen=chosen,
            chosen_zone=zone_id,
            zones=zones,
            filters=[
                (name, choices.choices, chosen[name]) for name, choices in self.FILTERS.items()
            ],
            filtered=bool(query or partner or zone_id or any(chosen.values())),
            query=urlencode(
                {
                    "q": query,
                    "partner": partner,
                    "zone": zone_id or "",
                    **chosen,
                }
            ),
        )
        return context


class SheetMixin(ZonePermissionMixin):
    permission = "practices.view_library"

    def get_sheet(self):
        sheet = selectors.sheet_get(slug=self.kwargs["slug"], user=self.request.user)
        if sheet is None:
            raise Http404
        return sheet


class SheetView(SheetMixin, TemplateView):
    template_name = "practices/sheet.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sheet = self.get_sheet()
        language = self.request.GET.get("lang", _language())
        text = selectors.text_for(sheet, language)
        own = selectors.own_partner_names(self.zone)
        permissions = self.request.user_permissions
        context.update(
            sheet=sheet,
            text=text,
            sheet_languages=[(t.language, SHEET_LANGUAGES[t.language]) for t in sheet.texts.all()],
            only_language=SHEET_LANGUAGES[text.language] if sheet.texts.count() == 1 else "",
            partners=[(p, p.name.casefold() in own) for p in sheet.partners.all()],
            implementations=selectors.implementations_of(sheet),
            similar=_titled(selectors.similar_sheets(sheet)),
            recommended=selectors.is_recommended(sheet),
            is_submitter=sheet.submitted_by_id == self.request.user.pk,
            is_published=sheet.status == Status.PUBLISHED,
            can_adopt="practices.adopt" in permissions and sheet.status == Status.PUBLISHED,
            can_implement="practices.implement" in permissions,
            own_implementation=selectors.implementation_of_zone(sheet=sheet, zone=self.zone),
        )
        return context


class AdoptView(SheetMixin, View):
    permission = "practices.adopt"

    def post(self, request, *args, **kwargs):
        sheet = self.get_sheet()
        try:
            made = services.sheet_adopt(
                actor=request.user, zone=self.zone, sheet=sheet, language=_language()
            )
        except services.PracticeError as error:
            messages.error(request, error.message)
            return redirect("practices:sheet", zone=self.zone.code, slug=sheet.slug)
        if isinstance(made, Adoption):
            messages.success(request, _("The practice is on your zone's to-do list."))
            return redirect("practices:adoption", zone=self.zone.code, pk=made.pk)
        # An adopter made it elsewhere: an action in the zone's diversity plan.
        messages.success(request, _("The practice is now an action in your zone's diversity plan."))
        return redirect("plan:action", zone=self.zone.code, pk=made.pk)


class SubmitView(ZonePermissionMixin, TemplateView):
    permission = "practices.submit"
    template_name = "practices/submit.html"

    def get(self, request, *args, **kwargs):
        form = SheetForm(initial={"language": _language()})
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        form = SheetForm(request.POST)
        if form.is_valid():
            sheet = services.sheet_submit(
                actor=request.user, zone=self.zone, data=form.sheet_data()
            )
            messages.success(
                request, _("Thank you. A moderator reviews the practice before it is published.")
            )
            if sheet.likely_duplicate_of_id:
                messages.warning(
                    request,
                    _(
                        "This practice looks much like one already in the library; the "
                        "moderator will compare them."
                    ),
                )
            return redirect("practices:mine", zone=self.zone.code)
        return self.render_to_response(self.get_context_data(form=form))


class EditView(SheetMixin, TemplateView):
    permission = "practices.submit"
    template_name = "practices/submit.html"

    def get_own_sheet(self):
        sheet = self.get_sheet()
        if sheet.submitted_by_id != self.request.user.pk:
            raise Http404
        return sheet

    def get(self, request, *args, **kwargs):
        sheet = self.get_own_sheet()
        language = request.GET.get("lang", "")
        text = selectors.text_for(sheet, language or _language())
        initial = SheetForm.initial_for(
            sheet, text if not language or text.language == language else None
        )
        if language in SHEET_LANGUAGES:
            initial["language"] = language
        form = SheetForm(initial=initial)
        return self.render_to_response(self.get_context_data(form=form, sheet=sheet))

    def post(self, request, *args, **kwargs):
        sheet = self.get_own_sheet()
        form = SheetForm(request.POST)
        if form.is_valid():
            services.sheet_update(actor=request.user, sheet=sheet, data=form.sheet_data())
            messages.success(request, _("Saved. A moderator reviews the change."))
            return redirect("practices:mine", zone=self.zone.code)
        return self.render_to_response(self.get_context_data(form=form, sheet=sheet))


class MySubmissionsView(ZonePermissionMixin, TemplateView):
    permission = "practices.submit"
    template_name = "practices/mine.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = _titled(selectors.submissions_of(self.request.user))
        context["appeal_form"] = kwargs.get("appeal_form") or AppealForm()
        context["appealable"] = (Status.DECLINED, Status.CHANGES_REQUESTED)
        return context


class AppealView(SheetMixin, View):
    permission = "practices.submit"

    def post(self, request, *args, **kwargs):
        sheet = self.get_sheet()
        form = AppealForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Say why the decision should change."))
            return redirect("practices:mine", zone=self.zone.code)
        try:
            services.sheet_appeal(
                actor=request.user, sheet=sheet, reason=form.cleaned_data["reason"]
            )
        except services.PracticeError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your appeal is sent: the sheet is back in review."))
        return redirect("practices:mine", zone=self.zone.code)


class ImplementationView(SheetMixin, TemplateView):
    permission = "practices.implement"
    template_name = "practices/implementation.html"

    def members(self):
        return User.objects.filter(
            memberships__organisation=self.zone, memberships__is_active=True, is_active=True
        ).distinct()

    def get(self, request, *args, **kwargs):
        sheet = self.get_sheet()
        current = selectors.implementation_of_zone(sheet=sheet, zone=self.zone)
        initial = {"language": _language(), "contact": request.user.pk}
        if current is not None:
            initial = {
                "language": current.language,
                "text": current.text,
                "contact": current.contact_id,
                "started_on": current.started_on,
                "ended_on": current.ended_on,
            }
        form = ImplementationForm(initial=initial, members=self.members())
        return self.render_to_response(self.get_context_data(form=form, sheet=sheet))

    def post(self, request, *args, **kwargs):
        sheet = self.get_sheet()
        form = ImplementationForm(request.POST, members=self.members())
        if form.is_valid():
            services.implementation_save(
                actor=request.user, zone=self.zone, sheet=sheet, **form.cleaned_data
            )
            messages.success(request, _("Your zone's implementation is saved."))
            return redirect("practices:sheet", zone=self.zone.code, slug=sheet.slug)
        return self.render_to_response(self.get_context_data(form=form, sheet=sheet))


class ConfirmView(SheetMixin, View):
    permission = "practices.implement"

    def post(self, request, *args, **kwargs):
        sheet = self.get_sheet()
        current = selectors.implementation_of_zone(sheet=sheet, zone=self.zone)
        if current is None:
            raise Http404
        services.implementation_confirm(actor=request.user, implementation=current)
        messages.success(request, _("Thank you: the implementation is confirmed for a year."))
        return redirect("practices:sheet", zone=self.zone.code, slug=sheet.slug)


class AdoptionListView(ZonePermissionMixin, TemplateView):
    permission = "practices.adopt"
    template_name = "practices/adoptions.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        adoptions = selectors.adoptions_of(self.zone)
        context["page"] = Paginator(adoptions, PAGE_SIZE).get_page(self.request.GET.get("page"))
        context["language"] = _language()
        return context


class AdoptionView(ZonePermissionMixin, TemplateView):
    permission = "practices.adopt"
    template_name = "practices/adoption.html"

    def get_adoption(self):
        adoption = selectors.adoption_get(zone=self.zone, pk=self.kwargs["pk"])
        if adoption is None:
            raise Http404
        return adoption

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        adoption = self.get_adoption()
        context["adoption"] = adoption
        context["text"] = selectors.text_for(adoption.sheet, _language())
        context["items"] = list(adoption.items.all())
        return context

    def post(self, request, *args, **kwargs):
        adoption = self.get_adoption()
        item_id = request.POST.get("item", "")
        item = next((i for i in adoption.items.all() if str(i.pk) == item_id), None)
        if item is None:
            messages.error(request, _("This item is not on the list."))
        else:
            services.adoption_item_toggle(actor=request.user, item=item)
        return redirect("practices:adoption", zone=self.zone.code, pk=adoption.pk)


# ---------------------------------------------------------------- moderation


class ModeratorMixin:
    """For the moderators' pages: log-in first, then the instance-wide moderator check
    (403, audited, for everyone else)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_moderate_practices(request.user):
            audit_record(
                actor=request.user,
                action="access.denied",
                data={"permission": "practices.moderate_practices"},
            )
            raise PermissionDenied
        return rendered(super().dispatch(request, *args, **kwargs))


class ModerationQueueView(ModeratorMixin, TemplateView):
    template_name = "practices/moderation_queue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = _titled(selectors.moderation_queue())
        return context


class ModerationSheetView(ModeratorMixin, TemplateView):
    template_name = "practices/moderation_sheet.html"

    def get_sheet(self):
        sheet = selectors.sheet_get(slug=self.kwargs["slug"], user=self.request.user)
        if sheet is None:
            raise Http404
        return sheet

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sheet = kwargs.get("sheet") or self.get_sheet()
        context.update(
            sheet=sheet,
            texts=list(sheet.texts.all()),
            history=list(sheet.history.select_related("actor")),
            reviews=list(sheet.reviews.select_related("reviewer")),
            recommended=selectors.is_recommended(sheet),
            move_form=kwargs.get("move_form") or MoveForm(),
            review_form=kwargs.get("review_form") or ReviewForm(),
        )
        return context

    def post(self, request, *args, **kwargs):
        sheet = self.get_sheet()
        if "verdict" in request.POST:
            form = ReviewForm(request.POST)
            if form.is_valid():
                try:
                    services.review_record(actor=request.user, sheet=sheet, **form.cleaned_data)
                except services.PracticeError as error:
                    form.add_error(None, error.message)
                else:
                    messages.success(request, _("Your review is saved."))
                    return redirect("practices_moderation:sheet", slug=sheet.slug)
            return self._again(sheet, review_form=form)
        form = MoveForm(request.POST)
        if form.is_valid():
            try:
                services.sheet_move(actor=request.user, sheet=sheet, **form.cleaned_data)
            except services.PracticeError as error:
                form.add_error("reason" if error.code == "no_reason" else None, error.message)
            else:
                messages.success(request, _("The sheet has moved on."))
                return redirect("practices_moderation:sheet", slug=sheet.slug)
        return self._again(sheet, move_form=form)

    def _again(self, sheet, **forms):
        response = self.render_to_response(self.get_context_data(sheet=sheet, **forms))
        response.status_code = 400
        return response
