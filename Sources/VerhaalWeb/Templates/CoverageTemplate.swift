/// The lessons × perspectives table: how many stories each combination has.
enum CoverageTemplate {
    static let text = """
        {{<layout}}{{$content}}
        <h1 id="dekking-titel">{{s.coverage.title}}</h1>
        <p>{{s.coverage.intro}}</p>
        <div class="table-scroll" role="region" aria-labelledby="dekking-titel" tabindex="0">
        <table class="coverage">
        <thead>
        <tr><th scope="col">{{s.coverage.lesson}}</th>{{#perspectives}}<th scope="col">{{title}}</th>{{/perspectives}}<th scope="col">{{s.coverage.total}}</th></tr>
        </thead>
        <tbody>
        {{#rows}}
        <tr>
        <th scope="row">{{number}}. {{title}}</th>
        {{#cells}}<td class="{{#isEmpty}}empty{{/isEmpty}}">{{#isEmpty}}<span class="missing">{{s.coverage.missing}}</span>{{/isEmpty}}{{^isEmpty}}<a href="{{href}}">{{count}}</a>{{/isEmpty}}</td>{{/cells}}
        <td><a href="{{href}}">{{total}}</a></td>
        </tr>
        {{/rows}}
        </tbody>
        <tfoot>
        <tr><th scope="row">{{s.coverage.total}}</th>{{#perspectiveTotals}}<td><a href="{{href}}">{{total}}</a></td>{{/perspectiveTotals}}<td>{{grandTotal}}</td></tr>
        </tfoot>
        </table>
        </div>
        <h2>{{s.coverage.gapsHeading}}</h2>
        {{#hasGaps}}<ul>{{#gaps}}<li>{{.}}</li>{{/gaps}}</ul>{{/hasGaps}}
        {{^hasGaps}}<p>{{s.coverage.noGaps}}</p>{{/hasGaps}}
        {{/content}}{{/layout}}
        """
}
