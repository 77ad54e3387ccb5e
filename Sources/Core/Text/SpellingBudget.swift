/// How much near-miss spelling comparison one article may do. News stays far below it (the
/// PolNeAR and CoNLL dev articles get the same answers with a budget of 2,000 units); one crafted
/// with thousands of look-alike names would otherwise cost time quadratic in their number. Once spent, near misses are no longer looked for in that article
/// (exact matches still are), so the answer stays a function of the input alone.
struct SpellingBudget {
    private(set) var remaining: Int

    /// A unit is about one byte of the two names compared.
    init(units: Int = 1_000_000) {
        remaining = units
    }

    /// Takes `units` (at least one) if that many are left; false, and nothing left, otherwise.
    mutating func spend(_ units: Int) -> Bool {
        let cost = max(1, units)
        guard remaining >= cost else {
            remaining = 0
            return false
        }
        remaining -= cost
        return true
    }
}
