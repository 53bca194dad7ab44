/// The one stylesheet: readable on a phone, visible keyboard focus, no scripts needed.
enum Stylesheet {
    static let text = """
        :root { --ink: #1f2a33; --accent: #0b5e6b; --soft: #eef4f5; --error: #a4161a; --line: #c9d3d6; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1.0625rem/1.55 "Liberation Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #f2a900; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
        .top { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .75rem 1rem; background: var(--accent); color: #fff; }
        .top a { color: #fff; }
        .brand { font-weight: bold; font-size: 1.25rem; text-decoration: none; }
        .top nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
        .top [aria-current] { font-weight: bold; }
        .signout { margin-left: auto; display: flex; gap: .5rem; align-items: center; }
        .signout button { background: #fff; color: var(--accent); padding: .25rem .75rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; }
        label, legend { font-weight: bold; display: block; margin-bottom: .25rem; }
        .field { margin: 0 0 1.1rem; }
        input[type=text], input[type=date], input[type=search], input[type=password], select, textarea {
            width: 100%; font: inherit; padding: .55rem; border: 2px solid var(--line); border-radius: 4px; }
        textarea { min-height: 12rem; }
        ::placeholder { color: #6b6b6b; font-style: italic; opacity: 1; }
        textarea.short { min-height: 5rem; }
        fieldset { border: 2px solid var(--line); border-radius: 4px; margin: 0 0 1.1rem; padding: .75rem; min-width: 0; }
        .choice { display: flex; gap: .6rem; align-items: flex-start; margin: .4rem 0; }
        .choice input { width: 1.3rem; height: 1.3rem; margin-top: .2rem; flex: none; }
        .choice label { font-weight: normal; }
        .summary { display: block; color: #4a5a63; font-size: .95rem; }
        .hint { margin: 0 0 .3rem; color: #4a5a63; font-size: .95rem; }
        button, .button { display: inline-block; font: inherit; font-weight: bold; padding: .6rem 1.2rem; border: 0; border-radius: 4px;
            background: var(--accent); color: #fff; text-decoration: none; cursor: pointer; }
        .choices { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .6rem; }
        .error { border-left: 5px solid var(--error); background: #fbeaea; padding: .5rem 1rem; }
        .invalid input, .invalid textarea, .invalid select, fieldset.invalid { border-color: var(--error); }
        .field-error { color: var(--error); font-weight: bold; margin: .3rem 0 0; }
        .saved { border-left: 5px solid var(--accent); background: var(--soft); padding: .5rem 1rem; }
        .preview { border: 2px dashed var(--line); border-radius: 6px; padding: 0 1rem; margin: 0 0 1.1rem; }
        .card { border: 2px solid var(--line); border-radius: 6px; padding: 1rem; margin: 1rem 0; }
        .stories { list-style: none; padding: 0; }
        .stories li { padding: .6rem 0; border-bottom: 1px solid var(--line); }
        .meta { display: block; color: #4a5a63; font-size: .95rem; }
        .badge { background: #fff3cd; padding: 0 .4rem; border-radius: 3px; }
        .filters fieldset { display: grid; gap: .5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); align-items: end; }
        .filters .field { margin: 0; }
        .filters-in-form { display: grid; gap: .5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); }
        .filters-in-form .field { margin: 0; }
        .candidates summary h2 { display: inline; }
        details.change summary { color: var(--accent); cursor: pointer; margin-bottom: .75rem; }
        .byline { color: #4a5a63; margin-top: -.5rem; }
        details.about { border-top: 1px solid var(--line); margin: 1.5rem 0 1rem; padding-top: .75rem; }
        details.about summary { color: var(--accent); cursor: pointer; font-weight: bold; }
        .facts div { display: flex; gap: .5rem; flex-wrap: wrap; }
        .facts dt { font-weight: bold; min-width: 8rem; }
        .facts dd { margin: 0; }
        .story-text blockquote { border-left: 4px solid var(--line); margin-left: 0; padding-left: 1rem; }
        .table-scroll { overflow-x: auto; }
        .table-scroll:focus { outline: 3px solid #f2a900; outline-offset: 2px; }
        table.coverage { border-collapse: collapse; min-width: 100%; }
        .coverage th, .coverage td { border: 1px solid var(--line); padding: .45rem .6rem; text-align: left; }
        .coverage td { text-align: center; }
        .coverage td.empty { background: #fbeaea; }
        .missing { color: var(--error); font-size: .9rem; }
        .outline .depth-1 { margin-left: 1.25rem; }
        .outline .depth-2 { margin-left: 2.5rem; }
        .questions fieldset.question { margin-bottom: .75rem; }
        .scale { display: grid; grid-template-columns: 1fr 1fr; gap: .25rem 1rem; align-items: start; }
        .scale input[type=range] { grid-row: 1; grid-column: 1 / -1; width: 100%; margin: .4rem 0; }
        .scale-end { grid-row: 2; font-size: .9rem; overflow-wrap: break-word; }
        .scale-end:last-child { grid-column: 2; text-align: right; }
        .figure svg { width: 100%; height: auto; display: block; border: 1px solid var(--line); }
        main:has(table.patterns) { max-width: 66rem; }
        table.patterns { border-collapse: collapse; width: 100%; font-size: .95rem; }
        .patterns th, .patterns td { border-bottom: 1px solid var(--line); padding: .35rem .4rem; text-align: left; vertical-align: top; }
        .patterns td.number { text-align: right; white-space: nowrap; }
        .patterns td:first-child { min-width: 12rem; }
        .patterns .meta { overflow-wrap: anywhere; }
        .interpretations { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
        .interpretations section { border: 2px solid var(--line); border-radius: 6px; padding: 0 1rem; }
        @media (max-width: 30rem) {
            .signout { margin-left: 0; }
            main { padding: .75rem; }
            .coverage th, .coverage td { padding: .35rem .3rem; font-size: .9rem; hyphens: auto; }
            .coverage tbody th { min-width: 8.5rem; }
        }

        """
}
