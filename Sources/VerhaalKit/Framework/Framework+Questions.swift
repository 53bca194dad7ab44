extension Framework {
    /// The essay's story questions, in Dutch or English. Each comes from the essay: the
    /// *pendule* between one's own organisation and the network and the pull of the
    /// samenwerkingsvorm (2.1), the hard and the soft side of working together (2.1, "Gedrag"),
    /// the leadership of spelvorm 3 (2.3) and how a story felt; and who tells it.
    public static func essayQuestions(_ language: Language) -> [Question] {
        let english = language == .english
        func text(_ dutch: String, _ englishText: String) -> String { english ? englishText : dutch }
        func options(_ pairs: [(String, String, String)]) -> [QuestionOption] {
            pairs.map { QuestionOption(id: $0.0, title: english ? $0.2 : $0.1) }
        }
        return [
            Question(
                id: "pendule", type: .scale,
                prompt: text("Waar ging in dit verhaal de aandacht naartoe?", "Where did the attention go in this story?"),
                left: text("de eigen organisatie", "one's own organisation"), right: text("het netwerk", "the network"),
                lessons: ["grenzeloos"]),
            Question(
                id: "vorm-resultaat", type: .scale,
                prompt: text("Waar ging het in dit verhaal vooral over?", "What was this story mostly about?"),
                left: text("de samenwerkingsvorm", "the form of the collaboration"),
                right: text("het gezamenlijke resultaat", "the shared result"), lessons: ["resultaat"]),
            Question(
                id: "hard-zacht", type: .scale,
                prompt: text("Welke kant van samenwerken stond voorop?", "Which side of working together came first?"),
                left: text("de harde kant (budgetten, afspraken, effectmeting)", "the hard side (budgets, agreements, measuring effects)"),
                right: text("de zachte kant (gedrag, waarden, vertrouwen)", "the soft side (behaviour, values, trust)")),
            Question(
                id: "leiderschap", type: .choices,
                prompt: text("Welk leiderschap liet dit verhaal zien?", "Which leadership did this story show?"),
                options: options([
                    ("verantwoordelijkheid", "verantwoordelijkheid nemen", "taking responsibility"),
                    ("regie", "regie nemen", "taking the lead"),
                    ("ruimte", "ruimte bieden", "giving room"),
                    ("vertrouwen", "vertrouwen bieden", "giving trust"),
                    ("delen", "delen", "sharing"),
                ]),
                maximum: 3, lessons: ["delen"]),
            Question(
                id: "gevoel", type: .choice,
                prompt: text("Hoe voelde het?", "How did it feel?"),
                options: options([
                    ("inspirerend", "inspirerend", "inspiring"), ("hoopvol", "hoopvol", "hopeful"),
                    ("gemengd", "gemengd", "mixed"), ("zorgelijk", "zorgelijk", "worrying"),
                    ("frustrerend", "frustrerend", "frustrating"),
                ])),
            Question(
                id: "rol", type: .choice, about: .teller,
                prompt: text("Wat is je rol in het netwerk?", "What is your role in the network?"),
                options: options([
                    ("bestuurder", "bestuurder", "director"), ("toezichthouder", "toezichthouder", "supervisory board member"),
                    ("medewerker", "medewerker", "staff member"), ("bewoner", "bewoner of huurder", "resident or tenant"),
                    ("partner", "partner", "partner"), ("anders", "anders", "other"),
                ])),
            Question(
                id: "organisatie", type: .choice, about: .teller,
                prompt: text("Bij wat voor organisatie werk je?", "What kind of organisation do you work for?"),
                options: options([
                    ("corporatie", "woningcorporatie", "housing corporation"), ("gemeente", "gemeente", "municipality"),
                    ("zorg", "zorg", "care"), ("welzijn", "welzijn", "welfare"), ("onderwijs", "onderwijs", "education"),
                    ("anders", "anders", "other"),
                ])),
        ]
    }
}
