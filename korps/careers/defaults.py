"""Default content for a zone's career site: site texts, jobs with their admission
self-check, the selection steps with practice questions, two demo stories and the consent
texts.

Pure data, no Django imports. Every user-facing text is {"nl": ..., "fr": ..., "en": ...}.
Plain text only; paragraphs are separated by a blank line ("\\n\\n").

Facts follow the Belgian federal recruitment for inspector and agent (since 14 Sep 2021):
candidates book their own tests, the generic chain aims at about 18 weeks. A zone should
check the details (order of the steps, waiting time after a failure) against jobpol.be and
adapt the texts where its own practice differs.
"""

# ---------------------------------------------------------------------------------------
# Site texts
# ---------------------------------------------------------------------------------------

SITE_TEXTS = {
    "welcome": {
        "title": {
            "nl": "Politie: ook iets voor jou?",
            "fr": "La police, et si c'était pour vous ?",
            "en": "Police work: could it be for you?",
        },
        "body": {
            "nl": (
                "Misschien ken je niemand bij de politie. Misschien heb je nooit gedacht dat "
                "dit een job voor jou kon zijn. Toch zoeken we net mensen zoals jij: mensen die "
                "hun buurt kennen, die meer dan één taal spreken en die weten hoe het is om "
                "tussen twee culturen op te groeien.\n\n"
                "Een korps doet zijn werk beter als het lijkt op de stad waarvoor het werkt. "
                "Daarom willen we dat iedereen een eerlijke kans krijgt, wat je afkomst, geloof "
                "of achtergrond ook is.\n\n"
                "We zijn eerlijk: de selectie is streng en veel mensen slagen niet in één keer. "
                "Maar je staat er niet alleen voor. Mentoren en collega's helpen je bij de "
                "voorbereiding, tijdens de opleiding en in je eerste maanden op de job.\n\n"
                "Begin met de korte check. Je ziet meteen of je aan de voorwaarden voldoet en "
                "wat je eventueel nog moet regelen."
            ),
            "fr": (
                "Vous ne connaissez peut-être personne dans la police. Vous n'avez peut-être "
                "jamais pensé que ce métier pouvait être fait pour vous. Pourtant, c'est "
                "justement vous que nous cherchons : des personnes qui connaissent leur quartier, "
                "qui parlent plus d'une langue et qui savent ce que c'est de grandir entre deux "
                "cultures.\n\n"
                "Une police travaille mieux quand elle ressemble à la ville qu'elle sert. Nous "
                "voulons donc que chacun ait une vraie chance, quels que soient son origine, sa "
                "religion ou son parcours.\n\n"
                "Soyons honnêtes : la sélection est exigeante et beaucoup de candidats ne "
                "réussissent pas du premier coup. Mais vous ne serez pas seul·e. Des mentors et "
                "des collègues vous aident à vous préparer, pendant la formation et pendant vos "
                "premiers mois sur le terrain.\n\n"
                "Commencez par le petit test. Vous verrez tout de suite si vous remplissez les "
                "conditions et ce qu'il vous reste éventuellement à régler."
            ),
            "en": (
                "Maybe you don't know anyone in the police. Maybe you never thought this job "
                "could be for you. Yet people like you are exactly who we are looking for: people "
                "who know their neighbourhood, who speak more than one language and who know "
                "what it is like to grow up between two cultures.\n\n"
                "A police force does its job better when it looks like the city it works for. "
                "That is why we want everyone to get a fair chance, whatever their origin, faith "
                "or background.\n\n"
                "To be honest: the selection is demanding and many people do not pass at the "
                "first attempt. But you will not be on your own. Mentors and colleagues help you "
                "prepare, and stay with you during the training and your first months on the "
                "job.\n\n"
                "Start with the short check. You will see straight away whether you meet the "
                "requirements and what you may still need to arrange."
            ),
        },
    },
    "criteria": {
        "title": {
            "nl": "Kan ik me kandidaat stellen?",
            "fr": "Puis-je poser ma candidature ?",
            "en": "Can I apply?",
        },
        "body": {
            "nl": (
                "Beantwoord een paar korte vragen over je nationaliteit, je leeftijd, je "
                "diploma, je strafregister en je rijbewijs. Bij elk antwoord zie je of het in "
                "orde is, of je nog iets moet regelen en hoe je dat aanpakt.\n\n"
                "Het resultaat is een eerste inschatting, geen beslissing. De officiële "
                "voorwaarden van de federale politierekrutering gelden altijd. Twijfel je? Vraag "
                "het ons gerust, een gesprek kost je niets.\n\n"
                "Voldoe je vandaag nog niet aan alles? Dat wil niet zeggen dat het nooit lukt. "
                "Vaak is het een kwestie van tijd, een document of een opleiding."
            ),
            "fr": (
                "Répondez à quelques questions courtes sur votre nationalité, votre âge, votre "
                "diplôme, votre casier judiciaire et votre permis de conduire. Pour chaque "
                "réponse, vous voyez si c'est en ordre, s'il vous reste une démarche à faire et "
                "comment vous y prendre.\n\n"
                "Le résultat est une première estimation, pas une décision. Ce sont toujours les "
                "conditions officielles du recrutement fédéral de la police qui comptent. Un "
                "doute ? Posez-nous la question, un entretien ne vous engage à rien.\n\n"
                "Vous ne remplissez pas encore toutes les conditions ? Cela ne veut pas dire que "
                "ce ne sera jamais possible. Souvent, c'est une question de temps, d'un document "
                "ou d'une formation."
            ),
            "en": (
                "Answer a few short questions about your nationality, age, diploma, criminal "
                "record and driving licence. For each answer you see whether it is fine, whether "
                "you still have something to arrange, and how to do it.\n\n"
                "The result is a first estimate, not a decision. The official requirements of "
                "the federal police recruitment always apply. In doubt? Just ask us; a talk costs "
                "you nothing.\n\n"
                "Don't meet every requirement yet? That does not mean it will never work out. "
                "Often it is a matter of time, a document or a course."
            ),
        },
    },
    "selection": {
        "title": {
            "nl": "Zo verloopt de selectie",
            "fr": "Comment se passe la sélection",
            "en": "How the selection works",
        },
        "body": {
            "nl": (
                "Inspecteurs en agenten worden geselecteerd via de federale politierekrutering "
                "(jobpol.be). Je plant je testen zelf in. Het doel is dat je de algemene proeven "
                "in ongeveer 18 weken afrondt.\n\n"
                "De stappen: eerst de cognitieve proeven (redeneren en taal, op de computer), "
                "dan de fysieke proef en daarna een volledige dag persoonlijkheidsonderzoek. Wie "
                "slaagt, komt in een wervingsreserve. Daarna volgen een gesprek met de "
                "selectiecommissie van de zone en een medisch onderzoek. Dan start je aan de "
                "politieschool.\n\n"
                "Je moet slagen voor een stap voor je naar de volgende mag. Slaag je niet, dan "
                "moet je een tijd wachten voor je opnieuw mag proberen. Vraag ons naar de regels "
                "die nu gelden. De volgorde kan per zone wat verschillen.\n\n"
                "Voor elke stap vind je hieronder wat er getest wordt, hoe lang het duurt en hoe "
                "je je voorbereidt, met oefenvragen."
            ),
            "fr": (
                "Les inspecteurs et les agents sont sélectionnés par le recrutement fédéral de "
                "la police (jobpol.be). Vous réservez vous-même vos épreuves. L'objectif est de "
                "terminer les épreuves générales en 18 semaines environ.\n\n"
                "Les étapes : d'abord les épreuves cognitives (raisonnement et langue, sur "
                "ordinateur), puis l'épreuve physique, puis une journée entière consacrée à "
                "l'examen de personnalité. Si vous réussissez, vous entrez dans une réserve de "
                "recrutement. Viennent ensuite un entretien avec la commission de sélection de "
                "la zone et un examen médical. Puis vous commencez à l'école de police.\n\n"
                "Il faut réussir une étape pour passer à la suivante. En cas d'échec, vous devez "
                "attendre un certain temps avant de réessayer. Demandez-nous les règles "
                "actuelles. L'ordre peut légèrement varier d'une zone à l'autre.\n\n"
                "Pour chaque étape, vous trouverez ci-dessous ce qui est évalué, la durée et la "
                "manière de vous préparer, avec des questions d'entraînement."
            ),
            "en": (
                "Inspectors and agents are selected through the federal police recruitment "
                "(jobpol.be). You book your own tests. The aim is to finish the general tests in "
                "about 18 weeks.\n\n"
                "The steps: first the cognitive tests (reasoning and language, on a computer), "
                "then the physical test, then a full day of personality assessment. If you pass, "
                "you enter a recruitment reserve. Then come an interview with the zone's "
                "selection committee and a medical examination. After that you start at the "
                "police school.\n\n"
                "You have to pass a step before you can go on to the next one. If you fail, you "
                "must wait a while before you can try again. Ask us about the rules that apply "
                "now. The order may differ slightly from zone to zone.\n\n"
                "Below you find, for each step, what it tests, how long it takes and how to "
                "prepare, with practice questions."
            ),
        },
    },
    "preparation": {
        "title": {
            "nl": "Tips om je voor te bereiden",
            "fr": "Conseils pour vous préparer",
            "en": "Tips to prepare",
        },
        "body": {
            "nl": (
                "Oefen elke dag een kwartier redeneertesten: getallenreeksen, analogieën en "
                "logische vragen. Gebruik de oefenvragen op deze site en zet een timer. Snelheid "
                "komt met herhaling.\n\n"
                "Lees elke dag een Nederlandstalige krant of nieuwssite en vat één artikel samen "
                "in je eigen woorden. Wil je gericht werken aan spelling, werkwoorden of "
                "schrijven? Een Centrum voor Volwassenenonderwijs (CVO) biedt taalcoaching aan. "
                "Vraag ons gerust waar je terechtkunt.\n\n"
                "Train voor de fysieke proef met een schema: drie keer per week, minstens acht "
                "weken lang. Combineer uithouding (lopen), kracht en behendigheid (trappen, "
                "springen, kruipen, evenwicht). Wacht niet tot de week voor de proef.\n\n"
                "Ken je motivatie. Waarom wil je bij de politie, en waarom in deze zone? Denk "
                "aan concrete voorbeelden uit school, werk, sport of je familie: een conflict "
                "dat je oploste, een moment waarop je iemand hielp, een fout waaruit je leerde. "
                "Die verhalen heb je nodig in het interview.\n\n"
                "Het persoonlijkheidsonderzoek en de taalproef zijn de grootste struikelblokken. "
                "Daarom bestaan onze mentoren. Een mentor legt uit hoe zo'n testdag verloopt, "
                "oefent interviews en rollenspellen met je, zoekt mee naar taallessen en helpt "
                "je een nieuwe poging te plannen als het de eerste keer niet lukt.\n\n"
                "Wees eerlijk in de vragenlijsten. Er bestaat geen ideaal profiel dat je moet "
                "spelen, en de tests merken het als je antwoorden elkaar tegenspreken.\n\n"
                "Slaap goed de nachten voor een test, eet iets voor je vertrekt en plan je route "
                "zodat je ruim op tijd bent.\n\n"
                "Neem altijd je identiteitskaart en je uitnodiging mee. Draag je een bril of "
                "lenzen, neem ze mee. Voor de fysieke proef: sportkleren, sportschoenen en water."
            ),
            "fr": (
                "Entraînez-vous chaque jour un quart d'heure aux tests de raisonnement : suites "
                "de nombres, analogies et questions de logique. Utilisez les questions "
                "d'entraînement de ce site et chronométrez-vous. La vitesse vient avec la "
                "répétition.\n\n"
                "Lisez chaque jour un journal ou un site d'information dans la langue de vos "
                "tests et résumez un article avec vos propres mots. Vous voulez travailler "
                "l'orthographe, la conjugaison ou l'écriture ? Les centres d'enseignement pour "
                "adultes (en Flandre, un CVO ; à Bruxelles et en Wallonie, la promotion sociale) "
                "proposent des cours. Demandez-nous où vous adresser.\n\n"
                "Préparez l'épreuve physique avec un programme : trois fois par semaine, pendant "
                "au moins huit semaines. Combinez endurance (course), force et agilité "
                "(escaliers, sauts, ramper, équilibre). N'attendez pas la dernière semaine.\n\n"
                "Connaissez votre motivation. Pourquoi la police, et pourquoi cette zone ? "
                "Pensez à des exemples concrets tirés de l'école, du travail, du sport ou de "
                "votre famille : un conflit que vous avez réglé, un moment où vous avez aidé "
                "quelqu'un, une erreur qui vous a appris quelque chose. Vous en aurez besoin "
                "pendant l'entretien.\n\n"
                "L'examen de personnalité et l'épreuve de langue sont les principaux obstacles. "
                "C'est pour cela que nos mentors existent. Un mentor vous explique comment se "
                "déroule la journée de tests, s'exerce avec vous aux entretiens et aux jeux de "
                "rôle, vous aide à trouver des cours de langue et à planifier une nouvelle "
                "tentative si la première ne réussit pas.\n\n"
                "Soyez honnête dans les questionnaires. Il n'existe pas de profil idéal à jouer, "
                "et les tests remarquent quand vos réponses se contredisent.\n\n"
                "Dormez bien les nuits avant une épreuve, mangez avant de partir et prévoyez "
                "votre trajet pour arriver largement à l'heure.\n\n"
                "Emportez toujours votre carte d'identité et votre convocation. Si vous portez "
                "des lunettes ou des lentilles, prenez-les. Pour l'épreuve physique : tenue de "
                "sport, chaussures de sport et de l'eau."
            ),
            "en": (
                "Practise reasoning tests for a quarter of an hour every day: number series, "
                "analogies and logic questions. Use the practice questions on this site and set "
                "a timer. Speed comes with repetition.\n\n"
                "Read a Dutch-language newspaper or news site every day and sum up one article "
                "in your own words. Want to work on spelling, verbs or writing? An adult "
                "education centre (CVO) offers language coaching. Ask us where to go.\n\n"
                "Train for the physical test with a schedule: three times a week for at least "
                "eight weeks. Mix endurance (running), strength and agility (stairs, jumping, "
                "crawling, balance). Don't wait until the week before the test.\n\n"
                "Know your motivation. Why the police, and why this zone? Think of concrete "
                "examples from school, work, sport or your family: a conflict you solved, a "
                "moment you helped someone, a mistake you learned from. You will need those "
                "stories in the interview.\n\n"
                "The personality assessment and the language test are the biggest stumbling "
                "blocks. That is why we have mentors. A mentor explains how the test day goes, "
                "practises interviews and role plays with you, helps you find language classes "
                "and helps you plan a new attempt if the first one does not work out.\n\n"
                "Be honest in the questionnaires. There is no ideal profile to act out, and the "
                "tests notice when your answers contradict each other.\n\n"
                "Sleep well the nights before a test, eat something before you leave and plan "
                "your route so you are there in good time.\n\n"
                "Always bring your identity card and your invitation. If you wear glasses or "
                "lenses, bring them. For the physical test: sports clothes, trainers and water."
            ),
        },
    },
    "contact": {
        "title": {
            "nl": "Wil je meer weten?",
            "fr": "Vous voulez en savoir plus ?",
            "en": "Want to know more?",
        },
        "body": {
            "nl": (
                "Laat je naam en je e-mailadres achter, en je telefoonnummer als je liever "
                "gebeld wordt. Iemand van ons neemt contact met je op over de volgende stap: "
                "een infosessie, een jobdag of een "
                "gesprek met een mentor.\n\n"
                "Heb je een vraag? Schrijf ze erbij. Geen enkele vraag is te klein, ook niet "
                "over je diploma, je papieren of wat je familie ervan zal denken.\n\n"
                "Je zit nergens aan vast. Je kunt je op elk moment uitschrijven."
            ),
            "fr": (
                "Laissez votre nom et votre adresse e-mail, et votre numéro de téléphone si vous "
                "préférez être appelé·e. Quelqu'un de chez nous vous contactera pour la suite : "
                "une séance "
                "d'information, une journée emploi ou un entretien avec un mentor.\n\n"
                "Vous avez une question ? Ajoutez-la. Aucune question n'est trop petite, même "
                "sur votre diplôme, vos papiers ou ce que votre famille en pensera.\n\n"
                "Vous ne vous engagez à rien. Vous pouvez vous désinscrire à tout moment."
            ),
            "en": (
                "Leave your name and your e-mail address, and your phone number if you would "
                "rather be called. One of us will contact you about the next step: an info "
                "session, a job day or a talk with a "
                "mentor.\n\n"
                "Got a question? Add it. No question is too small, also not about your diploma, "
                "your papers or what your family will think.\n\n"
                "You are not committing to anything. You can unsubscribe at any time."
            ),
        },
    },
}


