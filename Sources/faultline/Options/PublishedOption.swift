import ArgumentParser
import FaultlineCore

/// `--published YYYY-MM-DD`: the publication date of inputs that state none (neither in their
/// record nor in their URL); relative dates such as "Thursday" resolve against it.
struct PublishedOption: ParsableArguments {
    @Option(
        help: ArgumentHelp("Publication date for inputs that state none (YYYY-MM-DD).", valueName: "date"),
        transform: { text in
            guard let date = CivilDate(iso: text), text.count == 10 else {
                throw ValidationError("--published: '\(text)' is not a YYYY-MM-DD date")
            }
            return date
        })
    var published: CivilDate?
}
