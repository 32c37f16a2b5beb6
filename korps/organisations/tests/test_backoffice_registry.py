"""Issue 10, findings 1 and 2, over every page of the back office at once: whatever model an
app registers, a zone administrator is offered no object of another zone and writes nothing
unless a service does it."""

import pytest
from django.forms import ModelChoiceField
from django.test import RequestFactory
from django.urls import reverse

from korps.careers.models import Criterion, Job, SelectionStep
from korps.events.tests.factories import EventFactory, SignupFactory
from korps.guidance.models import MentorProfile
from korps.organisations.backoffice import ZoneScopedAdmin, ZoneScopedInlineMixin, zone_lookup
from korps.organisations.models import Municipality, Organisation, User
from korps.organisations.roles import Role
from korps.organisations.tests.factories import MembershipFactory, UnitFactory, UserFactory
from korps.outreach.tests.factories import AmbassadorProfileFactory, CampaignFactory

pytestmark = pytest.mark.django_db

# The per-model decision: configuration is written through a service with its audit row;
# personal records and what staff pages manage are read-only here.
WRITTEN_THROUGH_A_SERVICE = {
    "organisations.organisation",
    "organisations.unit",
    "organisations.membership",
    "organisations.user",
    "careers.job",
    "careers.criterion",
    "careers.selectionstep",
    "guidance.procedurestep",
    "guidance.mentorprofile",
    "outreach.ambassadorprofile",
    "monitoring.origincategory",
    "monitoring.monitoringsettings",
    "complaints.complaintcategory",
    "complaints.complaintssettings",
}
DELETED_THROUGH_A_SERVICE = WRITTEN_THROUGH_A_SERVICE - {
    "organisations.organisation",  # site operators only
    "organisations.membership",  # ended, never deleted
    "organisations.user",  # deactivated, never deleted
}


def _registry():
    from korps.organisations.admin import admin_site

    return admin_site._registry.items()


