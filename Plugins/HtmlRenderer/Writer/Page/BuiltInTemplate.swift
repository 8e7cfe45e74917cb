/// The page shell used when the project's template has no `html/page.mustache`.
///
/// It works for every language through `labels`; the shipped `cn-goods` and `en-proposal`
/// templates are the ones to copy when making a company template.
enum BuiltInTemplate {
    static let page = #"""
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light">
    <meta name="generator" content="{{generator}}">
    <title>{{title}}</title>
    <style>
    {{{css}}}
    </style>
    </head>
    <body>
    <header class="cover">
    {{#copy}}
    <p class="cover-copy">{{copy}}</p>
    {{/copy}}
    <p class="cover-kind">{{labels.bidDocument}}</p>
    <h1 class="cover-title">{{title}}</h1>
    <dl class="cover-facts">
    {{#cover.lines}}
    <div class="cover-{{key}}"><dt>{{label}}</dt><dd>{{value}}{{#blank}}<span class="cover-blank"></span>{{/blank}}{{#note}}<span class="cover-note">{{note}}</span>{{/note}}</dd></div>
    {{/cover.lines}}
    </dl>
    </header>
    <main>
    {{{body}}}
    </main>
    </body>
    </html>

    """#
}
