/// Levenshtein distance for the near-miss spelling checks on names ("Scholz" / "Schultz").
enum EditDistance {
    /// The distance between `a` and `b` when it is at most `limit`, else `limit + 1`.
    ///
    /// Only the cells within `limit` of the diagonal are computed (any path leaving that band
    /// costs more than `limit`), so the work is linear in the length even for a hostile
    /// 100,000-letter "name"; the two rows live on the stack when they are short.
    static func bounded<A: RandomAccessCollection, B: RandomAccessCollection>(_ a: A, _ b: B, limit: Int) -> Int
    where A.Element: Equatable, A.Element == B.Element {
        let (n, m) = (a.count, b.count)
        guard limit >= 0 else { return limit + 1 }
        let over = limit + 1
        if abs(n - m) > limit { return over }
        let width = m + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0..<width])
            var current = UnsafeMutableBufferPointer(rebasing: rows[width...])
            for j in 0..<width { previous[j] = min(j, over) }
            var aIndex = a.startIndex
            for i in stride(from: 1, through: n, by: 1) {
                let x = a[aIndex]
                aIndex = a.index(after: aIndex)
                let low = max(1, i - limit)
                let high = min(m, i + limit)
                // Left of the band, and the cell the band's left edge reads.
                current[low - 1] = low == 1 ? min(i, over) : over
                var rowMinimum = current[low - 1]
                var bIndex = b.index(b.startIndex, offsetBy: low - 1)
                for j in stride(from: low, through: high, by: 1) {
                    let substitution = previous[j - 1] + (x == b[bIndex] ? 0 : 1)
                    let cell = min(previous[j] + 1, current[j - 1] + 1, substitution, over)
                    current[j] = cell
                    rowMinimum = min(rowMinimum, cell)
                    bIndex = b.index(after: bIndex)
                }
                // The next row's band reaches one cell further right: it must read "too far".
                if high < m { current[high + 1] = over }
                if rowMinimum > limit { return over }
                swap(&previous, &current)
            }
            return min(previous[m], over)
        }
    }
}