# ---------------------------------------------------------------------------------------
# Jobs and the admission self-check
# ---------------------------------------------------------------------------------------

_NATIONALITY_NO_ADVICE = {
    "nl": (
        "Zonder de Belgische nationaliteit kun je nog niet starten. Woon je al enkele jaren "
        "legaal in België, dan kun je misschien Belg worden, onder meer als je een landstaal "
        "spreekt. Informeer bij de dienst burgerzaken van je gemeente. Vraag ons intussen ook "
        "naar andere jobs in de zone: de voorwaarden verschillen per job."
    ),
    "fr": (
        "Sans la nationalité belge, vous ne pouvez pas encore commencer. Si vous vivez "
        "légalement en Belgique depuis quelques années, vous pouvez peut-être devenir Belge, "
        "notamment si vous parlez une langue nationale. Renseignez-vous au service population "
        "de votre commune. Demandez-nous aussi quels autres emplois existent dans la zone : les "
        "conditions diffèrent selon le poste."
    ),
    "en": (
        "Without Belgian nationality you cannot start yet. If you have lived legally in Belgium "
        "for some years, you may be able to become Belgian, among other things if you speak one "
        "of the national languages. Ask the civil affairs office of your municipality. Meanwhile, "
        "ask us about other jobs in the zone: the requirements differ per job."
    ),
}

_NATIONALITY_PENDING_ADVICE = {
    "nl": (
        "Je hebt de Belgische nationaliteit nodig om toegelaten te worden. Vraag ons vanaf "
        "wanneer je je kunt inschrijven en bewaar het bewijs van je aanvraag. Je kunt intussen "
        "al oefenen voor de testen."
    ),
    "fr": (
        "La nationalité belge est nécessaire pour être admis·e. Demandez-nous à partir de quand "
        "vous pouvez vous inscrire et gardez la preuve de votre demande. En attendant, vous "
        "pouvez déjà vous entraîner aux épreuves."
    ),
    "en": (
        "You need Belgian nationality to be admitted. Ask us from when you can sign up, and keep "
        "the proof of your application. Meanwhile you can already practise for the tests."
    ),
}

_RECORD_UNSURE_ADVICE = {
    "nl": (
        "Vraag een uittreksel uit het strafregister aan bij je gemeente (vaak kan dat ook "
        "online). Het mag niet ouder zijn dan 3 maanden wanneer je het indient, dus vraag het "
        "niet te vroeg aan."
    ),
    "fr": (
        "Demandez un extrait de casier judiciaire à votre commune (c'est souvent possible en "
        "ligne aussi). Il ne peut pas dater de plus de 3 mois au moment où vous le remettez : ne "
        "le demandez donc pas trop tôt."
    ),
    "en": (
        "Request an extract from the criminal record at your municipality (often possible online "
        "too). It may not be older than 3 months when you hand it in, so don't request it too "
        "early."
    ),
}

_RECORD_NO_ADVICE = {
    "nl": (
        "Een veroordeling kan een reden zijn om je niet toe te laten. Dat hangt af van wat er "
        "gebeurd is en hoe lang geleden. Na een tijd kan eerherstel soms mogelijk zijn. Praat er "
        "in vertrouwen over met een van onze mentoren of met een advocaat voor je je inschrijft."
    ),
    "fr": (
        "Une condamnation peut empêcher votre admission. Cela dépend des faits et de leur "
        "ancienneté. Après un certain temps, une réhabilitation est parfois possible. Parlez-en "
        "en toute confiance avec l'un de nos mentors ou avec un avocat avant de vous inscrire."
    ),
    "en": (
        "A conviction can be a reason not to admit you. It depends on what happened and how long "
        "ago. After a while, rehabilitation is sometimes possible. Talk about it in confidence "
        "with one of our mentors or with a lawyer before you sign up."
    ),
}

_UNDER_17_ADVICE = {
    "nl": (
        "Je bent nog te jong voor de testen: die mag je afleggen vanaf 17 jaar. Gebruik de tijd: "
        "maak je school af, begin met oefenen en kom naar een infosessie of jobdag."
    ),
    "fr": (
        "Vous êtes encore trop jeune pour les épreuves : elles sont possibles à partir de 17 "
        "ans. Profitez de ce temps : terminez vos études, commencez à vous entraîner et venez à "
        "une séance d'information ou à une journée emploi."
    ),
    "en": (
        "You are still too young for the tests: you can take them from 17. Use the time: finish "
        "school, start practising and come to an info session or a job day."
    ),
}

