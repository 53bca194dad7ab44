extension WebStrings {
    static let dutch = WebStrings(
        lang: "nl",
        nav: .init(
            record: "Vertellen", stories: "Verhalen", coverage: "Dekking", patterns: "Patronen", compose: "Samenstellen", rounds: "Rondes",
            signedInAs: "Aangemeld als", signOut: "Afmelden", skipToContent: "Naar de inhoud",
            mainMenu: "Hoofdmenu"),
        signIn: .init(
            title: "Aanmelden",
            intro: "Meld je aan met de persoonlijke link die je van de coördinator van het netwerk kreeg.",
            label: "Je link of code",
            hint: "Plak de hele link, of alleen het deel na token=.",
            button: "Aanmelden",
            invalid: "Deze link is niet (meer) geldig. Vraag de coördinator om een nieuwe link.",
            tooMany: "Te veel mislukte pogingen. Probeer het over %d minuten opnieuw.",
            confirmIntro: "Je opent een persoonlijke aanmeldlink. Klik op de knop om je ermee aan te melden.",
            switchWarning:
                "Je bent nu aangemeld als %@. Als je je met deze link aanmeldt, ben je dat niet meer: wat je daarna vertelt, komt op naam van de eigenaar van de link.",
            stay: "Nee, blijf aangemeld als %@",
            crossSite: "Aanmelden kan alleen vanaf de aanmeldpagina van deze site. Open je persoonlijke link opnieuw."),
        home: .init(
            welcome: "Welkom, %@",
            intro:
                "Leg vast wat je zag, hoorde en meemaakte in het netwerk. Elk verhaal komt in de gedeelde bibliotheek, gekoppeld aan de vijf lessen en de drie perspectieven.",
            recordHeading: "Een verhaal vertellen",
            readHeading: "Lezen",
            readIntro: "Lees de verhalen van het netwerk, gefilterd op les, perspectief, tag of tekst.",
            coverageIntro: "Zie bij welke lessen en perspectieven nog verhalen ontbreken.",
            composeIntro: "Stel het gedeelde verhaal samen en download de documenten.",
            chosenHeading: "Jouw verhalen die gekozen zijn"),
        record: .init(
            teller: "Je vertelt als %@.",
            title: "Titel", date: "Datum", place: "Plaats",
            visit: "Bezoek", noVisit: "(geen bezoek)",
            organizations: "Organisaties", organizationsHint: "Scheid meerdere organisaties met komma's.",
            speaker: "Wie zei het", role: "Rol of functie", source: "Bron (waar gezegd of geschreven)",
            text: "Het verhaal",
            textHint: "Markdown: een lege regel begint een nieuwe alinea, *schuin*, **vet**, - voor een opsomming.",
            lessons: "Lessen", perspectives: "Perspectieven",
            tags: "Tags", tagsHint: "Scheid tags met komma's. Bestaande tags worden voorgesteld.",
            share: "Wie mag dit lezen?", save: "Bewaren",
            notSaved: "Het verhaal is nog niet bewaard. Verbeter de punten hieronder; wat je invulde staat er nog.",
            saved: "Bewaard als %@.", savedIn: "In de bibliotheek: %@",
            preview: "Zo ziet de tekst eruit",
            dateHint: "Als JJJJ-MM-DD, bijvoorbeeld 2019-06-12.",
            recordAnother: "Nog een verhaal vertellen",
            storyQuestions: "Jouw kijk op dit verhaal",
            storyQuestionsIntro:
                "Beantwoord wat bij je verhaal past. Zo laten veel verhalen samen patronen zien. Wat niet past, laat je op 'niet van toepassing'.",
            tellerQuestions: "Over jou",
            tellerQuestionsIntro: "Dit vullen we in met je vorige antwoorden; pas het aan als het veranderd is.",
            notApplicable: "niet van toepassing",
            scaleHint: "Vink 'niet van toepassing' uit en schuif naar waar je verhaal staat."),
        stories: .init(
            title: "Verhalen", filter: "Filteren", lesson: "Les", perspective: "Perspectief", tag: "Tag",
            text: "Zoeken (titel, tekst, tags, plaats)", any: "(alle)", apply: "Toon", reset: "Alles tonen",
            none: "Geen verhalen gevonden.", count: "%d verhalen",
            onlyYou: "alleen jij",
            kind: "Soort", date: "Datum", teller: "Verteller", place: "Plaats", visit: "Bezoek",
            organizations: "Organisaties", speaker: "Spreker", tags: "Tags", lessons: "Lessen",
            perspectives: "Perspectieven", share: "Delen", path: "Bestand", back: "Terug naar de verhalen",
            answers: "Antwoorden van de verteller", pages: "Pagina's", pageOf: "pagina {page} van {pages}",
            previous: "← Vorige", next: "Volgende →", about: "Over dit verhaal: lessen, perspectieven en antwoorden",
            roundsHeading: "Gekozen als meest betekenisvol?", chosenBy: "Gekozen door {panel} ({date}) voor ‘{domain}’",
            candidateAt: "Kandidaat bij {panel} ({date})",
            notChosen: "niet gekozen", roundOpen: "de ronde loopt nog", why: "Waarom", dissent: "Anders gezien"),
        patterns: .dutch,
        rounds: .dutch,
        privacy: .dutch,
        coverage: .init(
            title: "Dekking",
            intro:
                "Hoeveel verhalen er zijn bij elke les en elk perspectief. Een lege cel laat zien waar nog verhalen ontbreken; kies een getal om de verhalen te lezen.",
            lesson: "Les", total: "Totaal", missing: "ontbreekt",
            gapsHeading: "Hier ontbreken nog verhalen", noGaps: "Bij elke combinatie is minstens één verhaal."),
        compose: .init(
            title: "Samenstellen",
            intro:
                "Elke samenstelling is opgebouwd uit de verhalen die nu in de bibliotheek staan. Privéverhalen komen nooit in een document.",
            audience: "Publiek", entries: "%d verhalen", outline: "Opbouw", gaps: "Lege onderdelen",
            download: "Downloaden", excluded: "%d verhalen weggelaten omdat ze niet gedeeld mogen worden",
            failed: "Deze samenstelling kan nu niet worden gemaakt",
            entry: "1 verhaal", excludedOne: "1 verhaal weggelaten omdat het niet gedeeld mag worden",
            brokenHeading: "Bestanden met fouten",
            brokenIntro:
                "Deze verhalen hebben fouten. Ze blijven buiten elke export tot ze verbeterd zijn; de rest van de bibliotheek wordt gewoon geëxporteerd.",
            forResearchers: "de verhalen voor onderzoekers (REFI-QDA: ATLAS.ti, MAXQDA, NVivo, QualCoder)",
            forSpreadsheets: "de verhalen als tabel (Excel, LibreOffice Calc)"
        ),
        errors: .init(
            notFound: "Niet gevonden", notFoundText: "Deze pagina of dit verhaal bestaat niet, of je mag het niet zien.",
            forbidden: "Geen toegang", forbiddenText: "Deze pagina is alleen voor coördinatoren.",
            tooLarge: "Te groot", tooLargeText: "Wat je stuurde is groter dan %@. Maak de tekst korter of verdeel hem over meer verhalen.",
            badRequest: "Dat ging mis", badRequestText: "Het formulier kon niet worden gelezen. Probeer het opnieuw.",
            expiredForm:
                "Het formulier was verlopen of kwam niet van deze site, en is niet bewaard. Open het opnieuw en probeer het nog eens.",
            libraryHasErrors: "De samenstelling heeft fouten",
            libraryHasErrorsText: "Deze samenstelling heeft fouten en wordt niet gemaakt tot ze verbeterd zijn:",
            home: "Naar het begin"),
        kinds: ["travel-log": "Reisverslag", "anecdote": "Anekdote", "quote": "Citaat"],
        recordTitles: ["travel-log": "Een reisverslag schrijven", "anecdote": "Een anekdote vertellen", "quote": "Een citaat vastleggen"],
        shareNames: ["private": "Alleen ik", "network": "Het netwerk", "public": "Iedereen"],
        sharePromises: [
            "private": "Alleen jij ziet dit verhaal. Het komt nooit in een document of presentatie.",
            "network": "Alle leden van het netwerk kunnen het lezen, en het kan in documenten voor het netwerk komen.",
            "public": "Het mag ook in openbare documenten, bijvoorbeeld een jaarverslag.",
        ])
}
