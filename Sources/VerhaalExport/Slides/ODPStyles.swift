/// Styles of the slides: 16:9 pages, a notes page, and the paragraph styles for titles,
/// quotes, bullets and notes.
enum ODPStyles {
    static func write(language code: String, to xml: XMLWriter) throws {
        let (language, country) = ODTStyles.language(code)
        try xml.start("office:styles")
        try xml.start("style:default-style")
        try xml.attribute("style:family", "graphic")
        try xml.properties("style:graphic-properties", [("draw:stroke", "none"), ("draw:fill", "none")])
        try xml.properties(
            "style:text-properties",
            [
                ("style:font-name", "Liberation Sans"), ("fo:font-family", "'Liberation Sans'"),
                ("fo:language", language), ("fo:country", country),
            ])
        try xml.end()
        try xml.newline()
        try xml.end()
        try xml.newline()

        try xml.start("office:automatic-styles")
        try pageLayout("DiaLayout", width: "28cm", height: "15.75cm", orientation: "landscape", xml)
        try pageLayout("NotitieLayout", width: "21cm", height: "29.7cm", orientation: "portrait", xml)
        try xml.start("style:style")
        try xml.attribute("style:name", "Dia")
        try xml.attribute("style:family", "drawing-page")
        try xml.properties(
            "style:drawing-page-properties",
            [
                ("draw:fill", "solid"), ("draw:fill-color", "#ffffff"),
                ("presentation:background-visible", "true"), ("presentation:background-objects-visible", "true"),
            ])
        try xml.end()
        try xml.newline()
        try xml.start("style:style")
        try xml.attribute("style:name", "Kader")
        try xml.attribute("style:family", "presentation")
        try xml.properties(
            "style:graphic-properties",
            [
                ("draw:fill", "none"), ("draw:stroke", "none"), ("draw:auto-grow-height", "false"),
                ("draw:textarea-vertical-align", "top"), ("fo:padding", "0.1cm"),
            ])
        try xml.end()
        try xml.newline()
        let styles: [(String, [(String, String)], [(String, String)])] = [
            (
                "PTitelGroot", [("fo:text-align", "center")],
                [("fo:font-size", "36pt"), ("fo:font-weight", "bold"), ("fo:color", "#1b3a57")]
            ),
            ("PTitel", [("fo:text-align", "start")], [("fo:font-size", "30pt"), ("fo:font-weight", "bold"), ("fo:color", "#1b3a57")]),
            ("PSubtitel", [("fo:text-align", "center")], [("fo:font-size", "20pt"), ("fo:color", "#2f6690")]),
            (
                "PCitaat", [("fo:text-align", "start"), ("fo:margin-bottom", "0.2cm")],
                [("fo:font-size", "22pt"), ("fo:font-style", "italic"), ("fo:color", "#333333")]
            ),
            ("PPunt", [("fo:margin-bottom", "0.2cm")], [("fo:font-size", "20pt"), ("fo:color", "#222222")]),
            ("PNotitie", [("fo:margin-bottom", "0.2cm")], [("fo:font-size", "12pt")]),
        ]
        for (name, paragraph, text) in styles {
            try xml.start("style:style")
            try xml.attribute("style:name", name)
            try xml.attribute("style:family", "paragraph")
            try xml.properties("style:paragraph-properties", paragraph)
            try xml.properties("style:text-properties", text)
            try xml.end()
            try xml.newline()
        }
        try xml.start("text:list-style")
        try xml.attribute("style:name", "LPunt")
        try xml.start("text:list-level-style-bullet")
        try xml.attribute("text:level", "1")
        try xml.attribute("text:bullet-char", "•")
        try xml.start("style:list-level-properties")
        try xml.attribute("text:space-before", "0.3cm")
        try xml.attribute("text:min-label-width", "0.9cm")
        try xml.end()
        try xml.end()
        try xml.end()
        try xml.newline()
        try xml.end()
        try xml.newline()

        try xml.start("office:master-styles")
        try xml.start("style:master-page")
        try xml.attribute("style:name", "Verhaal")
        try xml.attribute("style:page-layout-name", "DiaLayout")
        try xml.attribute("draw:style-name", "Dia")
        try xml.start("presentation:notes")
        try xml.attribute("style:page-layout-name", "NotitieLayout")
        try xml.end()
        try xml.end()
        try xml.end()
        try xml.newline()
    }

    private static func pageLayout(_ name: String, width: String, height: String, orientation: String, _ xml: XMLWriter) throws {
        try xml.start("style:page-layout")
        try xml.attribute("style:name", name)
        try xml.properties(
            "style:page-layout-properties",
            [
                ("fo:margin-top", "0cm"), ("fo:margin-bottom", "0cm"), ("fo:margin-left", "0cm"), ("fo:margin-right", "0cm"),
                ("fo:page-width", width), ("fo:page-height", height), ("style:print-orientation", orientation),
            ])
        try xml.end()
        try xml.newline()
    }
}
