/// The text stage's entry point: input string → `TextDocument`.
public struct TextReader: Sendable {
    public init() {}

    public func read(_ text: String, givenTitle: String? = nil) -> TextDocument {
        let source = Array(text.utf8)
        let identity = (0...source.count).map { Int32($0) }
        return TextDocument(source: source, normalized: source, sourceOffset: identity)
    }
}
