import CLibXML2

/// Finds the main text of a page and renders it as paragraphs.
///
/// One pass over the tree measures every element (visible text, link text, commas, class and
/// id hints) and drops chrome: never-content elements (script, nav, figures...), hidden blocks,
/// and blocks whose class or id names comments, sharing, cookies, related links and the like
/// (or forms) when they hold a minor share of the page's text. Paragraphs then vote for their ancestors (a paragraph's score, from its length and
/// commas, goes to its parent, half to its grandparent, less further up); a container's score
/// is discounted by its link density, and the best container plus its strong siblings is the
/// article. Inside it, link-heavy lists and blocks are dropped, and remaining chrome lines are
/// filtered by ``BoilerplateLine``.
struct MainContentFinder {
    typealias Node = XMLNodes.Node

    /// Measurements of one element.
    struct Element {
        var node: Node
        var tag: HTMLTag
        var parent: Int
        /// Text directly inside the element (not in child elements).
        var ownText = 0
        var ownLinkText = 0
        var ownCommas = 0
        /// Totals over the subtree, removed blocks excluded.
        var textBytes = 0
        var linkBytes = 0
        var commas = 0
        var classWeight = 0
        var hasBlockChild = false
        /// Whether the class or id names chrome (comments, sharing, sidebars...).
        var chromeClass = false
        var strongContent = false
        var removed = false
        var score = 0.0
        var isCandidate = false

        var linkDensity: Double { textBytes == 0 ? 0 : Double(linkBytes) / Double(textBytes) }
    }

    /// The article's paragraphs.
    func paragraphs(root: Node) -> [String] {
        var table = ElementTable()
        table.measure(root)
        table.propagateRemoval()
        table.scoreParagraphs()
        guard let top = table.topCandidate() else { return [] }
        var renderer = Renderer(table: table)
        for index in table.contentBlocks(around: top) { renderer.render(table.elements[index].node) }
        return renderer.finish()
    }

    /// Every paragraph of the page that is not chrome, in order (for HTML fragments).
    func allParagraphs(root: Node) -> [String] {
        var table = ElementTable()
        table.measure(root)
        table.propagateRemoval()
        var renderer = Renderer(table: table)
        renderer.render(root)
        return renderer.finish()
    }
}

extension MainContentFinder {
    /// All elements of a page in document order, with their measurements.
    struct ElementTable {
        var elements: [Element] = []
        private var classBuffer: [UInt8] = []

        @inline(__always) static func index(of node: Node) -> Int? {
            guard let raw = node.pointee._private else { return nil }
            return Int(bitPattern: raw) - 1
        }

        /// Measures the subtree of `root` and removes chrome.
        ///
        /// Chrome named by class or id is removed only when it holds a minor part of the page's
        /// text or is mostly links: wrappers such as "content-with-sidebar" or a plugin's
        /// "sticky-sidebar" around the whole article stay.
        mutating func measure(_ root: Node) {
            elements.reserveCapacity(2048)
            record(root, parent: -1, inLink: false)
            aggregate()
            guard let body = elements.firstIndex(where: { $0.tag == .body }) ?? elements.indices.first else { return }
            let pageText = max(1, elements[body].textBytes)
            var changed = false
            for index in elements.indices where !elements[index].removed {
                let element = elements[index]
                let parent = element.parent
                if parent >= 0 && elements[parent].removed { elements[index].removed = true; continue }
                if element.strongContent { continue }
                let minor = element.textBytes * 3 < pageText
                let dominant = element.textBytes * 3 >= pageText * 2
                if element.chromeClass && !dominant && (minor || element.linkDensity > 0.5) {
                    elements[index].removed = true
                    changed = true
                } else if element.tag == .header && (minor || element.textBytes < 1500) {
                    elements[index].removed = true
                    changed = true
                }
            }
            if changed { aggregate() }
        }

        /// Adds an element and its subtree to the table, recording direct text only.
        private mutating func record(_ node: Node, parent: Int, inLink: Bool) {
            let tag = HTMLTag(name: node.pointee.name)
            let index = elements.count
            elements.append(Element(node: node, tag: tag, parent: parent))
            node.pointee._private = UnsafeMutableRawPointer(bitPattern: index + 1)
            if tag.isNeverContent || isHidden(node) {
                elements[index].removed = true
                return
            }
            let isLink = inLink || tag == .a
            var text = 0, links = 0, commas = 0
            var hasBlockChild = false
            var child = node.pointee.children
            while let current = child {
                if XMLNodes.isText(current) {
                    if let content = current.pointee.content {
                        let (length, commaCount) = Self.measureText(UnsafePointer(content))
                        text += length
                        commas += commaCount
                        if isLink { links += length }
                    }
                } else if XMLNodes.isElement(current) {
                    let childIndex = elements.count
                    record(current, parent: index, inLink: isLink)
                    let childTag = elements[childIndex].tag
                    if childTag.isBlock && childTag != .br && childTag != .hr { hasBlockChild = true }
                }
                child = current.pointee.next
            }
            elements[index].ownText = text
            elements[index].ownLinkText = links
            elements[index].ownCommas = commas
            elements[index].hasBlockChild = hasBlockChild
            classify(index)
        }

