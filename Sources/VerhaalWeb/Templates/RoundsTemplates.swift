/// For coordinators: the rounds with the form that opens one, and one round with a form per
/// domain of change and the form that closes it.
enum RoundsTemplates {
    static let list = """
        {{<layout}}{{$content}}
        <h1>{{s.rounds.title}}</h1>
        <p>{{s.rounds.intro}}</p>
        {{#hasRows}}
        <ul class="stories">
        {{#rows}}<li><a href="{{href}}">{{panel}} ({{id}})</a><span class="meta">{{meta}}</span></li>
        {{/rows}}
        </ul>
        {{/hasRows}}
        {{^hasRows}}<p>{{s.rounds.noRounds}}</p>{{/hasRows}}
        {{#hasBroken}}<section class="card" role="alert">
        <h2>{{s.rounds.brokenHeading}}</h2>
        <ul>{{#broken}}<li>{{.}}</li>{{/broken}}</ul>
        </section>{{/hasBroken}}
        {{#form}}
        <section class="card" id="openen">
        <h2>{{s.rounds.openHeading}}</h2>
        <p>{{s.rounds.openIntro}}</p>
        {{#hasProblems}}<div class="error" role="alert"><p><strong>{{s.rounds.notOpened}}</strong></p>
        <ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
        <form method="post" action="/rondes#openen">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <div class="field">
        <label for="naam">{{s.rounds.name}}</label>
        <p class="hint" id="naam-hint">{{s.rounds.nameHint}}</p>
        <input id="naam" name="naam" type="text" required maxlength="100" value="{{name}}" aria-describedby="naam-hint">
        </div>
        <div class="field">
        <label for="panel">{{s.rounds.panel}}</label>
        <p class="hint" id="panel-hint">{{s.rounds.panelHint}}</p>
        <input id="panel" name="panel" type="text" required maxlength="200" value="{{panel}}" aria-describedby="panel-hint">
        </div>
        <div class="field">
        <label for="datum">{{s.rounds.date}}</label>
        <p class="hint" id="datum-hint">{{s.rounds.dateHint}}</p>
        <input id="datum" name="datum" type="text" inputmode="numeric" value="{{date}}" aria-describedby="datum-hint">
        </div>
        <div class="field">
        <label for="na">{{s.rounds.candidatesFrom}}</label>
        <select id="na" name="na">
        {{#afterOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/afterOptions}}
        </select>
        </div>
        <fieldset class="filters-in-form">
        <legend>{{s.rounds.filters}}</legend>
        {{#selects}}
        <div class="field">
        <label for="{{id}}">{{label}}</label>
        <select id="{{id}}" name="{{id}}">
        {{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}
        </select>
        </div>
        {{/selects}}
        <div class="field">
        <label for="vanaf">{{s.rounds.since}}</label>
        <input id="vanaf" name="vanaf" type="text" inputmode="numeric" placeholder="{{s.rounds.datePlaceholder}}" value="{{since}}">
        </div>
        <div class="field">
        <label for="tot">{{s.rounds.until}}</label>
        <input id="tot" name="tot" type="text" inputmode="numeric" placeholder="{{s.rounds.datePlaceholder}}" value="{{until}}">
        </div>
        <div class="field">
        <label for="tekst">{{s.stories.text}}</label>
        <input id="tekst" name="tekst" type="search" value="{{text}}">
        </div>
        </fieldset>
        <button type="submit">{{s.rounds.openButton}}</button>
        </form>
        </section>
        {{/form}}
        {{/content}}{{/layout}}
        """

