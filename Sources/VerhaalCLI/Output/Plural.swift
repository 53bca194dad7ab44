/// Counts with the right English noun: `1 entry`, `2 entries`.
enum Plural {
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}
