import Foundation
import VerhaalKit

/// A figure drawn for a slide: its text made larger in steps until the smallest text, at the
/// size the slide gives the figure, reads as 18 points on a screen 1024 pixels wide, so that
/// it can be read at three metres.
public enum SlideFigure {
    /// 18 points (24 pixels) on a slide shown 1024 pixels wide, in centimetres of the slide.
    public static let readableHeight = 24.0 / 1024 * SlideFit.slideWidth

    /// The scales tried, smallest first.
    static let scales = Array(stride(from: 1.5, through: 10, by: 0.25))

    /// The figure `draw` makes at a text scale, at the first scale that reads at three metres
    /// under `line`, the slide's line of text (nil when `draw` makes none).
    public static func fitted(
        id: String, title: String, description: String, under line: String, draw: (Double) throws -> Data?
    ) throws -> FigureBlock? {
        let textHeight = SlideFit.height(line, size: SlideFit.textSizes[0], width: SlideFit.contentWidth)
        var made: FigureBlock?
        for scale in scales {
            guard let svg = try draw(scale) else { return nil }
            let size = SVGSize.of(svg)
            let figure = FigureBlock(id: id, title: title, description: description, svg: svg, width: size.width, height: size.height)
            made = figure
            if smallestText(figure, scale: scale, textHeight: textHeight) >= readableHeight { break }
        }
        return made
    }

    /// The height in centimetres of the figure's smallest text on its slide.
    static func smallestText(_ figure: FigureBlock, scale: Double, textHeight: Double) -> Double {
        let frame = SlideFit.figureFrame(figure, below: textHeight)
        return ChartFonts.smallest * scale * frame.width / max(1, figure.width)
    }
}
