"""The library's demo content: the five practices of the seed sheets, written anew in korps's
words, with how Antwerp, Ghent and Mechelen run them (three small demo zones, so that their
implementations are real per-zone records), and three more drawn from the practice banks
DOMAIN.md names, one of them a practice that did not work. A recruiter of Heuvelland, the
second demo zone, can adopt any of them; the demo zone's diversity manager moderates."""

import datetime as dt

from django.contrib.auth.models import Permission
from django.utils import timezone

from korps.core.demo import DEMO_OTHER_ZONE_CODE, DEMO_PASSWORD, DemoContext, demo_seeder
from korps.organisations.models import Membership, Organisation, User
from korps.organisations.roles import Role
from korps.organisations.second_factor import DEMO_TOTP_KEY
from korps.organisations.second_factor_services import second_factor_install
from korps.organisations.services import membership_grant, organisation_create

from . import services
from .models import Status

CITIES = {
    "antwerpen": ("Politiezone Antwerpen (demo)", "Antwerpen", "Lotte Janssens"),
    "gent": ("Politiezone Gent (demo)", "Gent", "Youssef Amrani"),
    "mechelen": ("Politiezone Mechelen-Willebroek (demo)", "Mechelen", "Sara Wouters"),
}

# (key, sheet fields, nl text, fr text or None, partners, {city: implementation text})
PRACTICES = [
    (
        "local-campaign",
        {
            "category": "recruitment",
            "target_group": "residents",
            "stage": "local",
            "result": "worked",
            "policy_domains": ["communication", "personnel", "safety"],
            "goals": ["diverse_staff"],
        },
        {
            "title": "Een lokale wervingscampagne die drempels wegneemt",
            "summary": "Een zone maakt in eigen naam reclame voor politiewerk, bij de "
            "inwoners die ze nog te weinig bereikt, en belooft hulp tijdens de selectie.",
            "target_group_text": "Inwoners van de zone, vooral mensen met een migratieachtergrond.",
            "description": "Wie niemand bij de politie kent, denkt er zelden aan om er te "
            "werken. Een lokale campagne toont hoe je binnenraakt, laat eigen collega's aan "
            "het woord en zegt duidelijk dat kandidaten tijdens de selectie niet alleen "
            "staan. Ze loopt via affiches, sociale media, jobbeurzen, infosessies en "
            "schoolbezoeken.",
            "goals_text": "Meer kandidaten uit groepen die nu weinig solliciteren",
            "success_factors": "Toon echte medewerkers van de zone\n"
            "Eén vaste trekker in het korps, die blijft\n"
            "Ambassadeurs in het korps, met een netwerk rond diversiteit\n"
            "Blijf in contact met ambassadeurs, influencers en toeleiders\n"
            "Zeg luid dat kandidaten begeleid worden tijdens de selectie",
            "challenges": "Zonder draagvlak in het korps haalt een campagne weinig uit: "
            "vorming en een focusgroep helpen\n"
            "Het beeld dat mensen al van de politie hebben, weegt mee: blijf communiceren",
            "problem": "De zone trekt bijna geen kandidaten aan uit de buurten waar ze werkt.",
            "rationale": "Onbekend maakt onbemind: wie collega's met dezelfde achtergrond "
            "ziet en weet dat er hulp is, waagt sneller de stap.",
            "evaluation": "",
            "replication": "Een mediabureau of de dienst communicatie van de stad, een "
            "budget voor affiches en advertenties, en een team ambassadeurs.",
        },
        {
            "title": "Une campagne de recrutement locale qui abaisse les seuils",
            "summary": "Une zone fait connaître le métier de policier aux habitants qu'elle "
            "touche trop peu, et promet un accompagnement pendant la sélection.",
            "target_group_text": "Les habitants de la zone, surtout les personnes issues de "
            "l'immigration.",
            "description": "Qui ne connaît personne à la police pense rarement à y "
            "travailler. Une campagne locale montre comment entrer, donne la parole aux "
            "collègues et dit que les candidats ne sont pas seuls pendant le recrutement : "
            "affiches, réseaux sociaux, salons de l'emploi, séances d'information et visites "
            "d'écoles.",
            "success_factors": "Montrer de vrais collègues de la zone\n"
            "Un responsable interne durable\n"
            "Des ambassadeurs internes avec un réseau diversité",
            "challenges": "Sans adhésion au sein du corps, la campagne porte peu",
        },
        [
            ("Extern mediabureau", "ontwerpt de campagne"),
            (
                "Centrum voor Volwassenenonderwijs",
                "begeleidt kandidaten in Nederlands en communicatie",
            ),
        ],
        {
            "antwerpen": "Antwerpen liet met een mediabureau en het Centrum voor "
            'Volwassenenonderwijs de campagne "wij hebben jou nodig" maken. De '
            "woordvoerder, de website, affiches in de stad, jobbeurzen, infosessies en "
            "schoolbezoeken droegen ze uit, met steun van het stadsbestuur. De selectie zelf "
            "bleef de federale, met extra begeleiding en lokale assessoren en juryleden.",
            "gent": "Gent stelde vast dat maar een paar procent van het korps een "
            "migratieachtergrond had en liet in de campagne 100% (FL)IK eigen medewerkers "
            "zien. Voor elk van de vier krachtlijnen van het diversiteitsbeleid kreeg een "
            "medewerker de opdracht.",
            "mechelen": 'Mechelen-Willebroek voerde met de stad "The Force": vier echte '
            "collega's op sociale media, affiches op combi's en in cafés, en standjes op "
            "evenementen. De tweede golf richtte zich ook op de eigen mensen, met een "
            "traject dat politie, jongeren en toeleiders samenbrengt.",
        },
    ),
    (
        "job-days",
        {
            "category": "recruitment",
            "target_group": "candidates_migration",
            "stage": "local",
            "result": "worked",
            "policy_domains": ["communication", "personnel"],
            "goals": ["diverse_staff", "accessible_selection"],
        },
        {
            "title": "Campagne met jobdagen en eigen verhalen",
            "summary": "Een jobsite, jobdagen en verhalen van eigen politiemensen maken "
            "nieuwe inwoners warm voor een job bij de politie.",
            "target_group_text": "Nieuwe inwoners met een migratieachtergrond.",
            "description": "De zone bouwt een jobsite met de voorwaarden, de stappen van de "
            "selectie, tips en voorbeeldvragen. Politiemensen vertellen waarom ze kozen "
            "voor dit werk. Jobavonden laten kandidaten kennismaken; advertenties op "
            "sociale media, muziekdiensten, campussen en in sport- en cultuurcentra "
            "brengen hen daar.",
            "success_factors": "Authentieke verhalen van collega's, met en zonder "
            "migratieachtergrond\n"
            "Voorbeeldvragen en tips bij de selectieproeven\n"
            "Genoeg plaatsen: voorzie een extra jobdag als de inschrijvingen overlopen",
            "challenges": "De zone heeft maar beperkt invloed op wie er instroomt\n"
            "Te veel inschrijvingen voor te weinig plaatsen",
            "problem": "Weinig kandidaten uit de migratiegemeenschappen van de stad.",
            "rationale": "Herkenbare rolmodellen en een eerste contact zonder drempel "
            "maken de stap kleiner.",
            "evaluation": "Meer dan 320 inschrijvingen voor de eerste twee jobavonden, zodat "
            "een extra jobdag nodig was; opvallend veel vrouwen solliciteerden.",
            "replication": "Een communicatiebureau, een jobsite, twee jobavonden en "
            "collega's die hun verhaal willen doen.",
        },
        {
            "title": "Campagne avec journées de l'emploi et témoignages",
            "summary": "Un site emploi, des journées de l'emploi et des témoignages de "
            "policiers attirent de nouveaux habitants vers la police.",
            "description": "La zone crée un site avec les conditions, les étapes du "
            "recrutement et des exemples de questions. Des policiers racontent leur choix. "
            "Des soirées emploi permettent un premier contact.",
            "success_factors": "Des témoignages authentiques\nDes exemples de questions",
            "challenges": "Trop d'inscrits pour trop peu de places",
        },
        [("Communicatiebureau", "maakt de jobsite en de advertenties")],
        {
            "gent": "Gent lanceerde 100% (Fl)ik met communicatiebureau Fantastic: een "
            "jobsite, twee jobavonden, advertenties online en op de campus. Meer dan 320 "
            "mensen schreven zich in voor de eerste twee avonden, dus kwam er een derde "
            "jobdag bij. Opvallend veel vrouwen solliciteerden.",
        },
    ),
    (
        "guidance",
        {
            "category": "selection",
            "target_group": "candidates_migration",
            "stage": "local",
            "result": "promising",
            "policy_domains": ["personnel", "safety"],
            "goals": ["accessible_selection", "diverse_staff"],
        },
        {
            "title": "Kandidaten begeleiden naar en door de selectie",
            "summary": "Mentoren begeleiden kandidaten met een migratieachtergrond voor het "
            "examen, tijdens de opleiding en in hun eerste maanden.",
            "target_group_text": "Kandidaat-medewerkers met een migratieachtergrond.",
            "description": "Taal- en psychotechnische proeven blijken struikelblokken. "
            "Een begeleidingstraject bereidt kandidaten voor zodra ze zich kandidaat "
            "stellen; mentoren blijven aanspreekpunt tijdens de opleiding en de eerste "
            "maanden, en tonen waar hun talenten in het korps nodig zijn.",
            "success_factors": "Individuele begeleiding",
            "challenges": "Mentoren hebben tijd nodig naast hun gewone werk",
        },
        None,
        [("Centrum voor Volwassenenonderwijs", "extra lessen Nederlands en communicatie")],
        {
            "antwerpen": "Antwerpen begeleidt elke kandidaat vanaf de inschrijving, werft "
            "eigen assessoren, zet extra juryleden in, werkt samen met een centrum voor "
            "volwassenenonderwijs en heeft een promoteam van zeventig ambassadeurs dat "
            "vragen van kandidaten beantwoordt.",
            "gent": "Gent biedt begeleidingstrajecten naar de federale selectie en zet drie "
            "diversiteitsmentoren in, die kandidaten tot in hun eerste maanden volgen en "
            "hen wijzen op plaatsen als de jeugdinspecteurs.",
        },
    ),
    (
        "diversity-policy",
        {
            "category": "policy",
            "target_group": "staff",
            "stage": "untested",
            "result": "promising",
            "policy_domains": ["personnel", "safety"],
            "goals": ["diverse_staff", "open_culture", "community_trust", "anti_discrimination"],
        },
        {
            "title": "Een diversiteitsbeleid voor de hele zone",
            "summary": "Een beleid dat binnen het korps (samenstelling, cultuur, loopbanen) "
            "en naar buiten (dialoog, antidiscriminatie, geen etnisch profileren) werkt.",
            "target_group_text": "Intern het personeel; extern alle inwoners, met "
            "gerichte acties voor bijvoorbeeld jongeren of holebi's.",
            "description": "Een zone zet haar diversiteitsbeleid op papier na een analyse "
            "van sterktes en zwaktes en gesprekken met medewerkers en partners. Het beleid "
            "heeft enkele krachtlijnen, elk met een trekker, en wordt opgevolgd.",
            "success_factors": "Gedeelde verantwoordelijkheid: een diversiteitsmanager of "
            "een trekker per speerpunt\n"
            "Steun van korpsleiding en stadsbestuur\n"
            "Soepel inspelen op wat op het terrein leeft\n"
            "Opvolgen, rapporteren en bijsturen\n"
            "Een onafhankelijk en snel klachtenmechanisme, met bemiddeling waar het kan",
            "challenges": "Middenkaders overtuigen van het operationele nut",
        },
        None,
        [("Kazerne Dossin", "vorming Holocaust, politie en mensenrechten")],
        {
            "gent": "Gent schreef in 2017 na een SWOT-analyse een beleid met vier "
            "krachtlijnen: een meer diverse samenstelling, een open cultuur met vorming, "
            "netwerken met de gemeenschappen via jeugdinspecteurs, en professioneel "
            "profileren.",
            "antwerpen": "Antwerpen koos een geïntegreerd beleid voor alle vormen van "
            "diversiteit, met zes prioriteiten, van de relatie met jongeren tot een kader "
            "rond professioneel profileren en het bereiken van middenkaders.",
            "mechelen": "Mechelen-Willebroek stelde eind 2017 een diversiteitsmanager aan; "
            "stad en politie organiseren samen vorming over diversiteit en polarisatie.",
        },
    ),
    (
        "national-programme",
        {
            "category": "policy",
            "target_group": "everyone",
            "stage": "untested",
            "result": "new",
            "policy_domains": ["personnel", "safety", "equal_opportunities"],
            "goals": ["diverse_staff", "open_culture", "community_trust", "anti_discrimination"],
        },
        {
            "title": "Een nationaal programma: de kracht van het verschil",
            "summary": "Een nationale politie bundelt vier speerpunten: verbinding met alle "
            "groepen, aanpak van discriminatie, een cultuur waarin ieder zichzelf kan zijn, "
            "en meer diverse teams.",
            "description": "Een politie die er voor iedereen is, heeft verbinding nodig met "
            "alle groepen in de samenleving. Teams met verschillende achtergronden kijken "
            "anders naar hetzelfde probleem. Het programma zet in op binnenhalen en "
            "binnenhouden van wie nog ondervertegenwoordigd is.",
            "success_factors": "Eén programma met een klein aantal duidelijke speerpunten",
            "challenges": "Een groot korps met veel mensen van dezelfde achtergrond",
        },
        None,
        [],
        {},
    ),
    (
        "exit-interviews",
        {
            "category": "retention",
            "target_group": "staff",
            "stage": "local",
            "result": "promising",
            "policy_domains": ["personnel"],
            "goals": ["retention", "open_culture"],
        },
        {
            "title": "Vertrekgesprekken met wie het korps verlaat",
            "summary": "Wie vertrekt, krijgt een gesprek met iemand buiten de eigen "
            "dienst; de redenen worden per jaar samengevat.",
            "description": "Een vertrekgesprek met een neutrale collega vraagt naar de "
            "redenen van vertrek, de sfeer en kansen op promotie. Het jaaroverzicht toont "
            "of groepen om andere redenen vertrekken.",
            "success_factors": "Een gesprekspartner buiten de hiërarchie\nEen vaste vragenlijst",
            "challenges": "Kleine aantallen: toon enkel overzichten die niemand herkenbaar maken",
        },
        None,
        [],
        {},
    ),
    (
        "one-off-fair",
        {
            "category": "recruitment",
            "target_group": "young_people",
            "stage": "local",
            "result": "did_not_work",
            "policy_domains": ["communication"],
            "goals": ["diverse_staff"],
        },
        {
            "title": "Een eenmalige stand op een grote jobbeurs",
            "summary": "Een stand op één grote beurs, zonder opvolging, bracht veel "
            "folders aan de man maar nauwelijks kandidaten.",
            "description": "De zone stond een dag op een regionale jobbeurs. Bezoekers "
            "namen folders mee, maar niemand werd nadien gecontacteerd. Een jaar later "
            "kon geen enkele kandidaat naar de beurs teruggeleid worden.",
            "success_factors": "Noteer contactgegevens, met toestemming, en bel binnen de "
            "week terug",
            "challenges": "Zonder bronvermelding bij de inschrijving is het effect niet te meten",
            "problem": "De zone wilde jongeren bereiken die nooit aan de politie dachten.",
            "rationale": "Een beurs trekt veel jongeren op één plek.",
            "evaluation": "Geen enkele kandidaat kwam via de beurs; de kosten per "
            "kandidaat waren dus niet te bepalen.",
            "replication": "Niet herhalen zonder opvolging en broncode bij de inschrijving.",
        },
        None,
        [],
        {},
    ),
    (
        "language-coaching",
        {
            "category": "selection",
            "target_group": "candidates_migration",
            "stage": "independent",
            "result": "promising",
            "policy_domains": ["education", "personnel"],
            "goals": ["accessible_selection"],
        },
        None,
        {
            "title": "Un coaching linguistique avant les épreuves",
            "summary": "Des cours de langue ciblés préparent les candidats aux épreuves "
            "écrites et à l'entretien de recrutement.",
            "description": "Avec un centre d'éducation pour adultes, la zone propose des "
            "cours du soir sur le vocabulaire des épreuves et la communication orale. Une "
            "évaluation externe a comparé les taux de réussite avant et après.",
            "success_factors": "Des cours le soir, près de chez les candidats",
            "challenges": "Garder les candidats jusqu'au bout du parcours",
        },
        [("Centre d'éducation pour adultes", "donne les cours de langue")],
        {},
    ),
]


