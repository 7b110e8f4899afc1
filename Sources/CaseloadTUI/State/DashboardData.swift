import CaseloadCore

/// Everything the screens show, computed once each time the data is loaded, never per frame.
public struct DashboardData: Sendable {
    public let force: Force
    public let limits: Limits
    public let today: Day
    /// Whether this is the bundled demo force, which every screen says and where nothing is saved.
    public let isDemo: Bool
    public let figures: Figures
    public let advisor: AllocationAdvisor
    /// The cases waiting for an officer, longest waiting first, then the riskiest.
    public let queue: [Case]
    /// The day each waiting case joined the queue, where the store knows it.
    public let queuedSince: [CaseID: Day]
    /// The teams, sorted.
    public let teams: [String]
    /// The cases each officer holds, grouped once at load rather than on every key: those whose risk review is
    /// overdue first, the longest overdue first, then the rest in file order.
    private let casesByOfficer: [OfficerID: [Case]]
    /// The recorded months before this one, oldest first: the monthly view's trend and each officer's recent months.
    private let earlier: [MonthSnapshot]
    private let current: MonthSnapshot
    private let monthlyMemo = Memo<Int, MonthlyView>()
    private let aheadMemo = Memo<Int, Ahead>()
    /// The Ahead screen's officers in the last order chosen.
    let aheadRows = Memo<AheadOrder, [OfficerAhead]>()
    private let historyMemo = Memo<Int, [OfficerID: [(month: Month, cases: Int, highRiskPercent: Double)]]>()
    private let filterMemo = Memo<Int, [String]>()
    private let ranksMemo = Memo<Int, OfficerRanks>()
    /// The Officers table's rows under the last sort and filter.
    let officerRows = Memo<OfficerListSettings, [Int]>()
    /// The Suggest or Transfer screen's rows for the last case opened.
    let suggestRows = Memo<CaseID, (offender: Case, rows: [CandidateRow])?>()
    private let planMemo = Memo<Int, ProposalRows>()
    private let rebalanceMemo = Memo<Int, ProposalRows>()
    private let whatIfMemo = Memo<OfficerID, ProposalRows>()
    private let coverMemo = Memo<Int, [CaseID: OfficerID]>()
    let noticeLines = Memo<NoticeKey, [String]>()
    private let searchMemo = Memo<SearchKey, [String]>()

    /// What a screen's search texts depend on: the screen, and the officer list's sort and filter.
    private struct SearchKey: Equatable, Sendable {
        let screen: Screen
        let list: OfficerListSettings
    }

    /// Whether every case is loaded; until then the officers' figures, the queue and Suggest work, and the screens
    /// that need each case (an officer's cases, Transfer, Plan, Rebalance, the last seven days) say they are loading.
    public let isComplete: Bool

    /// Everything, from the whole force.
    public init(force: Force, snapshots: [MonthSnapshot], limits: Limits, today: Day, isDemo: Bool = false, queuedSince: [CaseID: Day] = [:]) {
        self.init(
            force: force, current: MonthSnapshot(force: force, asOf: today), snapshots: snapshots, limits: limits, today: today, isDemo: isDemo,
            isComplete: true, queuedSince: queuedSince)
    }

    /// The first screen of a large force at once: the officers and their kept counts, and the queue, without the
    /// cases officers hold, which `init(force:…)` adds when they are loaded.
    public init(
        current: MonthSnapshot, queue: [Case], snapshots: [MonthSnapshot], limits: Limits, today: Day, isDemo: Bool = false,
        queuedSince: [CaseID: Day] = [:]
    ) {
        self.init(
            force: Force(officers: current.officers.map(\.officer), cases: queue), current: current, snapshots: snapshots, limits: limits,
            today: today, isDemo: isDemo, isComplete: false, queuedSince: queuedSince)
    }

    private init(
        force: Force, current: MonthSnapshot, snapshots: [MonthSnapshot], limits: Limits, today: Day, isDemo: Bool, isComplete: Bool,
        queuedSince: [CaseID: Day]
    ) {
        self.queuedSince = queuedSince
        self.force = force
        self.limits = limits
        self.today = today
        self.isDemo = isDemo
        self.isComplete = isComplete
        earlier = snapshots.filter { $0.month < today.calendarMonth }.sorted { $0.month < $1.month }
        self.current = current
        figures = Figures(officers: current.officers, unallocated: current.unallocated, limits: limits)
        advisor = AllocationAdvisor(force: force, workloads: current.officers.map(\.workload), limits: limits, today: today)
        var queue: [Case] = []
        var casesByOfficer: [OfficerID: [Case]] = [:]
        for offender in force.cases {
            if let officerID = offender.officerID { casesByOfficer[officerID, default: []].append(offender) } else { queue.append(offender) }
        }
        let order = Dictionary(uniqueKeysWithValues: queue.enumerated().map { ($1.id, $0) })
        self.queue = queue.sorted { a, b in
            let sinceA = a.waitingSince(firstSeen: queuedSince[a.id]) ?? today
            let sinceB = b.waitingSince(firstSeen: queuedSince[b.id]) ?? today
            if sinceA != sinceB { return sinceA < sinceB }
            if a.risk != b.risk { return a.risk.isHigh && !b.risk.isHigh }
            return order[a.id]! < order[b.id]!
        }
        self.casesByOfficer = casesByOfficer.mapValues { cases in
            let overdue = cases.filter { $0.isReviewOverdue(on: today) }.sorted { $0.nextReviewOn! < $1.nextReviewOn! }
            return overdue.isEmpty ? cases : overdue + cases.filter { !$0.isReviewOverdue(on: today) }
        }
        teams = figures.teams.map(\.team)
    }