def _request(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return request


def _world(zone, other_zone):
    """One of everything the back office can point to, in both zones."""
    for organisation in (zone, other_zone):
        person = UserFactory(email=f"persoon@{organisation.code}.test")
        MembershipFactory(user=person, organisation=organisation, role=Role.MENTOR)
        UnitFactory(organisation=organisation, parent=UnitFactory(organisation=organisation))
        Municipality.objects.create(organisation=organisation, name=f"Gemeente {organisation.code}")
        job = Job.objects.create(organisation=organisation, slug="inspecteur", name={"nl": "x"})
        Criterion.objects.create(job=job, question={"nl": "x"})
        SelectionStep.objects.create(organisation=organisation, name={"nl": "x"})
        SignupFactory(event=EventFactory(organisation=organisation))
        AmbassadorProfileFactory(organisation=organisation, user=person)
        CampaignFactory(organisation=organisation, owner=person)
        MentorProfile.objects.create(organisation=organisation, user=person)


def _relation_fields(model_admin, request):
    """(label, form field) for every relation field of the add form and its inline forms."""
    form = model_admin.get_form(request)()
    for name, field in form.fields.items():
        yield f"{model_admin.opts.label_lower}.{name}", field
    for inline in model_admin.get_inline_instances(request):
        inline_form = inline.get_formset(request).form()
        for name, field in inline_form.fields.items():
            yield f"{inline.opts.label_lower}.{name}", field


def _outside(obj, zone) -> bool:
    if isinstance(obj, Organisation):
        return obj != zone
    if isinstance(obj, User):
        return obj.is_superuser or obj.memberships.exclude(organisation=zone).exists()
    lookup = zone_lookup(type(obj))
    return not type(obj)._base_manager.filter(pk=obj.pk, **{lookup: zone}).exists()


def test_every_back_office_page_is_built_on_the_zone_scoped_classes():
    for model, model_admin in _registry():
        assert isinstance(model_admin, ZoneScopedAdmin), model
        for inline in model_admin.inlines:
            assert issubclass(inline, ZoneScopedInlineMixin), inline


def test_no_relation_field_offers_a_zone_administrator_anything_of_another_zone(
    zone, other_zone, zone_admin
):
    _world(zone, other_zone)
    operator = User.objects.create_superuser(email="op@korps.test", password="x", full_name="Op")
    leaks, checked = [], set()

    for _model, model_admin in _registry():
        for label, field in _relation_fields(model_admin, _request(operator)):
            if isinstance(field, ModelChoiceField) and any(
                _outside(obj, zone) for obj in field.queryset
            ):
                checked.add(label)
        for label, field in _relation_fields(model_admin, _request(zone_admin)):
            if isinstance(field, ModelChoiceField):
                leaks += [(label, str(obj)) for obj in field.queryset if _outside(obj, zone)]

    assert leaks == []
    # Not vacuous: a site operator is offered the other zone's objects in these fields.
    assert checked >= {
        "organisations.membership.user",
        "organisations.unit.parent",
        "outreach.ambassadorprofile.user",
        "outreach.campaign.owner",
        "guidance.mentorprofile.user",
        "events.signup.event",
        "careers.lead.job",
        "guidance.procedurestep.career_step",
        "monitoring.populationfigure.municipality",
    }


def test_a_zone_administrator_writes_only_what_a_service_writes(zone_admin):
    request = _request(zone_admin)
    writable, deletable = set(), set()

    for _model, model_admin in _registry():
        label = model_admin.opts.label_lower
        if model_admin.has_change_permission(request):
            writable.add(label)
        if model_admin.has_delete_permission(request):
            deletable.add(label)
        if model_admin.service_save is None:
            assert not model_admin.has_add_permission(request), label
            assert not model_admin.has_change_permission(request), label
        if model_admin.service_delete is None:
            assert not model_admin.has_delete_permission(request), label
            assert "delete_selected" not in model_admin.get_actions(request), label

    assert writable == WRITTEN_THROUGH_A_SERVICE
    assert deletable == DELETED_THROUGH_A_SERVICE


def test_a_read_only_page_refuses_the_add_form(client, zone_admin):
    client.force_login(zone_admin)

    for model, model_admin in _registry():
        if model_admin.opts.label_lower in WRITTEN_THROUGH_A_SERVICE:
            continue
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_add")
        assert client.get(url).status_code == 403, url


def test_no_list_filter_lists_the_objects_of_every_zone():
    """Django's filter on a relation lists every object of the related model; only the
    filter limited to the rows shown (RelatedOnlyFieldListFilter) stays inside the zone."""
    from django.contrib.admin import RelatedOnlyFieldListFilter

    for model, model_admin in _registry():
        for entry in model_admin.list_filter:
            name, filter_class = entry if isinstance(entry, tuple) else (entry, None)
            if not isinstance(name, str):
                continue
            field = model._meta.get_field(name.split("__")[0])
            if field.is_relation:
                assert filter_class is RelatedOnlyFieldListFilter, (model, name)


def test_every_page_opens_and_a_read_only_one_refuses_writes(client, zone, other_zone, zone_admin):
    _world(zone, other_zone)
    client.force_login(zone_admin)

    for model, model_admin in _registry():
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        assert client.get(reverse(f"{prefix}_changelist")).status_code == 200, prefix
        record = model_admin.get_queryset(_request(zone_admin)).first()
        if record is not None:
            page = client.get(reverse(f"{prefix}_change", args=[record.pk]))
            assert page.status_code == 200, prefix
            if model_admin.opts.label_lower not in WRITTEN_THROUGH_A_SERVICE:
                changing = client.post(reverse(f"{prefix}_change", args=[record.pk]), {})
                assert changing.status_code == 403, prefix
            if model_admin.opts.label_lower not in DELETED_THROUGH_A_SERVICE:
                deleting = client.post(
                    reverse(f"{prefix}_delete", args=[record.pk]), {"post": "yes"}
                )
                assert deleting.status_code == 403, prefix
                assert type(record)._base_manager.filter(pk=record.pk).exists(), prefix
