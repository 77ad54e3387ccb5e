import Core

/// The weights of a multi-class averaged perceptron while it trains (Collins 2002; Daumé's lazy
/// averaging): dense `buckets × classes` rows, and the sum of every weight over all steps so the
/// average comes out at the end without a pass per step.
struct AveragedPerceptron {
    let bucketBits: Int
    let classes: Int
    private(set) var weights: [Float]
    private var totals: [Double]
    private var stamps: [Int32]
    private var step: Int32 = 1
    private let mask: Int

    init(bucketBits: Int, classes: Int) {
        self.bucketBits = bucketBits
        self.classes = classes
        let size = (1 << bucketBits) * classes
        weights = [Float](repeating: 0, count: size)
        totals = [Double](repeating: 0, count: size)
        stamps = [Int32](repeating: 0, count: size)
        mask = (1 << bucketBits) - 1
    }

    @inline(__always) func row(_ feature: Int32) -> Int { (Int(feature) & mask) * classes }

    /// The current (not averaged) score of each class, summed over `features`.
    func scores(_ features: UnsafeBufferPointer<Int32>, into scores: inout [Float]) {
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: classes))
        weights.withUnsafeBufferPointer { weights in
            for feature in features {
                let base = row(feature)
                for label in 0..<classes { scores[label] += weights[base + label] }
            }
        }
    }

    /// Moves the weights toward `truth` and away from `guess`.
    mutating func update(_ features: UnsafeBufferPointer<Int32>, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for feature in features {
            let base = row(feature)
            bump(base + truth, by: 1)
            bump(base + guess, by: -1)
        }
    }

    /// Counts one step: call once per decision, whether or not it updated.
    mutating func tick() { step &+= 1 }

    private mutating func bump(_ index: Int, by delta: Float) {
        totals[index] += Double(step - stamps[index]) * Double(weights[index])
        stamps[index] = step
        weights[index] += delta
    }

    /// Every weight averaged over all steps so far.
    func averaged() -> [Float] {
        var result = [Float](repeating: 0, count: weights.count)
        for index in weights.indices {
            let total = totals[index] + Double(step - stamps[index]) * Double(weights[index])
            result[index] = Float(total / Double(step))
        }
        return result
    }
}
