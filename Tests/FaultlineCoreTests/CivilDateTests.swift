import FaultlineCore
import Testing

@Suite struct CivilDateTests {
    @Test func parsesAndFormatsISO() throws {
        let date = try #require(CivilDate(iso: "2025-10-30T08:15:00Z"))
        #expect(date.iso == "2025-10-30")
        #expect(CivilDate(iso: "2025-02-30") == nil)
        #expect(CivilDate(iso: "yesterday") == nil)
    }

    @Test func dayArithmeticCrossesMonthsAndYears() throws {
        let date = try #require(CivilDate(iso: "2024-12-30"))
        #expect(date.adding(days: 3).iso == "2025-01-02")
        #expect(date.adding(days: -365).iso == "2023-12-31")
        #expect(CivilDate(dayNumber: 0).iso == "1970-01-01")
    }

    @Test func weekdaysAndISOWeeks() throws {
        let thursday = try #require(CivilDate(iso: "2025-10-30"))
        #expect(thursday.weekday == 4)
        #expect(thursday.isoWeek == "2025-W44")
        // 2021-01-03 is a Sunday that belongs to the last ISO week of 2020.
        #expect(try #require(CivilDate(iso: "2021-01-03")).isoWeek == "2020-W53")
    }
}
