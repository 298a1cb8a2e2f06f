import FaultlineCore
import FaultlineEntities
import Testing

/// The tagger on short texts written for these tests, against fixed report dates.
@Suite struct TimeExpressionTaggerTests {
    private let tagger = TimeExpressionTagger()
    /// A Thursday.
    private let lateOctober = CivilDate(year: 2025, month: 10, day: 30)!
    private let midMarch = CivilDate(year: 2025, month: 3, day: 14)!

    /// The single expression whose text is `phrase`, failing the test when absent.
    private func expression(_ phrase: String, in text: String, date: CivilDate?) throws -> TimeExpression {
        let found = tagger.find(in: text, documentDate: date)
        return try #require(found.first { $0.text == phrase }, "no '\(phrase)' in \(found.map(\.text))")
    }

    private func value(_ phrase: String, in text: String, date: CivilDate? = nil) throws -> String {
        try expression(phrase, in: text, date: date ?? lateOctober).value
    }

    @Test func absoluteDates() throws {
        #expect(try value("November 11", in: "The envoy is expected back in the capital on November 11.") == "2025-11-11")
        #expect(try value("Nov. 11, 2024", in: "The accord was signed on Nov. 11, 2024, in the port city.") == "2024-11-11")
        #expect(try value("11 November 2019", in: "Fighting resumed on 11 November 2019 near the border.") == "2019-11-11")
        #expect(try value("2025-10-30", in: "The statement is dated 2025-10-30 and signed by the council.") == "2025-10-30")
        #expect(try value("1998", in: "The two parties first met in 1998 at a summit.") == "1998")
        #expect(try value("July 2003", in: "The mission began in July 2003 and ended later.") == "2003-07")
    }

    @Test func decadesAndCenturies() throws {
        #expect(try value("the 1990s", in: "Relations were frozen in the 1990s after the dispute.") == "199")
        #expect(try value("the mid-1990s", in: "The group was founded in the mid-1990s by exiles.") == "199")
        #expect(try value("the 19th century", in: "The treaty dates from the 19th century.") == "18")
    }

    @Test func relativeToTheReport() throws {
        #expect(try value("this week", in: "The foreign minister travelled to the region this week.") == "2025-W44")
        #expect(try value("last week", in: "Protests broke out last week in the south.") == "2025-W43")
        #expect(try value("next month", in: "Elections will take place next month.") == "2025-11")
        #expect(try value("yesterday", in: "The army said yesterday that the road had reopened.") == "2025-10-29")
        #expect(try value("today", in: "Delegates gather today for the second round.") == "2025-10-30")
        #expect(try value("this year", in: "Trade has fallen this year.") == "2025")
        #expect(try value("last June", in: "The ministry signed the deal last June.") == "2025-06")
        #expect(try value("a year ago", in: "The ceasefire collapsed a year ago.") == "2024")
        let earlier = try expression("earlier this month", in: "The border was closed earlier this month.", date: lateOctober)
        #expect(earlier.value == "2025-10")
    }

    @Test func weekdaysFollowTense() throws {
        #expect(try value("Tuesday", in: "The delegation arrived in the capital on Tuesday.") == "2025-10-28")
        #expect(try value("Tuesday", in: "The delegation will arrive in the capital on Tuesday.") == "2025-11-04")
        #expect(try value("last Friday", in: "The vote was held last Friday.") == "2025-10-24")
    }

    @Test func monthNamesFollowTense() throws {
        #expect(try value("August", in: "The two leaders met in August to discuss the pipeline.", date: midMarch) == "2024-08")
        #expect(try value("August", in: "The two leaders will meet in August to discuss the pipeline.", date: midMarch) == "2025-08")
        #expect(try value("August", in: "The government plans to hold the census in August.", date: midMarch) == "2025-08")
    }

    @Test func sameDayRefersToTheLastDateMentioned() throws {
        let text = "Rockets hit the base on Oct. 12. A second attack followed on the same day."
        #expect(try value("the same day", in: text) == "2025-10-12")
        #expect(try value("that day", in: "Nothing was reported that day.") == "2025-10-30")
    }

    @Test func weeksWeekendsAndNeighbouringDays() throws {
        #expect(try value("the week of Nov. 3", in: "A hearing is set for the week of Nov. 3.") == "2025-W45")
        // A Monday report: the weekend just past belongs to the previous ISO week.
        let monday = CivilDate(year: 2025, month: 10, day: 27)!
        #expect(try value("the weekend", in: "Clashes erupted over the weekend.", date: monday) == "2025-W43-WE")
        let text = "The talks opened on Oct. 20. The day before, envoys had met in secret."
        #expect(try value("The day before", in: text) == "2025-10-19")
        #expect(try value("Thursday night", in: "The convoy was attacked on Thursday night.", date: monday) == "2025-10-23")
    }

    @Test func vagueReferences() throws {
        #expect(try value("recently", in: "The commander recently visited the front.") == "PAST_REF")
        #expect(try value("now", in: "The city is now under curfew.") == "PRESENT_REF")
        #expect(try value("the past", in: "Such raids were common in the past.") == "PAST_REF")
        #expect(try value("the future", in: "Talks may resume in the future.") == "FUTURE_REF")
    }

