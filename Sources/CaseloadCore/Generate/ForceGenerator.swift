/// Makes a deterministic synthetic force shaped like the published MAPPA figures, for demos, tests and benchmarks.
///
/// About 65% of offenders in the community; category 1 far more common than 2, and 2 than 3; about 97%
/// of category 1 and 2 cases at level 1, and category 3 always at level 2 or 3, as MAPPA manages it; a DA
/// specialist in every team, a few Approved Premises officers whose caseloads lean to high risk, some officers
/// awaiting MOSOVO, some part-time, some on leave, and a queue of about 1% unallocated cases. The same counts and seed always give the same force.
public struct ForceGenerator: Sendable {
    public let officerCount: Int
    public let caseCount: Int
    /// How many cases are left waiting for an officer, spread evenly through the file.
    public let unallocatedCount: Int
    public let seed: UInt64
    /// Allocation dates fall in the four years up to this day.
    public let referenceDay: Day

    public static let defaultReferenceDay = Day(year: 2026, month: 10, day: 31)!
    static let officersPerTeam = 9

    /// A generator for the given counts; `unallocated` defaults to 1% of the cases.
    public init(officers: Int, cases: Int, unallocated: Int? = nil, seed: UInt64, referenceDay: Day = Self.defaultReferenceDay) {
        precondition(officers > 0 && cases >= 0)
        officerCount = officers
        caseCount = cases
        unallocatedCount = min(cases, unallocated ?? cases / 100)
        self.seed = seed
        self.referenceDay = referenceDay
    }

    public func generate() -> Force {
        var random = SeededRandom(seed: seed)
        var officers = makeOfficers(&random)
        var firstTrained: [String: OfficerID] = [:]
        for officer in officers where officer.mosovo == .trained && firstTrained[officer.team] == nil { firstTrained[officer.team] = officer.id }
        for index in officers.indices where officers[index].mosovo != .trained { officers[index].buddyID = firstTrained[officers[index].team] }
        var cases = makeCases(officers, &random)
        var dates = SeededRandom(seed: seed &+ 0x5EED_DA7E)
        for index in cases.indices { addDates(&cases[index], &dates) }
        return Force(officers: officers, cases: cases)
    }

    /// The dates a records system keeps for the weeks ahead, drawn apart from everything else so that adding them
    /// left every other field as it was: a risk review within the year for most cases, a release date for most
    /// custody cases, an end date within two years for some, and the referral a week or two before each allocation
    /// of the last 12 weeks (every waiting case's within the last month).
    private func addDates(_ offender: inout Case, _ random: inout SeededRandom) {
        if offender.officerID != nil && random.chance(permille: 800) { offender.nextReviewOn = referenceDay.adding(days: random.below(380) - 15) }
        if offender.location == .custody && random.chance(permille: 600) { offender.releaseOn = referenceDay.adding(days: 1 + random.below(540)) }
        if random.chance(permille: 250) { offender.endsOn = referenceDay.adding(days: 1 + random.below(730)) }
        if let allocated = offender.allocatedOn, allocated >= referenceDay.adding(days: -84) {
            offender.referredOn = allocated.adding(days: -(2 + random.below(20)))
        } else if offender.officerID == nil {
            offender.referredOn = referenceDay.adding(days: -random.below(30))
        }
    }

    private func makeOfficers(_ random: inout SeededRandom) -> [Officer] {
        let teamCount = max(1, (officerCount + Self.officersPerTeam - 1) / Self.officersPerTeam)
        let teams = (0..<teamCount).map { Self.teamName($0, of: teamCount) }
        let idWidth = max(3, String(officerCount).count)
        return (0..<officerCount).map { index in
            let team = index % teamCount
            let name = Self.firstNames[random.below(Self.firstNames.count)] + " " + Self.surnames[random.below(Self.surnames.count)]
            let mosovo = random.pick([(MosovoStatus.trained, 870), (.awaiting, 100), (.untrained, 30)])
            let partTime = random.chance(permille: 110)
            let fte = partTime ? FTE(millionths: random.pick([(500_000, 3), (600_000, 2), (800_000, 3), (400_000, 1)]))! : .full
            return Officer(
                id: OfficerID("OM" + Self.padded(index + 1, idWidth)), name: name, team: teams[team], fte: fte, mosovo: mosovo,
                approvedPremises: index == teamCount || (index > teamCount && random.chance(permille: 30)),
                daSpecialist: index < teamCount,
                status: random.chance(permille: 30) ? .leave : .active)
        }
    }

