#if canImport(Glibc)
    import Glibc
#endif

/// Memory for the models' large weight tables, on 2 MiB pages where the system allows it.
///
/// Decoding reads a few hundred rows per word at random from tables of several MiB: with 4 KiB
/// pages nearly every read also misses the TLB and waits for a page walk, which costs as much
/// as the read itself. Huge pages leave one TLB entry per 2 MiB. Linux gives them to memory
/// that asks (`madvise`, transparent huge pages); elsewhere this is plain aligned memory.
enum TableMemory {
    static let hugePage = 2 << 20

    /// Uninitialised memory, aligned to `alignment` or, for large tables, to a huge page.
    static func allocate(byteCount: Int, alignment: Int) -> UnsafeMutableRawPointer {
        guard byteCount >= hugePage else { return .allocate(byteCount: byteCount, alignment: alignment) }
        let rounded = (byteCount + hugePage - 1) / hugePage * hugePage
        let memory = UnsafeMutableRawPointer.allocate(byteCount: rounded, alignment: hugePage)
        #if canImport(Glibc)
            _ = madvise(memory, rounded, MADV_HUGEPAGE)
        #endif
        return memory
    }
}
