/// The OntoNotes entity labels the contract names.
public enum EntityType: String, Sendable, CaseIterable {
    case person = "PERSON"
    case norp = "NORP"
    case facility = "FAC"
    case organization = "ORG"
    case gpe = "GPE"
    case location = "LOC"
    case product = "PRODUCT"
    case event = "EVENT"
    case workOfArt = "WORK_OF_ART"
    case law = "LAW"
    case language = "LANGUAGE"
    case date = "DATE"
    case time = "TIME"
    case percent = "PERCENT"
    case money = "MONEY"
    case quantity = "QUANTITY"
    case ordinal = "ORDINAL"
    case cardinal = "CARDINAL"
}

extension EntityType {
    /// Dates, times, amounts and counts: values, which the same words name only as the same kind
    /// ("in 2019" a year, "2019 lines" a count).
    var isValue: Bool { ordinal >= EntityType.date.ordinal }

    /// The type's position in `allCases`, for bit sets and count tables that hash nothing.
    var ordinal: Int {
        switch self {
        case .person: 0
        case .norp: 1
        case .facility: 2
        case .organization: 3
        case .gpe: 4
        case .location: 5
        case .product: 6
        case .event: 7
        case .workOfArt: 8
        case .law: 9
        case .language: 10
        case .date: 11
        case .time: 12
        case .percent: 13
        case .money: 14
        case .quantity: 15
        case .ordinal: 16
        case .cardinal: 17
        }
    }
}
