"""Sheets made through the services, as the pages make them."""

from django.contrib.auth.models import Permission

from korps.organisations.tests.factories import UserFactory
from korps.practices import services
from korps.practices.models import Category, Result, Stage, Status, TargetGroup


def sheet_data(
    *,
    title="Jobdagen voor nieuwe Gentenaars",
    language="nl",
    summary="Een campagne met jobdagen en verhalen van eigen medewerkers.",
    description="Jobdagen en een wervingscampagne op sociale media trekken kandidaten aan.",
    success_factors="Breng eigen medewerkers in beeld\nBegeleid kandidaten tijdens de selectie",
    challenges="Draagvlak in het korps",
    goals=("diverse_staff",),
    target_group=TargetGroup.CANDIDATES_MIGRATION,
    partners=(("Extern mediabureau", "maakt de campagne"),),
    criteria=False,
    extra_texts=None,
    **fields,
) -> services.SheetData:
    text = {
        "title": title,
        "summary": summary,
        "description": description,
        "success_factors": success_factors,
        "challenges": challenges,
    }
    if criteria:
        text.update(
            problem="Weinig kandidaten met een migratieachtergrond.",
            rationale="Rolmodellen verlagen de drempel.",
            evaluation="Het aantal inschrijvingen verdubbelde.",
            replication="Een mediabureau, twee jobdagen en tien ambassadeurs.",
        )
    return services.SheetData(
        category=fields.get("category", Category.RECRUITMENT),
        target_group=target_group,
        stage=fields.get("stage", Stage.LOCAL),
        result=fields.get("result", Result.WORKED),
        policy_domains=list(fields.get("policy_domains", ["personnel"])),
        goals=list(goals),
        texts={language: text, **(extra_texts or {})},
        partners=list(partners),
    )


def make_moderator(email="moderator@korps.test"):
    user = UserFactory(email=email)
    user.user_permissions.add(Permission.objects.get(codename="moderate_practices"))
    return type(user).objects.get(pk=user.pk)  # a fresh object: no cached permissions


def make_sheet(*, submitter=None, zone=None, publish=True, **kwargs):
    submitter = submitter or UserFactory()
    sheet = services.sheet_submit(actor=submitter, zone=zone, data=sheet_data(**kwargs))
    if publish:
        moderator = make_moderator(email=f"mod-{sheet.slug}@korps.test")
        services.sheet_move(actor=moderator, sheet=sheet, to_status=Status.IN_REVIEW)
        services.sheet_move(actor=moderator, sheet=sheet, to_status=Status.PUBLISHED)
        sheet.refresh_from_db()
    return sheet
