/// The tagger's feature weights as decoding reads them: one 64-byte row per hashed feature,
/// aligned to a cache line, holding the 16 span labels' weights minus the `outside` weight.
///
/// Summing a token's 30 feature rows is most of tagging's memory traffic. Seventeen floats
/// straddle two cache lines; sixteen fit one. Subtracting the same amount from every label of a
/// token changes no path's rank in Viterbi, so `outside` can be left at zero.
typealias EmissionTable = WeightTable<SIMD16<Float>>

extension WeightTable where Row == SIMD16<Float> {
    /// The row of a feature; indices are masked, so any `Int32` stays inside the table.
    @inline(__always) subscript(feature: Int32) -> SIMD16<Float> { row(feature) }

    /// A row from the 17 weights of one feature, `outside` first.
    static func row(_ weights: some Collection<Float>) -> SIMD16<Float> {
        var row = SIMD16<Float>()
        var labels = weights.makeIterator()
        let outside = labels.next() ?? 0
        for label in 0..<16 { row[label] = (labels.next() ?? 0) - outside }
        return row
    }
}
