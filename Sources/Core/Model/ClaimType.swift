/// Full Fact's claim taxonomy, extended with attribution and personal experience; the raw
/// values are the strings the response carries in `types`.
public enum ClaimType: String, Sendable, CaseIterable {
    case quantity
    case comparison
    case causation = "correlation/causation"
    case prediction
    case rule = "law/rule"
    case event
    case attribution
    case personalExperience = "personal experience"
}
