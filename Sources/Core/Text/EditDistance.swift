/// Levenshtein distance for the near-miss spelling checks on names ("Scholz" / "Schultz").
enum EditDistance {
    /// The distance between `a` and `b`, or `limit + 1` as soon as it must exceed `limit`. Its two
    /// rows live on the stack: names are short and this runs per candidate pair.
    static func bounded<A: Collection, B: Collection>(_ a: A, _ b: B, limit: Int) -> Int
    where A.Element: Equatable, A.Element == B.Element {
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0..<width])
            var current = UnsafeMutableBufferPointer(rebasing: rows[width...])
            for j in 0..<width { previous[j] = j }
            var i = 0
            for x in a {
                i += 1
                current[0] = i
                var rowMinimum = i
                var j = 0
                for y in b {
                    j += 1
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x == y ? 0 : 1))
                    rowMinimum = min(rowMinimum, current[j])
                }
                if rowMinimum > limit { return limit + 1 }
                swap(&previous, &current)
            }
            return previous[width - 1]
        }
    }
}
