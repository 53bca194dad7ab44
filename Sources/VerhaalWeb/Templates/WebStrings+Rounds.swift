extension WebStrings {
    /// The words of the Most Significant Change pages, where coordinators open rounds and
    /// record the panel's choices.
    struct Rounds: Sendable {
        var title, intro, homeIntro, noRounds, brokenHeading, panel, date, state, open, closed, candidatesCount, chosenCount,
            after, openHeading, openIntro, name, nameHint, panelHint, candidatesFrom, fromLibrary, fromRound, filters, kind,
            since, until, dateHint, openButton, notOpened, opened, candidatesHeading, hiddenCandidates, domainsHeading,
            chosen, noChoice, notYet, why, dissent, story, chooseStory, noChoiceOption, reason, reasonHint, dissentLabel,
            dissentHint, pickButton, changeButton, pickSaved, notSaved, closeHeading, closeIntro, closeButton,
            openDomains, closedLine, roundClosed, nextRound, hiddenStory, back: String
        /// What an empty date field shows: its format, never a date that looks filled in.
        var datePlaceholder: String

        static let dutch = Rounds(
            title: "Rondes",
            intro:
                "In een ronde kiest een panel per domein van verandering het meest betekenisvolle verhaal, en zegt waarom. De vertellers lezen dat terug bij hun verhaal. Een volgende ronde kiest uit de keuzes van de vorige: eerst de netwerktafel, dan bijvoorbeeld de raad van commissarissen.",
            homeIntro: "Open een ronde en leg de keuzes van het panel vast, met de redenen.",
            noRounds: "Nog geen rondes.", brokenHeading: "Rondes met fouten (zie verhaal check)",
            panel: "Panel", date: "Datum", state: "Stand", open: "open", closed: "gesloten", candidatesCount: "%d kandidaten",
            chosenCount: "{chosen} van {domains} domeinen gekozen", after: "Na ronde",
            openHeading: "Een ronde openen",
            openIntro:
                "De kandidaten zijn de verhalen die de filters vinden (nooit een privéverhaal), of de verhalen die in een gesloten ronde gekozen zijn.",
            name: "Naam van de ronde",
            nameHint: "Kleine letters, cijfers en streepjes, bijvoorbeeld netwerktafel-2021. De ronde komt in Stories/rondes/NAAM.md.",
            panelHint: "Wie kiest, bijvoorbeeld Netwerktafel.",
            candidatesFrom: "Kandidaten", fromLibrary: "Verhalen uit de bibliotheek (met de filters hieronder)",
            fromRound: "De keuzes van %@", filters: "Filters (niet verplicht)", kind: "Soort", since: "Vanaf", until: "Tot en met",
            dateHint: "Als JJJJ-MM-DD; leeg is vandaag.",
            openButton: "Ronde openen", notOpened: "De ronde is niet geopend. Verbeter wat hieronder staat; wat je invulde staat er nog.",
            opened: "Ronde geopend: %@",
            candidatesHeading: "Kandidaten",
            hiddenCandidates: "%d kandidaten kun je niet lezen, omdat ze privé zijn gemaakt; je kunt ze niet kiezen.",
            domainsHeading: "Keuzes per domein van verandering",
            chosen: "Gekozen", noChoice: "Geen keuze", notYet: "Nog geen keuze.", why: "Waarom", dissent: "Anders gezien",
            story: "Verhaal", chooseStory: "(kies een verhaal)", noChoiceOption: "Geen keuze (zeg hieronder waarom)",
            reason: "Waarom is dit het meest betekenisvolle verhaal?",
            reasonHint: "In hele zinnen: minstens één zin van 8 woorden of meer. De verteller leest dit terug bij het verhaal.",
            dissentLabel: "Anders gezien (niet verplicht)", dissentHint: "Wat een deel van het panel anders zag.",
            pickButton: "Keuze vastleggen", changeButton: "Keuze wijzigen", pickSaved: "Keuze vastgelegd voor ‘%@’.",
            notSaved: "Niet vastgelegd:",
            closeHeading: "De ronde sluiten",
            closeIntro: "Sluit de ronde als elk domein een keuze of ‘geen keuze’ heeft. Daarna liggen de keuzes vast.",
            closeButton: "Ronde sluiten", openDomains: "Nog zonder keuze: %@", closedLine: "Deze ronde is gesloten.",
            roundClosed: "De ronde is gesloten.", nextRound: "Een volgende ronde openen met deze keuzes",
            hiddenStory: "een verhaal dat je niet kunt lezen",
            back: "Terug naar de rondes", datePlaceholder: "JJJJ-MM-DD")

        static let english = Rounds(
            title: "Rounds",
            intro:
                "In a round, a panel chooses the most significant story in each domain of change, and says why. The tellers read that back with their story. A next round chooses from the choices of the one before: first the network table, then for instance the board.",
            homeIntro: "Open a round and record the panel's choices, with the reasons.",
            noRounds: "No rounds yet.", brokenHeading: "Rounds with errors (see verhaal check)",
            panel: "Panel", date: "Date", state: "State", open: "open", closed: "closed", candidatesCount: "%d candidates",
            chosenCount: "{chosen} of {domains} domains chosen", after: "After round",
            openHeading: "Open a round",
            openIntro:
                "The candidates are the stories the filters find (never a private story), or the stories chosen in a closed round.",
            name: "Name of the round",
            nameHint: "Lower-case letters, digits and hyphens, e.g. network-table-2021. The round goes into Stories/rondes/NAME.md.",
            panelHint: "Who chooses, e.g. Network table.",
            candidatesFrom: "Candidates", fromLibrary: "Stories from the library (with the filters below)",
            fromRound: "The choices of %@", filters: "Filters (optional)", kind: "Kind", since: "From", until: "Up to and including",
            dateHint: "As YYYY-MM-DD; empty is today.",
            openButton: "Open the round", notOpened: "The round was not opened. Correct what is below; what you filled in is still there.",
            opened: "Round opened: %@",
            candidatesHeading: "Candidates",
            hiddenCandidates: "You cannot read %d candidates, because they were made private; you cannot choose them.",
            domainsHeading: "Choices per domain of change",
            chosen: "Chosen", noChoice: "No choice", notYet: "No choice yet.", why: "Why", dissent: "Seen differently",
            story: "Story", chooseStory: "(choose a story)", noChoiceOption: "No choice (say why below)",
            reason: "Why is this the most significant story?",
            reasonHint: "In full sentences: at least one sentence of 8 words or more. The teller reads this with the story.",
            dissentLabel: "Seen differently (optional)", dissentHint: "What part of the panel saw differently.",
            pickButton: "Record the choice", changeButton: "Change the choice", pickSaved: "Choice recorded for ‘%@’.",
            notSaved: "Not recorded:",
            closeHeading: "Close the round",
            closeIntro: "Close the round when every domain has a choice or ‘no choice’. After that the choices are fixed.",
            closeButton: "Close the round", openDomains: "Still without a choice: %@", closedLine: "This round is closed.",
            roundClosed: "The round is closed.", nextRound: "Open a next round with these choices",
            hiddenStory: "a story you cannot read",
            back: "Back to the rounds", datePlaceholder: "YYYY-MM-DD")
    }
}
