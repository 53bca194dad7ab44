import RealModule

/// The incomplete gamma and beta functions behind the p-values, written out here (swift-numerics
/// gives `logGamma` and `erfc`). Series and continued fractions after Numerical Recipes §6.2 and
/// §6.4, with Lentz's method; accurate to about 1e-14 relative.
public enum SpecialFunctions {
    static let epsilon = 1e-16
    static let tiny = 1e-300
    static let maximumIterations = 10_000

    /// The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a): the chi-square
    /// distribution's survival function is Q(df / 2, χ² / 2).
    public static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
        guard a > 0, x >= 0, !x.isNaN else { return .nan }
        if x == 0 { return 1 }
        if x.isInfinite { return 0 }
        return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x)
    }

    /// The regularized lower incomplete gamma function P(a, x) = 1 − Q(a, x).
    public static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
        guard a > 0, x >= 0, !x.isNaN else { return .nan }
        if x == 0 { return 0 }
        if x.isInfinite { return 1 }
        return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x)
    }

    private static func gammaSeries(_ a: Double, _ x: Double) -> Double {
        var term = 1 / a
        var sum = term
        var n = a
        for _ in 0..<maximumIterations {
            n += 1
            term *= x / n
            sum += term
            if abs(term) < abs(sum) * epsilon { break }
        }
        return sum * .exp(-x + a * .log(x) - Double.logGamma(a))
    }

    private static func gammaContinuedFraction(_ a: Double, _ x: Double) -> Double {
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1...maximumIterations {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h * .exp(-x + a * .log(x) - Double.logGamma(a))
    }

    /// The regularized incomplete beta function I_x(a, b): Student's t distribution's two-sided
    /// p-value for t with df degrees of freedom is I_{df/(df+t²)}(df/2, 1/2).
    public static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        guard a > 0, b > 0, (0...1).contains(x) else { return .nan }
        if x == 0 { return 0 }
        if x == 1 { return 1 }
        let logFront = Double.logGamma(a + b) - Double.logGamma(a) - Double.logGamma(b) + a * .log(x) + b * .log(1 - x)
        let front = Double.exp(logFront)
        // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use symmetry otherwise.
        if x < (a + 1) / (a + b + 2) {
            return front * betaContinuedFraction(x, a, b) / a
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b
    }

    private static func betaContinuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...maximumIterations {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }

    /// The chi-square distribution's survival function: P(X ≥ statistic).
    public static func chiSquareSurvival(_ statistic: Double, degreesOfFreedom: Double) -> Double {
        statistic <= 0 ? 1 : regularizedGammaQ(degreesOfFreedom / 2, statistic / 2)
    }

    /// The standard normal distribution's survival function: P(Z ≥ z).
    public static func normalSurvival(_ z: Double) -> Double {
        0.5 * Double.erfc(z / 2.0.squareRoot())
    }

    /// Student's t distribution's two-sided p-value: P(|T| ≥ |t|).
    public static func studentTTwoSided(_ t: Double, degreesOfFreedom: Double) -> Double {
        guard !t.isNaN else { return .nan }
        if t.isInfinite { return 0 }
        return regularizedBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5)
    }
}
