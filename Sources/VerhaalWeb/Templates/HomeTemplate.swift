/// The start page: what to do here.
enum HomeTemplate {
    static let text = """
        {{<layout}}{{$content}}
        <h1>{{welcome}}</h1>
        {{#commitProblem}}<div class="problems" role="alert"><p>{{commitProblem}}</p></div>{{/commitProblem}}
        <p>{{s.home.intro}}</p>
        <h2>{{s.home.recordHeading}}</h2>
        <ul class="choices">
        {{#kinds}}<li><a class="button" href="/vertellen/{{slug}}">{{label}}</a></li>{{/kinds}}
        </ul>
        {{#hasChosen}}
        <h2>{{s.home.chosenHeading}}</h2>
        <ul class="links">
        {{#chosen}}<li><a href="/verhalen/{{id}}">{{title}}</a>{{#lines}}<br>{{.}}{{/lines}}</li>{{/chosen}}
        </ul>
        {{/hasChosen}}
        <h2>{{s.home.readHeading}}</h2>
        <ul class="links">
        <li><a href="/verhalen">{{s.nav.stories}}</a>: {{s.home.readIntro}}</li>
        <li><a href="/dekking">{{s.nav.coverage}}</a>: {{s.home.coverageIntro}}</li>
        {{#member.isCoordinator}}<li><a href="/samenstellen">{{s.nav.compose}}</a>: {{s.home.composeIntro}}</li>
        <li><a href="/rondes">{{s.nav.rounds}}</a>: {{s.rounds.homeIntro}}</li>{{/member.isCoordinator}}
        </ul>
        {{/content}}{{/layout}}
        """
}
