import Foundation
import Testing
import VerhaalKit
import VerhaalSense

@testable import VerhaalExport

/// Every figure of the sample library, read back as its SVG and measured with the charts' own
/// text-width estimate: nothing is cut, no text lies outside the picture, no two texts run into
/// each other, and a count sits in or beside its circle, never across its edge. A pattern's
/// slide figure reads as 18 points on a slide shown 1024 pixels wide.
@Suite(.serialized) struct FigureLayoutTests {
    let library = LibraryStore(root: XMLTestSupport.packageRoot).load()

    struct Box {
        var left, top, right, bottom: Double
        func overlaps(_ other: Box, by margin: Double = 0.5) -> Bool {
            left < other.right - margin && other.left < right - margin && top < other.bottom - margin && other.top < bottom - margin
        }
        func contains(_ other: Box) -> Bool {
            left <= other.left && other.right <= right && top <= other.top && other.bottom <= bottom
        }
    }

    struct Measured {
        var width, height: Double
        var texts: [(text: String, box: Box, size: Double)]
        var circles: [Box]
    }

    static func measure(_ svg: Data) throws -> Measured {
        let tree = try #require(XMLElementTree.parse(svg, name: "figure.svg"))
        var measured = Measured(
            width: Double(tree.attribute("width") ?? "") ?? 0, height: Double(tree.attribute("height") ?? "") ?? 0, texts: [], circles: [])
        func visit(_ element: XMLElementTree) {
            let number = { (name: String) in Double(element.attribute(name) ?? "") ?? 0 }
            switch element.name {
            case "text":
                let size = number("font-size")
                let text = element.text
                let width = ChartText.width(text, size: size, bold: element.attribute("font-weight") == "bold")
                let x = number("x")
                let left =
                    switch element.attribute("text-anchor") {
                    case "middle": x - width / 2
                    case "end": x - width
                    default: x
                    }
                let y = number("y")
                measured.texts.append((text, Box(left: left, top: y - size * 0.8, right: left + width, bottom: y + size * 0.22), size))
            case "circle":
                let (x, y, r) = (number("cx"), number("cy"), number("r"))
                measured.circles.append(Box(left: x - r, top: y - r, right: x + r, bottom: y + r))
            default: break
            }
            for case .element(let child) in element.children { visit(child) }
        }
        visit(tree)
        return measured
    }

    /// Every pattern figure of both audiences, and the coverage figure.
    func figures() throws -> [(name: String, svg: Data)] {
        var figures: [(String, Data)] = []
        for audience in [Audience.network, .public] {
            let analysis = PatternAnalysis(library: library, audience: audience)
            for pattern in analysis.run.patterns where !pattern.withheld {
                if let svg = try PatternFigure.svg(for: pattern, dimensions: analysis.dimensions, storiesLabel: "verhalen") {
                    figures.append(("\(audience.rawValue) \(pattern.id)", svg))
                }
            }
        }
        figures.append(
            ("dekking", try CoverageChart.svg(entries: library.entries, framework: library.framework, language: .dutch)))
        return figures
    }

    @Test func noLabelIsCutNoTextLeavesThePictureAndNoneRunsIntoAnother() throws {
        let figures = try figures()
        #expect(figures.count > 100, "the sample's figures: \(figures.count)")
        var problems: [String] = []
        var texts = 0
        for (name, svg) in figures {
            let measured = try Self.measure(svg)
            texts += measured.texts.count
            let picture = Box(left: -0.5, top: -0.5, right: measured.width + 0.5, bottom: measured.height + 0.5)
            for (index, text) in measured.texts.enumerated() {
                if text.text.hasSuffix("…") { problems.append("\(name): '\(text.text)' is cut") }
                if !picture.contains(text.box) { problems.append("\(name): '\(text.text)' lies outside the picture") }
                for other in measured.texts[(index + 1)...] where text.box.overlaps(other.box) {
                    problems.append("\(name): '\(text.text)' runs into '\(other.text)'")
                }
                for circle in measured.circles where text.box.overlaps(circle) && !circle.contains(text.box) {
                    problems.append("\(name): '\(text.text)' lies across a circle's edge")
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        print("figures checked: \(figures.count) SVGs, \(texts) texts")
    }

    @Test func aPatternSlidesFigureReadsAsEighteenPointsAtTheBackOfTheRoom() throws {
        for name in ["wenkend-perspectief", "raad-van-commissarissen"] {
            let narrative = try ExportPipeline.compose(library, name: name).narrative
            let slides = SlideDeck.slides(from: narrative).filter { $0.figure != nil }
            #expect(!slides.isEmpty)
            for slide in slides {
                let figure = try #require(slide.figure)
                let measured = try Self.measure(figure.svg)
                let smallest = try #require(measured.texts.map(\.size).min())
                // The frame the slide gives the figure, under its line of text.
                let textHeight = SlideFit.bodyHeight(slide, size: slide.textSize)
                let frame = SlideFit.figureFrame(figure, below: textHeight)
                let onSlide = smallest * frame.width / measured.width
                #expect(onSlide >= SlideFigure.readableHeight, "\(slide.title): \(onSlide) cm")
                #expect(slide.bullets.count == 1, "one line of what was seen")
            }
        }
    }
}
