@testable import CaseloadTUI
import Testing

/// The screens registered once in `KeyMap`, and the global keys that act on them by the traits they declare.
@Suite("Screens and their keys")
struct KeyMapTests {
    @Test("each registered screen has a kind of its own, and each key that goes to a screen opens that screen")
    func registered() {
        let kinds = KeyMap.screens.map { $0.kind }
        #expect(Set(kinds).count == kinds.count)
        #expect(kinds.count == 12)
        for binding in KeyMap.bindings {
            guard case .go(let kind) = binding.action else { continue }
            #expect(kinds.contains(kind), "\(binding.label)")
            #expect(Screen(kind)?.kind == kind, "\(binding.label) goes to \(kind)")
        }
        #expect(Screen(.officer) == nil, "a screen of one officer needs the officer")
        #expect(Screen(.confirm) == nil, "a dialog is not a screen")
    }

    @Test("Enter opens, a applies and / searches exactly on the screens whose traits say so")
    func traits() {
        for type in KeyMap.screens {
            let kind = type.kind
            #expect((KeyMap.action(for: .enter, on: kind) == .open) == kind.traits.contains(.opens), "\(kind)")
            #expect((KeyMap.action(for: .character("a"), on: kind) == .apply) == kind.traits.contains(.applies), "\(kind)")
            #expect((KeyMap.action(for: .character("/"), on: kind) == .search) == kind.traits.contains(.searchable), "\(kind)")
            #expect((KeyMap.action(for: .character("<"), on: kind) == .sortPreviousColumn) == kind.traits.contains(.sortable), "\(kind)")
            #expect(KeyMap.action(for: .character("?"), on: kind) == .help, "\(kind)")
        }
        #expect(KeyMap.action(for: .character("a"), on: .officers) == .go(.ahead))
        #expect(KeyMap.action(for: .enter, on: .confirm) == nil)
    }

    @Test("Help names, for a key that works by a trait, every screen with that trait")
    func helpWhere() {
        #expect(KeyMap.kinds(.screens(.applies)) == [.plan, .rebalance, .whatIf, .notice])
        #expect(KeyMap.kinds(.screens(.sortable)) == [.officers, .ahead])
        #expect(KeyMap.kinds(.screens(.list))?.count == 12)
        #expect(KeyMap.kinds(.everywhere) == nil)
    }
}