JOBS = [
    {
        "slug": "inspecteur",
        "name": {
            "nl": "Inspecteur van politie",
            "fr": "Inspecteur·rice de police",
            "en": "Police inspector",
        },
        "summary": {
            "nl": (
                "Als inspecteur werk je op straat: bij interventie, in een wijkteam, bij verkeer "
                "of bij de jeugddienst. Je helpt mensen, doet vaststellingen en schrijft "
                "processen-verbaal. Je hebt een diploma secundair onderwijs nodig. De opleiding "
                "aan de politieschool duurt ongeveer een jaar en je wordt al betaald tijdens de "
                "opleiding."
            ),
            "fr": (
                "Comme inspecteur·rice, vous travaillez sur le terrain : en intervention, dans "
                "une équipe de quartier, à la circulation ou au service jeunesse. Vous aidez les "
                "gens, faites des constatations et rédigez des procès-verbaux. Il faut un "
                "diplôme de l'enseignement secondaire. La formation à l'école de police dure "
                "environ un an et vous êtes déjà payé·e pendant la formation."
            ),
            "en": (
                "As an inspector you work on the street: in response teams, a neighbourhood team, "
                "traffic or the youth service. You help people, establish facts and write "
                "official reports. You need a secondary-school diploma. Training at the police "
                "school takes about a year, and you are paid during the training."
            ),
        },
        "criteria": [
            {
                "question": {
                    "nl": "Heb je de Belgische nationaliteit?",
                    "fr": "Avez-vous la nationalité belge ?",
                    "en": "Do you have Belgian nationality?",
                },
                "explanation": {
                    "nl": (
                        "Politie-inspecteurs moeten Belg zijn. Een dubbele nationaliteit is geen "
                        "probleem."
                    ),
                    "fr": (
                        "Les inspecteurs de police doivent être belges. Une double nationalité ne "
                        "pose pas de problème."
                    ),
                    "en": "Police inspectors must be Belgian. Dual nationality is no problem.",
                },
                "answers": [
                    {
                        "label": {
                            "nl": "Ja (ook als ik nog een andere nationaliteit heb)",
                            "fr": "Oui (même si j'ai aussi une autre nationalité)",
                            "en": "Yes (also if I have another nationality as well)",
                        },
                        "outcome": "met",
                        "advice": {},
                    },
                    {
                        "label": {
                            "nl": "Nog niet, ik heb ze aangevraagd",
                            "fr": "Pas encore, je l'ai demandée",
                            "en": "Not yet, I have applied for it",
                        },
                        "outcome": "once_granted",
                        "advice": _NATIONALITY_PENDING_ADVICE,
                    },
                    {
                        "label": {"nl": "Nee", "fr": "Non", "en": "No"},
                        "outcome": "not_met",
                        "advice": _NATIONALITY_NO_ADVICE,
                    },
                ],
            },
            {
                "question": {
                    "nl": "Hoe oud ben je op het moment van de testen?",
                    "fr": "Quel âge aurez-vous au moment des épreuves ?",
                    "en": "How old will you be at the tests?",
                },
                "explanation": {
                    "nl": (
                        "Je mag de testen afleggen vanaf 17 jaar. Aan de opleiding begin je "
                        "vanaf 18 jaar. Er is geen maximumleeftijd."
                    ),
                    "fr": (
                        "Vous pouvez passer les épreuves dès 17 ans. La formation commence à "
                        "partir de 18 ans. Il n'y a pas d'âge maximum."
                    ),
                    "en": (
                        "You can take the tests from 17. Training starts from 18. There is no "
                        "upper age limit."
                    ),
                },
                "answers": [
                    {
                        "label": {"nl": "Jonger dan 17", "fr": "Moins de 17 ans", "en": "Under 17"},
                        "outcome": "not_met",
                        "advice": _UNDER_17_ADVICE,
                    },
                    {
                        "label": {"nl": "17 jaar", "fr": "17 ans", "en": "17"},
                        "outcome": "conditional",
                        "advice": {
                            "nl": (
                                "Je mag de testen al afleggen. De opleiding start je pas als je "
                                "18 bent. Plan je testen dus rustig, zo win je tijd."
                            ),
                            "fr": (
                                "Vous pouvez déjà passer les épreuves. La formation ne commence "
                                "qu'à 18 ans. Planifiez vos épreuves sans stress : vous gagnez "
                                "du temps."
                            ),
                            "en": (
                                "You can already take the tests. Training only starts once you "
                                "are 18. So plan your tests calmly; you gain time."
                            ),
                        },
                    },
                    {
                        "label": {"nl": "18 of ouder", "fr": "18 ans ou plus", "en": "18 or older"},
                        "outcome": "met",
                        "advice": {},
                    },
                ],
            },
            {
                "question": {
                    "nl": "Welk diploma heb je?",
                    "fr": "Quel diplôme avez-vous ?",
                    "en": "Which diploma do you have?",
                },
                "explanation": {
                    "nl": (
                        "Voor inspecteur heb je een diploma secundair onderwijs nodig (zes jaar "
                        "middelbaar). Je legt de testen af in de taal van je diploma."
                    ),
                    "fr": (
                        "Pour devenir inspecteur·rice, il faut un diplôme de l'enseignement "
                        "secondaire (six années). Vous passez les épreuves dans la langue de "
                        "votre diplôme."
                    ),
                    "en": (
                        "To become an inspector you need a secondary-school diploma (six years of "
                        "secondary school). You take the tests in the language of your diploma."
                    ),
                },
                "answers": [
                    {
                        "label": {
                            "nl": "Een Belgisch diploma secundair onderwijs (of hoger)",
                            "fr": "Un diplôme belge de l'enseignement secondaire (ou plus)",
                            "en": "A Belgian secondary-school diploma (or higher)",
                        },
                        "outcome": "met",
                        "advice": {},
                    },
                    {
                        "label": {
                            "nl": "Ik zit in het laatste jaar",
                            "fr": "Je suis en dernière année",
                            "en": "I am in my final year",
                        },
                        "outcome": "conditional",
                        "advice": {
                            "nl": (
                                "Je mag je al inschrijven en de testen afleggen. Je diploma moet "
                                "er zijn voor de opleiding start. Bezorg het ons zodra je het "
                                "hebt."
                            ),
                            "fr": (
                                "Vous pouvez déjà vous inscrire et passer les épreuves. Votre "
                                "diplôme doit être obtenu avant le début de la formation. "
                                "Envoyez-le-nous dès que vous l'avez."
                            ),
                            "en": (
                                "You can already sign up and take the tests. Your diploma must "
                                "be in before the training starts. Send it to us as soon as you "
                                "have it."
                            ),
                        },
                    },
                    {
                        "label": {
                            "nl": "Een buitenlands diploma",
                            "fr": "Un diplôme étranger",
                            "en": "A foreign diploma",
                        },
                        "outcome": "conditional",
                        "advice": {
                            "nl": (
                                "Vraag een gelijkwaardigheid van je diploma aan voor je de "
                                "testen aflegt: bij NARIC-Vlaanderen (Nederlandstalig) of bij "
                                "de dienst gelijkwaardigheid van de Franse Gemeenschap "
                                "(Franstalig). Dat kan enkele maanden duren, dus begin op tijd. "
                                "Je legt de testen af in de taal van je diploma: vraag ons wat "
                                "dat voor jou betekent."
                            ),
                            "fr": (
                                "Demandez l'équivalence de votre diplôme avant de passer les "
                                "épreuves : au service des équivalences de la Fédération "
                                "Wallonie-Bruxelles (en français) ou chez NARIC-Vlaanderen (en "
                                "néerlandais). Cela peut prendre quelques mois, commencez donc "
                                "tôt. Vous passez les épreuves dans la langue de votre diplôme : "
                                "demandez-nous ce que cela signifie dans votre cas."
                            ),
                            "en": (
                                "Apply for the equivalence of your diploma before you take the "
                                "tests: at NARIC Flanders (Dutch) or the equivalence service of "
                                "the French Community (French). It can take a few months, so "
                                "start early. You take the tests in the language of your "
                                "diploma: ask us what that means for you."
                            ),
                        },
                    },
                    {
                        "label": {
                            "nl": "Geen diploma secundair onderwijs",
                            "fr": "Pas de diplôme de l'enseignement secondaire",
                            "en": "No secondary-school diploma",
                        },
                        "outcome": "not_met",
                        "advice": {
                            "nl": (
                                "Je kunt je diploma alsnog halen via tweedekansonderwijs in een "
                                "CVO of via de Examencommissie secundair onderwijs, ook "
                                "als je werkt. Of kijk naar de job van agent van politie: "
                                "daarvoor is geen diploma nodig."
                            ),
                            "fr": (
                                "Vous pouvez encore obtenir votre diplôme via l'enseignement de "
                                "promotion sociale ou le Jury de la Fédération "
                                "Wallonie-Bruxelles, même en travaillant. Ou regardez le métier "
                                "d'agent de police : aucun diplôme n'est demandé."
                            ),
                            "en": (
                                "You can still get your diploma through second-chance education "
                                "at an adult education centre (CVO) or the exam board of the "
                                "Flemish Community, also while working. Or look at the job of "
                                "police agent: no diploma is required."
                            ),
                        },
                    },
                ],
            },
            {
                "question": {
                    "nl": "Is je uittreksel uit het strafregister blanco?",
                    "fr": "Votre extrait de casier judiciaire est-il vierge ?",
                    "en": "Is your criminal record extract clean?",
                },
                "explanation": {
                    "nl": (
                        "Je bezorgt een uittreksel uit het strafregister dat niet ouder is dan 3 "
                        "maanden. De lokale politie doet daarnaast een kort onderzoek naar je "
                        "achtergrond."
                    ),
                    "fr": (
                        "Vous remettez un extrait de casier judiciaire de moins de 3 mois. La "
                        "police locale mène aussi une courte enquête sur vos antécédents."
                    ),
                    "en": (
                        "You hand in a criminal record extract that is no older than 3 months. "
                        "The local police also run a short background check."
                    ),
                },
                "answers": [
                    {
                        "label": {"nl": "Ja", "fr": "Oui", "en": "Yes"},
                        "outcome": "met",
                        "advice": {},
                    },
                    {
                        "label": {
                            "nl": "Ik weet het niet",
                            "fr": "Je ne sais pas",
                            "en": "I'm not sure",
                        },
                        "outcome": "to_check",
                        "advice": _RECORD_UNSURE_ADVICE,
                    },
                    {
                        "label": {"nl": "Nee", "fr": "Non", "en": "No"},
                        "outcome": "not_met",
                        "advice": _RECORD_NO_ADVICE,
                    },
                ],
            },
            {
                "question": {
                    "nl": "Heb je een rijbewijs B?",
                    "fr": "Avez-vous un permis de conduire B ?",
                    "en": "Do you have a category B driving licence?",
                },
                "explanation": {
                    "nl": (
                        "Je hebt een rijbewijs B nodig, geldig voor een wagen met manuele "
                        "versnellingen, ten laatste bij de start van de opleiding. Voor de "
                        "testen heb je het nog niet nodig."
                    ),
                    "fr": (
                        "Il faut un permis B valable pour une voiture à boîte manuelle, au plus "
                        "tard au début de la formation. Pour les épreuves, vous n'en avez pas "
                        "encore besoin."
                    ),
                    "en": (
                        "You need a category B licence valid for a manual car, at the latest by "
                        "the start of the training. You don't need it yet for the tests."
                    ),
                },
                "answers": [
                    {
                        "label": {"nl": "Ja", "fr": "Oui", "en": "Yes"},
                        "outcome": "met",
                        "advice": {},
                    },
                    {
                        "label": {
                            "nl": "Ja, maar alleen voor automaat",
                            "fr": "Oui, mais seulement pour boîte automatique",
                            "en": "Yes, but for automatic cars only",
                        },
                        "outcome": "conditional",
                        "advice": {
                            "nl": (
                                "Een rijbewijs alleen voor automaat volstaat niet. Leg ook het "
                                "praktijkexamen af met een wagen met manuele versnellingen, voor "
                                "de opleiding start."
                            ),
                            "fr": (
                                "Un permis limité à la boîte automatique ne suffit pas. Passez "
                                "aussi l'examen pratique avec une voiture à boîte manuelle, "
                                "avant le début de la formation."
                            ),
                            "en": (
                                "A licence for automatic cars only is not enough. Also take the "
                                "practical exam in a manual car before the training starts."
                            ),
                        },
                    },
                    {
                        "label": {
                            "nl": "Ik ben ermee bezig",
                            "fr": "Je suis en train de le passer",
                            "en": "I'm working on it",
                        },
                        "outcome": "conditional",
                        "advice": {
                            "nl": (
                                "Goed zo. Zorg dat je het praktijkexamen gehaald hebt voor de "
                                "opleiding start. Je kunt de testen intussen al afleggen."
                            ),
                            "fr": (
                                "Très bien. Veillez à réussir l'examen pratique avant le début "
                                "de la formation. Vous pouvez déjà passer les épreuves entre-temps."
                            ),
                            "en": (
                                "Good. Make sure you have passed the practical exam before the "
                                "training starts. Meanwhile you can already take the tests."
                            ),
                        },
                    },
                    {
                        "label": {"nl": "Nee", "fr": "Non", "en": "No"},
                        "outcome": "conditional",
                        "advice": {
                            "nl": (
                                "Je kunt de testen al afleggen, maar bij de start van de "
                                "opleiding moet je een rijbewijs B hebben. Begin nu met het "
                                "theorie-examen: tussen theorie, oefenen en praktijkexamen zitten "
                                "al snel enkele maanden."
                            ),
                            "fr": (
                                "Vous pouvez déjà passer les épreuves, mais vous devez avoir le "
                                "permis B au début de la formation. Commencez maintenant par "
                                "l'examen théorique : entre la théorie, les heures de conduite et "
                                "l'examen pratique, il faut vite compter quelques mois."
                            ),
                            "en": (
                                "You can already take the tests, but you must have a B licence "
                                "when the training starts. Start the theory exam now: theory, "
                                "practice and the practical exam easily take a few months."
                            ),
                        },
                    },
                ],
            },
            {
                "question": {
                    "nl": (
                        "Heb je je burgerlijke en politieke rechten, en past je gedrag bij een "
                        "job bij de politie?"
                    ),
                    "fr": (
                        "Jouissez-vous de vos droits civils et politiques, et votre conduite "
                        "est-elle compatible avec un emploi à la police ?"
                    ),
                    "en": (
                        "Do you hold your civil and political rights, and does your conduct fit "
                        "a police job?"
                    ),
                },
                "explanation": {
                    "nl": (
                        "Bijna iedereen heeft die rechten: je verliest ze alleen door een "
                        "uitspraak van een rechter. Goed gedrag betekent dat je eerlijk en "
                        "betrouwbaar bent. Dat wordt nagegaan tijdens de selectie."
                    ),
                    "fr": (
                        "Presque tout le monde a ces droits : on ne les perd que par une décision "
                        "de justice. Une bonne conduite signifie que vous êtes honnête et fiable. "
                        "Cela est vérifié pendant la sélection."
                    ),
                    "en": (
                        "Almost everyone has these rights: you only lose them by a court "
                        "decision. Good conduct means you are honest and reliable. This is "
                        "checked during the selection."
                    ),
                },
                "answers": [
                    {
                        "label": {"nl": "Ja", "fr": "Oui", "en": "Yes"},
                        "outcome": "met",
                        "advice": {},
                    },
                    {
                        "label": {
                            "nl": "Ik weet het niet",
                            "fr": "Je ne sais pas",
                            "en": "I'm not sure",
                        },
                        "outcome": "to_check",
                        "advice": {
                            "nl": (
                                "Heeft een rechter je nooit uit je rechten ontzet, dan is het "
                                "meestal in orde. Twijfel je over iets uit je verleden? Vraag "
                                "het in vertrouwen aan een mentor voor je je inschrijft."
                            ),
                            "fr": (
                                "Si aucun juge ne vous a jamais privé·e de vos droits, c'est en "
                                "général en ordre. Un doute sur quelque chose de votre passé ? "
                                "Posez la question en toute confiance à un mentor avant de vous "
                                "inscrire."
                            ),
                            "en": (
                                "If no judge has ever taken away your rights, it is usually "
                                "fine. Unsure about something in your past? Ask a mentor in "
                                "confidence before you sign up."
                            ),
                        },
                    },
                    {
                        "label": {"nl": "Nee", "fr": "Non", "en": "No"},
                        "outcome": "not_met",
                        "advice": {
                            "nl": (
                                "Dan kun je nu niet toegelaten worden. Soms kun je na een tijd "
                                "eerherstel aanvragen. Praat er in vertrouwen over met een "
                                "mentor of een advocaat, zodat je weet of en wanneer het "
                                "opnieuw kan."
                            ),
                            "fr": (
                                "Dans ce cas, vous ne pouvez pas être admis·e maintenant. "
                                "Parfois, une réhabilitation peut être demandée après un certain "
                                "temps. Parlez-en en confiance avec un mentor ou un avocat, pour "
                                "savoir si et quand ce sera possible."
                            ),
                            "en": (
                                "Then you cannot be admitted now. Sometimes you can apply for "
                                "rehabilitation after a while. Talk about it in confidence with a "
                                "mentor or a lawyer, so you know whether and when it becomes "
                                "possible."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    {
        "slug": "agent",
        "name": {
            "nl": "Agent van politie",
            "fr": "Agent·e de police",
            "en": "Police agent",
        },
        "summary": {
            "nl": (
                "Als agent ondersteun je de inspecteurs bij de lokale politie: verkeer regelen, "
                "toezicht houden, parkeren opvolgen, gebouwen bewaken. Je hebt geen diploma "
                "nodig en de opleiding is korter dan die van inspecteur. Later kun je nog "
                "doorgroeien."
            ),
            "fr": (
                "Comme agent·e, vous soutenez les inspecteurs de la police locale : régler la "
                "circulation, surveiller, contrôler le stationnement, garder des bâtiments. "
                "Aucun diplôme n'est exigé et la formation est plus courte que celle "
                "d'inspecteur. Vous pourrez évoluer par la suite."
            ),
            "en": (
                "As an agent you support the inspectors of the local police: directing traffic, "
                "keeping watch, enforcing parking rules, guarding buildings. No diploma is "
                "required and the training is shorter than an inspector's. You can move up "
                "later."
            ),
        },
        "criteria": [
            {
                "question": {
                    "nl": "Heb je de Belgische nationaliteit?",
                    "fr": "Avez-vous la nationalité belge ?",
                    "en": "Do you have Belgian nationality?",
                },
                "explanation": {
                    "nl": (
                        "Ook agenten van politie moeten Belg zijn. Een dubbele nationaliteit mag."
                    ),
                    "fr": (
                        "Les agents de police doivent aussi être belges. Une double nationalité "
                        "est permise."
                    ),
                    "en": "Police agents must also be Belgian. Dual nationality is allowed.",
                },
                "answers": [
                    {
                        "label": {"nl": "Ja", "fr": "Oui", "en": "Yes"},
                        "outcome": "met",
                        "advice": {},
                    },
                    {
                        "label": {
                            "nl": "Nog niet, ik heb ze aangevraagd",
                            "fr": "Pas encore, je l'ai demandée",
                            "en": "Not yet, I have applied for it",
                        },
                        "outcome": "once_granted",
                        "advice": _NATIONALITY_PENDING_ADVICE,
                    },
                    {
                        "label": {"nl": "Nee", "fr": "Non", "en": "No"},
                        "outcome": "not_met",
                        "advice": _NATIONALITY_NO_ADVICE,
                    },
                ],
            },
            {
                "question": {
                    "nl": "Hoe oud ben je op het moment van de testen?",
                    "fr": "Quel âge aurez-vous au moment des épreuves ?",
                    "en": "How old will you be at the tests?",
                },
                "explanation": {
                    "nl": "Je moet minstens 17 jaar zijn.",
                    "fr": "Vous devez avoir au moins 17 ans.",
                    "en": "You must be at least 17.",
                },
                "answers": [
                    {
                        "label": {"nl": "Jonger dan 17", "fr": "Moins de 17 ans", "en": "Under 17"},
                        "outcome": "not_met",
                        "advice": _UNDER_17_ADVICE,
                    },
                    {
                        "label": {"nl": "17 of ouder", "fr": "17 ans ou plus", "en": "17 or older"},
                        "outcome": "met",
                        "advice": {},
                    },
                ],
            },
            {
                "question": {
                    "nl": "Is je uittreksel uit het strafregister blanco?",
                    "fr": "Votre extrait de casier judiciaire est-il vierge ?",
                    "en": "Is your criminal record extract clean?",
                },
                "explanation": {
                    "nl": (
                        "Je bezorgt een uittreksel uit het strafregister dat niet ouder is dan 3 "
                        "maanden."
                    ),
                    "fr": "Vous remettez un extrait de casier judiciaire de moins de 3 mois.",
                    "en": "You hand in a criminal record extract that is no older than 3 months.",
                },
                "answers": [
                    {
                        "label": {"nl": "Ja", "fr": "Oui", "en": "Yes"},
                        "outcome": "met",
                        "advice": {},
                    },
                    {
                        "label": {
                            "nl": "Ik weet het niet",
                            "fr": "Je ne sais pas",
                            "en": "I'm not sure",
                        },
                        "outcome": "to_check",
                        "advice": _RECORD_UNSURE_ADVICE,
                    },
                    {
                        "label": {"nl": "Nee", "fr": "Non", "en": "No"},
                        "outcome": "not_met",
                        "advice": _RECORD_NO_ADVICE,
                    },
                ],
            },
            {
                "question": {
                    "nl": "Heb je een diploma secundair onderwijs?",
                    "fr": "Avez-vous un diplôme de l'enseignement secondaire ?",
                    "en": "Do you have a secondary-school diploma?",
                },
                "explanation": {
                    "nl": "Voor agent van politie is geen diploma vereist.",
                    "fr": "Pour devenir agent·e de police, aucun diplôme n'est exigé.",
                    "en": "No diploma is required to become a police agent.",
                },
                "answers": [
                    {
                        "label": {"nl": "Ja", "fr": "Oui", "en": "Yes"},
                        "outcome": "met",
                        "advice": {
                            "nl": (
                                "Met dat diploma kun je ook inspecteur worden. Bekijk zeker "
                                "die job en de voorwaarden."
                            ),
                            "fr": (
                                "Avec ce diplôme, vous pouvez aussi devenir inspecteur·rice. "
                                "Jetez un œil à ce métier et à ses conditions."
                            ),
                            "en": (
                                "With that diploma you could also become an inspector. Have a "
                                "look at that job and its requirements."
                            ),
                        },
                    },
                    {
                        "label": {"nl": "Nee", "fr": "Non", "en": "No"},
                        "outcome": "met",
                        "advice": {},
                    },
                ],
            },
        ],
    },
]


# ---------------------------------------------------------------------------------------
# Selection steps and practice questions
# ---------------------------------------------------------------------------------------

_REASONING_QUESTIONS = [
    {
        "text": {
            "nl": "Welk getal komt hierna? 3 – 6 – 12 – 24 – ...",
            "fr": "Quel nombre vient ensuite ? 3 – 6 – 12 – 24 – ...",
            "en": "Which number comes next? 3 – 6 – 12 – 24 – ...",
        },
        "explanation": {
            "nl": "Elk getal is het dubbele van het vorige: 24 × 2 = 48.",
            "fr": "Chaque nombre est le double du précédent : 24 × 2 = 48.",
            "en": "Each number is double the previous one: 24 × 2 = 48.",
        },
        "choices": [
            {"text": {"nl": "36", "fr": "36", "en": "36"}, "correct": False},
            {"text": {"nl": "48", "fr": "48", "en": "48"}, "correct": True},
            {"text": {"nl": "30", "fr": "30", "en": "30"}, "correct": False},
            {"text": {"nl": "42", "fr": "42", "en": "42"}, "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Welk getal komt hierna? 2 – 5 – 9 – 14 – 20 – ...",
            "fr": "Quel nombre vient ensuite ? 2 – 5 – 9 – 14 – 20 – ...",
            "en": "Which number comes next? 2 – 5 – 9 – 14 – 20 – ...",
        },
        "explanation": {
            "nl": "Het verschil groeit telkens met 1: +3, +4, +5, +6, dus nu +7: 20 + 7 = 27.",
            "fr": (
                "L'écart augmente chaque fois de 1 : +3, +4, +5, +6, donc maintenant +7 : 20 + 7 = "
                "27."
            ),
            "en": "The gap grows by 1 each time: +3, +4, +5, +6, so now +7: 20 + 7 = 27.",
        },
        "choices": [
            {"text": {"nl": "25", "fr": "25", "en": "25"}, "correct": False},
            {"text": {"nl": "26", "fr": "26", "en": "26"}, "correct": False},
            {"text": {"nl": "27", "fr": "27", "en": "27"}, "correct": True},
            {"text": {"nl": "28", "fr": "28", "en": "28"}, "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Welk getal komt hierna? 81 – 27 – 9 – 3 – ...",
            "fr": "Quel nombre vient ensuite ? 81 – 27 – 9 – 3 – ...",
            "en": "Which number comes next? 81 – 27 – 9 – 3 – ...",
        },
        "explanation": {
            "nl": "Elk getal wordt gedeeld door 3: 3 : 3 = 1.",
            "fr": "Chaque nombre est divisé par 3 : 3 : 3 = 1.",
            "en": "Each number is divided by 3: 3 ÷ 3 = 1.",
        },
        "choices": [
            {"text": {"nl": "0", "fr": "0", "en": "0"}, "correct": False},
            {"text": {"nl": "1", "fr": "1", "en": "1"}, "correct": True},
            {"text": {"nl": "2", "fr": "2", "en": "2"}, "correct": False},
            {"text": {"nl": "6", "fr": "6", "en": "6"}, "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Welk getal komt hierna? 1 – 4 – 9 – 16 – 25 – ...",
            "fr": "Quel nombre vient ensuite ? 1 – 4 – 9 – 16 – 25 – ...",
            "en": "Which number comes next? 1 – 4 – 9 – 16 – 25 – ...",
        },
        "explanation": {
            "nl": "Dit zijn kwadraten: 1 × 1, 2 × 2, 3 × 3, 4 × 4, 5 × 5. Daarna komt 6 × 6 = 36.",
            "fr": (
                "Ce sont des carrés : 1 × 1, 2 × 2, 3 × 3, 4 × 4, 5 × 5. Ensuite vient 6 × 6 = 36."
            ),
            "en": "These are squares: 1 × 1, 2 × 2, 3 × 3, 4 × 4, 5 × 5. Next is 6 × 6 = 36.",
        },
        "choices": [
            {"text": {"nl": "30", "fr": "30", "en": "30"}, "correct": False},
            {"text": {"nl": "35", "fr": "35", "en": "35"}, "correct": False},
            {"text": {"nl": "36", "fr": "36", "en": "36"}, "correct": True},
            {"text": {"nl": "49", "fr": "49", "en": "49"}, "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Welk getal komt hierna? 10 – 8 – 11 – 9 – 12 – ...",
            "fr": "Quel nombre vient ensuite ? 10 – 8 – 11 – 9 – 12 – ...",
            "en": "Which number comes next? 10 – 8 – 11 – 9 – 12 – ...",
        },
        "explanation": {
            "nl": "Om beurten −2 en +3: 10, 8, 11, 9, 12, dan weer −2: 12 − 2 = 10.",
            "fr": "Alternativement −2 et +3 : 10, 8, 11, 9, 12, puis à nouveau −2 : 12 − 2 = 10.",
            "en": "Alternately −2 and +3: 10, 8, 11, 9, 12, then −2 again: 12 − 2 = 10.",
        },
        "choices": [
            {"text": {"nl": "10", "fr": "10", "en": "10"}, "correct": True},
            {"text": {"nl": "13", "fr": "13", "en": "13"}, "correct": False},
            {"text": {"nl": "14", "fr": "14", "en": "14"}, "correct": False},
            {"text": {"nl": "15", "fr": "15", "en": "15"}, "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Welk getal komt hierna? 2 – 3 – 5 – 8 – 13 – ...",
            "fr": "Quel nombre vient ensuite ? 2 – 3 – 5 – 8 – 13 – ...",
            "en": "Which number comes next? 2 – 3 – 5 – 8 – 13 – ...",
        },
        "explanation": {
            "nl": "Elk getal is de som van de twee getallen ervoor: 8 + 13 = 21.",
            "fr": "Chaque nombre est la somme des deux précédents : 8 + 13 = 21.",
            "en": "Each number is the sum of the two before it: 8 + 13 = 21.",
        },
        "choices": [
            {"text": {"nl": "18", "fr": "18", "en": "18"}, "correct": False},
            {"text": {"nl": "20", "fr": "20", "en": "20"}, "correct": False},
            {"text": {"nl": "21", "fr": "21", "en": "21"}, "correct": True},
            {"text": {"nl": "26", "fr": "26", "en": "26"}, "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Welke letter komt hierna? A – C – E – G – ...",
            "fr": "Quelle lettre vient ensuite ? A – C – E – G – ...",
            "en": "Which letter comes next? A – C – E – G – ...",
        },
        "explanation": {
            "nl": "Telkens wordt één letter overgeslagen: na G komt H, en dan I.",
            "fr": "On saute chaque fois une lettre : après G vient H, puis I.",
            "en": "One letter is skipped each time: after G comes H, then I.",
        },
        "choices": [
            {"text": {"nl": "H", "fr": "H", "en": "H"}, "correct": False},
            {"text": {"nl": "I", "fr": "I", "en": "I"}, "correct": True},
            {"text": {"nl": "J", "fr": "J", "en": "J"}, "correct": False},
            {"text": {"nl": "K", "fr": "K", "en": "K"}, "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Hand staat tot handschoen zoals voet staat tot ...",
            "fr": "La main est au gant ce que le pied est à ...",
            "en": "Hand is to glove as foot is to ...",
        },
        "explanation": {
            "nl": (
                "Een handschoen bedekt de hand, een sok bedekt de voet. Knie, teen en been zijn "
                "lichaamsdelen, geen kledingstukken."
            ),
            "fr": (
                "Le gant couvre la main, la chaussette couvre le pied. Genou, orteil et jambe sont "
                "des parties du corps, pas des vêtements."
            ),
            "en": (
                "A glove covers the hand, a sock covers the foot. Knee, toe and leg are body "
                "parts, not clothing."
            ),
        },
        "choices": [
            {"text": {"nl": "knie", "fr": "genou", "en": "knee"}, "correct": False},
            {"text": {"nl": "sok", "fr": "chaussette", "en": "sock"}, "correct": True},
            {"text": {"nl": "teen", "fr": "orteil", "en": "toe"}, "correct": False},
            {"text": {"nl": "been", "fr": "jambe", "en": "leg"}, "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Dokter staat tot ziekenhuis zoals leerkracht staat tot ...",
            "fr": "Le médecin est à l'hôpital ce que l'enseignant est à ...",
            "en": "Doctor is to hospital as teacher is to ...",
        },
        "explanation": {
            "nl": (
                "Het verband is 'persoon en de plaats waar die werkt'. Een leerkracht werkt in een "
                "school."
            ),
            "fr": (
                "Le lien est « une personne et le lieu où elle travaille ». L'enseignant travaille "
                "à l'école."
            ),
            "en": (
                "The link is 'a person and the place where they work'. A teacher works in a school."
            ),
        },
        "choices": [
            {"text": {"nl": "school", "fr": "école", "en": "school"}, "correct": True},
            {"text": {"nl": "boek", "fr": "livre", "en": "book"}, "correct": False},
            {"text": {"nl": "leerling", "fr": "élève", "en": "pupil"}, "correct": False},
            {"text": {"nl": "vakantie", "fr": "vacances", "en": "holiday"}, "correct": False},
        ],
    },
    {
        "text": {
            "nl": (
                "Alle inspecteurs van deze zone hebben een rijbewijs B. Sara is inspecteur in "
                "deze zone. Wat is zeker waar?"
            ),
            "fr": (
                "Tous les inspecteurs de cette zone ont un permis B. Sara est inspectrice dans "
                "cette zone. Qu'est-ce qui est certainement vrai ?"
            ),
            "en": (
                "All inspectors in this zone have a B driving licence. Sara is an inspector in "
                "this zone. What is certainly true?"
            ),
        },
        "explanation": {
            "nl": (
                "Sara hoort bij de groep 'inspecteurs van deze zone', en die hebben allemaal een "
                "rijbewijs B. Het omgekeerde volgt er niet uit."
            ),
            "fr": (
                "Sara fait partie du groupe « inspecteurs de cette zone », qui ont tous un permis "
                "B. L'inverse n'en découle pas."
            ),
            "en": (
                "Sara belongs to the group 'inspectors in this zone', who all have a B licence. "
                "The reverse does not follow."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Sara heeft een rijbewijs B.",
                    "fr": "Sara a un permis B.",
                    "en": "Sara has a B licence.",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Sara heeft geen rijbewijs B.",
                    "fr": "Sara n'a pas de permis B.",
                    "en": "Sara has no B licence.",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Iedereen met een rijbewijs B is inspecteur.",
                    "fr": "Toute personne ayant un permis B est inspecteur.",
                    "en": "Everyone with a B licence is an inspector.",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Dat kun je niet weten.",
                    "fr": "On ne peut pas le savoir.",
                    "en": "You can't know.",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": "Ahmed is ouder dan Bram. Bram is ouder dan Chloé. Wie is de jongste?",
            "fr": (
                "Ahmed est plus âgé que Bram. Bram est plus âgé que Chloé. Qui est le plus jeune ?"
            ),
            "en": "Ahmed is older than Bram. Bram is older than Chloé. Who is the youngest?",
        },
        "explanation": {
            "nl": "De volgorde van oud naar jong is Ahmed, Bram, Chloé. Chloé is dus de jongste.",
            "fr": "Du plus âgé au plus jeune : Ahmed, Bram, Chloé. Chloé est donc la plus jeune.",
            "en": "From oldest to youngest: Ahmed, Bram, Chloé. So Chloé is the youngest.",
        },
        "choices": [
            {"text": {"nl": "Ahmed", "fr": "Ahmed", "en": "Ahmed"}, "correct": False},
            {"text": {"nl": "Bram", "fr": "Bram", "en": "Bram"}, "correct": False},
            {"text": {"nl": "Chloé", "fr": "Chloé", "en": "Chloé"}, "correct": True},
            {
                "text": {
                    "nl": "Dat kun je niet weten.",
                    "fr": "On ne peut pas le savoir.",
                    "en": "You can't know.",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": "Als het regent, is de straat nat. De straat is niet nat. Wat volgt daaruit?",
            "fr": "S'il pleut, la rue est mouillée. La rue n'est pas mouillée. Qu'en déduire ?",
            "en": "If it rains, the street is wet. The street is not wet. What follows?",
        },
        "explanation": {
            "nl": "Zou het regenen, dan was de straat nat. Ze is niet nat, dus regent het niet.",
            "fr": "S'il pleuvait, la rue serait mouillée. Elle ne l'est pas, donc il ne pleut pas.",
            "en": "If it were raining, the street would be wet. It isn't, so it is not raining.",
        },
        "choices": [
            {
                "text": {"nl": "Het regent.", "fr": "Il pleut.", "en": "It is raining."},
                "correct": False,
            },
            {
                "text": {
                    "nl": "Het regent niet.",
                    "fr": "Il ne pleut pas.",
                    "en": "It is not raining.",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "De straat is net schoongemaakt.",
                    "fr": "La rue vient d'être nettoyée.",
                    "en": "The street has just been cleaned.",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Dat kun je niet weten.",
                    "fr": "On ne peut pas le savoir.",
                    "en": "You can't know.",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Een patrouille rijdt 15 km in 20 minuten, altijd even snel. Hoeveel km rijdt ze "
                "per uur?"
            ),
            "fr": (
                "Une patrouille roule 15 km en 20 minutes, à vitesse constante. Combien de km "
                "fait-elle par heure ?"
            ),
            "en": (
                "A patrol drives 15 km in 20 minutes at a constant speed. How many km does it "
                "drive per hour?"
            ),
        },
        "explanation": {
            "nl": "Een uur is 3 keer 20 minuten, dus 3 × 15 km = 45 km per uur.",
            "fr": "Une heure, c'est 3 fois 20 minutes, donc 3 × 15 km = 45 km par heure.",
            "en": "An hour is 3 times 20 minutes, so 3 × 15 km = 45 km per hour.",
        },
        "choices": [
            {"text": {"nl": "30 km/u", "fr": "30 km/h", "en": "30 km/h"}, "correct": False},
            {"text": {"nl": "45 km/u", "fr": "45 km/h", "en": "45 km/h"}, "correct": True},
            {"text": {"nl": "60 km/u", "fr": "60 km/h", "en": "60 km/h"}, "correct": False},
            {"text": {"nl": "75 km/u", "fr": "75 km/h", "en": "75 km/h"}, "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Welk getal past niet bij de andere? 2 – 4 – 7 – 8 – 10",
            "fr": "Quel nombre ne va pas avec les autres ? 2 – 4 – 7 – 8 – 10",
            "en": "Which number does not fit with the others? 2 – 4 – 7 – 8 – 10",
        },
        "explanation": {
            "nl": "Alle getallen zijn even, behalve 7.",
            "fr": "Tous les nombres sont pairs, sauf 7.",
            "en": "All the numbers are even, except 7.",
        },
        "choices": [
            {"text": {"nl": "2", "fr": "2", "en": "2"}, "correct": False},
            {"text": {"nl": "4", "fr": "4", "en": "4"}, "correct": False},
            {"text": {"nl": "7", "fr": "7", "en": "7"}, "correct": True},
            {"text": {"nl": "10", "fr": "10", "en": "10"}, "correct": False},
        ],
    },
]


def _same(text):
    """A choice that reads the same in every language (a Dutch word or sentence being tested)."""
    return {"nl": text, "fr": text, "en": text}


_LANGUAGE_QUESTIONS = [
    {
        "text": {
            "nl": "Welke zin is juist gespeld?",
            "fr": "Quelle phrase néerlandaise est correctement orthographiée ?",
            "en": "Which Dutch sentence is spelled correctly?",
        },
        "explanation": {
            "nl": (
                "Bij hij, zij of het schrijf je in de tegenwoordige tijd de stam + t. De stam van "
                "'worden' is 'word', dus 'wordt'."
            ),
            "fr": (
                "Avec hij, zij ou het au présent, on écrit le radical + t. Le radical de 'worden' "
                "est 'word', donc 'wordt'."
            ),
            "en": (
                "With hij, zij or het in the present tense you write the stem + t. The stem of "
                "'worden' is 'word', so 'wordt'."
            ),
        },
        "choices": [
            {"text": _same("De verdachte word morgen verhoord."), "correct": False},
            {"text": _same("De verdachte wordt morgen verhoord."), "correct": True},
            {"text": _same("De verdachte wort morgen verhoord."), "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Welke vraag is juist gespeld?",
            "fr": "Quelle question néerlandaise est correctement orthographiée ?",
            "en": "Which Dutch question is spelled correctly?",
        },
        "explanation": {
            "nl": (
                "Staat 'je' na het werkwoord, dan valt de t weg: 'word je'. Staat 'je' ervoor, dan "
                "schrijf je wel een t: 'je wordt'."
            ),
            "fr": (
                "Quand 'je' suit le verbe, le t disparaît : 'word je'. Quand 'je' précède le "
                "verbe, on écrit le t : 'je wordt'."
            ),
            "en": (
                "When 'je' comes after the verb, the t drops: 'word je'. When 'je' comes before "
                "it, you do write the t: 'je wordt'."
            ),
        },
        "choices": [
            {"text": _same("Word je morgen opgeroepen?"), "correct": True},
            {"text": _same("Wordt je morgen opgeroepen?"), "correct": False},
            {"text": _same("Wort je morgen opgeroepen?"), "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Vul aan: 'Ik heb het verslag gisteren ...'",
            "fr": "Complétez la phrase néerlandaise : 'Ik heb het verslag gisteren ...'",
            "en": "Complete the Dutch sentence: 'Ik heb het verslag gisteren ...'",
        },
        "explanation": {
            "nl": (
                "De stam 'verstuur' eindigt op een r. Die letter zit niet in 't kofschip, dus het "
                "voltooid deelwoord eindigt op -d: 'verstuurd'. 'Verstuurt' is de tegenwoordige "
                "tijd (hij verstuurt)."
            ),
            "fr": (
                "Le radical 'verstuur' se termine par r, une lettre absente de 't kofschip : le "
                "participe passé se termine donc par -d, 'verstuurd'. 'Verstuurt' est le présent "
                "(hij verstuurt)."
            ),
            "en": (
                "The stem 'verstuur' ends in r, a letter not in 't kofschip, so the past "
                "participle ends in -d: 'verstuurd'. 'Verstuurt' is the present tense (hij "
                "verstuurt)."
            ),
        },
        "choices": [
            {"text": _same("verstuurd"), "correct": True},
            {"text": _same("verstuurt"), "correct": False},
            {"text": _same("versturd"), "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Vul aan: 'Gisteren ... de wijkinspecteur door de hele buurt.'",
            "fr": (
                "Complétez la phrase néerlandaise : 'Gisteren ... de wijkinspecteur door de hele "
                "buurt.'"
            ),
            "en": (
                "Complete the Dutch sentence: 'Gisteren ... de wijkinspecteur door de hele buurt.'"
            ),
        },
        "explanation": {
            "nl": (
                "De stam 'fiets' eindigt op een s, en die zit in 't kofschip. De verleden tijd "
                "krijgt dan -te: 'fietste'."
            ),
            "fr": (
                "Le radical 'fiets' se termine par s, une lettre de 't kofschip. Le passé prend "
                "donc -te : 'fietste'."
            ),
            "en": (
                "The stem 'fiets' ends in s, which is in 't kofschip. So the past tense takes -te: "
                "'fietste'."
            ),
        },
        "choices": [
            {"text": _same("fietste"), "correct": True},
            {"text": _same("fietsde"), "correct": False},
            {"text": _same("fiets"), "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Wat betekent 'een proces-verbaal opstellen'?",
            "fr": "Que signifie « een proces-verbaal opstellen » ?",
            "en": "What does 'een proces-verbaal opstellen' mean?",
        },
        "explanation": {
            "nl": (
                "Een proces-verbaal (pv) is een officieel verslag van de politie. 'Opstellen' "
                "betekent 'schrijven, maken'."
            ),
            "fr": (
                "Un proces-verbaal (pv) est un rapport officiel de la police. 'Opstellen' veut "
                "dire 'rédiger'."
            ),
            "en": (
                "A proces-verbaal (pv) is an official police report. 'Opstellen' means 'to draw "
                "up, to write'."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Een officieel verslag schrijven van wat er gebeurd is",
                    "fr": "Rédiger un rapport officiel de ce qui s'est passé",
                    "en": "Writing an official report of what happened",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Iemand aanhouden",
                    "fr": "Arrêter quelqu'un",
                    "en": "Arresting someone",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Een rechtszaak leiden",
                    "fr": "Présider un procès",
                    "en": "Leading a trial",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Een boete betalen",
                    "fr": "Payer une amende",
                    "en": "Paying a fine",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": "Wat betekent 'escaleren'?",
            "fr": "Que signifie « escaleren » ?",
            "en": "What does 'escaleren' mean?",
        },
        "explanation": {
            "nl": (
                "Een situatie die escaleert, wordt steeds erger of loopt uit de hand. De-escaleren "
                "is het omgekeerde: de spanning doen dalen."
            ),
            "fr": (
                "Une situation qui 'escaleert' s'aggrave ou dégénère. 'De-escaleren' est l'inverse "
                ": faire baisser la tension."
            ),
            "en": (
                "A situation that 'escaleert' gets worse or gets out of hand. 'De-escaleren' is "
                "the opposite: bringing the tension down."
            ),
        },
        "choices": [
            {
                "text": {"nl": "Rustiger worden", "fr": "Se calmer", "en": "Calming down"},
                "correct": False,
            },
            {
                "text": {
                    "nl": "Erger worden, uit de hand lopen",
                    "fr": "S'aggraver, dégénérer",
                    "en": "Getting worse, getting out of hand",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Een trap op gaan",
                    "fr": "Monter un escalier",
                    "en": "Climbing stairs",
                },
                "correct": False,
            },
            {"text": {"nl": "Ophouden", "fr": "S'arrêter", "en": "Stopping"}, "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Wat is het tegenovergestelde van 'tijdelijk'?",
            "fr": "Quel est le contraire de « tijdelijk » ?",
            "en": "What is the opposite of 'tijdelijk'?",
        },
        "explanation": {
            "nl": (
                "'Tijdelijk' betekent 'voor een beperkte tijd'. 'Blijvend' betekent 'voor altijd'. "
                "'Voorlopig' en 'kortstondig' betekenen bijna hetzelfde als 'tijdelijk'."
            ),
            "fr": (
                "'Tijdelijk' signifie 'temporaire'. 'Blijvend' signifie 'permanent'. 'Voorlopig' "
                "et 'kortstondig' ont presque le même sens que 'tijdelijk'."
            ),
            "en": (
                "'Tijdelijk' means 'temporary'. 'Blijvend' means 'permanent'. 'Voorlopig' and "
                "'kortstondig' mean almost the same as 'tijdelijk'."
            ),
        },
        "choices": [
            {"text": _same("voorlopig"), "correct": False},
            {"text": _same("blijvend"), "correct": True},
            {"text": _same("kortstondig"), "correct": False},
            {"text": _same("dringend"), "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Welk woord is een het-woord?",
            "fr": "Quel mot néerlandais prend l'article « het » ?",
            "en": "Which Dutch word takes the article 'het'?",
        },
        "explanation": {
            "nl": "Je zegt 'het bureau', maar 'de politie', 'de wijk' en 'de straat'.",
            "fr": "On dit 'het bureau', mais 'de politie', 'de wijk' et 'de straat'.",
            "en": "You say 'het bureau', but 'de politie', 'de wijk' and 'de straat'.",
        },
        "choices": [
            {"text": _same("politie"), "correct": False},
            {"text": _same("bureau"), "correct": True},
            {"text": _same("wijk"), "correct": False},
            {"text": _same("straat"), "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Vul aan: 'Het meisje ... aangifte deed, was erg geschrokken.'",
            "fr": (
                "Complétez la phrase néerlandaise : 'Het meisje ... aangifte deed, was erg "
                "geschrokken.'"
            ),
            "en": (
                "Complete the Dutch sentence: 'Het meisje ... aangifte deed, was erg geschrokken.'"
            ),
        },
        "explanation": {
            "nl": (
                "'Meisje' is een het-woord. Na een het-woord in het enkelvoud gebruik je 'dat': "
                "het meisje dat ..."
            ),
            "fr": (
                "'Meisje' prend l'article 'het'. Après un mot en 'het' au singulier, on utilise "
                "'dat' : het meisje dat ..."
            ),
            "en": (
                "'Meisje' is a 'het' word. After a singular 'het' word you use 'dat': het meisje "
                "dat ..."
            ),
        },
        "choices": [
            {"text": _same("die"), "correct": False},
            {"text": _same("dat"), "correct": True},
            {"text": _same("wat"), "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Welk woord is juist gespeld?",
            "fr": "Quel mot néerlandais est correctement orthographié ?",
            "en": "Which Dutch word is spelled correctly?",
        },
        "explanation": {
            "nl": (
                "Het woord is opgebouwd uit on + middel + lijk. Daarom schrijf je twee keer dd en "
                "twee keer ll: 'onmiddellijk'."
            ),
            "fr": (
                "Le mot se compose de on + middel + lijk. On écrit donc deux fois dd et deux fois "
                "ll : 'onmiddellijk'."
            ),
            "en": (
                "The word is built from on + middel + lijk. That is why you write dd twice and ll "
                "twice: 'onmiddellijk'."
            ),
        },
        "choices": [
            {"text": _same("onmiddelijk"), "correct": False},
            {"text": _same("onmiddellijk"), "correct": True},
            {"text": _same("onmidellijk"), "correct": False},
        ],
    },
    {
        "text": {
            "nl": "Wat betekent 'aangifte doen bij de politie'?",
            "fr": "Que signifie « aangifte doen bij de politie » ?",
            "en": "What does 'aangifte doen bij de politie' mean?",
        },
        "explanation": {
            "nl": (
                "Wie aangifte doet, meldt officieel een misdrijf of een voorval aan de politie, "
                "bijvoorbeeld een diefstal."
            ),
            "fr": (
                "Faire 'aangifte', c'est signaler officiellement une infraction ou un incident à "
                "la police, par exemple un vol."
            ),
            "en": (
                "Doing 'aangifte' means officially reporting a crime or incident to the police, "
                "for example a theft."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Een misdrijf of voorval officieel melden",
                    "fr": "Signaler officiellement une infraction ou un incident",
                    "en": "Officially reporting a crime or incident",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Een vergunning aanvragen",
                    "fr": "Demander un permis",
                    "en": "Applying for a permit",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Een boete betalen",
                    "fr": "Payer une amende",
                    "en": "Paying a fine",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Een cadeau geven",
                    "fr": "Offrir un cadeau",
                    "en": "Giving a present",
                },
                "correct": False,
            },
        ],
    },
]

_TEXT_QUESTIONS = [
    {
        "text": {
            "nl": (
                "Lees de tekst. 'Vanaf maandag is de Kerkstraat afgesloten voor auto's en "
                "vrachtwagens door werken aan de riolering. Fietsers en voetgangers kunnen wel "
                "door via het voetpad aan de oostkant. De werken duren naar verwachting drie "
                "weken.' Wie kan tijdens de werken nog door de Kerkstraat?"
            ),
            "fr": (
                "Lisez le texte. « À partir de lundi, la rue de l'Église est fermée aux voitures "
                "et aux camions en raison de travaux d'égouttage. Les cyclistes et les piétons "
                "peuvent passer par le trottoir du côté est. Les travaux devraient durer trois "
                "semaines. » Qui peut encore passer par la rue de l'Église pendant les travaux ?"
            ),
            "en": (
                "Read the text. 'From Monday, Church Street is closed to cars and lorries because "
                "of sewer works. Cyclists and pedestrians can still get through via the pavement "
                "on the east side. The works are expected to last three weeks.' Who can still go "
                "through Church Street during the works?"
            ),
        },
        "explanation": {
            "nl": (
                "De tekst zegt dat alleen auto's en vrachtwagens niet door mogen. Fietsers en "
                "voetgangers kunnen via het voetpad aan de oostkant."
            ),
            "fr": (
                "Le texte dit que seuls les voitures et les camions ne peuvent pas passer. "
                "Cyclistes et piétons passent par le trottoir du côté est."
            ),
            "en": (
                "The text says only cars and lorries cannot pass. Cyclists and pedestrians can use "
                "the pavement on the east side."
            ),
        },
        "choices": [
            {"text": {"nl": "Niemand", "fr": "Personne", "en": "Nobody"}, "correct": False},
            {
                "text": {
                    "nl": "Fietsers en voetgangers, via het voetpad aan de oostkant",
                    "fr": "Les cyclistes et les piétons, par le trottoir du côté est",
                    "en": "Cyclists and pedestrians, via the pavement on the east side",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Alleen bewoners met de auto",
                    "fr": "Seulement les riverains en voiture",
                    "en": "Only residents by car",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Al het verkeer, maar alleen 's avonds",
                    "fr": "Toute la circulation, mais seulement le soir",
                    "en": "All traffic, but only in the evening",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Lees de tekst. 'Het onthaal van het politiehuis is open van maandag tot vrijdag, "
                "van 8 tot 18 uur. Op zaterdag kun je er alleen op afspraak terecht. In dringende "
                "gevallen bel je altijd 101.' Je wilt op zaterdag een fietsdiefstal komen melden. "
                "Wat doe je?"
            ),
            "fr": (
                "Lisez le texte. « L'accueil du commissariat est ouvert du lundi au vendredi, de "
                "8 à 18 heures. Le samedi, uniquement sur rendez-vous. En cas d'urgence, appelez "
                "toujours le 101. » Vous voulez venir signaler un vol de vélo un samedi. Que "
                "faites-vous ?"
            ),
            "en": (
                "Read the text. 'The front desk of the police station is open Monday to Friday, "
                "from 8 am to 6 pm. On Saturday you can only come by appointment. In an emergency, "
                "always call 101.' You want to report a stolen bike on a Saturday. What do you do?"
            ),
        },
        "explanation": {
            "nl": (
                "Op zaterdag kun je alleen op afspraak langskomen. Een gestolen fiets is niet "
                "dringend, dus 101 is niet nodig."
            ),
            "fr": (
                "Le samedi, c'est uniquement sur rendez-vous. Un vélo volé n'est pas une urgence, "
                "le 101 n'est donc pas nécessaire."
            ),
            "en": (
                "On Saturday you can only come by appointment. A stolen bike is not an emergency, "
                "so 101 is not needed."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Gewoon tussen 8 en 18 uur binnenlopen",
                    "fr": "Passer simplement entre 8 et 18 heures",
                    "en": "Just walk in between 8 am and 6 pm",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Eerst een afspraak maken",
                    "fr": "Prendre d'abord rendez-vous",
                    "en": "Make an appointment first",
                },
                "correct": True,
            },
            {
                "text": {"nl": "101 bellen", "fr": "Appeler le 101", "en": "Call 101"},
                "correct": False,
            },
            {
                "text": {
                    "nl": "Niets: op zaterdag is het onthaal altijd dicht",
                    "fr": "Rien : l'accueil est toujours fermé le samedi",
                    "en": "Nothing: the desk is always closed on Saturday",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Lees de tekst. 'Een wijkinspecteur kent de mensen in de wijk. Ze gaat langs bij "
                "nieuwe bewoners, volgt kleine problemen op en is het aanspreekpunt voor scholen "
                "en verenigingen. Zo worden problemen vaak opgelost voor ze groot worden.' Wat is "
                "de hoofdgedachte?"
            ),
            "fr": (
                "Lisez le texte. « Une inspectrice de quartier connaît les habitants du quartier. "
                "Elle rend visite aux nouveaux habitants, suit les petits problèmes et est la "
                "personne de contact des écoles et des associations. Ainsi, beaucoup de problèmes "
                "sont réglés avant de devenir graves. » Quelle est l'idée principale ?"
            ),
            "en": (
                "Read the text. 'A neighbourhood inspector knows the people in the area. She "
                "visits new residents, follows up small problems and is the contact person for "
                "schools and associations. That way, problems are often solved before they grow.' "
                "What is the main idea?"
            ),
        },
        "explanation": {
            "nl": (
                "De laatste zin vat de tekst samen: door de mensen te kennen en aanspreekbaar te "
                "zijn, voorkomt de wijkinspecteur grote problemen."
            ),
            "fr": (
                "La dernière phrase résume le texte : en connaissant les gens et en restant "
                "accessible, l'inspectrice de quartier évite les gros problèmes."
            ),
            "en": (
                "The last sentence sums it up: by knowing people and being approachable, the "
                "neighbourhood inspector prevents big problems."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": (
                        "De wijkinspecteur voorkomt problemen door de mensen te kennen en "
                        "aanspreekbaar te zijn."
                    ),
                    "fr": (
                        "L'inspectrice de quartier évite les problèmes en connaissant les gens et "
                        "en restant accessible."
                    ),
                    "en": (
                        "The neighbourhood inspector prevents problems by knowing people and being "
                        "approachable."
                    ),
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "De wijkinspecteur werkt vooral op kantoor.",
                    "fr": "L'inspectrice de quartier travaille surtout au bureau.",
                    "en": "The neighbourhood inspector mostly works in the office.",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "De wijkinspecteur komt pas als er een groot probleem is.",
                    "fr": (
                        "L'inspectrice de quartier n'intervient que quand il y a un gros problème."
                    ),
                    "en": "The neighbourhood inspector only comes when there is a big problem.",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "De wijkinspecteur werkt alleen voor scholen.",
                    "fr": "L'inspectrice de quartier travaille uniquement pour les écoles.",
                    "en": "The neighbourhood inspector only works for schools.",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Lees de tekst. 'Jamal moet om 9 uur in het station zijn. De bus doet er 25 "
                "minuten over en vertrekt om 8.10, 8.30 en 8.50 uur. Jamal wil zo laat "
                "mogelijk vertrekken, maar wel op tijd zijn.' Welke bus neemt hij?"
            ),
            "fr": (
                "Lisez le texte. « Jamal doit être à la gare à 9 heures. Le bus met 25 minutes et "
                "part à 8 h 10, 8 h 30 et 8 h 50. Jamal veut partir le plus tard possible, mais "
                "arriver à l'heure. » Quel bus prend-il ?"
            ),
            "en": (
                "Read the text. 'Jamal has to be at the station at 9 o'clock. The bus takes 25 "
                "minutes and leaves at 8.10, 8.30 and 8.50. Jamal wants to leave as late as "
                "possible but still be on time.' Which bus does he take?"
            ),
        },
        "explanation": {
            "nl": (
                "Met de bus van 8.30 uur is hij er om 8.55 uur, op tijd. De bus van 8.50 uur komt "
                "pas om 9.15 uur aan, te laat."
            ),
            "fr": (
                "Avec le bus de 8 h 30, il arrive à 8 h 55, à l'heure. Celui de 8 h 50 n'arrive "
                "qu'à 9 h 15, trop tard."
            ),
            "en": (
                "The 8.30 bus gets him there at 8.55, on time. The 8.50 bus only arrives at 9.15, "
                "too late."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "De bus van 8.10 uur",
                    "fr": "Le bus de 8 h 10",
                    "en": "The 8.10 bus",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "De bus van 8.30 uur",
                    "fr": "Le bus de 8 h 30",
                    "en": "The 8.30 bus",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "De bus van 8.50 uur",
                    "fr": "Le bus de 8 h 50",
                    "en": "The 8.50 bus",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Lees de tekst. 'In de nacht van zaterdag op zondag werden in de Stationsstraat "
                "drie fietsen gestolen. Een getuige zag rond 2 uur twee personen met een "
                "bestelwagen. De politie vraagt wie iets gezien heeft om contact op te nemen.' "
                "Wat staat er in de tekst?"
            ),
            "fr": (
                "Lisez le texte. « Dans la nuit de samedi à dimanche, trois vélos ont été "
                "volés rue de la Station. Un témoin a vu deux personnes avec une camionnette "
                "vers 2 heures. La police demande à toute personne ayant vu quelque chose de "
                "prendre contact. » Que dit le texte ?"
            ),
            "en": (
                "Read the text. 'On Saturday night, three bikes were stolen in Station Street. A "
                "witness saw two people with a van at around 2 am. The police ask anyone who saw "
                "something to get in touch.' What does the text say?"
            ),
        },
        "explanation": {
            "nl": (
                "Alleen dit antwoord staat letterlijk in de tekst. Over een aanhouding wordt niets "
                "gezegd, het ging om fietsen en het gebeurde 's nachts."
            ),
            "fr": (
                "Seule cette réponse figure dans le texte. Il n'est pas question d'arrestation, il "
                "s'agit de vélos et cela s'est passé la nuit."
            ),
            "en": (
                "Only this answer is in the text. Nothing is said about an arrest, it was bikes, "
                "and it happened at night."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "De daders zijn opgepakt.",
                    "fr": "Les auteurs ont été arrêtés.",
                    "en": "The thieves have been arrested.",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Er werden drie auto's gestolen.",
                    "fr": "Trois voitures ont été volées.",
                    "en": "Three cars were stolen.",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Een getuige zag rond 2 uur twee personen met een bestelwagen.",
                    "fr": "Un témoin a vu deux personnes avec une camionnette vers 2 heures.",
                    "en": "A witness saw two people with a van at around 2 am.",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "De diefstal gebeurde op zondagmiddag.",
                    "fr": "Le vol a eu lieu dimanche après-midi.",
                    "en": "The theft happened on Sunday afternoon.",
                },
                "correct": False,
            },
        ],
    },
]

_PHYSICAL_QUESTIONS = [
    {
        "text": {
            "nl": "Hoe ziet de fysieke proef eruit?",
            "fr": "À quoi ressemble l'épreuve physique ?",
            "en": "What does the physical test look like?",
        },
        "explanation": {
            "nl": (
                "Je legt een parcours af binnen een maximumtijd, met opdrachten die op het "
                "politiewerk lijken: trappen op en af, door een tunnel kruipen, over een kast "
                "springen, over een evenwichtsbalk lopen."
            ),
            "fr": (
                "Vous effectuez un parcours dans un temps maximum, avec des exercices proches du "
                "travail de policier : monter et descendre des escaliers, ramper dans un tunnel, "
                "sauter par-dessus un caisson, marcher sur une poutre."
            ),
            "en": (
                "You complete a course within a maximum time, with tasks that resemble police "
                "work: running up and down stairs, crawling through a tunnel, jumping over a box, "
                "walking along a balance beam."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": (
                        "Een parcours met opdrachten zoals trappen, kruipen, springen en "
                        "evenwicht, binnen een maximumtijd"
                    ),
                    "fr": (
                        "Un parcours avec des exercices comme escaliers, ramper, sauter et "
                        "équilibre, dans un temps maximum"
                    ),
                    "en": (
                        "A course with tasks such as stairs, crawling, jumping and balance, within "
                        "a maximum time"
                    ),
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Alleen een sprint van 100 meter",
                    "fr": "Seulement un sprint de 100 mètres",
                    "en": "Only a 100-metre sprint",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Een kilometer zwemmen",
                    "fr": "Nager un kilomètre",
                    "en": "Swimming one kilometre",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Zo zwaar mogelijk gewichtheffen",
                    "fr": "Soulever le poids le plus lourd possible",
                    "en": "Lifting the heaviest weight you can",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": "Wat is de beste manier om je voor te bereiden?",
            "fr": "Quelle est la meilleure façon de vous préparer ?",
            "en": "What is the best way to prepare?",
        },
        "explanation": {
            "nl": (
                "Conditie, kracht en behendigheid bouw je op over weken. Regelmatig trainen met "
                "een schema werkt veel beter dan alles in de laatste dagen."
            ),
            "fr": (
                "L'endurance, la force et l'agilité se construisent en plusieurs semaines. "
                "S'entraîner régulièrement avec un programme marche bien mieux que tout faire les "
                "derniers jours."
            ),
            "en": (
                "Stamina, strength and agility are built over weeks. Training regularly with a "
                "schedule works much better than cramming in the last days."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": (
                        "Enkele weken lang, een paar keer per week trainen met een schema: lopen, "
                        "kracht en behendigheid"
                    ),
                    "fr": (
                        "S'entraîner plusieurs fois par semaine pendant quelques semaines, avec un "
                        "programme : course, force et agilité"
                    ),
                    "en": (
                        "Train a few times a week for several weeks with a schedule: running, "
                        "strength and agility"
                    ),
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "De dag voor de proef heel hard trainen",
                    "fr": "S'entraîner très dur la veille de l'épreuve",
                    "en": "Train very hard the day before the test",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Eén keer per maand een lange afstand lopen",
                    "fr": "Courir une longue distance une fois par mois",
                    "en": "Run a long distance once a month",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": "Wat doe je best de dag voor de fysieke proef?",
            "fr": "Que faire de préférence la veille de l'épreuve physique ?",
            "en": "What should you do the day before the physical test?",
        },
        "explanation": {
            "nl": (
                "Je lichaam presteert het best als het uitgerust is. Een zware training of een "
                "korte nacht kost je seconden op het parcours."
            ),
            "fr": (
                "Votre corps donne le meilleur de lui-même quand il est reposé. Un entraînement "
                "intense ou une courte nuit vous coûte des secondes sur le parcours."
            ),
            "en": (
                "Your body performs best when it is rested. A hard workout or a short night costs "
                "you seconds on the course."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Rusten, goed eten, genoeg drinken en vroeg gaan slapen",
                    "fr": "Se reposer, bien manger, boire suffisamment et se coucher tôt",
                    "en": "Rest, eat well, drink enough and go to bed early",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Een zware training doen",
                    "fr": "Faire un entraînement intense",
                    "en": "Do a hard workout",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Laat uitgaan om te ontspannen",
                    "fr": "Sortir tard pour se détendre",
                    "en": "Go out late to relax",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": "Je slaagt niet voor de fysieke proef. Wat nu?",
            "fr": "Vous ne réussissez pas l'épreuve physique. Et maintenant ?",
            "en": "You don't pass the physical test. What now?",
        },
        "explanation": {
            "nl": (
                "Na een mislukte proef moet je een tijd wachten voor je opnieuw mag. De regels "
                "veranderen soms, dus vraag ze na en gebruik die tijd om gericht te trainen."
            ),
            "fr": (
                "Après un échec, il faut attendre un certain temps avant de réessayer. Les règles "
                "changent parfois : renseignez-vous et profitez de ce temps pour vous entraîner."
            ),
            "en": (
                "After a failed test you have to wait a while before you may try again. The rules "
                "sometimes change, so check them and use the time to train."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Na een wachttijd opnieuw proberen, en intussen gericht trainen",
                    "fr": "Réessayer après un délai d'attente, et s'entraîner entre-temps",
                    "en": "Try again after a waiting period, and train in the meantime",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Je mag nooit meer deelnemen",
                    "fr": "Vous ne pouvez plus jamais participer",
                    "en": "You can never take part again",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Dezelfde dag nog eens proberen",
                    "fr": "Réessayer le jour même",
                    "en": "Try again the same day",
                },
                "correct": False,
            },
        ],
    },
]

_SITUATION_QUESTIONS = [
    {
        "text": {
            "nl": (
                "Tijdens een controle filmt een jongeman je met zijn gsm en roept hij "
                "opmerkingen. Hij komt niet tussen in de controle. Wat is de beste reactie?"
            ),
            "fr": (
                "Pendant un contrôle, un jeune homme vous filme avec son téléphone et lance des "
                "remarques. Il n'interfère pas avec le contrôle. Quelle est la meilleure réaction ?"
            ),
            "en": (
                "During a check, a young man films you with his phone and shouts remarks. He does "
                "not interfere with the check. What is the best reaction?"
            ),
        },
        "explanation": {
            "nl": (
                "Zolang hij je werk niet hindert, blijf je kalm en professioneel. Reageren op de "
                "provocatie doet de spanning alleen stijgen."
            ),
            "fr": (
                "Tant qu'il n'entrave pas votre travail, vous restez calme et professionnel·le. "
                "Réagir à la provocation ne fait qu'augmenter la tension."
            ),
            "en": (
                "As long as he does not hinder your work, you stay calm and professional. Reacting "
                "to the provocation only raises the tension."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Zijn gsm afnemen",
                    "fr": "Lui prendre son téléphone",
                    "en": "Take his phone",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": (
                        "Kalm blijven en je werk rustig verder doen; pas ingrijpen als hij de "
                        "controle hindert"
                    ),
                    "fr": (
                        "Rester calme et continuer votre travail ; n'intervenir que s'il entrave "
                        "le contrôle"
                    ),
                    "en": (
                        "Stay calm and carry on with your work; only step in if he hinders the "
                        "check"
                    ),
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Terugroepen zodat hij stopt",
                    "fr": "Lui crier dessus pour qu'il arrête",
                    "en": "Shout back so he stops",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "De controle stopzetten en vertrekken",
                    "fr": "Arrêter le contrôle et partir",
                    "en": "Stop the check and leave",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Na een interventie maakt een collega in de combi een racistische grap over de "
                "burger die jullie net hielpen. Wat doe je?"
            ),
            "fr": (
                "Après une intervention, un collègue fait dans le combi une blague raciste sur la "
                "personne que vous venez d'aider. Que faites-vous ?"
            ),
            "en": (
                "After an intervention, a colleague in the van makes a racist joke about the "
                "person you just helped. What do you do?"
            ),
        },
        "explanation": {
            "nl": (
                "Zwijgen of meelachen laat het gedrag bestaan. Je zegt rustig en duidelijk dat het "
                "niet oké is; blijft het duren, dan spreek je je leidinggevende aan."
            ),
            "fr": (
                "Se taire ou rire laisse le comportement s'installer. Vous dites calmement et "
                "clairement que ce n'est pas correct ; si cela continue, vous en parlez à votre "
                "supérieur."
            ),
            "en": (
                "Staying silent or laughing along lets the behaviour continue. You say calmly and "
                "clearly that it is not OK; if it goes on, you talk to your supervisor."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Meelachen om de sfeer goed te houden",
                    "fr": "Rire avec lui pour garder une bonne ambiance",
                    "en": "Laugh along to keep the mood good",
                },
                "correct": False,
            },
            {
                "text": {"nl": "Niets zeggen", "fr": "Ne rien dire", "en": "Say nothing"},
                "correct": False,
            },
            {
                "text": {
                    "nl": (
                        "Rustig zeggen dat dit niet kan, en het bij je leidinggevende melden als "
                        "het blijft duren"
                    ),
                    "fr": (
                        "Dire calmement que ce n'est pas acceptable, et le signaler à votre "
                        "supérieur si cela continue"
                    ),
                    "en": (
                        "Say calmly that this is not acceptable, and report it to your supervisor "
                        "if it continues"
                    ),
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Het op sociale media zetten",
                    "fr": "Le publier sur les réseaux sociaux",
                    "en": "Post it on social media",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Een handelaar in je wijk wil je elke week gratis eten geven en korting op alles, "
                "'omdat je de straat veilig houdt'. Wat doe je?"
            ),
            "fr": (
                "Un commerçant de votre quartier veut vous offrir chaque semaine un repas "
                "gratuit et une réduction sur tout, « parce que vous gardez la rue sûre ». Que "
                "faites-vous ?"
            ),
            "en": (
                "A shopkeeper in your area wants to give you free food every week and a discount "
                "on everything, 'because you keep the street safe'. What do you do?"
            ),
        },
        "explanation": {
            "nl": (
                "Een politieman of -vrouw moet onafhankelijk blijven. Wie voordelen aanneemt, kan "
                "later onder druk komen te staan of partijdig lijken."
            ),
            "fr": (
                "Un·e policier·ère doit rester indépendant·e. Accepter des avantages peut créer "
                "une pression plus tard ou donner une impression de partialité."
            ),
            "en": (
                "A police officer must stay independent. Accepting favours can create pressure "
                "later or look partial."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Vriendelijk weigeren en uitleggen dat je geen voordelen mag aannemen",
                    "fr": (
                        "Refuser poliment et expliquer que vous ne pouvez pas accepter d'avantages"
                    ),
                    "en": "Politely refuse and explain that you may not accept favours",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Aannemen, het is toch vriendelijk bedoeld",
                    "fr": "Accepter, c'est gentil de sa part",
                    "en": "Accept, it is meant kindly",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Aannemen en in ruil extra aandacht geven aan zijn winkel",
                    "fr": "Accepter et, en échange, surveiller davantage son magasin",
                    "en": "Accept and give his shop extra attention in return",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Een oudere vrouw die weinig Nederlands spreekt, komt aan het onthaal een inbraak "
                "melden. Wat is de beste aanpak?"
            ),
            "fr": (
                "Une dame âgée qui parle peu la langue se présente à l'accueil pour signaler un "
                "cambriolage. Quelle est la meilleure approche ?"
            ),
            "en": (
                "An older woman who speaks little Dutch comes to the front desk to report a "
                "burglary. What is the best approach?"
            ),
        },
        "explanation": {
            "nl": (
                "Iedereen heeft recht op politiehulp. Je neemt de tijd, spreekt eenvoudig en roept "
                "een tolk in als dat nodig is, zodat haar verklaring juist is."
            ),
            "fr": (
                "Tout le monde a droit à l'aide de la police. Vous prenez le temps, parlez "
                "simplement et faites appel à un interprète si nécessaire, pour que sa déclaration "
                "soit exacte."
            ),
            "en": (
                "Everyone has a right to police help. You take your time, speak simply and call in "
                "an interpreter if needed, so her statement is accurate."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Haar vragen terug te komen met iemand die Nederlands spreekt",
                    "fr": "Lui demander de revenir avec quelqu'un qui parle la langue",
                    "en": "Ask her to come back with someone who speaks Dutch",
                },
                "correct": False,
            },
            {
                "text": {"nl": "Luider praten", "fr": "Parler plus fort", "en": "Speak louder"},
                "correct": False,
            },
            {
                "text": {
                    "nl": (
                        "De tijd nemen, eenvoudige taal gebruiken en zo nodig een tolk inschakelen"
                    ),
                    "fr": (
                        "Prendre le temps, utiliser un langage simple et faire appel à un "
                        "interprète si nécessaire"
                    ),
                    "en": (
                        "Take your time, use simple language and call in an interpreter if needed"
                    ),
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Zelf opschrijven wat ze waarschijnlijk bedoelt",
                    "fr": "Écrire vous-même ce qu'elle veut probablement dire",
                    "en": "Write down yourself what she probably means",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Het is 23 uur. Een groep jongeren maakt lawaai op een plein en buren hebben "
                "geklaagd. Je komt ter plaatse. Wat doe je eerst?"
            ),
            "fr": (
                "Il est 23 heures. Un groupe de jeunes fait du bruit sur une place et des voisins "
                "se sont plaints. Vous arrivez sur place. Que faites-vous d'abord ?"
            ),
            "en": (
                "It is 11 pm. A group of young people is making noise on a square and neighbours "
                "have complained. You arrive. What do you do first?"
            ),
        },
        "explanation": {
            "nl": (
                "Een rustig gesprek met respect lost de meeste overlast op. Wie meteen hard "
                "optreedt, maakt van een klein probleem een conflict."
            ),
            "fr": (
                "Une discussion calme et respectueuse règle la plupart des nuisances. Une réaction "
                "dure d'emblée transforme un petit problème en conflit."
            ),
            "en": (
                "A calm, respectful talk solves most nuisance. Coming down hard straight away "
                "turns a small problem into a conflict."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Meteen iedereen een boete geven",
                    "fr": "Donner tout de suite une amende à tout le monde",
                    "en": "Fine everyone right away",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": (
                        "Je voorstellen, de klacht uitleggen, luisteren en vragen om stiller te "
                        "zijn"
                    ),
                    "fr": (
                        "Vous présenter, expliquer la plainte, écouter et demander de faire moins "
                        "de bruit"
                    ),
                    "en": (
                        "Introduce yourself, explain the complaint, listen and ask them to keep it "
                        "down"
                    ),
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Niets doen, het zijn maar jongeren",
                    "fr": "Ne rien faire, ce ne sont que des jeunes",
                    "en": "Do nothing, they are just young people",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Iedereen streng tegen de muur zetten voor een identiteitscontrole",
                    "fr": "Mettre tout le monde contre le mur pour un contrôle d'identité",
                    "en": "Line everyone up against the wall for an ID check",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Tijdens een controle zegt iemand: 'Jullie houden mij alleen tegen omdat ik zwart "
                "ben.' Wat is de beste reactie?"
            ),
            "fr": (
                "Pendant un contrôle, quelqu'un dit : « Vous m'arrêtez seulement parce que je suis "
                "noir. » Quelle est la meilleure réaction ?"
            ),
            "en": (
                "During a check, someone says: 'You only stop me because I'm Black.' What is the "
                "best reaction?"
            ),
        },
        "explanation": {
            "nl": (
                "Een controle moet een concrete, objectieve reden hebben. Die reden rustig "
                "uitleggen en wijzen op de klachtenprocedure toont respect en haalt de spanning "
                "weg."
            ),
            "fr": (
                "Un contrôle doit avoir un motif concret et objectif. L'expliquer calmement et "
                "indiquer la procédure de plainte montre du respect et fait baisser la tension."
            ),
            "en": (
                "A check must have a concrete, objective reason. Explaining it calmly and pointing "
                "to the complaints procedure shows respect and lowers the tension."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Boos worden en zeggen dat dat onzin is",
                    "fr": "Vous fâcher et dire que c'est n'importe quoi",
                    "en": "Get angry and say that is nonsense",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": (
                        "De opmerking ernstig nemen, de concrete reden van de controle uitleggen "
                        "en zeggen hoe hij een klacht kan indienen"
                    ),
                    "fr": (
                        "Prendre la remarque au sérieux, expliquer le motif concret du contrôle et "
                        "dire comment porter plainte"
                    ),
                    "en": (
                        "Take the remark seriously, explain the concrete reason for the check and "
                        "say how to file a complaint"
                    ),
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "De opmerking negeren",
                    "fr": "Ignorer la remarque",
                    "en": "Ignore the remark",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Een vriend uit je buurt vraagt je om in de politiedatabank na te kijken of zijn "
                "broer 'gekend' is. Wat doe je?"
            ),
            "fr": (
                "Un ami de votre quartier vous demande de vérifier dans la banque de données de la "
                "police si son frère est « connu ». Que faites-vous ?"
            ),
            "en": (
                "A friend from your neighbourhood asks you to check in the police database whether "
                "his brother is 'known'. What do you do?"
            ),
        },
        "explanation": {
            "nl": (
                "Politiegegevens mag je alleen raadplegen voor je werk. Opzoeken voor vrienden is "
                "een ernstige inbreuk, ook als je niets doorvertelt."
            ),
            "fr": (
                "Les données policières ne peuvent être consultées que pour le travail. Chercher "
                "pour des amis est une faute grave, même sans rien répéter."
            ),
            "en": (
                "Police data may only be consulted for work. Looking things up for friends is a "
                "serious breach, even if you pass nothing on."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Het snel opzoeken, het is een vriend",
                    "fr": "Regarder vite, c'est un ami",
                    "en": "Look it up quickly, he's a friend",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": (
                        "Weigeren en uitleggen dat je de databank alleen voor je werk mag gebruiken"
                    ),
                    "fr": (
                        "Refuser et expliquer que vous ne pouvez utiliser la banque de données que "
                        "pour le travail"
                    ),
                    "en": "Refuse and explain that you may only use the database for work",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Het opzoeken, maar geen details vertellen",
                    "fr": "Vérifier, mais sans donner de détails",
                    "en": "Look it up, but give no details",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Een collega vragen om het op te zoeken",
                    "fr": "Demander à un collègue de vérifier",
                    "en": "Ask a colleague to look it up",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": (
                "Voor een café maken twee mannen luid ruzie. Een van hen is erg kwaad en roept. "
                "Wat is de beste aanpak?"
            ),
            "fr": (
                "Devant un café, deux hommes se disputent bruyamment. L'un d'eux est très en "
                "colère et crie. Quelle est la meilleure approche ?"
            ),
            "en": (
                "Outside a café, two men are having a loud argument. One of them is very angry and "
                "shouting. What is the best approach?"
            ),
        },
        "explanation": {
            "nl": (
                "Door ze uit elkaar te halen en apart rustig te spreken, zakt de spanning. Afstand "
                "houden en versterking vragen als het nodig is, houdt iedereen veilig."
            ),
            "fr": (
                "Les séparer et parler calmement à chacun fait baisser la tension. Garder ses "
                "distances et demander du renfort si nécessaire protège tout le monde."
            ),
            "en": (
                "Separating them and talking calmly to each one lowers the tension. Keeping your "
                "distance and calling for backup if needed keeps everyone safe."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Harder roepen dan zij",
                    "fr": "Crier plus fort qu'eux",
                    "en": "Shout louder than them",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": (
                        "Ze uit elkaar halen, apart en rustig met elk praten, afstand houden en zo "
                        "nodig versterking vragen"
                    ),
                    "fr": (
                        "Les séparer, parler calmement à chacun, garder vos distances et demander "
                        "du renfort si besoin"
                    ),
                    "en": (
                        "Separate them, talk calmly to each one, keep your distance and call for "
                        "backup if needed"
                    ),
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Meteen de kwaadste man vastpakken",
                    "fr": "Saisir tout de suite l'homme le plus en colère",
                    "en": "Grab the angriest man straight away",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Afwachten tot ze beginnen te vechten",
                    "fr": "Attendre qu'ils commencent à se battre",
                    "en": "Wait until they start fighting",
                },
                "correct": False,
            },
        ],
    },
]

_COMMITTEE_QUESTIONS = [
    {
        "text": {
            "nl": "Wat doet de selectiecommissie van de zone?",
            "fr": "Que fait la commission de sélection de la zone ?",
            "en": "What does the zone's selection committee do?",
        },
        "explanation": {
            "nl": (
                "In een gesprek kijken mensen van de zone of je motivatie en je profiel passen bij "
                "de job en bij het korps."
            ),
            "fr": (
                "Lors d'un entretien, des membres de la zone vérifient si votre motivation et "
                "votre profil correspondent au métier et au corps."
            ),
            "en": (
                "In an interview, people from the zone check whether your motivation and profile "
                "fit the job and the force."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Een gesprek over je motivatie en of je bij de zone past",
                    "fr": "Un entretien sur votre motivation et votre adéquation avec la zone",
                    "en": "An interview about your motivation and whether you fit the zone",
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Een medisch onderzoek",
                    "fr": "Un examen médical",
                    "en": "A medical examination",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Een nieuw spellingsexamen",
                    "fr": "Un nouvel examen d'orthographe",
                    "en": "A new spelling exam",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": "Hoe bereid je het gesprek met de selectiecommissie het best voor?",
            "fr": "Comment préparer au mieux l'entretien avec la commission de sélection ?",
            "en": "How do you best prepare for the interview with the selection committee?",
        },
        "explanation": {
            "nl": (
                "De commissie wil jou leren kennen. Wie de zone kent en met eigen voorbeelden kan "
                "uitleggen waarom hij of zij er wil werken, overtuigt meer dan wie antwoorden van "
                "buiten leert."
            ),
            "fr": (
                "La commission veut vous connaître. Connaître la zone et expliquer avec vos "
                "propres exemples pourquoi vous voulez y travailler convainc plus que des réponses "
                "apprises par cœur."
            ),
            "en": (
                "The committee wants to get to know you. Knowing the zone and explaining with your "
                "own examples why you want to work there convinces more than answers learned by "
                "heart."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Antwoorden van internet van buiten leren",
                    "fr": "Apprendre par cœur des réponses trouvées sur internet",
                    "en": "Learn answers from the internet by heart",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": (
                        "De zone leren kennen en voorbeelden uit je eigen leven klaarhebben over "
                        "waarom je er wilt werken"
                    ),
                    "fr": (
                        "Apprendre à connaître la zone et avoir des exemples de votre vie qui "
                        "montrent pourquoi vous voulez y travailler"
                    ),
                    "en": (
                        "Get to know the zone and have examples from your own life of why you want "
                        "to work there"
                    ),
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Niets voorbereiden, dan klink je spontaner",
                    "fr": "Ne rien préparer pour paraître plus spontané·e",
                    "en": "Prepare nothing, so you sound more spontaneous",
                },
                "correct": False,
            },
        ],
    },
]

_MEDICAL_QUESTIONS = [
    {
        "text": {
            "nl": "Wat wordt er onder meer gecontroleerd tijdens het medisch onderzoek?",
            "fr": "Qu'est-ce qui est notamment vérifié pendant l'examen médical ?",
            "en": "What is checked, among other things, in the medical examination?",
        },
        "explanation": {
            "nl": (
                "Een arts kijkt of je gezond genoeg bent voor de job, onder meer je zicht, je "
                "gehoor, je lengte (minstens 1,52 m) en je BMI (tussen 17 en 30)."
            ),
            "fr": (
                "Un médecin vérifie si votre santé vous permet d'exercer le métier, notamment la "
                "vue, l'ouïe, la taille (au moins 1,52 m) et l'IMC (entre 17 et 30)."
            ),
            "en": (
                "A doctor checks whether you are healthy enough for the job, including your sight, "
                "hearing, height (at least 1.52 m) and BMI (between 17 and 30)."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": "Je gezondheid, zicht en gehoor, je lengte en je BMI",
                    "fr": "Votre santé, la vue et l'ouïe, votre taille et votre IMC",
                    "en": "Your health, sight and hearing, your height and your BMI",
                },
                "correct": True,
            },
            {
                "text": {"nl": "Je diploma", "fr": "Votre diplôme", "en": "Your diploma"},
                "correct": False,
            },
            {
                "text": {
                    "nl": "Hoe goed je autorijdt",
                    "fr": "Votre façon de conduire",
                    "en": "How well you drive",
                },
                "correct": False,
            },
        ],
    },
    {
        "text": {
            "nl": "Wat neem je mee naar het medisch onderzoek?",
            "fr": "Qu'emportez-vous à l'examen médical ?",
            "en": "What do you bring to the medical examination?",
        },
        "explanation": {
            "nl": (
                "Met je identiteitskaart, je bril of lenzen en een lijst van je medicatie of "
                "medische verslagen kan de arts je correct beoordelen. Eerlijk zijn over je "
                "gezondheid is altijd beter."
            ),
            "fr": (
                "Avec votre carte d'identité, vos lunettes ou lentilles et la liste de vos "
                "médicaments ou rapports médicaux, le médecin peut vous évaluer correctement. Être "
                "honnête sur votre santé vaut toujours mieux."
            ),
            "en": (
                "With your ID card, your glasses or lenses and a list of your medication or "
                "medical reports, the doctor can assess you properly. Being honest about your "
                "health is always better."
            ),
        },
        "choices": [
            {
                "text": {
                    "nl": (
                        "Je identiteitskaart, je bril of lenzen en een lijst van je medicatie of "
                        "medische verslagen"
                    ),
                    "fr": (
                        "Votre carte d'identité, vos lunettes ou lentilles et la liste de vos "
                        "médicaments ou rapports médicaux"
                    ),
                    "en": (
                        "Your ID card, your glasses or lenses and a list of your medication or "
                        "medical reports"
                    ),
                },
                "correct": True,
            },
            {
                "text": {
                    "nl": "Niets, het is maar een formaliteit",
                    "fr": "Rien, c'est une formalité",
                    "en": "Nothing, it's just a formality",
                },
                "correct": False,
            },
            {
                "text": {
                    "nl": "Je sportkleren voor het parcours",
                    "fr": "Votre tenue de sport pour le parcours",
                    "en": "Your sports kit for the course",
                },
                "correct": False,
            },
        ],
    },
]

SELECTION_STEPS = [
    {
        "name": {
            "nl": "Cognitieve proeven",
            "fr": "Épreuves cognitives",
            "en": "Cognitive tests",
        },
        "what_it_tests": {
            "nl": (
                "Hoe goed je redeneert (getallenreeksen, analogieën, logica) en hoe goed je de "
                "taal van je diploma kent: spelling, woordenschat en teksten begrijpen. Je legt "
                "de proeven af op de computer."
            ),
            "fr": (
                "Votre capacité de raisonnement (suites de nombres, analogies, logique) et votre "
                "connaissance de la langue de votre diplôme : orthographe, vocabulaire et "
                "compréhension de textes. Les épreuves se font sur ordinateur."
            ),
            "en": (
                "How well you reason (number series, analogies, logic) and how well you know the "
                "language of your diploma: spelling, vocabulary and understanding texts. The "
                "tests are taken on a computer."
            ),
        },
        "duration": {
            "nl": (
                "Een paar uur. Je boekt zelf een datum. Het doel is dat je alle algemene proeven "
                "samen in ongeveer 18 weken afrondt."
            ),
            "fr": (
                "Quelques heures. Vous réservez vous-même une date. L'objectif est de terminer "
                "l'ensemble des épreuves générales en 18 semaines environ."
            ),
            "en": (
                "A few hours. You book a date yourself. The aim is to finish all the general "
                "tests together in about 18 weeks."
            ),
        },
        "preparation": {
            "nl": (
                "Oefen elke dag een kwartier met de vragen hieronder en zet een timer. Lees "
                "dagelijks een krant en vat artikels samen. Is taal je zwakke punt, vraag dan "
                "een mentor of taalcoaching in een CVO."
            ),
            "fr": (
                "Entraînez-vous un quart d'heure par jour avec les questions ci-dessous, "
                "chronomètre en main. Lisez un journal chaque jour et résumez des articles. Si "
                "la langue est votre point faible, demandez un mentor ou un cours pour adultes."
            ),
            "en": (
                "Practise a quarter of an hour a day with the questions below, with a timer. Read "
                "a newspaper every day and sum up articles. If language is your weak spot, ask "
                "for a mentor or language coaching at a CVO."
            ),
        },
        "topics": [
            {
                "name": {"nl": "Redeneren", "fr": "Raisonnement", "en": "Reasoning"},
                "questions": _REASONING_QUESTIONS,
            },
            {
                "name": {
                    "nl": "Taalkennis",
                    "fr": "Connaissance du néerlandais",
                    "en": "Language knowledge",
                },
                # Dutch spelling and grammar: only for those who take the test in Dutch.
                "test_language": "nl",
                "questions": _LANGUAGE_QUESTIONS,
            },
            {
                "name": {
                    "nl": "Een tekst begrijpen",
                    "fr": "Comprendre un texte",
                    "en": "Understanding a text",
                },
                "questions": _TEXT_QUESTIONS,
            },
        ],
    },
    {
        "name": {
            "nl": "Fysieke proef",
            "fr": "Épreuve physique",
            "en": "Physical test",
        },
        "what_it_tests": {
            "nl": (
                "Of je fit genoeg bent voor het werk op straat. Je legt binnen een maximumtijd een "
                "parcours af met onder meer trappen, kruipen, springen en evenwicht. Je hebt er "
                "conditie, kracht en behendigheid voor nodig."
            ),
            "fr": (
                "Si votre condition physique convient au travail sur le terrain. Vous effectuez "
                "dans un temps maximum un parcours avec notamment des escaliers, du rampé, des "
                "sauts et de l'équilibre. Il demande endurance, force et agilité."
            ),
            "en": (
                "Whether you are fit enough for work on the street. Within a maximum time you "
                "complete a course with stairs, crawling, jumping and balance, among other "
                "things. It takes stamina, strength and agility."
            ),
        },
        "duration": {
            "nl": (
                "Het parcours zelf duurt enkele minuten. Reken met opwarmen en wachten op een "
                "halve dag."
            ),
            "fr": (
                "Le parcours lui-même dure quelques minutes. Avec l'échauffement et l'attente, "
                "comptez une demi-journée."
            ),
            "en": (
                "The course itself takes a few minutes. With warming up and waiting, count on half "
                "a day."
            ),
        },
        "preparation": {
            "nl": (
                "Train minstens acht weken, drie keer per week, met een schema: lopen voor je "
                "conditie, kracht voor armen en benen, en oefeningen voor behendigheid en "
                "evenwicht. Rust de dag voordien."
            ),
            "fr": (
                "Entraînez-vous au moins huit semaines, trois fois par semaine, avec un "
                "programme : course pour l'endurance, renforcement des bras et des jambes, "
                "exercices d'agilité et d'équilibre. Reposez-vous la veille."
            ),
            "en": (
                "Train for at least eight weeks, three times a week, with a schedule: running "
                "for stamina, strength for arms and legs, and exercises for agility and balance. "
                "Rest the day before."
            ),
        },
        "topics": [
            {
                "name": {
                    "nl": "Wat je moet weten over de fysieke proef",
                    "fr": "Ce qu'il faut savoir sur l'épreuve physique",
                    "en": "Physical test knowledge",
                },
                "questions": _PHYSICAL_QUESTIONS,
            },
        ],
    },
    {
        "name": {
            "nl": "Persoonlijkheidsonderzoek",
            "fr": "Examen de personnalité",
            "en": "Personality assessment",
        },
        "what_it_tests": {
            "nl": (
                "Wie je bent en hoe je met mensen en moeilijke situaties omgaat. De dag bestaat "
                "uit een persoonlijkheidsvragenlijst, een biografische vragenlijst over je "
                "leven tot nu, een gestructureerd interview en een situatieoefening, zoals een "
                "rollenspel."
            ),
            "fr": (
                "Qui vous êtes et comment vous réagissez face aux gens et aux situations "
                "difficiles. La journée comprend un questionnaire de personnalité, un "
                "questionnaire biographique sur votre parcours, un entretien structuré et un "
                "exercice de mise en situation, comme un jeu de rôle."
            ),
            "en": (
                "Who you are and how you deal with people and difficult situations. The day "
                "consists of a personality questionnaire, a biographical questionnaire about "
                "your life so far, a structured interview and a situational exercise, such as a "
                "role play."
            ),
        },
        "duration": {
            "nl": "Een volledige dag.",
            "fr": "Une journée entière.",
            "en": "A full day.",
        },
        "preparation": {
            "nl": (
                "Ken je motivatie en zoek voorbeelden uit je eigen leven. Antwoord eerlijk, ook "
                "in de vragenlijsten. Veel kandidaten struikelen hier, dus oefen het interview "
                "en een rollenspel met een mentor."
            ),
            "fr": (
                "Connaissez votre motivation et cherchez des exemples dans votre vie. Répondez "
                "honnêtement, y compris aux questionnaires. Beaucoup de candidats échouent ici : "
                "entraînez-vous à l'entretien et au jeu de rôle avec un mentor."
            ),
            "en": (
                "Know your motivation and find examples from your own life. Answer honestly, "
                "also in the questionnaires. Many candidates stumble here, so practise the "
                "interview and a role play with a mentor."
            ),
        },
        "topics": [
            {
                "name": {"nl": "Situaties", "fr": "Mises en situation", "en": "Situations"},
                "questions": _SITUATION_QUESTIONS,
            },
        ],
    },
    {
        "name": {
            "nl": "Selectiecommissie van de zone",
            "fr": "Commission de sélection de la zone",
            "en": "The zone's selection committee",
        },
        "what_it_tests": {
            "nl": (
                "Na de algemene proeven kom je in een wervingsreserve. De zone waar je wilt "
                "werken nodigt je uit voor een gesprek met haar eigen selectiecommissie: past je "
                "motivatie bij de job en bij deze zone?"
            ),
            "fr": (
                "Après les épreuves générales, vous entrez dans une réserve de recrutement. La "
                "zone où vous voulez travailler vous invite à un entretien avec sa propre "
                "commission de sélection : votre motivation correspond-elle au métier et à cette "
                "zone ?"
            ),
            "en": (
                "After the general tests you enter a recruitment reserve. The zone you want to "
                "work for invites you to an interview with its own selection committee: does "
                "your motivation fit the job and this zone?"
            ),
        },
        "duration": {
            "nl": "Eén gesprek. Vraag de zone hoe lang het duurt.",
            "fr": "Un entretien. Demandez à la zone combien de temps il dure.",
            "en": "One interview. Ask the zone how long it takes.",
        },
        "preparation": {
            "nl": (
                "Leer de zone kennen: de wijken, de diensten, wat er speelt. Vraag een gesprek "
                "met een ambassadeur of mentor. Weet waarom je juist hier wilt werken."
            ),
            "fr": (
                "Apprenez à connaître la zone : les quartiers, les services, l'actualité. "
                "Demandez à parler avec un ambassadeur ou un mentor. Sachez pourquoi vous voulez "
                "travailler justement ici."
            ),
            "en": (
                "Get to know the zone: its neighbourhoods, its services, what is going on. Ask "
                "for a talk with an ambassador or mentor. Know why you want to work here in "
                "particular."
            ),
        },
        "topics": [
            {
                "name": {"nl": "Het gesprek", "fr": "L'entretien", "en": "The interview"},
                "questions": _COMMITTEE_QUESTIONS,
            },
        ],
    },
    {
        "name": {
            "nl": "Medisch onderzoek",
            "fr": "Examen médical",
            "en": "Medical examination",
        },
        "what_it_tests": {
            "nl": (
                "Of je gezond genoeg bent voor de job. Een arts kijkt onder meer naar je zicht, "
                "je gehoor, je lengte (minstens 1,52 m) en je BMI (tussen 17 en 30). Daarna kun "
                "je starten aan de politieschool."
            ),
            "fr": (
                "Si votre santé vous permet d'exercer le métier. Un médecin vérifie notamment "
                "la vue, l'ouïe, la taille (au moins 1,52 m) et l'IMC (entre 17 et 30). Ensuite, "
                "vous pouvez commencer à l'école de police."
            ),
            "en": (
                "Whether you are healthy enough for the job. A doctor looks at your sight, "
                "hearing, height (at least 1.52 m) and BMI (between 17 and 30), among other "
                "things. After that you can start at the police school."
            ),
        },
        "duration": {
            "nl": "Een halve dag.",
            "fr": "Une demi-journée.",
            "en": "Half a day.",
        },
        "preparation": {
            "nl": (
                "Neem je identiteitskaart, je bril of lenzen en een lijst van je medicatie mee. "
                "Heb je een medische vraag, stel ze dan vooraf aan je huisarts. Wees eerlijk over "
                "je gezondheid."
            ),
            "fr": (
                "Emportez votre carte d'identité, vos lunettes ou lentilles et la liste de vos "
                "médicaments. Une question médicale ? Posez-la d'abord à votre médecin traitant. "
                "Soyez honnête sur votre santé."
            ),
            "en": (
                "Bring your ID card, your glasses or lenses and a list of your medication. Got a "
                "medical question? Ask your GP beforehand. Be honest about your health."
            ),
        },
        "topics": [
            {
                "name": {
                    "nl": "Het medisch onderzoek",
                    "fr": "L'examen médical",
                    "en": "The medical examination",
                },
                "questions": _MEDICAL_QUESTIONS,
            },
        ],
    },
]


# ---------------------------------------------------------------------------------------
# Role-model stories (fictional demo colleagues)
# ---------------------------------------------------------------------------------------

STORIES = [
    {
        "person_name": "Yasmina Bouzidi",
        "email": "yasmina.bouzidi@demo.korps.test",
        "unit": "Wijkteam Centrum",
        "job_title": {
            "nl": "Wijkinspecteur",
            "fr": "Inspectrice de quartier",
            "en": "Neighbourhood inspector",
        },
        "quote": {
            "nl": (
                "Ik werk twee straten van het huis waar ik opgroeide, en de mensen weten dat ze "
                "bij mij terechtkunnen."
            ),
            "fr": (
                "Je travaille à deux rues de la maison où j'ai grandi, et les gens savent qu'ils "
                "peuvent venir me trouver."
            ),
            "en": (
                "I work two streets from the house I grew up in, and people know they can come to "
                "me."
            ),
        },
        "body": {
            "nl": (
                "Als kind keek ik naar de combi's in onze straat met een mengeling van schrik en "
                "nieuwsgierigheid. In mijn familie had niemand ooit aan de politie gedacht. Op "
                "een jobbeurs sprak een inspecteur met Marokkaanse roots me aan, net als ik. Toen "
                "dacht ik voor het eerst: waarom niet?\n\n"
                "De taalproef ging de eerste keer mis. Ik sprak vlot Nederlands, maar de vragen "
                "over spelling en werkwoorden waren strenger dan ik dacht. Mijn mentor maakte een "
                "plan met me: elke dag een krantenartikel, elke week een oefentest en lessen in "
                "het CVO. Een paar maanden later slaagde ik wel.\n\n"
                "Nu ben ik wijkinspecteur. Ik ga langs bij nieuwe bewoners, praat met handelaars "
                "en sta aan de schoolpoort. Ik los niet alles op, maar mensen kennen me en durven "
                "met hun vragen naar mij te komen. Dat vertrouwen is voor mij het mooiste van de "
                "job."
            ),
            "fr": (
                "Enfant, je regardais les combis dans notre rue avec un mélange de peur et de "
                "curiosité. Dans ma famille, personne n'avait jamais pensé à la police. Lors "
                "d'un salon de l'emploi, un inspecteur aux racines marocaines, comme moi, est "
                "venu me parler. Pour la première fois, je me suis dit : pourquoi pas ?\n\n"
                "J'ai raté l'épreuve de langue la première fois. Je parlais bien néerlandais, "
                "mais les questions d'orthographe et de conjugaison étaient plus exigeantes que "
                "prévu. Mon mentor a fait un plan avec moi : un article de journal chaque jour, "
                "un test d'entraînement chaque semaine et des cours au CVO. Quelques mois plus "
                "tard, j'ai réussi.\n\n"
                "Aujourd'hui, je suis inspectrice de quartier. Je rends visite aux nouveaux "
                "habitants, je parle avec les commerçants et je suis à la sortie des écoles. Je "
                "ne règle pas tout, mais les gens me connaissent et osent venir me poser leurs "
                "questions. Cette confiance, c'est ce que je préfère dans mon métier."
            ),
            "en": (
                "As a child I watched the police vans in our street with a mix of fear and "
                "curiosity. Nobody in my family had ever thought of the police. At a job fair, "
                "an inspector with Moroccan roots, like me, came up to talk. For the first time "
                "I thought: why not?\n\n"
                "I failed the language test the first time. I spoke Dutch fluently, but the "
                "questions on spelling and verbs were stricter than I expected. My mentor made a "
                "plan with me: a newspaper article every day, a practice test every week and "
                "classes at the CVO. A few months later I passed.\n\n"
                "Now I am a neighbourhood inspector. I visit new residents, talk to shopkeepers "
                "and stand at the school gate. I don't solve everything, but people know me and "
                "dare to bring me their questions. That trust is the best part of the job for "
                "me."
            ),
        },
        "photo_description": {
            "nl": "Yasmina Bouzidi in uniform, lachend, voor een bakkerij in haar wijk.",
            "fr": "Yasmina Bouzidi en uniforme, souriante, devant une boulangerie de son quartier.",
            "en": "Yasmina Bouzidi in uniform, smiling, in front of a bakery in her neighbourhood.",
        },
    },
    {
        "person_name": "Jonathan Kabongo",
        "email": "jonathan.kabongo@demo.korps.test",
        "unit": "Jeugd en gezin",
        "job_title": {
            "nl": "Jeugdinspecteur",
            "fr": "Inspecteur jeunesse",
            "en": "Youth inspector",
        },
        "quote": {
            "nl": (
                "Als jeugdwerker luisterde ik naar jongeren voor het misliep; als jeugdinspecteur "
                "doe ik nog altijd hetzelfde."
            ),
            "fr": (
                "Comme animateur, j'écoutais les jeunes avant que ça tourne mal ; comme inspecteur "
                "jeunesse, je fais toujours la même chose."
            ),
            "en": (
                "As a youth worker I listened to young people before things went wrong; as a youth "
                "inspector I still do the same."
            ),
        },
        "body": {
            "nl": (
                "Tien jaar lang werkte ik in een jeugdhuis. Mijn ouders kwamen uit Kinshasa en ik "
                "groeide op in de wijk waar ik later werkte. Ik zag jongeren in de problemen "
                "raken en had vaak het gevoel dat de politie pas kwam als het te laat was. Een "
                "jeugdinspecteur zei me ooit: 'Kom het van binnenuit veranderen.' Dat bleef "
                "hangen.\n\n"
                "De selectie viel me zwaar. Ik was dertig en had in jaren geen toets meer "
                "gemaakt. Het persoonlijkheidsonderzoek maakte me nerveus, want ik wist niet wat "
                "ze wilden horen. Mijn mentor zei: 'Ze willen jou horen, geen ideaal antwoord.' We "
                "oefenden het interview tot ik mijn eigen verhaal rustig kon vertellen.\n\n"
                "Nu werk ik met minderjarigen, ouders, scholen en de jeugdhulp. Soms moet ik "
                "streng zijn, maar vaak is een goed gesprek met een jongere en zijn ouders meer "
                "waard dan een proces-verbaal. Mijn jaren in het jeugdwerk helpen me elke dag."
            ),
            "fr": (
                "Pendant dix ans, j'ai travaillé dans une maison de jeunes. Mes parents venaient "
                "de Kinshasa et j'ai grandi dans le quartier où j'ai ensuite travaillé. Je voyais "
                "des jeunes s'enfoncer dans les problèmes et j'avais souvent l'impression que la "
                "police arrivait trop tard. Un jour, un inspecteur jeunesse m'a dit : « Viens "
                "changer les choses de l'intérieur. » Ça m'est resté.\n\n"
                "La sélection a été dure pour moi. J'avais trente ans et je n'avais plus passé "
                "d'examen depuis des années. L'examen de personnalité me stressait : je ne savais "
                "pas ce qu'ils voulaient entendre. Mon mentor m'a dit : « Ils veulent t'entendre "
                "toi, pas une réponse idéale. » Nous avons répété l'entretien jusqu'à ce que je "
                "puisse raconter mon histoire calmement.\n\n"
                "Aujourd'hui, je travaille avec des mineurs, des parents, des écoles et l'aide à "
                "la jeunesse. Parfois je dois être ferme, mais souvent une bonne discussion avec "
                "un jeune et ses parents vaut plus qu'un procès-verbal. Mes années d'animateur "
                "m'aident chaque jour."
            ),
            "en": (
                "For ten years I worked in a youth centre. My parents came from Kinshasa and I "
                "grew up in the neighbourhood where I later worked. I saw young people get into "
                "trouble and often felt the police only came when it was too late. A youth "
                "inspector once told me: 'Come and change it from the inside.' That stuck.\n\n"
                "The selection was hard for me. I was thirty and hadn't sat a test in years. The "
                "personality assessment made me nervous, because I didn't know what they wanted "
                "to hear. My mentor said: 'They want to hear you, not an ideal answer.' We "
                "practised the interview until I could tell my own story calmly.\n\n"
                "Now I work with minors, parents, schools and youth services. Sometimes I have "
                "to be strict, but often a good talk with a young person and their parents is "
                "worth more than an official report. My years in youth work help me every day."
            ),
        },
        "photo_description": {
            "nl": "Jonathan Kabongo in uniform, in gesprek met twee tieners op een basketbalveld.",
            "fr": (
                "Jonathan Kabongo en uniforme, en discussion avec deux adolescents sur un terrain "
                "de basket."
            ),
            "en": "Jonathan Kabongo in uniform, talking with two teenagers on a basketball court.",
        },
    },
]


# ---------------------------------------------------------------------------------------
# Consent texts
# ---------------------------------------------------------------------------------------

CONSENT_TEXTS = {
    "lead": {
        "nl": (
            "We bewaren je naam, je contactgegevens, je vraag en de code van de campagne "
            "waarlangs je bij ons kwam. We gebruiken die gegevens alleen om je te contacteren "
            "over de volgende stappen naar een job bij de politie. We bewaren ze tot je je "
            "uitschrijft, en nooit langer dan 12 maanden. In elke e-mail staat een link waarmee "
            "je je uitschrijft."
        ),
        "fr": (
            "Nous conservons votre nom, vos coordonnées, votre question et le code de la "
            "campagne par laquelle vous nous avez trouvés. Nous utilisons ces données uniquement "
            "pour vous contacter au sujet des prochaines étapes vers un emploi à la police. Nous "
            "les gardons jusqu'à votre désinscription, et jamais plus de 12 mois. Chaque e-mail "
            "contient un lien pour vous désinscrire."
        ),
        "en": (
            "We keep your name, your contact details, your question and the code of the "
            "campaign through which you found us. We use this data only to contact you about "
            "the next steps towards a police job. We keep it until you unsubscribe, and never "
            "longer than 12 months. Every e-mail contains a link to unsubscribe."
        ),
    },
    "story": {
        "nl": (
            "Ik ga ermee akkoord dat mijn naam, mijn dienst, mijn foto en mijn woorden op de "
            "openbare jobsite van de zone verschijnen. Ik kan deze toestemming op elk moment "
            "intrekken met mijn persoonlijke link. Mijn verhaal verdwijnt dan meteen van de site."
        ),
        "fr": (
            "J'accepte que mon nom, mon service, ma photo et mes mots apparaissent sur le site "
            "emploi public de la zone. Je peux retirer ce consentement à tout moment avec mon "
            "lien personnel. Mon témoignage disparaît alors immédiatement du site."
        ),
        "en": (
            "I agree that my name, my unit, my photo and my words appear on the zone's public "
            "career site. I can withdraw this consent at any time with my personal link. My "
            "story is then taken off the site at once."
        ),
    },
}


# Only the five names above are meant to be imported; the building blocks go.
del (
    _same,
    _NATIONALITY_NO_ADVICE,
    _NATIONALITY_PENDING_ADVICE,
    _RECORD_UNSURE_ADVICE,
    _RECORD_NO_ADVICE,
    _UNDER_17_ADVICE,
    _REASONING_QUESTIONS,
    _LANGUAGE_QUESTIONS,
    _TEXT_QUESTIONS,
    _PHYSICAL_QUESTIONS,
    _SITUATION_QUESTIONS,
    _COMMITTEE_QUESTIONS,
    _MEDICAL_QUESTIONS,
)