def practice_data(key: str) -> tuple[services.SheetData, dict[str, str]]:
    """One practice of the demo, ready to submit, with its implementations per city."""
    for name, fields, nl, fr, partners, implementations in PRACTICES:
        if name == key:
            texts = {code: text for code, text in (("nl", nl), ("fr", fr)) if text}
            return services.SheetData(texts=texts, partners=partners, **fields), implementations
    raise KeyError(key)


def _city_zones(ctx: DemoContext) -> dict[str, tuple[Organisation, User]]:
    zones = {}
    for code, (name, municipality, contact_name) in CITIES.items():
        zone = organisation_create(name=name, code=code, municipalities=[municipality])
        contact = User.objects.create_user(
            email=f"diversiteit@{code}.korps.test",
            password=DEMO_PASSWORD,
            full_name=contact_name,
        )
        membership_grant(user=contact, organisation=zone, role=Role.DIVERSITY_MANAGER)
        # Like every demo account: the published demo key as its second factor.
        second_factor_install(user=contact, key=DEMO_TOTP_KEY)
        zones[code] = (zone, contact)
    return zones


@demo_seeder(order=80)
def seed_practices(ctx: DemoContext) -> None:
    moderator = ctx.users[Role.DIVERSITY_MANAGER]
    moderator.user_permissions.add(Permission.objects.get(codename="moderate_practices"))
    moderator = User.objects.get(pk=moderator.pk)
    second = ctx.users[Role.ZONE_ADMIN]
    second.user_permissions.add(Permission.objects.get(codename="moderate_practices"))
    second = User.objects.get(pk=second.pk)
    # The second demo zone's recruiter (the browser test of issue 17 logs in as them).
    other = Organisation.objects.get(code=DEMO_OTHER_ZONE_CODE)
    recruiter = User.objects.create_user(
        email="rekrutering@heuvelland.korps.test", password=DEMO_PASSWORD, full_name="Rik Claes"
    )
    membership_grant(user=recruiter, organisation=other, role=Role.RECRUITER)
    cities = _city_zones(ctx)
    today = timezone.localdate()
    for key, *_rest in PRACTICES:
        data, implementations = practice_data(key)
        submitter = cities["gent"][1] if "gent" in implementations else ctx.users[Role.RECRUITER]
        sheet = services.sheet_submit(actor=submitter, zone=None, data=data)
        sheet.slug = key
        sheet.save(update_fields=["slug"])
        services.sheet_move(actor=moderator, sheet=sheet, to_status=Status.IN_REVIEW)
        services.sheet_move(actor=moderator, sheet=sheet, to_status=Status.PUBLISHED)
        if any(t.get("evaluation") for t in data.texts.values()):
            for reviewer in (moderator, second):
                if reviewer.pk != submitter.pk:
                    services.review_record(actor=reviewer, sheet=sheet, verdict="recommend")
        for position, (city, text) in enumerate(implementations.items()):
            zone, contact = cities[city]
            services.implementation_save(
                actor=contact,
                zone=zone,
                sheet=sheet,
                text=text,
                language="nl",
                contact=contact,
                started_on=dt.date(2017, 3 + position, 1),
            )
    # Mechelen's contact has left the zone, and Antwerp's guidance text is over a year old.
    Membership.objects.filter(user=cities["mechelen"][1]).update(is_active=False)
    from .models import Implementation

    Implementation.objects.filter(
        organisation=cities["antwerpen"][0], sheet__slug="guidance"
    ).update(last_confirmed=today - dt.timedelta(days=400))
    # One submission waits for a moderator, with a likely duplicate.
    services.sheet_submit(
        actor=ctx.users[Role.MENTOR],
        zone=ctx.zone,
        data=services.SheetData(
            texts={"nl": {**PRACTICES[1][2], "title": "Jobdagen en verhalen van collega's"}},
            partners=[],
            **PRACTICES[1][1],
        ),
    )
    ctx.log(f"{len(PRACTICES)} practices in the library, 3 city zones, 1 submission waiting")
