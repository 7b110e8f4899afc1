import CaseloadCore
import CaseloadExport
import CaseloadSQLite
import CaseloadStore
import CaseloadTUI
import Foundation

/// Times one work on one force, in the process it runs in, and returns every sample in seconds.
@MainActor
struct Measure {
    let work: Work
    let size: ForceSize
    let repetitions: Int
    let workspace: Workspace
    /// The PostgreSQL server for the pg-* works.
    var server: String?
    /// How long the load test runs.
    var loadSeconds = 30.0
    let limits = Limits.standard

    /// Every sample of the work, in seconds, with the peak memory and, for the load test, its summary.
    func samples() throws -> Samples {
        let samples: [Double]
        var load: LoadSummary?
        switch work {
        case .importCSV: samples = try importSamples()
        case .importAvailability: samples = try importSamples(availability: try workspace.availability(for: size))
        case .figures: samples = try figuresSamples()
        case .storedFigures: samples = try storedFiguresSamples()
        case .firstFrame: samples = try firstFrameSamples()
        case .keySort: samples = try keySamples([.character(">")], times: 20)
        case .keyFilter: samples = try keySamples("\\OM1\r\\\r".map(Self.key), times: 4)
        case .keyScroll: samples = try keySamples([.pageDown, .pageDown, .down, .down, .end, .home], times: 6)
        case .keySearch: samples = try keySamples("/om12\r".map(Self.key), times: 5)
        case .suggest: samples = try suggestSamples()
        case .plan: samples = try timed { store in _ = AllocationPlanner(force: try store.loadForce(), limits: limits, today: Workspace.today).plan() }
        case .rebalance: samples = try timed { store in _ = Rebalancer(force: try store.loadForce(), limits: limits, today: Workspace.today).plan() }
        case .cover: samples = try coverSamples()
        case .ahead:
            samples = try timed { store in
                let (snapshot, dates) = try store.snapshotAndAheadDates(in: AheadWindow(asOf: Workspace.today, weeks: 12))
                _ = AheadReport(Ahead(figures: snapshot.figures(limits: limits), dates: dates, snapshot: snapshot)).json()
            }
        case .allocate: samples = try allocateSamples()
        case .exportCSV: samples = try timed { store in _ = MonthlyCSV.render(try monthlyView(store)) }
        case .exportJSON: samples = try timed { store in _ = MonthlyJSON.render(try monthlyView(store)) }
        case .exportMarkdown: samples = try timed { store in _ = MonthlyMarkdown.render(try monthlyView(store)) }
        case .exportHTML: samples = try timed { store in _ = MonthlyHTML.render(try monthlyView(store)) }
        case .postgresImport: samples = try postgresImportSamples()
        case .psqlCopy: samples = try psqlCopySamples()
        case .postgresFigures: samples = try onPostgres { store in _ = try store.currentSnapshot(asOf: Workspace.today).figures(limits: limits) }
        case .postgresAllocate: samples = try postgresAllocateSamples()
        case .postgresFirstFrame: samples = try postgresFirstFrameSamples()
        case .postgresLoad: (samples, load) = try postgresLoadSamples(seconds: loadSeconds)
        }
        return Samples(samples: samples, peakBytes: peakResidentBytes(), load: load)
    }

    /// The time `body` takes, in seconds.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Each repetition opens the force's database afresh and runs `body` on it; opening counts.
    private func timed(_ body: (SQLiteStore) throws -> Void) throws -> [Double] {
        let path = try workspace.database(for: size)
        return try (0..<repetitions).map { _ in try Self.seconds { try body(try SQLiteStore.open(path: path)) } }
    }

    /// Each repetition imports the force into a new database, with availability.csv when given; reading it counts.
    private func importSamples(availability: String? = nil) throws -> [Double] {
        let (officers, cases) = try workspace.files(for: size)
        return try (0..<repetitions).map { repetition in
            let path = try workspace.scratch("import-\(repetition).sqlite")
            defer { workspace.discard(path) }
            return try Self.seconds {
                let entries = try availability.map { try ImportFiles.availability($0, officers: officers) }
                _ = try SQLiteStore.open(path: path).importForce(ImportFiles.decoder(officers: officers, cases: cases), asOf: Workspace.today, availability: entries)
            }
        }
    }

    private func figuresSamples() throws -> [Double] {
        let force = try SQLiteStore.open(path: try workspace.database(for: size)).loadForce()
        return (0..<repetitions).map { _ in
            Self.seconds { _ = force.figures(limits: limits) }
        }
    }

    private func storedFiguresSamples() throws -> [Double] {
        try timed { store in _ = try store.currentSnapshot(asOf: Workspace.today).figures(limits: limits) }
    }

