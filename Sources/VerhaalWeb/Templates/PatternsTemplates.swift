/// The patterns index and a pattern's page. Their bodies are partials shared by the web pages
/// (inside the layout) and the static report of `verhaal patterns --out` (inside
/// `reportLayout`), so both show the same thing. Figures are SVG from `PatternFigure`, written
/// through libxml2, and go in unescaped.
enum PatternsTemplates {
    static let listBody = """
        {{#list}}
        <h1>{{s.patterns.title}}</h1>
        <p>{{s.patterns.intro}} {{summary}}</p>
        <p class="hint">{{s.patterns.howToRead}}</p>
        <div class="table-scroll">
        <table class="patterns">
        <thead><tr><th scope="col">{{s.patterns.pattern}}</th><th scope="col">{{s.patterns.test}}</th><th scope="col">{{s.patterns.n}}</th><th scope="col">{{s.patterns.q}}</th><th scope="col">{{s.patterns.effect}}</th><th scope="col">{{s.patterns.notes}}</th><th scope="col">{{s.patterns.markColumn}}</th></tr></thead>
        <tbody>
        {{#tested}}<tr><td><a href="{{href}}">{{title}}</a><span class="meta">{{id}}</span></td><td>{{test}}</td><td class="number">{{n}}</td><td class="number">{{q}}</td><td class="number">{{effect}}</td><td>{{notes}}</td><td>{{mark}}</td></tr>
        {{/tested}}
        </tbody>
        </table>
        </div>
        <h2>{{s.patterns.coverage}}</h2>
        <div class="figure">{{{coverageSVG}}}</div>
        {{#hasUntested}}
        <h2>{{s.patterns.untested}}</h2>
        <ul class="stories">
        {{#untested}}<li><a href="{{href}}">{{title}}</a> <span class="meta">{{id}} · n = {{n}}</span></li>
        {{/untested}}
        </ul>
        {{/hasUntested}}
        {{/list}}
        """

    static let detailBody = """
        {{#detail}}
        <h1>{{title}}</h1>
        <p class="meta">{{id}} · {{s.patterns.mark}}: {{mark}}</p>
        <div class="figure">{{{figureSVG}}}</div>
        <p>{{statistics}}</p>
        {{#hasPairs}}<ul>{{#pairs}}<li>{{.}}</li>{{/pairs}}</ul>{{/hasPairs}}
        <h2>{{s.patterns.stories}}</h2>
        <p class="hint">{{s.patterns.storiesIntro}}</p>
        {{#hasStories}}<ul class="stories">{{#stories}}<li>{{#href}}<a href="{{href}}">{{title}}</a>{{/href}}{{^href}}{{title}}{{/href}}<span class="meta">{{meta}}</span></li>
        {{/stories}}</ul>{{/hasStories}}
        {{^hasStories}}<p>{{s.patterns.noStories}}</p>{{/hasStories}}
        <h2>{{s.patterns.observationsHeading}}</h2>
        {{^hasObservations}}<p>{{s.patterns.noObservations}}</p>{{/hasObservations}}
        {{#observations}}
        <article class="card">
        <h3>{{title}}</h3>
        <p class="meta">{{meta}}</p>
        <div class="story-text">{{{textHTML}}}</div>
        <div class="interpretations">
        {{#interpretations}}<section><h4>{{title}}</h4><p>{{text}}</p>{{#hasQuestions}}<p><strong>{{s.patterns.questions}}:</strong></p><ul>{{#questions}}<li>{{.}}</li>{{/questions}}</ul>{{/hasQuestions}}{{#idea}}<p><strong>{{s.patterns.idea}}:</strong> {{idea}}</p>{{/idea}}</section>
        {{/interpretations}}
        </div>
        </article>
        {{/observations}}
        {{/detail}}
        """

