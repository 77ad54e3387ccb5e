/// A quotation in marks, reported speech without marks, or reported speech with quoted words
/// inside.
public enum QuoteKind: String, Sendable {
    case direct, indirect, mixed
}
