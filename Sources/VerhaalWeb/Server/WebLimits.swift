/// The limits the web collector sets on requests, documented in the README.
public enum WebLimits {
    /// The largest request body: an entry may be 1 MB (`ReadingLimits`), and the form's other
    /// fields are small. Larger bodies get 413.
    public static let maximumBodyBytes = 1_100_000
    /// The longest id accepted in a URL; longer ones get 404 without a look-up.
    public static let maximumIDLength = 120
}
