/// Ids and their positions: an open-addressed table hashed with FNV-1a, for the million lookups of an import or a count.
///
/// Swift's own String hashing is most of the cost of counting in a Dictionary; this table makes a million lookups
/// among 25,000 ids more than twice as fast. Every `Identifier` is in NFC, so two ids are the same exactly when
/// their bytes are, and the bytes alone can be hashed. Each slot holds its id beside its position, so a lookup reads
/// one place in memory, not a slot and then the id it points to.
struct IDTable<Subject>: Sendable {
    /// An id and its position; an empty slot has position -1.
    private struct Slot: Sendable {
        var id: Identifier<Subject>
        var position: Int32
    }

    private static var empty: Slot { Slot(id: "", position: -1) }

    /// Twice as many as ids at least, a power of two.
    private var slots: [Slot]
    private var count = 0

    /// An empty table with room for `capacity` ids before it grows.
    init(capacity: Int) {
        slots = [Slot](repeating: Self.empty, count: Self.slotCount(for: capacity))
    }

    /// The ids at their positions in the array; an id given twice is found at its first position.
    init(ids: [Identifier<Subject>]) {
        self.init(capacity: ids.count)
        for (position, id) in ids.enumerated() {
            let slot = probe(Self.hash(id), for: id)
            if slots[slot].position < 0 { slots[slot] = Slot(id: id, position: Int32(position)) }
        }
        count = ids.count
    }

    /// Adds the id unless it is already there: its position, and whether it was added.
    mutating func insert(_ id: Identifier<Subject>) -> (inserted: Bool, position: Int) {
        let slot = probe(Self.hash(id), for: id)
        if slots[slot].position >= 0 { return (false, Int(slots[slot].position)) }
        let position = count
        count += 1
        slots[slot] = Slot(id: id, position: Int32(position))
        if count * 2 > slots.count { grow() }
        return (true, position)
    }

    /// The position of this id; nil when it is not in the table.
    func position(of id: Identifier<Subject>) -> Int? {
        let position = Int(slots[probe(Self.hash(id), for: id)].position)
        return position < 0 ? nil : position
    }

    /// The slot that holds this id, or the empty slot where it would go.
    private func probe(_ hash: Int, for id: Identifier<Subject>) -> Int {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot].position >= 0 && slots[slot].id != id { slot = (slot + 1) & mask }
        return slot
    }

    /// Doubles the slots and places every id again.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Self.empty, count: Self.slotCount(for: count))
        for entry in old where entry.position >= 0 { slots[probe(Self.hash(entry.id), for: entry.id)] = entry }
    }

    private static func slotCount(for capacity: Int) -> Int {
        var count = 16
        while count < capacity * 2 { count <<= 1 }
        return count
    }

    /// FNV-1a over the id's UTF-8 bytes.
    private static func hash(_ id: Identifier<Subject>) -> Int {
        id.text.utf8.withContiguousStorageIfAvailable(hash) ?? hash(Array(id.text.utf8))
    }

    private static func hash(_ bytes: some Collection<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash)
    }
}