    static let detail = """
        {{<layout}}{{$content}}
        <p><a href="/rondes">{{s.rounds.back}}</a></p>
        <h1>{{panel}} ({{id}})</h1>
        <p class="meta">{{meta}}{{#afterHref}} · {{s.rounds.after}} <a href="{{afterHref}}">{{afterLabel}}</a>{{/afterHref}}</p>
        {{#savedLine}}<div class="saved" role="status"><p><strong>{{savedLine}}</strong></p></div>{{/savedLine}}
        <details class="candidates"{{#isOpen}} open{{/isOpen}}>
        <summary><h2>{{s.rounds.candidatesHeading}} ({{candidateCount}})</h2></summary>
        <ul class="stories">
        {{#candidates}}<li><a href="{{href}}">{{title}}</a><span class="meta">{{meta}}</span></li>
        {{/candidates}}
        </ul>
        {{#hiddenLine}}<p class="hint">{{hiddenLine}}</p>{{/hiddenLine}}
        </details>
        <h2>{{s.rounds.domainsHeading}}</h2>
        {{#domains}}
        <section class="card" id="{{anchor}}">
        <h3>{{title}}</h3>
        {{#hasChoice}}
        <p><strong>{{s.rounds.chosen}}:</strong> {{#chosenHref}}<a href="{{chosenHref}}">{{chosenTitle}}</a>{{/chosenHref}}{{^chosenHref}}{{chosenTitle}}{{/chosenHref}}</p>
        <p><strong>{{s.rounds.why}}:</strong> {{reason}}</p>
        {{#dissent}}<p><strong>{{s.rounds.dissent}}:</strong> {{dissent}}</p>{{/dissent}}
        {{/hasChoice}}
        {{^hasChoice}}<p>{{s.rounds.notYet}}</p>{{/hasChoice}}
        {{#form}}
        {{#hasChoice}}<details class="change"{{#hasProblems}} open{{/hasProblems}}><summary>{{s.rounds.changeButton}}</summary>{{/hasChoice}}
        {{#hasProblems}}<div class="error" role="alert"><p><strong>{{s.rounds.notSaved}}</strong></p>
        <ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
        <form method="post" action="{{action}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="domein" value="{{domain}}">
        {{#hasChoice}}<input type="hidden" name="opnieuw" value="ja">{{/hasChoice}}
        <div class="field">
        <label for="verhaal-{{domain}}">{{s.rounds.story}}</label>
        <select id="verhaal-{{domain}}" name="verhaal">
        {{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}
        </select>
        </div>
        <div class="field">
        <label for="reden-{{domain}}">{{s.rounds.reason}}</label>
        <p class="hint" id="reden-hint-{{domain}}">{{s.rounds.reasonHint}}</p>
        <textarea class="short" id="reden-{{domain}}" name="reden" required aria-describedby="reden-hint-{{domain}}">{{reason}}</textarea>
        </div>
        <div class="field">
        <label for="anders-{{domain}}">{{s.rounds.dissentLabel}}</label>
        <p class="hint" id="anders-hint-{{domain}}">{{s.rounds.dissentHint}}</p>
        <textarea class="short" id="anders-{{domain}}" name="anders" aria-describedby="anders-hint-{{domain}}">{{dissent}}</textarea>
        </div>
        <button type="submit">{{button}}</button>
        </form>
        {{#hasChoice}}</details>{{/hasChoice}}
        {{/form}}
        </section>
        {{/domains}}
        {{#isOpen}}
        <section class="card" id="sluiten">
        <h2>{{s.rounds.closeHeading}}</h2>
        <p>{{s.rounds.closeIntro}}</p>
        {{#openDomainsLine}}<p>{{openDomainsLine}}</p>{{/openDomainsLine}}
        {{#hasCloseProblems}}<div class="error" role="alert"><ul>{{#closeProblems}}<li>{{.}}</li>{{/closeProblems}}</ul></div>{{/hasCloseProblems}}
        <form method="post" action="{{closeAction}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <button type="submit">{{s.rounds.closeButton}}</button>
        </form>
        </section>
        {{/isOpen}}
        {{^isOpen}}<p>{{s.rounds.closedLine}}{{#nextHref}} <a href="{{nextHref}}">{{s.rounds.nextRound}}</a>{{/nextHref}}</p>{{/isOpen}}
        {{/content}}{{/layout}}
        """
}
