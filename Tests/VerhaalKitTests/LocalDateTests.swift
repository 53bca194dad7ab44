import Testing

@testable import VerhaalKit

@Suite struct LocalDateTests {
    @Test func parsesStrictISODates() {
        #expect(LocalDate("2019-06-12")?.description == "2019-06-12")
        #expect(LocalDate("2024-02-29") != nil)
    }

    @Test(arguments: ["2022-02-30", "2023-02-29", "2019-13-01", "2019-6-12", "12-06-2019", "2019-06-12T10:00", "", "２０１９-06-12"])
    func rejectsDatesThatDoNotExistOrAreNotISO(_ text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test func ordersByYearMonthDay() throws {
        let earlier = try #require(LocalDate("2019-12-31"))
        let later = try #require(LocalDate("2020-01-01"))
        #expect(earlier < later)
    }
}
