import Foundation

/// The check-worthiness model: logistic regression over `ClaimFeatures`, then a calibration
/// that maps the margin to a probability whose 0.5 is the decision threshold.
///
/// Weights sit in a dense table (a few hundred KiB for 2^16–2^18 buckets of which only the kept
/// ones are non-zero), so scoring a clause is one table read per feature.
public struct ClaimScorer: Sendable {
    public let features: ClaimFeatures
    package let weights: [Float]
    public let bias: Float
    /// Calibration: probability = sigmoid(slope × margin + offset), fitted by `lede train claims`.
    public let slope: Float
    public let offset: Float

    public init(bucketBits: Int, weights: [Float], bias: Float, slope: Float = 1, offset: Float = 0) {
        features = ClaimFeatures(bucketBits: bucketBits)
        // Exactly one weight per bucket, so feature indices never need a bounds check.
        var table = Array(weights.prefix(1 << bucketBits))
        if table.count < 1 << bucketBits { table += [Float](repeating: 0, count: (1 << bucketBits) - table.count) }
        self.weights = table
        self.bias = bias
        self.slope = slope
        self.offset = offset
    }

    /// The raw linear score of extracted features.
    public func margin(_ buffer: ClaimFeatures.Buffer) -> Float {
        var sum = bias
        weights.withUnsafeBufferPointer { weights in
            for index in buffer.indices.indices {
                let bucket = Int(buffer.indices[index])
                if bucket < weights.count { sum += weights[bucket] * buffer.values[index] }
            }
        }
        return sum
    }

    public func probability(margin: Float) -> Double {
        1 / (1 + exp(-Double(slope * margin + offset)))
    }

    /// The raw score of a span of tokens, with the entity types it contains.
    func margin(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: ArraySlice<Token>, facts: ClaimTokenFacts, entityTypes: UInt32,
        position: Int, remember: Bool = false, scratch: inout ClaimFeatures.Scratch
    ) -> Float {
        weights.withUnsafeBufferPointer { weights in
            var sink = ClaimFeatures.MarginSink(weights: weights)
            features.extract(
                bytes, tokens: tokens, facts: facts, entityTypes: entityTypes, position: position,
                remember: remember, scratch: &scratch, into: &sink)
            return bias + sink.total
        }
    }
}
