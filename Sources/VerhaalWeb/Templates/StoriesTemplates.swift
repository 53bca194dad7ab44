/// The list of stories a member may read, with filters, and one story.
enum StoriesTemplates {
    static let list = """
        {{<layout}}{{$content}}
        <h1>{{s.stories.title}}</h1>
        <form method="get" action="/verhalen" class="filters" role="search">
        <fieldset>
        <legend>{{s.stories.filter}}</legend>
        {{#selects}}
        <div class="field">
        <label for="{{id}}">{{label}}</label>
        <select id="{{id}}" name="{{id}}">
        <option value="">{{s.stories.any}}</option>
        {{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}
        </select>
        </div>
        {{/selects}}
        <div class="field">
        <label for="tekst">{{s.stories.text}}</label>
        <input id="tekst" name="tekst" type="search" value="{{query}}">
        </div>
        <button type="submit">{{s.stories.apply}}</button>
        <a href="/verhalen">{{s.stories.reset}}</a>
        </fieldset>
        </form>
        <p role="status">{{countLine}}</p>
        {{#hasStories}}
        <ul class="stories">
        {{{storiesHTML}}}
        </ul>
        {{#pageLine}}
        <nav class="pages" aria-label="{{s.stories.pages}}">
        {{#previous}}<a href="{{previous}}" rel="prev">{{s.stories.previous}}</a>{{/previous}}
        <span>{{pageLine}}</span>
        {{#next}}<a href="{{next}}" rel="next">{{s.stories.next}}</a>{{/next}}
        </nav>
        {{/pageLine}}
        {{/hasStories}}
        {{^hasStories}}<p>{{s.stories.none}}</p>{{/hasStories}}
        {{/content}}{{/layout}}
        """

    static let entry = """
        {{<layout}}{{$content}}
        {{#saved}}
        <div class="saved" role="status">
        <p><strong>{{savedLine}}</strong></p>
        {{#savedInLine}}<p>{{.}}</p>{{/savedInLine}}
        <p><a href="/vertellen/{{kindSlug}}">{{s.record.recordAnother}}</a></p>
        </div>
        <h2>{{s.record.preview}}</h2>
        {{/saved}}
        <article>
        <h1>{{entryTitle}}</h1>
        <p class="byline">{{byline}}</p>
        <div class="story-text">
        {{{bodyHTML}}}
        </div>
        {{#hasRounds}}
        <section class="rounds">
        <h2>{{s.stories.roundsHeading}}</h2>
        <ul>
        {{#rounds}}<li><strong>{{text}}</strong>{{#why}}<br>{{s.stories.why}}: {{why}}{{/why}}{{#dissent}}<br>{{s.stories.dissent}}: {{dissent}}{{/dissent}}</li>{{/rounds}}
        </ul>
        </section>
        {{/hasRounds}}
        <details class="about"{{#saved}} open{{/saved}}>
        <summary>{{s.stories.about}}</summary>
        <dl class="facts">
        {{#facts}}<div><dt>{{label}}</dt><dd>{{#href}}<a href="{{href}}">{{value}}</a>{{/href}}{{^href}}{{value}}{{/href}}</dd></div>{{/facts}}
        </dl>
        </details>
        </article>
        {{#canChange}}<p class="actions"><a href="/verhalen/{{id}}/bewerken">{{s.privacy.edit}}</a> · <a href="/verhalen/{{id}}/terugtrekken">{{s.privacy.withdraw}}</a> · <a href="/verhalen/{{id}}/geschiedenis">{{s.privacy.history}}</a></p>{{/canChange}}
        <p><a href="/verhalen">{{s.stories.back}}</a></p>
        {{/content}}{{/layout}}
        """

    /// Every version of a story in the library's git history.
    static let history = """
        {{<layout}}{{$content}}
        <h1>{{heading}}</h1>
        {{^hasVersions}}<p>{{s.privacy.noHistory}}</p>{{/hasVersions}}
        <ol class="history">
        {{#versions}}<li><strong>{{date}}</strong> · {{author}} · {{message}}{{#changes}}<br><span class="hint">{{changes}}</span>{{/changes}}</li>{{/versions}}
        </ol>
        <p><a href="/verhalen/{{id}}">{{s.privacy.cancel}}</a></p>
        {{/content}}{{/layout}}
        """

    /// The confirmation before a story is withdrawn.
    static let withdraw = """
        {{<layout}}{{$content}}
        <h1>{{heading}}</h1>
        <p>{{s.privacy.withdrawIntro}}</p>
        <p>{{keeps}}</p>
        <form method="post" action="/verhalen/{{id}}/terugtrekken" class="record">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <div class="field">
        <label for="reden">{{s.privacy.reason}}</label>
        <p class="hint" id="reden-hint">{{s.privacy.reasonHint}}</p>
        <input id="reden" name="reden" type="text" aria-describedby="reden-hint">
        </div>
        <p><button type="submit">{{s.privacy.withdrawButton}}</button> <a href="/verhalen/{{id}}">{{s.privacy.cancel}}</a></p>
        </form>
        {{/content}}{{/layout}}
        """

    /// One page of the list's stories, rendered once for each page of a listing.
    static let itemsName = "storyItems"
    static let items = """
        {{#stories}}
        <li>
        <a href="/verhalen/{{id}}">{{title}}</a>
        <span class="meta">{{kind}} · {{date}} · {{teller}}{{#isPrivate}} · <span class="badge">{{s.stories.onlyYou}}</span>{{/isPrivate}}</span>
        </li>
        {{/stories}}
        """
}
