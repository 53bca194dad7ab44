/// The sign-in form, and the page a valid link leads to.
enum SignInTemplates {
    static let form = """
        {{<layout}}{{$content}}
        <h1>{{s.signIn.title}}</h1>
        <p>{{s.signIn.intro}}</p>
        {{#problem}}<p class="error" role="alert">{{problem}}</p>{{/problem}}
        <form method="post" action="/aanmelden" class="card">
        <label for="token">{{s.signIn.label}}</label>
        <p class="hint" id="token-hint">{{s.signIn.hint}}</p>
        <input id="token" name="token" type="password" autocomplete="off" required aria-describedby="token-hint">
        <button type="submit">{{s.signIn.button}}</button>
        </form>
        {{/content}}{{/layout}}
        """

    /// After a link: a page of its own instead of a redirect, so that the session cookie
    /// (SameSite=Strict) is sent on the next click even when the link came from a mail program.
    static let welcome = """
        {{<layout}}{{$content}}
        <h1>{{s.signIn.title}}</h1>
        <p role="status">{{welcome}}</p>
        <p><a class="button" href="/">{{s.signIn.continueLink}}</a></p>
        {{/content}}{{/layout}}
        """
}