    /// The cohorts of one dimension side by side (`patterns --compare DIM --out`): a small
    /// multiple per question.
    static let compareBody = """
        {{#compare}}
        <h1>{{title}}</h1>
        <p>{{summary}}</p>
        {{#profiles}}
        <section class="card">
        <h2>{{title}}</h2>
        <div class="figure">{{{figureSVG}}}</div>
        <p>{{statistics}}</p>
        </section>
        {{/profiles}}
        {{/compare}}
        """

    /// The web index.
    static let list = """
        {{<layout}}{{$content}}
        {{>patternListBody}}
        {{/content}}{{/layout}}
        """

    /// The web page of a pattern, with the coordinator's forms to mark it and to write an
    /// observation.
    static let detail = """
        {{<layout}}{{$content}}
        <p><a href="/patronen">{{s.patterns.back}}</a></p>
        {{#saved}}<p class="saved" role="status">{{saved}}</p>{{/saved}}
        {{>patternDetailBody}}
        {{#form}}
        <h2 id="markeren">{{s.patterns.markHeading}}</h2>
        <form method="post" action="{{markAction}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <fieldset><legend>{{s.patterns.mark}}</legend>
        {{#marks}}<div class="choice"><input type="radio" name="mark" id="mark-{{value}}" value="{{value}}"{{#selected}} checked{{/selected}}><label for="mark-{{value}}">{{label}}</label></div>
        {{/marks}}
        </fieldset>
        <button type="submit">{{s.patterns.markSave}}</button>
        </form>
        <h2 id="waarneming">{{s.patterns.observationHeading}}</h2>
        <p class="hint">{{s.patterns.observationIntro}}</p>
        {{#hasProblems}}<div class="error" role="alert"><p>{{s.patterns.notSaved}}</p><ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
        <form method="post" action="{{observationAction}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <div class="field"><label for="title">{{s.patterns.observationTitle}}</label><input type="text" id="title" name="title" value="{{title}}" required></div>
        <fieldset><legend>{{s.patterns.strength}}</legend>
        {{#strengths}}<div class="choice"><input type="radio" name="strength" id="strength-{{value}}" value="{{value}}"{{#selected}} checked{{/selected}}><label for="strength-{{value}}">{{label}}</label></div>
        {{/strengths}}
        </fieldset>
        <div class="field"><label for="text">{{s.patterns.observationText}}</label><textarea id="text" name="text" required>{{text}}</textarea></div>
        {{#interpretations}}
        <fieldset><legend>{{legend}}</legend>
        <div class="field"><label for="i{{number}}-title">{{s.patterns.interpretationTitle}}</label><input type="text" id="i{{number}}-title" name="interpretation{{number}}Title" value="{{title}}"></div>
        <div class="field"><label for="i{{number}}-text">{{s.patterns.interpretationText}}</label><textarea id="i{{number}}-text" name="interpretation{{number}}Text">{{text}}</textarea></div>
        <div class="field"><label for="i{{number}}-questions">{{s.patterns.interpretationQuestions}}</label><textarea id="i{{number}}-questions" name="interpretation{{number}}Questions">{{questions}}</textarea></div>
        <div class="field"><label for="i{{number}}-idea">{{s.patterns.interpretationIdea}}</label><input type="text" id="i{{number}}-idea" name="interpretation{{number}}Idea" value="{{idea}}"></div>
        </fieldset>
        {{/interpretations}}
        <button type="submit">{{s.patterns.save}}</button>
        </form>
        {{/form}}
        {{/content}}{{/layout}}
        """

    /// The frame of the static report's pages: no menu, the stylesheet inline.
    static let reportLayout = """
        <!DOCTYPE html>
        <html lang="{{s.lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · {{s.appName}}</title>
        <style>{{{stylesheet}}}</style>
        </head>
        <body>
        <main id="inhoud">
        {{#backHref}}<p><a href="{{backHref}}">{{s.patterns.back}}</a></p>{{/backHref}}
        {{>patternListBody}}
        {{>patternDetailBody}}
        {{>patternCompareBody}}
        </main>
        </body>
        </html>

        """
}