    private func makeCases(_ officers: [Officer], _ random: inout SeededRandom) -> [Case] {
        var cumulative: [Int] = []
        cumulative.reserveCapacity(officers.count)
        var total = 0
        for officer in officers {
            total += officer.fte.millionths / 1000 * (800 + random.below(450))
            cumulative.append(total)
        }
        let idWidth = max(6, String(caseCount).count)
        var cases: [Case] = []
        cases.reserveCapacity(caseCount)
        for index in 0..<caseCount {
            let id = "C" + Self.padded(index + 1, idWidth)
            if (index + 1) * unallocatedCount / max(1, caseCount) != index * unallocatedCount / max(1, caseCount) {
                cases.append(makeCase(id: id, officer: nil, team: officers[random.below(officers.count)].team, officers, &random))
                continue
            }
            let roll = random.below(total)
            var low = 0
            var high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] > roll { high = middle } else { low = middle + 1 }
            }
            let officer = officers[low]
            cases.append(makeCase(id: id, officer: officer, team: officer.team, officers, &random))
        }
        return cases
    }

    private func makeCase(id: String, officer: Officer?, team: String, _ officers: [Officer], _ random: inout SeededRandom) -> Case {
        let approvedPremises = officer?.approvedPremises ?? false
        let risk: Risk = approvedPremises
            ? random.pick([(.low, 15), (.medium, 50), (.high, 30), (.veryHigh, 5)])
            : random.pick([(.low, 32), (.medium, 52), (.high, 14), (.veryHigh, 2)])
        var mappa: Mappa?
        if random.chance(permille: 850) {
            var category = random.pick([(1, 780), (2, 190), (3, 30)])
            var level = random.pick([(1, 975), (2, 22), (3, 3)])
            if category == 3 && level == 1 { level = 2 }
            if level > 1, let officer, !officer.mosovo.mayHoldLevel2Or3, random.chance(permille: 900) {
                level = 1
                if category == 3 { category = 2 }
            }
            mappa = Mappa(category: category, level: level)
        }
        let location: Location = approvedPremises
            ? random.pick([(.approvedPremises, 40), (.community, 40), (.custody, 15), (.hospital, 5)])
            : random.pick([(.community, 67), (.custody, 25), (.approvedPremises, 3), (.hospital, 5)])
        let previous = random.chance(permille: 120) ? officers[random.below(officers.count)].id : nil
        return Case(
            id: CaseID(id), officerID: officer?.id, team: team, risk: risk, mappa: mappa, location: location,
            domesticAbuse: random.chance(permille: 80),
            allocatedOn: officer == nil ? nil : referenceDay.adding(days: -random.below(1461)),
            previousOfficerID: previous == officer?.id ? nil : previous)
    }

    static func teamName(_ index: Int, of count: Int) -> String {
        let names = ["North", "East", "West", "South", "Central", "Coast", "Downs", "Weald", "Vale", "Heath", "Marsh", "Fens"]
        return count <= names.count ? names[index] : "Team " + padded(index + 1, String(count).count)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static let firstNames = [
        "Aisha", "Ben", "Chloe", "Daniel", "Ella", "Farid", "Grace", "Harry", "Imogen", "Jack", "Kavya", "Liam",
        "Megan", "Nathan", "Olivia", "Priya", "Quinn", "Rhys", "Sophie", "Tom", "Usman", "Victoria", "Will", "Yasmin",
        "Zoë", "Adam", "Bethan", "Callum", "Deepa", "Ewan", "Fiona", "Gareth", "Hannah", "Isaac", "Jess", "Kieran",
    ]
    static let surnames = [
        "Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis",
        "Morgan", "Nowak", "O'Brien", "Patel", "Quinn", "Roberts", "Smith", "Taylor", "Underwood", "Vaughan", "Walker",
        "Young", "Ångström", "Begum", "Campbell", "Doyle", "Ellis", "Foster", "Gill", "Hall", "Kaur", "Murphy",
    ]
}
