import ArgumentParser
import CaseloadCore
import Foundation

/// The policy limits: the defaults, then the config file, then these options, each overriding the last.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong(Limits.maxCasesSetting), help: ArgumentHelp("Most cases for a full-time officer (default 50; pro rata by FTE).", valueName: "n"))
    var maxCases: String?

    @Option(name: .customLong(Limits.maxHighRiskSetting), help: ArgumentHelp("Largest high-risk share, in percent (default 20).", valueName: "percent"))
    var maxHighRisk: String?

    @Option(
        name: .customLong(Limits.nearSetting), defaultAsFlag: "",
        help: ArgumentHelp("Share of a limit from which an officer is near it (default 0.9); `flags --near` alone lists them.", valueName: "fraction"))
    var near: String?

    @Option(name: .customLong(Limits.shareFloorSetting), help: ArgumentHelp("Fewest cases a high-risk share is counted out of (default 10).", valueName: "n"))
    var shareFloor: String?

    /// `--near` given with no fraction: on `flags`, list the officers near a limit.
    var listNear: Bool { near == "" }

    /// The config file: `$CASELOAD_CONFIG`, else caseload/config in the user's config folder.
    static var configPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["CASELOAD_CONFIG"], !path.isEmpty { return path }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".config")
        return (configHome as NSString).appendingPathComponent("caseload/config")
    }

    /// The limits in force for this run.
    func resolved() throws -> Limits {
        var limits = Limits.standard
        let path = Self.configPath
        if FileManager.default.fileExists(atPath: path) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CommandFailure.environment("cannot read the config file \(path); check it is UTF-8 text you can read")
            }
            do {
                try limits.apply(config: text, file: path)
            } catch {
                throw CommandFailure.environment(error.description)
            }
        }
        let given = [
            (Limits.maxCasesSetting, maxCases), (Limits.maxHighRiskSetting, maxHighRisk), (Limits.nearSetting, listNear ? nil : near),
            (Limits.shareFloorSetting, shareFloor),
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
