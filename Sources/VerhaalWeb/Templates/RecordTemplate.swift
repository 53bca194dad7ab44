/// The form for a new entry. Every input has a label; errors stand next to their field and in a
/// summary at the top, and what was entered is kept.
enum RecordTemplate {
    static let text = """
        {{<layout}}{{$content}}
        <h1>{{heading}}</h1>
        <ul class="choices kinds">{{#kinds}}<li>{{#current}}<strong aria-current="page">{{label}}</strong>{{/current}}{{^current}}<a href="/vertellen/{{slug}}">{{label}}</a>{{/current}}</li>{{/kinds}}</ul>
        <p>{{tellerLine}}</p>
        {{#hasProblems}}
        <div class="error" role="alert" id="problemen">
        <p>{{s.record.notSaved}}</p>
        <ul>{{#problems}}<li>{{#field}}<a href="#{{field}}">{{label}}</a>: {{/field}}{{message}}</li>{{/problems}}</ul>
        </div>
        {{/hasProblems}}
        <form method="post" action="{{action}}" class="record" novalidate>
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#fields}}
        <div class="field{{#error}} invalid{{/error}}">
        <label for="{{id}}">{{label}}</label>
        {{#hint}}<p class="hint" id="{{id}}-hint">{{hint}}</p>{{/hint}}
        {{#isTextArea}}<textarea id="{{id}}" name="{{id}}" rows="12"{{#error}} aria-invalid="true"{{/error}}{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}>{{value}}</textarea>{{/isTextArea}}
        {{^isTextArea}}<input id="{{id}}" name="{{id}}" type="{{type}}" value="{{value}}"{{#datePlaceholder}} inputmode="numeric" maxlength="10" autocomplete="off" placeholder="{{datePlaceholder}}"{{/datePlaceholder}}{{#list}} list="{{list}}"{{/list}}{{#required}} required{{/required}}{{#error}} aria-invalid="true"{{/error}}{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}>{{/isTextArea}}
        {{#error}}<p class="field-error" id="{{id}}-error">{{error}}</p>{{/error}}
        </div>
        {{/fields}}
        {{#showVisit}}
        <div class="field{{#visitError}} invalid{{/visitError}}">
        <label for="visit">{{s.record.visit}}</label>
        <select id="visit" name="visit"{{#visitError}} aria-invalid="true" aria-describedby="visit-error"{{/visitError}}>
        <option value="">{{s.record.noVisit}}</option>
        {{{visitOptionsHTML}}}
        </select>
        {{#visitError}}<p class="field-error" id="visit-error">{{visitError}}</p>{{/visitError}}
        </div>
        {{/showVisit}}
        {{#choiceGroups}}
        <fieldset id="{{id}}" class="{{#error}}invalid{{/error}}">
        <legend>{{legend}}</legend>
        {{#error}}<p class="field-error">{{error}}</p>{{/error}}
        {{#options}}
        <div class="choice">
        <input type="{{type}}" id="{{group}}-{{value}}" name="{{name}}" value="{{value}}"{{#checked}} checked{{/checked}}>
        <label for="{{group}}-{{value}}"><strong>{{title}}</strong> <span class="summary">{{summary}}</span></label>
        </div>
        {{/options}}
        </fieldset>
        {{/choiceGroups}}
        {{#questionGroups}}
        <section class="questions">
        <h2>{{heading}}</h2>
        <p class="hint">{{intro}}</p>
        {{#questions}}
        <fieldset id="vraag-{{id}}" class="question{{#error}} invalid{{/error}}">
        <legend>{{prompt}}{{#maximumLine}} <span class="hint">({{maximumLine}})</span>{{/maximumLine}}</legend>
        {{#error}}<p class="field-error">{{error}}</p>{{/error}}
        {{#isScale}}
        <p class="hint" id="uitleg-{{id}}">{{s.record.scaleHint}}</p>
        <div class="scale">
        <span class="scale-end" id="links-{{id}}">{{left}}</span>
        <input type="range" id="answer-{{id}}" name="answer-{{id}}" min="0" max="100" step="1" value="{{value}}" aria-label="{{prompt}}" aria-describedby="links-{{id}} rechts-{{id}} uitleg-{{id}}">
        <span class="scale-end" id="rechts-{{id}}">{{right}}</span>
        </div>
        <div class="choice"><input type="checkbox" id="na-{{id}}" name="na-{{id}}" value="1"{{#notApplicable}} checked{{/notApplicable}}><label for="na-{{id}}">{{s.record.notApplicable}}</label></div>
        {{/isScale}}
        {{#options}}<div class="choice"><input type="{{type}}" id="answer-{{question}}-{{key}}" name="{{name}}" value="{{value}}"{{#checked}} checked{{/checked}}><label for="answer-{{question}}-{{key}}">{{title}}</label></div>
        {{/options}}
        {{#isText}}<input type="text" id="answer-{{id}}" name="answer-{{id}}" maxlength="200" value="{{value}}" aria-label="{{prompt}}">{{/isText}}
        </fieldset>
        {{/questions}}
        </section>
        {{/questionGroups}}
        {{#previewHTML}}
        <section class="preview" aria-labelledby="voorbeeld">
        <h2 id="voorbeeld">{{s.record.preview}}</h2>
        <div class="story-text">{{{previewHTML}}}</div>
        </section>
        {{/previewHTML}}
        <datalist id="bestaande-tags">{{{tagOptionsHTML}}}</datalist>
        <button type="submit">{{s.record.save}}</button>
        </form>
        {{#hasScale}}<script src="/formulier.js"></script>{{/hasScale}}
        {{/content}}{{/layout}}
        """

    /// The visits to choose from, rendered once for each member and library (`RecordSuggestions`).
    static let visitOptionsName = "recordVisitOptions"
    static let visitOptions = """
        {{#visits}}<option value="{{id}}">{{label}}</option>{{/visits}}
        """

    /// The tags in use, for the tags field's suggestions.
    static let tagOptionsName = "recordTagOptions"
    static let tagOptions = """
        {{#tags}}<option value="{{.}}">{{/tags}}
        """
}
