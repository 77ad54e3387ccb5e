/// Tells the parts of a page that are not the article (navigation, scripts, share bars, cookie
/// banners, related links, comments, footers) from the parts that may be, by tag and by the words
/// CMSes put in `class`, `id` and `role`. A furniture element is skipped with everything inside it.
enum PageFurniture {
    /// Elements whose content is never article prose.
    static let tags: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "form", "button",
        "select", "input", "textarea", "nav", "footer", "aside", "figure", "figcaption", "header", "menu", "dialog",
        "head", "title", "video", "audio", "picture", "map",
    ]

    /// Class or id words that mark furniture wherever they appear.
    static let words: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "related", "share", "sharing", "social", "cookie", "cookies",
        "consent", "gdpr", "newsletter", "subscribe", "subscription", "promo", "advert", "advertisement", "ad", "ads",
        "sponsored", "sponsor", "comment", "comments", "breadcrumb", "breadcrumbs", "byline", "outbrain", "taboola",
        "paywall", "signup", "popup", "modal", "recommended", "recommendations", "trending", "popular", "mostread",
        "masthead", "toolbar", "caption", "credit", "credits", "tags", "skip", "disqus", "readmore", "more", "meta", "author",
        "authors", "timestamp",
    ]

    /// Words that mark furniture only when the same attribute names no content word: "sidebar" is
    /// furniture, "main-content has-sidebar" is the article.
    static let weakWords: Set<String> = [
        "sidebar", "banner", "widget", "hidden", "header", "rail", "aside", "print",
    ]
    static let contentWords: Set<String> = ["article", "body", "content", "main", "story", "entry", "post", "text"]

    static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar",
    ]

    /// Whether an element named `tag` with these attributes is furniture.
    static func isFurniture(tag: String, attributes: (StaticString) -> String?) -> Bool {
        // AMP's own elements are ads, consent, sidebars, analytics and share bars; its text is in plain tags.
        if tags.contains(tag) || tag.hasPrefix("amp-") { return true }
        if attributes("hidden") != nil || attributes("aria-hidden") == "true" { return true }
        if let role = attributes("role"), roles.contains(role.lowercased()) { return true }
        if let style = attributes("style")?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        for name: StaticString in ["class", "id"] {
            guard let value = attributes(name) else { continue }
            let found = words(of: value)
            if !found.isDisjoint(with: words) { return true }
            if !found.isDisjoint(with: weakWords) && found.isDisjoint(with: contentWords) { return true }
        }
        return false
    }

    /// Lowercased words of a class or id: split at anything not a letter or digit, and at camel case
    /// ("relatedLinks" is "related", "links"). Bytes, not characters: class names are ASCII, and
    /// anything else just stays inside its word.
    static func words(of value: String) -> Set<String> {
        var found: Set<String> = []
        var word: [UInt8] = []
        var previousLower = false
        func close() {
            if !word.isEmpty { found.insert(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if previousLower { close() }
                word.append(byte | 0x20)
                previousLower = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...:
                word.append(byte)
                previousLower = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                word.append(byte)
            default:
                close()
                previousLower = false
            }
        }
        close()
        return found
    }
}
