import Foundation

/// How wide the output may be: `$COLUMNS` when set, else the terminal's width, else 80 (a file
/// or a pipe gets what an 80-column window shows).
enum TerminalWidth {
    static var current: Int { width(of: STDOUT_FILENO) }

    /// The width of the terminal that standard error goes to (`$COLUMNS` first), or nil when it
    /// goes to a file or a pipe: those get every message on one line, for grep.
    static var ofStandardError: Int? {
        isatty(STDERR_FILENO) == 1 ? width(of: STDERR_FILENO) : nil
    }

    private static func width(of descriptor: Int32) -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        var size = winsize()
        if isatty(descriptor) == 1, ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 80
    }
}