    @Test func durations() throws {
        let decades = try expression("two decades", in: "The dispute has lasted two decades.", date: lateOctober)
        #expect(decades.kind == .duration)
        #expect(decades.value == "P20Y")
        #expect(try value("three years", in: "He served three years in prison.") == "P3Y")
        #expect(try value("18 months", in: "The program runs for 18 months.") == "P18M")
        #expect(try value("a week", in: "The talks lasted a week.") == "P1W")
        #expect(try value("several days", in: "The siege went on for several days.") == "PXD")
        #expect(try value("the past two months", in: "Prices rose over the past two months.") == "P2M")
        #expect(try value("16-hour", in: "A 16-hour curfew was imposed.") == "PT16H")
        #expect(try value("2 1/2 years", in: "The trial took 2 1/2 years.") == "P2Y6M")
    }

    @Test func agesAndRatesAreNotDurations() {
        let found = tagger.find(in: "A 45-year-old man earns $2 million a year, and he is 52 years old.", documentDate: lateOctober)
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test func namesAreNotTimes() {
        let text = "The Sunday Times said sales fell during the Six-Day War exhibit at the Summer Olympics."
        let found = tagger.find(in: text, documentDate: lateOctober)
        #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test func clockTimes() throws {
        // As in TimeBank, the closing period of "a.m." stays out of the extent.
        let morning = try expression("8 a.m", in: "The curfew ends at 8 a.m. in the old city.", date: lateOctober)
        #expect(morning.kind == .time)
        #expect(morning.value == "2025-10-30T08:00")
        #expect(try value("noon", in: "The rally started at noon.") == "2025-10-30T12:00")
        #expect(try value("10:30 p.m. Tuesday", in: "The blast came at 10:30 p.m. Tuesday near the market.") == "2025-10-28T22:30")
        let thisMorning = try expression("this morning", in: "Shelling resumed this morning.", date: lateOctober)
        #expect(thisMorning.kind == .time)
        #expect(thisMorning.value == "2025-10-30TMO")
    }

    @Test func recurringTimes() throws {
        let weekly = try expression("every week", in: "Inspectors visit the site every week.", date: lateOctober)
        #expect(weekly.kind == .set)
        #expect(weekly.value == "P1W")
        #expect(try value("annually", in: "The council meets annually in Geneva.") == "P1Y")
        #expect(try value("daily", in: "Flights now leave daily from the capital.") == "P1D")
        #expect(try value("each Thursday", in: "The committee sits each Thursday.") == "XXXX-WXX-4")
    }

    @Test func quartersSeasonsAndFiscalYears() throws {
        #expect(try value("the third quarter", in: "Oil exports fell in the third quarter.") == "2025-Q3")
        #expect(try value("the first quarter of 2024", in: "Output grew in the first quarter of 2024.") == "2024-Q1")
        #expect(try value("third-quarter", in: "The firm reported a third-quarter loss.") == "2025-Q3")
        #expect(try value("last summer", in: "The drought began last summer.") == "2025-SU")
        #expect(try value("fiscal 2024", in: "Revenue rose in fiscal 2024.") == "2024")
    }

    @Test func withoutAReportDateValuesKeepUnknownDigits() throws {
        #expect(try value("this week", in: "The minister travelled to the region this week.", date: nil).isEmpty == false)
        let found = tagger.find(in: "The minister travelled there this week.", documentDate: nil)
        #expect(found.first?.value == "XXXX-WXX")
    }

    @Test func rangesAreUTF8ByteOffsets() throws {
        let text = "Le café « Rivoli » a fermé le 11 novembre; on March 3, 2021 it reopened."
        let found = tagger.find(in: text, documentDate: lateOctober)
        let march = try #require(found.first { $0.value == "2021-03-03" })
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[march.range], as: UTF8.self) == "March 3, 2021")
    }
}

/// Odd inputs must not crash the tagger, and every range must cut the text where it says.
@Suite struct TimeExpressionTaggerRobustnessTests {
    @Test(arguments: [
        "", "the", "Nov.", "2025-", "10:", "at 8 a.", "a.m.", "'", "'80", "the end of", "every", "last",
        "99999999999999999999999 years", "The 30th of", "Sept. 31, 2025", "2025-13-45", "at 25:99 p.m.",
        "quarter", "the quarter of", "Thursday,", "mid-", "— «Paris» — 11 novembre —", "the past two",
        "four-quarter", "3/4", "1/2/3/4", "the day before", "a week or so", "between two to",
        "said on Thursday", "in March", "the third", "at noon", "8", "last week", "two", "fiscal", "year-", "each",
        "Friday night", "the week of", "nineteen", "two thousand", "the 1990", "Christmas", "New Year", "11 November",
        "the first half of", "this year's", "the year-", "5 p.m. EST,", "mid afternoon", "Tuesdays", "every other",
    ])
    func oddInputs(_ text: String) {
        let found = TimeExpressionTagger().find(in: text, documentDate: CivilDate(year: 2025, month: 10, day: 30))
        let bytes = Array(text.utf8)
        for expression in found {
            #expect(expression.range.lowerBound >= 0 && expression.range.upperBound <= bytes.count)
            #expect(String(decoding: bytes[expression.range], as: UTF8.self) == expression.text)
        }
    }
}
