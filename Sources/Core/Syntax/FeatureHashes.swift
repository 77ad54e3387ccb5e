/// The rows of one family of feature templates (the parser's move features, its relation
/// features, the tagger's) for every small value, worked out once per model.
///
/// Most of a parse state's features combine only tags, relations and distances, and each
/// `SyntaxHash.combine` is two multiplications and four shifts: mixing every feature from
/// scratch was most of the syntax stage's instructions. Here the template mixed with one small
/// value, or with two, is looked up, and only what follows is mixed. Every path gives exactly
/// what `SyntaxHash.feature` gives, so the model file and every decision read as before.
/// Every `FeatureHashes.Small` is below this.
private let limit: UInt64 = 64
/// The first of two small values is below this: it is a tag or a direction.
private let pairLimit = 32

final class FeatureHashes: @unchecked Sendable {
    // Unchecked: the tables are written only inside `init`, before the instance can be shared.

    /// A feature value below 64 (a tag, a relation, a distance, a direction): its hashes are
    /// looked up rather than computed.
    struct Small {
        let value: Int

        @inline(__always) init(_ value: UInt64) {
            precondition(value < limit, "a small feature value is below 64")
            self.value = Int(value)
        }

        var bits: UInt64 { UInt64(value) }
    }

    /// A feature's row worked out ahead, for the slot of its template (`ParserFeatures.Roles`).
    struct Row {
        let value: Int32
        init(_ value: Int32) { self.value = value }
    }

    /// A template mixed with its first value ahead, for the slot of its template.
    struct Prefix {
        let value: UInt64
        init(_ value: UInt64) { self.value = value }
    }

    let firstTemplate: UInt64
    let count: Int
    /// `[slot][a]`: the row of a feature of one small value.
    private let singles: UnsafeMutablePointer<Int32>
    /// `[slot][a]`: the template mixed with its first value.
    private let firsts: UnsafeMutablePointer<UInt64>
    /// `[slot][a][b]`, `a` below `pairLimit`: the template mixed with its first two values.
    private let pairs: UnsafeMutablePointer<UInt64>

    /// Tables for the templates `firstTemplate ..< firstTemplate + count`, slot 0 the first.
    init(firstTemplate: UInt64, count: Int) {
        self.firstTemplate = firstTemplate
        self.count = count
        let width = Int(limit)
        singles = .allocate(capacity: count * width)
        firsts = .allocate(capacity: count * width)
        pairs = .allocate(capacity: count * pairLimit * width)
        for slot in 0..<count {
            let template = SyntaxHash.template(firstTemplate + UInt64(slot))
            for a in 0..<width {
                let first = SyntaxHash.combine(template, UInt64(a))
                firsts[slot * width + a] = first
                singles[slot * width + a] = SyntaxHash.row(SyntaxHash.combine(SyntaxHash.combine(first, 0), 0))
                guard a < pairLimit else { continue }
                for b in 0..<width { pairs[(slot * pairLimit + a) * width + b] = SyntaxHash.combine(first, UInt64(b)) }
            }
        }
    }

    deinit {
        singles.deallocate()
        firsts.deallocate()
        pairs.deallocate()
    }

    /// Writes a state's features in template order, each by the cheapest exact path its
    /// values' types allow: the templates read as a plain list, as `SyntaxHash.feature` would
    /// be called on them.
    ///
    /// `firstTemplate` and `count` are given again as literals where the writer is made, so
    /// that each feature's template and slot are constants of the compiled code, with no check
    /// left per feature; the table reads are then unchecked, `slot` below `count` and every
    /// `Small` below `limit`.
    struct Writer {
        private let out: UnsafeMutablePointer<Int32>
        private let singles: UnsafeMutablePointer<Int32>
        private let firsts: UnsafeMutablePointer<UInt64>
        private let pairs: UnsafeMutablePointer<UInt64>
        private let firstTemplate: UInt64
        private let count: Int
        private(set) var slot = 0

        /// The caller keeps `hashes` alive while the writer is used (it is a stored property
        /// of the feature extractor writing).
        @inline(__always) init(_ hashes: FeatureHashes, firstTemplate: UInt64, count: Int, into out: UnsafeMutablePointer<Int32>) {
            precondition(hashes.firstTemplate == firstTemplate && hashes.count == count, "the tables of these templates")
            self.out = out
            singles = hashes.singles
            firsts = hashes.firsts
            pairs = hashes.pairs
            self.firstTemplate = firstTemplate
            self.count = count
        }

        @inline(__always) private mutating func put(_ row: Int32) {
            precondition(slot < count, "more features than templates")
            out[slot] = row
            slot &+= 1
        }

        @inline(__always) private func first(_ a: Small) -> UInt64 { firsts[slot &* Int(limit) &+ a.value] }

        @inline(__always) private func pair(_ a: Small, _ b: Small) -> UInt64 {
            precondition(a.value < pairLimit, "the first of two small values is a tag or a direction")
            return pairs[(slot &* pairLimit &+ a.value) &* Int(limit) &+ b.value]
        }

        @inline(__always) mutating func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            put(SyntaxHash.feature(firstTemplate &+ UInt64(slot), a, b, c))
        }

        @inline(__always) mutating func add(_ a: UInt64, _ b: Small) { add(a, b.bits) }

        @inline(__always) mutating func add(_ a: UInt64, _ b: Small, _ c: Small) { add(a, b.bits, c.bits) }

        @inline(__always) mutating func add(_ row: Row) { put(row.value) }

        @inline(__always) mutating func add(_ first: Prefix, _ b: UInt64) {
            put(SyntaxHash.row(SyntaxHash.combine(SyntaxHash.combine(first.value, b), 0)))
        }

        @inline(__always) mutating func add(_ first: Prefix, _ b: Small) { add(first, b.bits) }

        @inline(__always) mutating func add(_ a: Small) { put(singles[slot &* Int(limit) &+ a.value]) }

        @inline(__always) mutating func add(_ a: Small, _ b: Small, _ c: UInt64 = 0) {
            put(SyntaxHash.row(SyntaxHash.combine(pair(a, b), c)))
        }

        @inline(__always) mutating func add(_ a: Small, _ b: Small, _ c: Small) { add(a, b, c.bits) }

        @inline(__always) mutating func add(_ a: Small, _ b: UInt64, _ c: UInt64 = 0) {
            put(SyntaxHash.row(SyntaxHash.combine(SyntaxHash.combine(first(a), b), c)))
        }

        @inline(__always) mutating func add(_ a: Small, _ b: UInt64, _ c: Small) { add(a, b, c.bits) }
    }
}