        /// Subtree totals from direct text, children before parents (reverse document order).
        mutating func aggregate() {
            for index in elements.indices {
                elements[index].textBytes = elements[index].ownText
                elements[index].linkBytes = elements[index].ownLinkText
                elements[index].commas = elements[index].ownCommas
            }
            for index in elements.indices.reversed() {
                let element = elements[index]
                guard !element.removed, element.parent >= 0 else { continue }
                let parent = element.parent
                elements[parent].textBytes += element.textBytes
                elements[parent].linkBytes += element.linkBytes
                elements[parent].commas += element.commas
            }
        }

        /// Class, id, role and itemprop hints.
        private mutating func classify(_ index: Int) {
            let node = elements[index].node
            let tag = elements[index].tag
            guard tag != .body && tag != .html else { return }
            // ASP.NET pages wrap the whole page in one form: a form is chrome only when minor.
            if tag == .form { elements[index].chromeClass = true }
            if let itemprop = XMLNodes.attributeContent(node, "itemprop"), Self.equalsLowercased(itemprop, "articlebody") {
                elements[index].classWeight += 50
                elements[index].strongContent = true
                return
            }
            if let role = XMLNodes.attributeContent(node, "role") {
                for chromeRole in ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search"]
                    where Self.equalsLowercased(role, chromeRole) {
                    elements[index].chromeClass = true
                }
                if Self.equalsLowercased(role, "main") || Self.equalsLowercased(role, "article") { elements[index].classWeight += 25 }
            }
            ClassNamePatterns.classAndID(node, into: &classBuffer)
            guard !classBuffer.isEmpty else { return }
            let hints = ClassNamePatterns.hints(classBuffer)
            if hints.contains(.strongContent) {
                elements[index].classWeight += 40
                elements[index].strongContent = true
                return
            }
            // Embedded posts ("social-media-embed", "twitter-tweet") quote people: story text.
            if hints.contains(.chrome) && !hints.contains(.embed) { elements[index].chromeClass = true }
            if hints.contains(.content) { elements[index].classWeight += 25 }
            if hints.contains(.unlikely) { elements[index].classWeight -= 25 }
            if elements[index].chromeClass { elements[index].classWeight -= 25 }
        }

        private func isHidden(_ node: Node) -> Bool {
            if XMLNodes.hasAttribute(node, "hidden") { return true }
            if let aria = XMLNodes.attributeContent(node, "aria-hidden"), Self.equalsLowercased(aria, "true") { return true }
            if let style = XMLNodes.attributeContent(node, "style") {
                var compact = [UInt8]()
                var i = 0
                while style[i] != 0 && compact.count < 400 {
                    let byte = style[i]
                    if byte != 0x20 { compact.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
                    i += 1
                }
                return ASCIIBytes.contains(compact, Array("display:none".utf8))
                    || ASCIIBytes.contains(compact, Array("visibility:hidden".utf8))
            }
            return false
        }

        /// Marks every element below a removed one as removed.
        mutating func propagateRemoval() {
            for index in elements.indices {
                let parent = elements[index].parent
                if parent >= 0 && elements[parent].removed { elements[index].removed = true }
            }
        }

        /// Each paragraph gives its score to up to five ancestors.
        mutating func scoreParagraphs() {
            for index in elements.indices where !elements[index].removed {
                let element = elements[index]
                let isParagraph = element.tag.isParagraphLike
                    || ((element.tag == .div || element.tag == .section) && !element.hasBlockChild)
                if isParagraph {
                    if element.textBytes >= 25 { vote(from: element.parent, text: element.textBytes, commas: element.commas) }
                } else if element.ownText >= 25, element.tag.containerPrior > 0 {
                    // Text straight inside a container, between its blocks (paragraphs split by
                    // <br> rather than <p>): a paragraph of the container itself.
                    vote(from: index, text: element.ownText - element.ownLinkText, commas: element.ownCommas)
                }
            }
            for index in elements.indices where elements[index].isCandidate {
                elements[index].score *= 1.0 - elements[index].linkDensity
            }
        }

        /// A paragraph's score goes to `first` in full, half to its parent, less further up.
        private mutating func vote(from first: Int, text: Int, commas: Int) {
            guard text >= 25 else { return }
            let score = 1.0 + Double(commas) + min(Double(text) / 100.0, 3.0)
            var ancestor = first
            var level = 0
            while ancestor >= 0 && level < 5 {
                if !elements[ancestor].isCandidate {
                    elements[ancestor].isCandidate = true
                    elements[ancestor].score = elements[ancestor].tag.containerPrior + Double(elements[ancestor].classWeight)
                }
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3.0)
                elements[ancestor].score += score / divider
                ancestor = elements[ancestor].parent
                level += 1
            }
        }

        /// The best-scoring container, or the body when nothing scored.
        func topCandidate() -> Int? {
            var best: Int?
            for index in elements.indices where elements[index].isCandidate && !elements[index].removed {
                if best == nil || elements[index].score > elements[best!].score { best = index }
            }
            if best == nil { return elements.firstIndex { $0.tag == .body && !$0.removed } }
            return best
        }

