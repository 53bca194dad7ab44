extension WebStrings {
    static let english = WebStrings(
        lang: "en",
        nav: .init(
            record: "Tell", stories: "Stories", coverage: "Coverage", patterns: "Patterns", compose: "Compose",
            signedInAs: "Signed in as", signOut: "Sign out", skipToContent: "Skip to content",
            mainMenu: "Main menu"),
        signIn: .init(
            title: "Sign in",
            intro: "Sign in with the personal link the network's coordinator gave you.",
            label: "Your link or code",
            hint: "Paste the whole link, or only the part after token=.",
            button: "Sign in",
            invalid: "This link is not valid (any more). Ask the coordinator for a new link.",
            tooMany: "Too many failed attempts. Try again in %d minutes.",
            confirmIntro: "You opened a personal sign-in link. Press the button to sign in with it.",
            switchWarning:
                "You are signed in as %@ now. If you sign in with this link, you no longer are: what you record next is saved in the name of the link's owner.",
            stay: "No, stay signed in as %@",
            crossSite: "You can only sign in from this site's own sign-in page. Open your personal link again."),
        home: .init(
            welcome: "Welcome, %@",
            intro:
                "Record what you saw, heard and lived through in the network. Every story goes into the shared library, linked to the five lessons and the three perspectives.",
            recordHeading: "Tell a story",
            readHeading: "Read",
            readIntro: "Read the network's stories, filtered by lesson, perspective, tag or text.",
            coverageIntro: "See which lessons and perspectives still lack stories.",
            composeIntro: "Compose the shared narrative and download the documents."),
        record: .init(
            teller: "You are telling as %@.",
            title: "Title", date: "Date", place: "Place",
            visit: "Visit", noVisit: "(no visit)",
            organizations: "Organisations", organizationsHint: "Separate several organisations with commas.",
            speaker: "Who said it", role: "Role or position", source: "Source (where it was said or written)",
            text: "The story",
            textHint: "Markdown: a blank line starts a new paragraph, *italic*, **bold**, - for a list.",
            lessons: "Lessons", perspectives: "Perspectives",
            tags: "Tags", tagsHint: "Separate tags with commas. Existing tags are suggested.",
            share: "Who may read this?", save: "Save",
            notSaved: "The story has not been saved yet. Correct the points below; what you entered is still there.",
            saved: "Saved as %@.", savedIn: "In the library: %@",
            preview: "This is how the text looks",
            dateHint: "As YYYY-MM-DD, for example 2019-06-12.",
            recordAnother: "Tell another story",
            storyQuestions: "How you see this story",
            storyQuestionsIntro:
                "Answer what fits your story, so that many stories together show patterns. Leave what does not fit at 'not applicable'.",
            tellerQuestions: "About you",
            tellerQuestionsIntro: "Filled in from your previous answers; change them if they have changed.",
            notApplicable: "not applicable",
            scaleHint: "Untick 'not applicable' and move the slider to where your story stands."),
        stories: .init(
            title: "Stories", filter: "Filter", lesson: "Lesson", perspective: "Perspective", tag: "Tag",
            text: "Search (title, text, tags, place)", any: "(all)", apply: "Show", reset: "Show all",
            none: "No stories found.", count: "%d stories",
            onlyYou: "only you",
            kind: "Kind", date: "Date", teller: "Teller", place: "Place", visit: "Visit",
            organizations: "Organisations", speaker: "Speaker", tags: "Tags", lessons: "Lessons",
            perspectives: "Perspectives", share: "Shared with", path: "File", back: "Back to the stories",
            answers: "The teller's answers", pages: "Pages", pageOf: "page {page} of {pages}",
            previous: "← Previous", next: "Next →"),
        patterns: .english,
        coverage: .init(
            title: "Coverage",
            intro:
                "How many stories there are for each lesson and perspective. An empty cell shows where stories are missing; choose a number to read the stories.",
            lesson: "Lesson", total: "Total", missing: "missing",
            gapsHeading: "Stories are still missing here", noGaps: "Every combination has at least one story."),
        compose: .init(
            title: "Compose",
            intro: "Every composition is made from the stories in the library now. Private stories never reach a document.",
            audience: "Audience", entries: "%d stories", outline: "Outline", gaps: "Empty parts",
            download: "Download", excluded: "%d stories left out because they may not be shared",
            failed: "This composition cannot be made now",
            brokenHeading: "Files with errors",
            brokenIntro:
                "These stories have errors. They stay out of every export until they are fixed; the rest of the library is exported as usual."
        ),
        errors: .init(
            notFound: "Not found", notFoundText: "This page or story does not exist, or you may not see it.",
            forbidden: "No access", forbiddenText: "This page is for coordinators only.",
            tooLarge: "Too large", tooLargeText: "What you sent is larger than %@. Shorten the text or spread it over more stories.",
            badRequest: "Something went wrong", badRequestText: "The form could not be read. Please try again.",
            expiredForm: "The form had expired or did not come from this site, and was not saved. Open it again and try once more.",
            libraryHasErrors: "The composition has errors",
            libraryHasErrorsText: "This composition has errors and is not made until they are fixed:",
            home: "Back to the start"),
        kinds: ["travel-log": "Travel log", "anecdote": "Anecdote", "quote": "Quote"],
        recordTitles: ["travel-log": "Write a travel-log entry", "anecdote": "Tell an anecdote", "quote": "Record a quote"],
        shareNames: ["private": "Only me", "network": "The network", "public": "Everyone"],
        sharePromises: [
            "private": "Only you see this story. It never goes into a document or presentation.",
            "network": "Every member of the network can read it, and it may go into documents for the network.",
            "public": "It may also go into public documents, such as an annual report.",
        ])
}
