/// A page for a refused or failed request: what happened and where to go.
enum ErrorTemplate {
    static let text = """
        {{<layout}}{{$content}}
        <h1>{{heading}}</h1>
        <p>{{message}}</p>
        <p><a href="/">{{s.errors.home}}</a></p>
        {{/content}}{{/layout}}
        """
}
