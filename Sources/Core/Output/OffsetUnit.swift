/// The unit in which response offsets count positions in the received text.
public enum OffsetUnit: String, Sendable, CaseIterable {
    /// Unicode scalars, as Python indexes a `str` (the default).
    case codepoint
    /// UTF-16 code units, as JavaScript and Java index strings.
    case utf16
    /// UTF-8 bytes, as Go, Rust and C index strings.
    case utf8
}
