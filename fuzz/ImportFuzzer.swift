/// libFuzzer's entry point: any bytes, through the CSV reader and the import decoder, must keep `ImportInvariants`.
///
/// Built by fuzz/run.sh with Core's sources and the invariants in one module, under `-sanitize=fuzzer,address`;
/// a broken invariant stops the run as a crash, so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
    if let violation = ImportInvariants.violation(in: input) {
        fatalError(violation)
    }
    return 0
}
