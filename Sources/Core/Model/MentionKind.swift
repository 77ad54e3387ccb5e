/// How a mention names its entity: by name ("Ada Quill"), by pronoun ("she") or by a noun
/// phrase ("the minister").
public enum MentionKind: String, Sendable {
    case name, pronoun, nominal
}