        /// The top container and those of its siblings that look like more of the article.
        func contentBlocks(around top: Int) -> [Int] {
            let blocks = siblingBlocks(around: top) + sameClassBlocks(as: top)
            // Document order, each block once, none inside another.
            var chosen = Set<Int>()
            var result = [Int]()
            for index in blocks.sorted() where !chosen.contains(index) {
                var ancestor = elements[index].parent
                var nested = false
                while ancestor >= 0 {
                    if chosen.contains(ancestor) { nested = true; break }
                    ancestor = elements[ancestor].parent
                }
                if !nested {
                    chosen.insert(index)
                    result.append(index)
                }
            }
            return result
        }

        /// Other parts of an article that figures, quotes or ads split up: elements with the same
        /// tag and class as the top container, with text and few links.
        func sameClassBlocks(as top: Int) -> [Int] {
            let tag = elements[top].tag
            guard let className = XMLNodes.attribute(elements[top].node, "class"), !className.isEmpty else { return [] }
            var blocks = [Int]()
            for index in elements.indices where index != top && elements[index].tag == tag && !elements[index].removed {
                let element = elements[index]
                guard element.textBytes >= 100, element.linkDensity < 0.3,
                      XMLNodes.attribute(element.node, "class") == className else { continue }
                blocks.append(index)
            }
            return blocks
        }

        /// The top container and those of its siblings that look like more of the article.
        func siblingBlocks(around top: Int) -> [Int] {
            let parent = elements[top].parent
            guard parent >= 0 else { return [top] }
            let topScore = elements[top].score
            let threshold = max(10, topScore * 0.2)
            var blocks = [Int]()
            var child = elements[parent].node.pointee.children
            while let current = child {
                defer { child = current.pointee.next }
                guard XMLNodes.isElement(current), let index = Self.index(of: current), !elements[index].removed else { continue }
                if index == top { blocks.append(index); continue }
                let sibling = elements[index]
                if sibling.isCandidate && sibling.score >= threshold {
                    blocks.append(index)
                } else if sibling.tag == .p {
                    let density = sibling.linkDensity
                    if sibling.textBytes > 80 && density < 0.25 { blocks.append(index) }
                }
            }
            return blocks
        }

        /// Whether a container inside the article is chrome after all: link lists, link-heavy blocks.
        func shouldDrop(_ index: Int) -> Bool {
            let element = elements[index]
            switch element.tag {
            case .div, .section, .ul, .ol, .table, .dl, .aside, .header, .span, .p, .li:
                break
            default:
                return false
            }
            if element.classWeight < 0 && element.score < 0 { return true }
            guard element.commas < 10 else { return false }
            let density = element.linkDensity
            if element.tag == .span {
                // Hover cards and link bundles inside a paragraph; a linked name stays.
                return density > 0.8 && element.textBytes >= 100
            }
            if element.tag == .p || element.tag == .li {
                return density > 0.8 && element.textBytes < 300
            }
            if element.classWeight < 25 && density > 0.25 { return true }
            if density > 0.5 { return true }
            return false
        }

        static func measureText(_ pointer: UnsafePointer<UInt8>) -> (Int, Int) {
            var length = 0, commas = 0
            var i = 0
            var inSpace = true
            while true {
                let byte = pointer[i]
                if byte == 0 { break }
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    if !inSpace { length += 1; inSpace = true }
                } else {
                    length += 1
                    inSpace = false
                    if byte == 0x2C { commas += 1 }
                }
                i += 1
            }
            return (length, commas)
        }

        static func equalsLowercased(_ pointer: UnsafePointer<UInt8>, _ expected: String) -> Bool {
            var i = 0
            for byte in expected.utf8 {
                var actual = pointer[i]
                if actual >= 65 && actual <= 90 { actual += 32 }
                if actual != byte { return false }
                i += 1
            }
            return pointer[i] == 0
        }
    }

    /// Writes the text of chosen elements as paragraphs, skipping removed and dropped blocks.
    struct Renderer {
        let table: ElementTable
        var paragraphs: [String] = []
        var buffer = TextBuffer()

        init(table: ElementTable) { self.table = table }

        mutating func render(_ node: Node) {
            guard let index = ElementTable.index(of: node) else { return }
            let element = table.elements[index]
            if element.removed || table.shouldDrop(index) { return }
            let block = element.tag.isBlock
            if block { flush() }
            if element.tag == .br { return }
            var child = node.pointee.children
            while let current = child {
                if XMLNodes.isText(current) {
                    if let content = current.pointee.content { buffer.append(UnsafePointer(content)) }
                } else if XMLNodes.isElement(current) {
                    render(current)
                }
                child = current.pointee.next
            }
            if block { flush() } else if element.tag == .td || element.tag == .th { buffer.breakWord() }
        }

        mutating func flush() {
            guard !buffer.isEmpty else { return }
            paragraphs.append(buffer.string)
            buffer.reset()
        }

        mutating func finish() -> [String] {
            flush()
            return BoilerplateLine.trimmingClosingPromos(paragraphs.filter { !BoilerplateLine.isBoilerplate($0) })
        }
    }
}
