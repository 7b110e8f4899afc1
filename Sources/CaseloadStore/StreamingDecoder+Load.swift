import CaseloadCore
import Foundation

extension StreamingDecoder {
    /// Cases decoded before they are handed to the writer.
    static let decodeChunk = 8192

    /// The decoding thread's stack: its work is shallow, and the default 8 MB counts against a `ulimit -v`.
    static let decoderStack = 1 << 20

    /// How long to wait for the decoding thread to start. A thread the system cannot make (no address space left
    /// under a `ulimit -v`) never starts, and without a limit the import would wait for its cases for ever.
    static let startWait = DispatchTimeInterval.seconds(10)

    /// Decodes the officers, then hands `load` them and a feed that passes it the cases in chunks, decoded on a second
    /// thread while `load` writes the earlier ones; throws the files' failure, whatever `load` did, so that a store
    /// rolls back everything it wrote for an invalid file.
    ///
    /// The feed returns every officer's counts, tallied on the decoding thread too: counting a million cases took the
    /// writing thread a tenth of a second, and the two threads are otherwise equally busy.
    public func load<T>(_ load: (_ officers: [Officer], _ feed: (_ write: ([Case]) throws -> Void) throws -> WorkloadTally) throws -> T) throws -> T {
        var decoding = self
        guard let officers = decoding.officers(), decoding.failure == nil else {
            decoding.cases(chunk: Self.decodeChunk) { _ in }
            throw decoding.failure ?? ImportFailure(issues: [], total: 0)
        }
        let chunks = ChunkQueue(capacity: 8)
        let started = DispatchSemaphore(value: 0)
        let decoder = Thread { [decoding] in
            started.signal()
            var decoding = decoding
            var tally = WorkloadTally(officers: officers)
            decoding.cases(chunk: Self.decodeChunk) { chunk in
                chunks.put(chunk)
                tally.count(chunk)
            }
            chunks.finish(decoding.failure, tally: tally)
        }
        decoder.stackSize = Self.decoderStack
        decoder.start()
        guard started.wait(timeout: .now() + Self.startWait) == .success else { throw StoreError.outOfMemory }
        do {
            return try load(officers) { write in
                var writeError: (any Error)?
                while writeError == nil, let chunk = chunks.take() {
                    do { try write(chunk) } catch { writeError = error }
                }
                chunks.drain()
                if let failure = chunks.failure { throw failure }
                if let writeError { throw writeError }
                return chunks.tally
            }
        } catch {
            chunks.drain()
            throw error
        }
    }
}

/// Chunks of decoded cases passed from the decoding thread to the writer, at most `capacity` waiting at once.
final class ChunkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [[Case]] = []
    private var finished = false
    private var stopped = false
    private let capacity: Int
    private var storedFailure: ImportFailure?
    private var storedTally: WorkloadTally?

    init(capacity: Int) { self.capacity = capacity }

    /// Adds a chunk, waiting while the queue is full; dropped once the writer has stopped taking.
    func put(_ chunk: [Case]) {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= capacity && !stopped { condition.wait() }
        if !stopped { chunks.append(chunk) }
        condition.broadcast()
    }

    /// Marks the end of the cases, with what was wrong with the files and every officer's counts.
    func finish(_ failure: ImportFailure?, tally: WorkloadTally) {
        condition.lock()
        defer { condition.unlock() }
        storedFailure = failure
        storedTally = tally
        finished = true
        condition.broadcast()
    }

    /// The next chunk, waiting for one; nil once the decoder has finished and every chunk was taken.
    func take() -> [Case]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        guard !chunks.isEmpty else { return nil }
        condition.broadcast()
        return chunks.removeFirst()
    }

    /// Stops taking chunks and waits for the decoder to finish, so that its failure is known.
    func drain() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        chunks.removeAll()
        condition.broadcast()
        while !finished { condition.wait() }
    }

    /// What the decoder found wrong; read after `drain`.
    var failure: ImportFailure? {
        condition.lock()
        defer { condition.unlock() }
        return storedFailure
    }

    /// Every officer's counts over the cases decoded; read after `drain`, which waits for the decoder to finish.
    var tally: WorkloadTally {
        condition.lock()
        defer { condition.unlock() }
        guard let storedTally else { preconditionFailure("the tally is read only after drain, once the decoder has finished") }
        return storedTally
    }
}
