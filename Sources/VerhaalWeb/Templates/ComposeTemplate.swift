/// For coordinators: every composition's outline and gaps, with its exports to download.
enum ComposeTemplate {
    static let text = """
        {{<layout}}{{$content}}
        <h1>{{s.compose.title}}</h1>
        <p>{{s.compose.intro}}</p>
        {{#hasBroken}}<section class="card" role="alert">
        <h2>{{s.compose.brokenHeading}}</h2>
        <p>{{s.compose.brokenIntro}}</p>
        <ul>{{#broken}}<li><code>{{file}}</code>: {{summary}}</li>{{/broken}}</ul>
        </section>{{/hasBroken}}
        {{#compositions}}
        <section class="card">
        <h2>{{title}}</h2>
        {{#failure}}<p class="error">{{s.compose.failed}}: {{failure}}</p>{{/failure}}
        {{^failure}}
        <p>{{s.compose.audience}}: {{audience}} · {{entriesLine}}{{#excludedLine}} · {{excludedLine}}{{/excludedLine}}</p>
        <h3>{{s.compose.outline}}</h3>
        <ul class="outline">{{#outline}}<li class="depth-{{depth}}">{{title}} ({{count}})</li>{{/outline}}</ul>
        {{#hasGaps}}<h3>{{s.compose.gaps}}</h3><ul>{{#gaps}}<li>{{.}}</li>{{/gaps}}</ul>{{/hasGaps}}
        <h3>{{s.compose.download}}</h3>
        <ul class="downloads">{{#downloads}}<li><a href="{{href}}" download>{{label}}</a>{{#note}}: {{note}}{{/note}}</li>{{/downloads}}</ul>
        {{/failure}}
        </section>
        {{/compositions}}
        {{/content}}{{/layout}}
        """
}
