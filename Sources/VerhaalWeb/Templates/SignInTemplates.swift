/// The sign-in form, and the page a personal link opens. Neither signs in by being opened:
/// only the button, a POST carrying the page's own CSRF token, does.
enum SignInTemplates {
    static let form = """
        {{<layout}}{{$content}}
        <h1>{{s.signIn.title}}</h1>
        <p>{{s.signIn.intro}}</p>
        {{#problem}}<p class="error" role="alert">{{problem}}</p>{{/problem}}
        <form method="post" action="/aanmelden" class="card">
        <input type="hidden" name="csrf" value="{{signInCSRF}}">
        <label for="token">{{s.signIn.label}}</label>
        <p class="hint" id="token-hint">{{s.signIn.hint}}</p>
        <input id="token" name="token" type="password" autocomplete="off" required aria-describedby="token-hint">
        <button type="submit">{{s.signIn.button}}</button>
        </form>
        {{/content}}{{/layout}}
        """

    /// A personal link opens this page; the token waits in a hidden field for the button. A
    /// visitor who is signed in already is told who they are, and asked.
    static let confirm = """
        {{<layout}}{{$content}}
        <h1>{{s.signIn.title}}</h1>
        {{#switchWarning}}<p class="error" role="alert">{{switchWarning}}</p>{{/switchWarning}}
        {{^switchWarning}}<p>{{s.signIn.confirmIntro}}</p>{{/switchWarning}}
        <form method="post" action="/aanmelden" class="card">
        <input type="hidden" name="csrf" value="{{signInCSRF}}">
        <input type="hidden" name="token" value="{{token}}">
        <button type="submit" id="aanmelden">{{s.signIn.button}}</button>
        </form>
        {{#stayLine}}<p><a class="button" href="/">{{stayLine}}</a></p>{{/stayLine}}
        {{/content}}{{/layout}}
        """
}
