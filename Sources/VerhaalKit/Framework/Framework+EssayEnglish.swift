extension Framework {
    /// The essay's framework in English: the same ids and numbers as `essay`, so a library can
    /// switch language without touching a story. Translated from the essay, not quoted.
    public static let essayEnglish: Framework = {
        var framework = essayEnglishWithoutDomains
        framework.domains = ChangeDomain.defaults(lessons: framework.lessons, language: .english)
        return framework
    }()

    private static let essayEnglishWithoutDomains = Framework(
        lessons: [
            Lesson(
                id: "resultaat", number: 1,
                title: "Focus on results, not on the form of collaboration",
                summary: """
                    An organisation network is not a goal in itself. Whoever puts a lot of energy \
                    into the form of the collaboration loses sight of its result for society. Make \
                    the shared result measurable and look at it together regularly.
                    """,
                spelvorm: """
                    Game form 1 lets the participants put one shared ambition and a desired result \
                    into words in a creative way, so that this picture takes centre stage in the \
                    daily work.
                    """),
            Lesson(
                id: "grenzeloos", number: 2,
                title: "Think and act without boundaries",
                summary: """
                    Wicked problems cannot be solved within the boundaries of one organisation. Move \
                    decision-making to the network, work from the intention rather than the letter, \
                    and ask what you contribute rather than who you are.
                    """,
                spelvorm: """
                    Game form 2 opens the conversation about the complex challenges in the network \
                    and looks for solutions that work from the spirit of the collaboration.
                    """),
            Lesson(
                id: "delen", number: 3,
                title: "Leadership: sharing as the common thread",
                summary: """
                    In networks that work, sharing goes without saying: knowledge, people, data, \
                    time, space and doubts. Directors set the example, at home in their own \
                    organisation and at the network table.
                    """,
                spelvorm: """
                    Game form 3 lets you discover which leadership role suits you and whether every \
                    role in the network is filled, as the start of a conversation about network \
                    leadership.
                    """),
            Lesson(
                id: "dynamiek", number: 4,
                title: "Organisation networks are dynamic and complex",
                summary: """
                    A network is a loosely coupled system of goals, interests, relationships and \
                    characters that travels through time. Participants come and go; the ability to \
                    adapt is the core competence. Embrace the complexity instead of organising it \
                    away.
                    """,
                spelvorm: """
                    Game form 4 maps the network's most important success factors, with the worries \
                    and challenges that come with each of them.
                    """),
            Lesson(
                id: "verhaal", number: 5,
                title: "The story of collaboration connects and inspires",
                summary: """
                    Stories give meaning to what a network does. Whoever shares what they lived \
                    through takes others along and shows where collaboration succeeds and where it \
                    chafes. A good story offers a beckoning perspective.
                    """,
                spelvorm: """
                    Game form 5 helps to make a story together about the network's intention and its \
                    effects, with an eye for the shared result and the interests of every party.
                    """),
        ],
        perspectives: [
            Perspective(
                id: "jezelf", title: "Yourself",
                summary: """
                    A network starts with the participant who dares to look in the mirror and looks \
                    for travelling companions.
                    """,
                questions: [
                    "Why do I want to take part in an organisation network?",
                    "What picture of collaboration do I bring, and is that picture still right?",
                    "What behaviour does the network ask of me, and can I show it?",
                    "Who are my travelling companions, and how do I organise a reflective attitude around me?",
                ]),
            Perspective(
                id: "bestuurder", title: "Your role as a director",
                summary: """
                    The director takes decisions at the network table, seeks support for them in \
                    their own organisation, and gives staff room and backing.
                    """,
                questions: [
                    "Are decisions taken in the network, or do I bring decisions from home?",
                    "How does a network decision gain the support of the supervisory board and the tenants?",
                    "What room do my staff get to experiment and to make mistakes?",
                    "What leadership suits the network now, and which role suits me now?",
                ]),
            Perspective(
                id: "netwerk", title: "The organisation network",
                summary: """
                    Not the system but the people come first: a network is a network of doers that \
                    exists for as long as it contributes to a solution.
                    """,
                questions: [
                    "Which wicked problem are we solving together, and how do the people concerned experience it?",
                    "Is an organisation network really needed here, or would a simpler form do?",
                    "Who are the front runners with whom we can start small?",
                    "What have we learned, what are we still missing, and what is the next step?",
                ]),
        ],
        questions: Framework.essayQuestions(.english))

    /// The essay's framework in `language`.
    public static func essay(in language: Language) -> Framework {
        switch language {
        case .dutch: .essay
        case .english: .essayEnglish
        }
    }
}
