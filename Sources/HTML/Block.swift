/// One paragraph-like element's text.
struct Block {
    let text: String
    let isHeading: Bool
    /// A link list or an ad label: left out, but still what a subhead before it introduces.
    var isDropped = false
}