    private func firstFrameSamples() throws -> [Double] {
        let path = try workspace.database(for: size)
        return try firstFrameSamples { try SQLiteStore.open(path: path) }
    }

    /// Each repetition opens the store with `open` and draws the dashboard's first frame; opening counts.
    ///
    /// After the first frame a large force's cases load on a thread of their own; each repetition waits for that load,
    /// untimed, so that the next starts on a quiet machine, as a supervisor's first frame does.
    func firstFrameSamples(_ open: () throws -> any ForceStore) throws -> [Double] {
        try (0..<repetitions).map { _ in
            let terminal = MemoryTerminal(width: 120, height: 40)
            var opened: Dashboard?
            let seconds = try Self.seconds {
                let dashboard = try dashboard(open(), terminal)
                dashboard.draw()
                opened = dashboard
            }
            opened?.finishLoading()
            guard terminal.presentCount == 1 else { throw BenchFailure("the first frame was not drawn") }
            return seconds
        }
    }

    /// Each of `keys`, `times` over, timed from the key to its frame drawn into the in-memory terminal.
    private func keySamples(_ keys: [Key], times: Int) throws -> [Double] {
        let terminal = MemoryTerminal(width: 120, height: 40)
        let dashboard = try dashboard(SQLiteStore.open(path: try workspace.database(for: size)), terminal)
        dashboard.draw()
        var samples: [Double] = []
        for _ in 0..<max(1, repetitions * times / keys.count) {
            for key in keys { samples.append(Self.seconds { dashboard.handle(key) }) }
        }
        guard terminal.presentCount == samples.count + 1 else { throw BenchFailure("a key did not redraw the screen") }
        return samples
    }

    private func dashboard(_ store: any ForceStore, _ terminal: MemoryTerminal) throws -> Dashboard {
        try Dashboard(
            terminal: terminal, store: store, limits: limits, today: Workspace.today, theme: .colour, supervisor: "bench",
            exportFolder: workspace.folder)
    }

    private func suggestSamples() throws -> [Double] {
        let force = ForceGenerator(officers: size.officers, cases: size.cases, unallocated: size.unallocated, seed: Workspace.seed).generate()
        let advisor = AllocationAdvisor(force: force, limits: limits, today: Workspace.today)
        let queue = force.cases.filter { $0.officerID == nil }
        return (0..<repetitions * 4).map { index in
            Self.seconds { _ = advisor.suggest(for: queue[index % queue.count], limit: 10) }
        }
    }

    /// The cover for the 50 officers holding most cases together (about 2,000 cases at forty each), planned on the
    /// force as loaded; loading is not timed.
    private func coverSamples() throws -> [Double] {
        let force = try SQLiteStore.open(path: try workspace.database(for: size)).loadForce()
        let held = Dictionary(grouping: force.cases.compactMap(\.officerID), by: { $0 }).mapValues(\.count)
        let away = Set(force.officers.map(\.id).sorted { (held[$1] ?? 0, $0) < (held[$0] ?? 0, $1) }.prefix(50))
        return (0..<repetitions).map { _ in
            Self.seconds { _ = CoverPlanner(force: force, away: away, limits: limits, today: Workspace.today).plan() }
        }
    }

    /// Allocates queued cases one at a time to the best officer, timing only the store's checked write.
    private func allocateSamples() throws -> [Double] {
        let path = try workspace.scratch("allocate.sqlite")
        defer { workspace.discard(path) }
        try FileManager.default.copyItem(atPath: try workspace.database(for: size), toPath: path)
        return try allocateSamples(try SQLiteStore.open(path: path))
    }

    func allocateSamples(_ store: any ForceStore) throws -> [Double] {
        let force = try store.loadForce()
        let advisor = AllocationAdvisor(force: force, limits: limits, today: Workspace.today)
        let queue = force.cases.filter { $0.officerID == nil }
        return try queue.prefix(repetitions * 4).map { offender in
            guard let best = advisor.suggest(for: offender, limit: 1).candidates.first else { throw BenchFailure("no officer may take \(offender.id)") }
            let request = AllocationRequest(caseID: offender.id, from: nil, to: best.officer.id, by: "bench", reason: nil, override: false)
            return try Self.seconds { _ = try store.allocate([request], limits: limits, on: Workspace.today, at: "2026-10-31T12:00:00Z") }
        }
    }

    /// The monthly view of the current month, as `caseload export` builds it.
    private func monthlyView(_ store: SQLiteStore) throws -> MonthlyView {
        guard let view = try store.monthlyView(of: Workspace.today.calendarMonth, today: Workspace.today, limits: limits) else {
            throw BenchFailure("the current month has no figures")
        }
        return view
    }

    private static func key(_ character: Character) -> Key {
        character == "\r" ? .enter : .character(character)
    }
}

/// Why a measurement could not be made.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
