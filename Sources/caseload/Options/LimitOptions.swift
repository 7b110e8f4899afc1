import ArgumentParser
import CaseloadCore
import Foundation

/// The policy limits: the defaults, then the config file, then these options, each overriding the last.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong(Limits.maxCasesSetting), parsing: .unconditional, help: ArgumentHelp("Most cases for a full-time officer (default 50; pro rata by FTE).", valueName: "n"))
    var maxCases: String?

    @Option(name: .customLong(Limits.maxHighRiskSetting), parsing: .unconditional, help: ArgumentHelp("Largest high-risk share, in percent (default 20).", valueName: "percent"))
    var maxHighRisk: String?

    @Option(
        name: .customLong(Limits.nearSetting), defaultAsFlag: "",
        help: ArgumentHelp("Share of a limit from which an officer is near it (default 0.9); `flags --near` alone lists them.", valueName: "fraction"))
    var near: String?

    @Option(name: .customLong(Limits.shareFloorSetting), parsing: .unconditional, help: ArgumentHelp("Fewest cases a high-risk share is counted out of (default 10).", valueName: "n"))
    var shareFloor: String?

    @Option(name: .customLong(Limits.maxIntakeSetting), parsing: .unconditional, help: ArgumentHelp("Most new cases a proposal gives one officer within 7 days, counting those already given (default 5).", valueName: "n"))
    var maxIntake: String?

    @Option(name: .customLong(Limits.coverAfterDaysSetting), parsing: .unconditional, help: ArgumentHelp("Days an absence may last before its cases need cover (default 14).", valueName: "days"))
    var coverAfterDays: String?

    @Option(
        name: .customLong(Limits.urgentCoverAfterDaysSetting), parsing: .unconditional,
        help: ArgumentHelp("Days an absence may last before its very high risk and level 3 cases need cover (default 2).", valueName: "days"))
    var urgentCoverAfterDays: String?

    /// `--near` given with no fraction: on `flags`, list the officers near a limit.
    var listNear: Bool { near == "" }

    /// The config file: `$CASELOAD_CONFIG` (which must exist), else caseload/config in the user's config folder (if any).
    /// How the config file names the force and its welfare line; the standard wording without one.
    func wording() throws -> ForceWording {
        var wording = ForceWording()
        guard let (text, path) = try Self.configText() else { return wording }
        do {
            try wording.apply(config: text, file: path)
        } catch {
            throw CommandFailure.environment(error.description)
        }
        return wording
    }

    /// The config file's text and path; nil when there is none and none is named.
    static func configText() throws -> (text: String, path: String)? {
        let (path, named) = configFile
        guard FileManager.default.fileExists(atPath: path) else {
            if named {
                throw CommandFailure.environment("there is no config file at \(path.escapedForDisplay) (named by $CASELOAD_CONFIG); check the path, or unset CASELOAD_CONFIG")
            }
            return nil
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw CommandFailure.environment("cannot read the config file \(path.escapedForDisplay); check it is UTF-8 text you can read")
        }
        return (text, path)
    }

    static var configFile: (path: String, named: Bool) {
        if let path = UserEnvironment.value("CASELOAD_CONFIG") { return (path, true) }
        return (UserEnvironment.configHome + "/caseload/config", false)
    }

    /// The limits in force for this run.
    func resolved() throws -> Limits {
        var limits = Limits.standard
        if let (text, path) = try Self.configText() {
            do {
                try limits.apply(config: text, file: path)
            } catch {
                throw CommandFailure.environment(error.description)
            }
        }
        let given = [
            (Limits.maxCasesSetting, maxCases), (Limits.maxHighRiskSetting, maxHighRisk), (Limits.nearSetting, listNear ? nil : near),
            (Limits.shareFloorSetting, shareFloor), (Limits.maxIntakeSetting, maxIntake), (Limits.coverAfterDaysSetting, coverAfterDays),
            (Limits.urgentCoverAfterDaysSetting, urgentCoverAfterDays),
        ]
        for (setting, value) in given {
            guard let value else { continue }
            do {
                try limits.set(setting, to: value)
            } catch {
                throw CommandFailure.environment("--" + error.description)
            }
        }
        return limits
    }
}
