extension Framework {
    /// The essay's framework: five lessons (its 2.1–2.5) and the three parts of its
    /// *wenkend perspectief* (chapter 3). Summaries and questions are retold, not quoted.
    public static let essay = Framework(
        lessons: [
            Lesson(
                id: "resultaat", number: 1,
                title: "Focus op resultaat, niet op samenwerkingsvorm",
                summary: """
                    Een organisatienetwerk is geen doel op zich. Wie veel energie in de vorm van de \
                    samenwerking steekt, verliest het maatschappelijke resultaat uit het oog. Maak \
                    het gezamenlijke resultaat meetbaar en kijk er samen regelmatig naar.
                    """,
                spelvorm: """
                    Spelvorm 1 laat de deelnemers op een creatieve manier één gezamenlijke ambitie \
                    en een gewenst resultaat formuleren, zodat dat beeld in het dagelijkse werk \
                    centraal komt te staan.
                    """),
            Lesson(
                id: "grenzeloos", number: 2,
                title: "Denk en handel grenzeloos",
                summary: """
                    Wicked problems laten zich niet binnen de grenzen van één organisatie oplossen. \
                    Verplaats de besluitvorming naar het netwerk, werk vanuit de bedoeling in plaats \
                    van de letter, en vraag wat je bijdraagt in plaats van wie je bent.
                    """,
                spelvorm: """
                    Spelvorm 2 voert het gesprek over de complexe uitdagingen in het netwerk en \
                    zoekt oplossingen die vanuit de geest van de samenwerking werken.
                    """),
            Lesson(
                id: "delen", number: 3,
                title: "Leiderschap: delen als rode draad",
                summary: """
                    In netwerken die werken is delen vanzelfsprekend: kennis, mensen, data, tijd, \
                    ruimte en twijfels. Bestuurders leven dat voor, thuis in hun eigen organisatie \
                    en aan de netwerktafel.
                    """,
                spelvorm: """
                    Spelvorm 3 laat ontdekken welke leiderschapsrol bij jou past en of alle rollen \
                    in het netwerk belegd zijn, als basis voor een gesprek over netwerkleiderschap.
                    """),
            Lesson(
                id: "dynamiek", number: 4,
                title: "Organisatienetwerken zijn dynamisch en complex",
                summary: """
                    Een netwerk is een los gekoppeld stelsel van doelen, belangen, relaties en \
                    karakters dat door de tijd reist. Deelnemers komen en gaan; aanpassingsvermogen \
                    is de kerncompetentie. Omarm de complexiteit in plaats van haar weg te organiseren.
                    """,
                spelvorm: """
                    Spelvorm 4 brengt de belangrijkste succesfactoren van het netwerk in kaart, met \
                    de zorgen en uitdagingen bij elk ervan.
                    """),
            Lesson(
                id: "verhaal", number: 5,
                title: "Het verhaal van samenwerking verbindt en inspireert",
                summary: """
                    Verhalen geven betekenis aan wat een netwerk doet. Wie zijn beleving deelt, \
                    neemt anderen mee en laat zien waar samenwerking lukt en waar ze schuurt. Een \
                    goed verhaal biedt een wenkend perspectief.
                    """,
                spelvorm: """
                    Spelvorm 5 helpt samen een verhaal te maken over de bedoeling en de effecten van \
                    het netwerk, met oog voor het gezamenlijke resultaat en de belangen van elke partij.
                    """),
        ],
        perspectives: [
            Perspective(
                id: "jezelf", title: "Jezelf",
                summary: """
                    Een netwerk begint bij de deelnemer die in de spiegel durft te kijken en \
                    reisgenoten zoekt.
                    """,
                questions: [
                    "Waarom wil ik deelnemen aan een organisatienetwerk?",
                    "Welk beeld van samenwerken neem ik mee, en klopt dat beeld nog?",
                    "Welk gedrag vraagt het netwerk van mij, en kan ik dat laten zien?",
                    "Wie zijn mijn reisgenoten, en hoe organiseer ik een reflectieve houding om mij heen?",
                ]),
            Perspective(
                id: "bestuurder", title: "Rol van de bestuurder",
                summary: """
                    De bestuurder neemt besluiten aan de netwerktafel, zoekt daarvoor draagvlak in \
                    de eigen organisatie en geeft medewerkers ruimte en ruggensteun.
                    """,
                questions: [
                    "Worden de besluiten in het netwerk genomen, of breng ik besluiten van thuis mee?",
                    "Hoe krijgt een netwerkbesluit draagvlak bij de raad van commissarissen en de huurders?",
                    "Welke ruimte krijgen mijn medewerkers om te experimenteren en fouten te maken?",
                    "Welk leiderschap past nu bij het netwerk, en welke rol past nu bij mij?",
                ]),
            Perspective(
                id: "netwerk", title: "Het organisatienetwerk",
                summary: """
                    Niet het systeem maar de mensen staan centraal: een netwerk is een doe-netwerk \
                    dat bestaat zolang het bijdraagt aan een oplossing.
                    """,
                questions: [
                    "Welk wicked problem lossen we samen op, en hoe ervaren de mensen het zelf?",
                    "Is een organisatienetwerk hier echt nodig, of volstaat een eenvoudiger vorm?",
                    "Wie zijn de koplopers waarmee we klein kunnen beginnen?",
                    "Wat hebben we geleerd, wat missen we nog, en wat is de volgende stap?",
                ]),
        ])
}
