import FaultlineCore

/// Which sector an office gives its holder, where it differs from the organisation's.
enum RoleSectors {
    /// A minister of defence stays GOV; a "commander" of a government is MIL; a party leader
    /// who becomes speaker is LEG. `nil` keeps the organisation's sector.
    static func sector(forRole role: String, organization: ActorCode) -> String? {
        let key = NameKey.key(role)
        if key.contains("speaker") || key.contains("member of parliament") || key.contains("senator")
            || key.contains("lawmaker") || key.contains("legislator") || key == "mp" {
            return "LEG"
        }
        if organization.sector == "GOV" && (key.contains("army") || key.contains("armed forces") || key.contains("chief of staff")) {
            return "MIL"
        }
        if key.contains("judge") || key.contains("chief justice") { return "JUD" }
        return nil
    }
}
