/// The font sizes of a chart: for a page (scale 1) or larger for a slide, so that its smallest
/// text can be read at the back of a room.
struct ChartFonts {
    let scale: Double
    /// On a slide the title is as large as the labels: the slide's own title says the rest.
    var title: Double { scale > 1 ? small : 13 }
    var label: Double { 11 * scale }
    /// The smallest text of every chart.
    var small: Double { 10 * scale }

    /// The smallest size any chart writes at scale 1.
    static let smallest = 10.0
}
