/// The HTML elements the extractor treats specially; every other element is `.other`.
enum HTMLTag: UInt8, Sendable {
    case other, html, head, body, title, meta, link, script, style, noscript, template, svg, math, canvas
    case iframe, object, embed, video, audio, picture, img, source, nav, header, footer, aside, form
    case input, button, select, textarea, label, option, dialog, menu
    case figure, figcaption, article, main, section, div, span, p, pre, blockquote, code
    case h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, table, thead, tbody, tfoot, tr, td, th, caption
    case a, br, hr, time, address, center, font, b, i, em, strong, small, sup, sub, u, s, abbr, cite, q, mark

    static let byName: [UInt64: HTMLTag] = {
        var table = [UInt64: HTMLTag]()
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .script, .style, .noscript, .template, .svg, .math, .canvas,
            .iframe, .object, .embed, .video, .audio, .picture, .img, .source, .nav, .header, .footer, .aside, .form,
            .input, .button, .select, .textarea, .label, .option, .dialog, .menu,
            .figure, .figcaption, .article, .main, .section, .div, .span, .p, .pre, .blockquote, .code,
            .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
            .a, .br, .hr, .time, .address, .center, .font, .b, .i, .em, .strong, .small, .sup, .sub, .u, .s, .abbr, .cite, .q, .mark,
        ]
        for tag in all {
            let key = key(Array("\(tag)".utf8))
            precondition(table[key] == nil, "HTMLTag keys collide")
            table[key] = tag
        }
        return table
    }()

    /// The tag for an element name as libxml2's HTML parser gives it (lowercase).
    init(name: UnsafePointer<UInt8>?) {
        guard let name else { self = .other; return }
        // Names longer than 10 bytes are none of ours; pack the rest into an integer key.
        var key: UInt64 = 0
        var i = 0
        while name[i] != 0 {
            if i == 10 { self = .other; return }
            var byte = name[i]
            if byte >= 65 && byte <= 90 { byte += 32 }
            key = key &* 131 &+ UInt64(byte)
            i += 1
        }
        self = HTMLTag.byName[key] ?? .other
    }

    /// The integer key of a name: its bytes as base-131 digits (wrapping; the known names are
    /// checked for collisions when the table is built).
    static func key(_ name: [UInt8]) -> UInt64 {
        name.reduce(0) { $0 &* 131 &+ UInt64($1) }
    }

    /// Elements whose content is never article text.
    var isNeverContent: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .svg, .math, .canvas, .iframe, .object, .embed,
             .video, .audio, .picture, .img, .source, .nav, .footer, .aside, .input, .button, .select,
             .textarea, .option, .dialog, .menu, .figcaption, .figure, .label:
            return true
        default:
            return false
        }
    }

    /// Elements that start a new block of text (a paragraph break before and after).
    var isBlock: Bool {
        switch self {
        case .p, .div, .pre, .blockquote, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd,
             .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .article, .main, .section, .header,
             .footer, .aside, .nav, .form, .figure, .figcaption, .address, .center, .br, .hr, .body, .html:
            return true
        default:
            return false
        }
    }

    /// Elements that hold a paragraph of text and give their score to their ancestors.
    var isParagraphLike: Bool {
        switch self {
        case .p, .pre, .td, .blockquote: return true
        default: return false
        }
    }

    /// The prior of an element as the main content container.
    var containerPrior: Double {
        switch self {
        case .article: return 10
        case .main: return 5
        case .div, .section: return 5
        case .pre, .td, .blockquote: return 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: return -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: return -5
        default: return 0
        }
    }
}
