extension WebStrings {
    /// The words of the patterns pages and of the static report (`verhaal patterns --out`).
    struct Patterns: Sendable {
        var title, intro, howToRead, pattern, test, n, q, effect, notes, mark, markColumn, observations, suggestive, fewStories,
            smallExpected,
            untested, back, stories, storiesIntro, noStories, observationsHeading, noObservations, markHeading, markSave,
            observationHeading, observationIntro, observationTitle, strength, observationText, interpretation,
            interpretationTitle, interpretationText, interpretationQuestions, interpretationIdea, save, saved,
            coverage, observedBy, questions, idea, unmarked, allPatterns, notSaved: String
        var markNames: [String: String]
        var strengthNames: [String]

        static let dutch = Patterns(
            title: "Patronen",
            intro:
                "Elke vraag, les, perspectief, soort en kwartaal, alleen en in paren, over de verhalen die het netwerk mag zien. Privéverhalen tellen nergens mee.",
            howToRead:
                "n is het aantal verhalen met een antwoord op beide vragen. q is het aandeel valse vondsten dat je accepteert als je dit patroon nog een vondst noemt (false discovery rate), na correctie voor alle toetsen samen: wie alle patronen met q ≤ 0,10 een vondst noemt, mag verwachten dat ongeveer een op de tien toeval is. Onder 0,05 is het gesprek waard. Suggestief betekent: q tussen 0,05 en 0,2, een reden om te kijken, geen vondst. Op minder dan 30 verhalen kan alleen een sterk patroon zich tonen. Een verborgen aantal staat er als x (of, voor coördinatoren, als <3): een kleine groep, of een vak dat een kleine groep zou verraden, zodat niemand zijn eigen antwoord of dat van een ander terugziet.",
            pattern: "Patroon", test: "Toets", n: "n", q: "q", effect: "Effect", notes: "Let op", mark: "Markering",
            markColumn: "Markering (waarnemingen)",
            observations: "Waarnemingen", suggestive: "suggestief", fewStories: "< 30 verhalen", smallExpected: "verwacht < 5",
            untested: "Zonder toets (te weinig verhalen of geen variatie)", back: "Terug naar de patronen",
            stories: "Verhalen achter dit patroon",
            storiesIntro: "Een vaste steekproef van hoogstens 10 verhalen, alleen uit groepen van minstens 3 verhalen.",
            noStories: "Geen verhalen om te tonen: elke groep is kleiner dan 3.",
            observationsHeading: "Waarnemingen en duidingen", noObservations: "Nog geen waarnemingen bij dit patroon.",
            markHeading: "Hoe opmerkelijk is dit patroon?", markSave: "Markering bewaren",
            observationHeading: "Een waarneming schrijven",
            observationIntro:
                "Schrijf op wat je ziet, en geef minstens twee duidingen die met elkaar wedijveren. De waarneming komt als bestand in Stories/duiding/.",
            observationTitle: "Titel", strength: "Sterkte", observationText: "Wat zie je?", interpretation: "Duiding %d",
            interpretationTitle: "Titel", interpretationText: "Uitleg", interpretationQuestions: "Vragen (één per regel)",
            interpretationIdea: "Idee", save: "Waarneming bewaren", saved: "Bewaard in %@.",
            coverage: "Lessen × perspectieven", observedBy: "Waargenomen door", questions: "Vragen", idea: "Idee",
            unmarked: "niet gemarkeerd", allPatterns: "Alle patronen", notSaved: "Niet bewaard: verbeter wat hieronder staat.",
            markNames: ["yes": "opmerkelijk", "maybe": "misschien", "no": "niet opmerkelijk", "redundant": "dubbel"],
            strengthNames: ["1 zwak", "2 middel", "3 sterk"])

        static let english = Patterns(
            title: "Patterns",
            intro:
                "Every question, lesson, perspective, kind and quarter, alone and in pairs, over the stories the network may see. Private stories count in nothing.",
            howToRead:
                "n is the number of stories with an answer on both dimensions. q is the false discovery rate at which this pattern would still be called a finding, after correcting for all the tests together: call every pattern with q ≤ 0.10 a finding and expect about one in ten of them to be chance. Under 0.05 is worth a conversation. Suggestive means q between 0.05 and 0.2: a reason to look, not a finding. On fewer than 30 stories only a strong pattern can show. A hidden count shows as x (or, for coordinators, as <3): a small group, or a cell that would give a small group away, so that no one sees their own answer or someone else's back.",
            pattern: "Pattern", test: "Test", n: "n", q: "q", effect: "Effect", notes: "Note", mark: "Mark",
            markColumn: "Mark (observations)",
            observations: "Observations", suggestive: "suggestive", fewStories: "< 30 stories", smallExpected: "expected < 5",
            untested: "Without a test (too few stories or no variation)", back: "Back to the patterns",
            stories: "Stories behind this pattern",
            storiesIntro: "A fixed sample of at most 10 stories, only from groups of at least 3 stories.",
            noStories: "No stories to show: every group is smaller than 3.",
            observationsHeading: "Observations and interpretations", noObservations: "No observations about this pattern yet.",
            markHeading: "How remarkable is this pattern?", markSave: "Save the mark",
            observationHeading: "Write an observation",
            observationIntro:
                "Write down what you see, and give at least two competing interpretations. The observation becomes a file in Stories/duiding/.",
            observationTitle: "Title", strength: "Strength", observationText: "What do you see?", interpretation: "Interpretation %d",
            interpretationTitle: "Title", interpretationText: "Reading", interpretationQuestions: "Questions (one per line)",
            interpretationIdea: "Idea", save: "Save the observation", saved: "Saved in %@.",
            coverage: "Lessons × perspectives", observedBy: "Observed by", questions: "Questions", idea: "Idea",
            unmarked: "not marked", allPatterns: "All patterns", notSaved: "Not saved: fix what is shown below.",
            markNames: ["yes": "remarkable", "maybe": "maybe", "no": "not remarkable", "redundant": "redundant"],
            strengthNames: ["1 weak", "2 medium", "3 strong"])
    }
}
