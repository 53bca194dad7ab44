import Foundation

/// The manifest as the file `export` and the web write: pretty-printed JSON with sorted keys,
/// so two exports of the same library give the same bytes.
public enum DocumentManifestJSON {
    public static func data(_ manifest: DocumentManifest) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(manifest)
        data.append(0x0A)
        return data
    }
}
