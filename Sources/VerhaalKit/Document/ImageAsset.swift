import Foundation

/// A picture from the library's `Stories/beeld/`, read for an export: its bytes, media type and
/// size in pixels (for its frame's proportions).
public struct ImageAsset: Sendable, Equatable {
    /// The path in the library, e.g. `Stories/beeld/proeftuin.jpg`.
    public var path: String
    public var data: Data
    /// `image/png`, `image/jpeg` or `image/svg+xml`.
    public var mediaType: String
    public var width: Double
    public var height: Double

    public init(path: String, data: Data, mediaType: String) {
        self.path = path
        self.data = data
        self.mediaType = mediaType
        let size = ImageAsset.pixelSize(of: data, mediaType: mediaType) ?? (4, 3)
        self.width = size.width
        self.height = size.height
    }

    /// The file name inside a package: `Pictures/beeld-proeftuin.jpg`.
    public var packagePath: String {
        "Pictures/beeld-" + (path as NSString).lastPathComponent
    }

    /// Width and height from the file's header: PNG's IHDR, JPEG's start-of-frame, SVG's
    /// `width`/`height` or `viewBox`.
    static func pixelSize(of data: Data, mediaType: String) -> (width: Double, height: Double)? {
        let bytes = [UInt8](data.prefix(256 * 1024))
        func big16(_ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }
        switch mediaType {
        case "image/png":
            guard bytes.count >= 24 else { return nil }
            let width = big16(16) << 16 | big16(18)
            let height = big16(20) << 16 | big16(22)
            return width > 0 && height > 0 ? (Double(width), Double(height)) : nil
        case "image/jpeg":
            var index = 2
            while index + 9 < bytes.count {
                guard bytes[index] == 0xFF else { return nil }
                let marker = bytes[index + 1]
                let length = big16(index + 2)
                if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                    let (height, width) = (big16(index + 5), big16(index + 7))
                    return width > 0 && height > 0 ? (Double(width), Double(height)) : nil
                }
                index += 2 + length
            }
            return nil
        default:
            let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
            func number(_ attribute: String) -> Double? {
                guard let range = head.range(of: "\(attribute)=\"([0-9.]+)", options: .regularExpression) else { return nil }
                return Double(head[range].dropFirst(attribute.count + 2))
            }
            if let width = number("width"), let height = number("height"), width > 0, height > 0 { return (width, height) }
            if let range = head.range(of: "viewBox=\"[^\"]*\"", options: .regularExpression) {
                let values = head[range].dropFirst(9).dropLast().split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
                if values.count == 4, values[2] > 0, values[3] > 0 { return (values[2], values[3]) }
            }
            return nil
        }
    }
}
