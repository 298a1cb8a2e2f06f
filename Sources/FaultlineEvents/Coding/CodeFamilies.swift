/// CAMEO's composition of codes: a request for, promise of, refusal of or threat of an event is
/// coded by the event's own code (an appeal for a ceasefire is 0256, a threat to attack 1384).
/// The correspondences follow the parallel structure of the CAMEO codebook's categories
/// 02/10 (request), 03 (intent), 12 (reject) and 13 (threaten).
enum CodeFamilies {
    /// An appeal (02) or demand (10) for the event `code`.
    static func request(_ code: String, demand: Bool) -> String {
        let base = demand ? "10" : "02"
        let d = digits(code)
        switch d.root {
        case 4:
            return base + (d.second == 5 ? "8" : "6")
        case 5:
            return base + "2"
        case 6:
            return d.second >= 1 && d.second <= 4 ? (demand ? "101\(d.second)" : "021\(d.second)") : base + "1"
        case 7:
            return d.second >= 1 && d.second <= 4 ? (demand ? "103\(d.second)" : "023\(d.second)") : base + "3"
        case 8:
            switch d.second {
            case 1: return base + "51"
            case 2: return base + "52"
            case 3: return d.third > 0 ? base + "4\(d.third)" : base + "4"
            case 4: return base + "53"
            case 5: return base + "54"
            case 6: return base + "55"
            case 7: return base + "56"
            default: return base + "5"
            }
        default:
            return base + "0"
        }
    }

    /// An expressed intent (03) to carry out the event `code`; conflictual events become threats.
    static func intent(_ code: String) -> String {
        let d = digits(code)
        switch d.root {
        case 4: return d.second == 5 ? "039" : "036"
        case 5: return "032"
        case 6: return d.second >= 1 && d.second <= 4 ? "031\(d.second)" : "031"
        case 7: return d.second >= 1 && d.second <= 4 ? "033\(d.second)" : "033"
        case 8:
            switch d.second {
            case 1: return "0351"
            case 2: return "0352"
            case 3: return d.third > 0 ? "034\(d.third)" : "034"
            case 4: return "0353"
            case 5: return "0354"
            case 6: return "0355"
            case 7: return "0356"
            default: return "035"
            }
        case 14...20: return threat(code)
        case 3: return code
        default: return "030"
        }
    }

    /// A refusal (12) of the event `code`.
    static func reject(_ code: String) -> String {
        let d = digits(code)
        switch d.root {
        case 4: return d.second == 5 ? "126" : "125"
        case 5: return code == "057" ? "127" : "120"
        case 6: return d.second >= 1 && d.second <= 4 ? "121\(d.second)" : "121"
        case 7: return d.second >= 1 && d.second <= 4 ? "122\(d.second)" : "122"
        case 8:
            switch d.second {
            case 1: return "1241"
            case 2: return "1242"
            case 3: return d.third > 0 ? "123\(d.third)" : "123"
            case 4: return "1243"
            case 5: return "1244"
            case 6: return "1245"
            case 7: return "1246"
            default: return "124"
            }
        default: return "120"
        }
    }

    /// A threat (13) of the event `code`.
    static func threat(_ code: String) -> String {
        let d = digits(code)
        switch d.root {
        case 14: return "133"
        case 16:
            switch d.second {
            case 1: return "1313"
            case 2: return "1311"
            case 3: return "1312"
            case 4: return "134"
            case 5: return "135"
            case 6: return "136"
            default: return "131"
            }
        case 17:
            switch d.second {
            case 2: return d.third > 0 ? "132\(d.third)" : "132"
            case 5: return "137"
            default: return "130"
            }
        case 18: return "1383"
        case 19:
            switch d.second {
            case 1: return "1381"
            case 2: return "1382"
            default: return "1384"
            }
        case 20: return "1385"
        case 13: return code
        default: return "130"
        }
    }

    /// Stopping the event `code`: halting talks or aid reduces relations (16), ending a
    /// curfew, detention or fighting eases it (08).
    static func halt(_ code: String) -> String? {
        let d = digits(code)
        switch d.root {
        case 4: return d.second == 5 ? "165" : "164"
        case 5, 6: return "160"
        case 7: return d.second >= 1 && d.second <= 3 ? "162\(d.second)" : "162"
        case 14: return "082"
        case 16: return d.second == 3 ? "085" : nil
        case 17:
            if code == "1723" { return "0813" }
            if code == "1724" { return "0814" }
            if d.second == 2 { return "081" }
            if d.second == 3 { return "0841" }
            return "080"
        case 18, 19, 20: return "087"
        default: return nil
        }
    }

    /// Whether a code is a military retreat or surrender (0874).
    static func isMilitaryRetreat(_ code: String) -> Bool { code == "0874" }

    /// Root, second and third digit of a code ("0874" -> 8, 7, 4; "19" -> 19, 0, 0).
    static func digits(_ code: String) -> (root: Int, second: Int, third: Int) {
        let bytes = Array(code.utf8)
        func digit(_ index: Int) -> Int { index < bytes.count ? Int(bytes[index]) - 48 : 0 }
        let root = bytes.count >= 2 ? digit(0) * 10 + digit(1) : 0
        return (root, digit(2), digit(3))
    }
}
