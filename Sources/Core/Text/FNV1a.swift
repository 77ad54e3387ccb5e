/// FNV-1a over bytes: the one hash that word keys, lexicon keys and the models' hashed features
/// start from. One xor and one multiplication a byte, and every prefix's hash is on the way,
/// which running keys and prefix features use. Keys stored in the model files are made with it,
/// so its constants never change.
enum FNV1a {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// `hash` with one more byte (given widened, as callers that fold or map bytes have it).
    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt64) -> UInt64 { (hash ^ byte) &* prime }

    /// The hash of `bytes[range]` as written.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = seed
        for index in range { hash = step(hash, UInt64(bytes[index])) }
        return hash
    }
}
