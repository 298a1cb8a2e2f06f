import ArgumentParser
import FaultlineEntities
import FaultlineLearning
import Foundation

/// `--clusters-from FILE`: the word clusters stored in an NER model file, for the tagger's and
/// parser's cluster features.
enum ClusterFile {
    /// The clusters of `path`, or none when no path is given.
    static func load(_ path: String?) throws -> WordClusters {
        guard let path else { return .empty }
        do {
            return try EntityRecognizer(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path)))).clusters
        } catch {
            throw ValidationError("\(path): cannot read word clusters from it (\(error)); pass an NER model file written by `faultline train ner`")
        }
    }
}
