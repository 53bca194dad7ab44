extension WebStrings {
    /// The words of changing and withdrawing a story, and of a speaker's consent.
    struct Privacy: Sendable {
        var edit, withdraw, editHeading, toldBy, editIntro, withdrawHeading, withdrawIntro, withdrawKeeps, reason, reasonHint,
            withdrawButton, cancel, withdrawn, consent, consentUnknown, notCommitted, commitFailed, history, historyHeading,
            noHistory, fields, text: String
        var consentNames: [String: String]

        static let dutch = Privacy(
            edit: "Bewerken", withdraw: "Verhaal terugtrekken", editHeading: "%@ bewerken", toldBy: "Verteld door %@.",
            editIntro: "Wat dit formulier niet laat zien, blijft zoals het was.",
            withdrawHeading: "%@ terugtrekken",
            withdrawIntro:
                "Het verhaal verdwijnt uit de bibliotheek, uit zoeken, uit de patronen en uit elk document dat hierna gemaakt wordt.",
            withdrawKeeps:
                "Alleen de naam van het bestand (%@), de datum en wie het terugtrok blijven bewaard, zodat het niet terugkomt. Nooit de titel of de tekst.",
            reason: "Waarom (niet verplicht)", reasonHint: "Noem hier geen namen.",
            withdrawButton: "Ja, trek het verhaal terug", cancel: "Nee, terug naar het verhaal",
            withdrawn: "Het verhaal is teruggetrokken.",
            consent: "Mag deze persoon met naam genoemd worden?", consentUnknown: "nog niet gevraagd",
            notCommitted: "Het is bewaard, maar git kon het niet vastleggen. De coördinator ziet dat op de startpagina.",
            commitFailed: "Een wijziging is bewaard maar niet vastgelegd in git: %@",
            history: "Geschiedenis", historyHeading: "Geschiedenis van %@",
            noHistory: "Dit verhaal staat nog in geen enkele vastlegging in git.",
            fields: "velden", text: "tekst",
            consentNames: [
                "public": "Ja, ook buiten het netwerk", "network": "Alleen binnen het netwerk", "none": "Nee, nergens met naam",
            ])

        static let english = Privacy(
            edit: "Edit", withdraw: "Withdraw this story", editHeading: "Edit %@", toldBy: "Told by %@.",
            editIntro: "What this form does not show stays as it was.",
            withdrawHeading: "Withdraw %@",
            withdrawIntro: "The story leaves the library, search, the patterns and every document made from now on.",
            withdrawKeeps:
                "Only the file's name (%@), the date and who withdrew it are kept, so that it does not come back. Never its title or text.",
            reason: "Why (optional)", reasonHint: "Do not write names here.",
            withdrawButton: "Yes, withdraw the story", cancel: "No, back to the story",
            withdrawn: "The story has been withdrawn.",
            consent: "May this person be named?", consentUnknown: "not asked yet",
            notCommitted: "It is saved, but git could not commit it. The coordinator sees this on the home page.",
            commitFailed: "A change was saved but not committed to git: %@",
            history: "History", historyHeading: "History of %@", noHistory: "This story is in no git commit yet.", fields: "fields",
            text: "text",
            consentNames: ["public": "Yes, also outside the network", "network": "Only within the network", "none": "No, nowhere by name"])
    }
}
