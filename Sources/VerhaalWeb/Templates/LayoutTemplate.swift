/// The frame of every page: language, viewport for phones, the stylesheet, a skip link, the
/// menu when signed in, and a `content` block that each page fills.
enum LayoutTemplate {
    static let name = "layout"
    static let text = """
        <!DOCTYPE html>
        <html lang="{{s.lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · {{s.appName}}</title>
        <link rel="stylesheet" href="/stijl.css">
        </head>
        <body>
        <a class="skip" href="#inhoud">{{s.nav.skipToContent}}</a>
        <header class="top">
        <a class="brand" href="/">{{s.appName}}</a>
        {{#member}}
        <nav aria-label="{{s.nav.mainMenu}}">
        <ul>
        <li><a href="/vertellen"{{#navRecord}} aria-current="page"{{/navRecord}}>{{s.nav.record}}</a></li>
        <li><a href="/verhalen"{{#navStories}} aria-current="page"{{/navStories}}>{{s.nav.stories}}</a></li>
        <li><a href="/dekking"{{#navCoverage}} aria-current="page"{{/navCoverage}}>{{s.nav.coverage}}</a></li>
        <li><a href="/patronen"{{#navPatterns}} aria-current="page"{{/navPatterns}}>{{s.nav.patterns}}</a></li>
        {{#isCoordinator}}<li><a href="/samenstellen"{{#navCompose}} aria-current="page"{{/navCompose}}>{{s.nav.compose}}</a></li>
        <li><a href="/rondes"{{#navRounds}} aria-current="page"{{/navRounds}}>{{s.nav.rounds}}</a></li>{{/isCoordinator}}
        </ul>
        </nav>
        <form class="signout" method="post" action="/afmelden">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <span>{{s.nav.signedInAs}} <strong>{{name}}</strong></span>
        <button type="submit">{{s.nav.signOut}}</button>
        </form>
        {{/member}}
        </header>
        <main id="inhoud">
        {{$content}}{{/content}}
        </main>
        </body>
        </html>

        """
}
