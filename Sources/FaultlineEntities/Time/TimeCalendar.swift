import FaultlineCore

/// Calendar arithmetic and TIMEX3 value formatting.
enum TimeCalendar {
    /// A number padded with zeros to `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// `YYYY`.
    static func year(_ year: Int) -> String { pad(year, 4) }

    /// `YYYY-MM`.
    static func month(_ year: Int, _ month: Int) -> String { "\(pad(year, 4))-\(pad(month, 2))" }

    /// `YYYY-Qn`.
    static func quarter(_ year: Int, _ quarter: Int) -> String { "\(pad(year, 4))-Q\(quarter)" }

    /// The month `offset` months after `month` of `year`.
    static func addingMonths(_ offset: Int, to year: Int, _ month: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + offset
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        return (newYear, index - newYear * 12 + 1)
    }

    /// The quarter, 1 to 4, a month is in.
    static func quarterOf(month: Int) -> Int { (month - 1) / 3 + 1 }

    /// The same day `months` months later, clamped to the end of shorter months.
    static func addingMonths(_ months: Int, to date: CivilDate) -> CivilDate {
        let (year, month) = addingMonths(months, to: date.year, date.month)
        let day = min(date.day, CivilDate.daysIn(month: month, year: year))
        return CivilDate(year: year, month: month, day: day) ?? date
    }

    /// The value naming the calendar unit of `granularity` that contains `date`, moved by `offset` units.
    static func value(of date: CivilDate, granularity: TimeLexicon.Granularity, offset: Int = 0) -> String {
        switch granularity {
        case .second, .minute, .hour, .day:
            return date.adding(days: offset).iso
        case .weekend:
            return date.adding(days: 7 * offset).isoWeek + "-WE"
        case .week:
            return date.adding(days: 7 * offset).isoWeek
        case .month:
            let (year, month) = addingMonths(offset, to: date.year, date.month)
            return self.month(year, month)
        case .quarter:
            let (year, month) = addingMonths(3 * offset, to: date.year, date.month)
            return quarter(year, quarterOf(month: month))
        case .half:
            let (year, month) = addingMonths(6 * offset, to: date.year, date.month)
            return "\(pad(year, 4))-H\(month <= 6 ? 1 : 2)"
        case .season:
            return self.year(date.year + offset)
        case .year:
            return self.year(date.year + offset)
        case .decade:
            return String((date.year + 10 * offset) / 10)
        case .century:
            return String((date.year + 100 * offset) / 100)
        }
    }

    /// The value naming an unknown unit of `granularity`, for expressions without a reference date.
    static func unknown(_ granularity: TimeLexicon.Granularity) -> String {
        switch granularity {
        case .second, .minute, .hour, .day: return "XXXX-XX-XX"
        case .weekend: return "XXXX-WXX-WE"
        case .week: return "XXXX-WXX"
        case .month: return "XXXX-XX"
        case .quarter: return "XXXX-QX"
        case .half: return "XXXX-HX"
        case .season, .year: return "XXXX"
        case .decade: return "XXX"
        case .century: return "XX"
        }
    }

    /// The ISO duration of `amount` units (`nil` amount gives an unknown amount, `PXY`).
    static func duration(_ amount: Double?, _ granularity: TimeLexicon.Granularity) -> String {
        let (designator, isTime, factor): (String, Bool, Double) = {
            switch granularity {
            case .second: return ("S", true, 1)
            case .minute: return ("M", true, 1)
            case .hour: return ("H", true, 1)
            case .day: return ("D", false, 1)
            case .weekend: return ("D", false, 2)
            case .week: return ("W", false, 1)
            case .month: return ("M", false, 1)
            case .quarter: return ("M", false, 3)  // ISO 8601 has no quarter designator
            case .half: return ("M", false, 6)
            case .season: return ("M", false, 3)
            case .year: return ("Y", false, 1)
            case .decade: return ("Y", false, 10)
            case .century: return ("Y", false, 100)
            }
        }()
        let prefix = isTime ? "PT" : "P"
        guard let amount else {
            switch granularity {
            case .decade: return "PXE"
            case .century: return "PXC"
            default: return prefix + "X" + designator
            }
        }
        let total = amount * factor
        guard total.isFinite, total >= 0, total < 1e9 else { return prefix + "X" + designator }
        if total == total.rounded() { return prefix + String(Int(total)) + designator }
        // Fractions go to the next smaller unit: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M.
        let whole = Int(total)
        let fraction = total - Double(whole)
        switch designator {
        case "Y": return "P\(whole)Y\(Int((fraction * 12).rounded()))M"
        case "M" where !isTime: return "P\(whole)M\(Int((fraction * 30).rounded()))D"
        case "W": return "P\(Int((total * 7).rounded()))D"
        case "D": return "P\(whole)DT\(Int((fraction * 24).rounded()))H"
        case "H": return "PT\(whole)H\(Int((fraction * 60).rounded()))M"
        case "M": return "PT\(whole)M\(Int((fraction * 60).rounded()))S"
        default: return prefix + String(whole) + designator
        }
    }
}
