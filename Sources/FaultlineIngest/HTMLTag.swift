/// The HTML elements the extractor treats specially; every other element is `.other`.
enum HTMLTag: UInt8, Sendable {
    case other, html, head, body, title, meta, link, script, style, noscript, template, svg, math, canvas
    case iframe, object, embed, video, audio, picture, img, source, nav, header, footer, aside, form
    case input, button, select, textarea, label, option, dialog, menu
    case figure, figcaption, article, main, section, div, span, p, pre, blockquote, code
    case h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, table, thead, tbody, tfoot, tr, td, th, caption
    case a, br, hr, time, address, center, font, b, i, em, strong, small, sup, sub, u, s, abbr, cite, q, mark

    static let byName: [String: HTMLTag] = {
        var table = [String: HTMLTag]()
        let all: [HTMLTag] = [
            .html, .head, .body, .title, .meta, .link, .script, .style, .noscript, .template, .svg, .math, .canvas,
            .iframe, .object, .embed, .video, .audio, .picture, .img, .source, .nav, .header, .footer, .aside, .form,
            .input, .button, .select, .textarea, .label, .option, .dialog, .menu,
            .figure, .figcaption, .article, .main, .section, .div, .span, .p, .pre, .blockquote, .code,
            .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
            .a, .br, .hr, .time, .address, .center, .font, .b, .i, .em, .strong, .small, .sup, .sub, .u, .s, .abbr, .cite, .q, .mark,
        ]
        for tag in all { table["\(tag)"] = tag }
        return table
    }()

    /// The tag for an element name as libxml2's HTML parser gives it (lowercase).
    init(name: UnsafePointer<UInt8>?) {
        guard let name else { self = .other; return }
        self = HTMLTag.byName[String(cString: name)] ?? .other
    }

    /// Elements whose content is never article text.
    var isNeverContent: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .svg, .math, .canvas, .iframe, .object, .embed,
             .video, .audio, .picture, .img, .source, .nav, .footer, .aside, .form, .input, .button, .select,
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

    /// Headings.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
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
