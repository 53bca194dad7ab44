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

    /// Every figure of the narrative, in document order.
    static func all(in narrative: Narrative) -> [Picture] {
        var pictures: [Picture] = []
        narrative.sections.forEachSection { section in
            section.blocks.forEachBlock { block in
                if case .figure(let figure) = block {
                    pictures.append(Picture(path: path(figure), mediaType: "image/svg+xml", data: figure.svg))
                }
            }
        }
        return pictures
    }
}