    /// The monthly view of this month against the last, worked out when first shown.
    public var monthly: MonthlyView {
        monthlyMemo.value(for: 0) {
            var view = MonthlyView(
                snapshot: current, previous: earlier.last { $0.month == today.calendarMonth.previous }, history: earlier, limits: limits)
            view.isDemo = isDemo
            return view
        }
    }

    /// The next 12 weeks, worked out when first shown; the whole force must be loaded (`isComplete`).
    public var ahead: Ahead {
        aheadMemo.value(for: 0) { Ahead(force: force, figures: figures, asOf: today, weeks: Rebalancer.aheadDays / 7) }
    }

    /// Each officer's cases and high-risk share in the six months before this one, oldest first.
    public var history: [OfficerID: [(month: Month, cases: Int, highRiskPercent: Double)]] {
        historyMemo.value(for: 0) {
            var history: [OfficerID: [(month: Month, cases: Int, highRiskPercent: Double)]] = [:]
            for snapshot in earlier.suffix(6) {
                for entry in snapshot.officers {
                    history[entry.officer.id, default: []].append((snapshot.month, entry.workload.cases, limits.highRiskPercent(of: entry.workload)))
                }
            }
            return history
        }
    }

    /// The screen's search texts in lower case, worked out once while the screen and the list's settings stay, so
    /// searching as you type lower-cases 25,000 officers once rather than on every key.
    func searchTexts(_ screen: Screen, _ state: AppState, _ texts: () -> [String]) -> [String] {
        searchMemo.value(for: SearchKey(screen: screen, list: state.officerList)) { texts().map { $0.lowercased() } }
    }

    /// Each officer's name, id and team in lower case, in the order of `figures.officers`, for the filter.
    var filterTexts: [String] {
        filterMemo.value(for: 0) { figures.officers.map { ($0.officer.name + " " + $0.officer.id.text + " " + $0.officer.team).lowercased() } }
    }

    /// Each officer's place among all by name, by team, by MOSOVO status and by id, so sorting compares numbers only.
    var ranks: OfficerRanks { ranksMemo.value(for: 0) { OfficerRanks(figures.officers.map(\.officer)) } }

    /// The plan for the whole queue, worked out when first shown; empty until every case is loaded.
    public var plan: ProposalRows { planMemo.value(for: 0) { isComplete ? ProposalRows.plan(self) : .empty } }

    /// What if the officer were away: the cover plan for their cases; empty until every case is loaded.
    public func whatIf(_ officerID: OfficerID) -> ProposalRows {
        whatIfMemo.value(for: officerID) { isComplete ? ProposalRows.whatIf(self, officerID: officerID) : .empty }
    }

    /// The colleague covering each case under cover today, by case id, worked out once rather than on every frame.
    public var coveringOfficers: [CaseID: OfficerID] { coverMemo.value(for: 0) { force.coveringOfficers } }

    /// The rebalance, worked out when first shown; empty until every case is loaded.
    public var rebalance: ProposalRows { rebalanceMemo.value(for: 0) { isComplete ? ProposalRows.rebalance(self) : .empty } }

    /// Days a waiting case has waited, from its referral or else when caseload first saw it; nil when neither is known.
    public func daysWaited(_ offender: Case) -> Int? {
        offender.waitingSince(firstSeen: queuedSince[offender.id]).map { today.daysSinceEpoch - $0.daysSinceEpoch }
    }

    /// The cases an officer holds, in file order.
    public func cases(of officerID: OfficerID) -> [Case] {
        casesByOfficer[officerID] ?? []
    }

    /// Allocations to the officer in the last seven days, the cycle of distribution.
    public func recentAllocations(_ position: Int) -> Int { advisor.recent[position] }
}

/// What a notice's lines depend on besides the force: whose, who signs it, the force's wording, and the width.
struct NoticeKey: Equatable, Sendable {
    let officerID: OfficerID
    let supervisor: String?
    let wording: ForceWording
    let width: Int
}
