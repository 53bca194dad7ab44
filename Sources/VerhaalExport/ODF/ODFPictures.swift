import Foundation
import VerhaalKit

/// The pictures a package holds as files: every figure's SVG, under `Pictures/`.
enum ODFPictures {
    struct Picture {
        var path: String
        var mediaType: String
        var data: Data
    }

    /// The package path of a figure's SVG.
    static func path(_ figure: FigureBlock) -> String {
        "Pictures/\(XMLName.id(figure.id)).svg"
    }

    /// Every figure of the narrative, in document order, then the library's pictures the
    /// stories show, each once.
    static func all(in narrative: Narrative, includingImages: Bool = true) -> [Picture] {
        var pictures: [Picture] = []
        narrative.sections.forEachSection { section in
            section.blocks.forEachBlock { block in
                if case .figure(let figure) = block {
                    pictures.append(Picture(path: path(figure), mediaType: "image/svg+xml", data: figure.svg))
                }
            }
        }
        guard includingImages else { return pictures }
        let assets = Dictionary(narrative.images.values.map { ($0.packagePath, $0) }) { first, _ in first }
        for (path, asset) in assets.sorted(by: { $0.key < $1.key }) {
            pictures.append(Picture(path: path, mediaType: asset.mediaType, data: asset.data))
        }
        return pictures
    }
}
