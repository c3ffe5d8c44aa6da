package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.backend.layout.VtableSlots;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.MethodRef;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.RefType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slot assignment, itable colouring and receiver types, checked on the layout directly. */
class LayoutTest {
    private static final String CLASSES = """
        class test.I [public interface abstract] {
          method public abstract i()void
        }

        class test.J [public interface abstract] {
          method public abstract j()void
        }

        class test.K [public interface abstract] {
          method public abstract k()void
        }

        class test.L [public interface abstract] {
          method public abstract l()void
        }

        class test.A extends java.lang.Object implements test.I [public] {
          instantiated
          method public i()void (v0: test.A) {
          b0:
            return
          }
          method public m()void (v0: test.A) {
          b0:
            return
          }
          method p()void (v0: test.A) {
          b0:
            return
          }
        }

        class other.B extends test.A implements test.J [public] {
          instantiated
          method public j()void (v0: other.B) {
          b0:
            return
          }
          method public m()void (v0: other.B) {
          b0:
            return
          }
          method p()void (v0: other.B) {
          b0:
            return
          }
          method public n()void (v0: other.B) {
          b0:
            return
          }
        }

        class test.C extends java.lang.Object implements test.K [public] {
          instantiated
          method public k()void (v0: test.C) {
          b0:
            return
          }
        }

        class test.D extends java.lang.Object implements test.L [public] {
          instantiated
          method public l()void (v0: test.D) {
          b0:
            return
          }
        }

        class test.E extends java.lang.Object implements test.L [public] {
          instantiated
          method public l()void (v0: test.E) {
          b0:
            return
          }
        }

        class test.Main extends java.lang.Object [public] {
          method public static main(java.lang.String[])void (v0: java.lang.String[]) {
          b0:
            return
          }
          method public static callM(test.A, other.B)void (v0: test.A, v1: other.B) {
          b0:
            invoke.virtual test.A.m()void v0
            invoke.virtual other.B.n()void v1
            invoke.virtual test.A.i()void v0
            invoke.interface test.I.i()void v0
            return
          }
          method public static callL(test.L)void (v0: test.L) {
          b0:
            invoke.interface test.L.l()void v0
            return
          }
        }
        """;

    private final IrProgram program = Programs.parse(CLASSES);
    private final ProgramLayout layout = new ProgramLayout(program, new Module());

    private IrMethod method(String owner, String name) {
        return program.method(MethodRef.of(owner, name, "()V"));
    }

    @Test
    void overridesKeepTheirSlotAndPackagePrivateMethodsStayApartAcrossPackages() {
        var m = layout.slots().slotOf(method("test.A", "m"));
        assertEquals(m.index(), layout.slots().slotOf(method("other.B", "m")).index());
        var pa = layout.slots().slotOf(method("test.A", "p"));
        var pb = layout.slots().slotOf(method("other.B", "p"));
        assertNotEquals(pa.index(), pb.index());
        assertSame(method("test.A", "p"), layout.slots().allSlots("other.B").get(pa.index()).impl());
        assertEquals(layout.slots().allSlots("test.A").size(), layout.slots().slotOf(method("other.B", "j")).index());
    }

    @Test
    void vtablesHoldOnlyTheSlotsCallsDispatchThrough() {
        // m has two implementations and a call: dispatched. n and i have one each (calls go direct), p, j none.
        assertEquals(List.of(method("test.A", "m")), layout.slots().table("test.A").stream().map(VtableSlots.Entry::impl).toList());
        assertEquals(List.of(method("other.B", "m")), layout.slots().table("other.B").stream().map(VtableSlots.Entry::impl).toList());
        assertEquals(0, layout.slots().vtableSlotOf(method("other.B", "m")).index());
        assertTrue(layout.slots().dispatches(method("test.A", "m")));
        assertFalse(layout.slots().dispatches(method("other.B", "n")));
        assertFalse(layout.slots().dispatches(method("test.A", "i")));
        assertTrue(layout.slots().allSlots("other.B").size() > 4);
    }

    @Test
    void methodTablesHoldOnlyTheInterfaceMethodsCallsDispatchThrough() {
        // test.I.i is called through the interface and implemented by A (and so B) only: the call goes direct.
        // test.K.k has no call at all. Their tables stay, empty, for type tests.
        assertEquals(List.of(), layout.interfaceMethods().table(program.clazz("test.I")));
        assertEquals(List.of(), layout.interfaceMethods().table(program.clazz("test.K")));
        assertEquals(List.of(method("test.L", "l")), layout.interfaceMethods().table(program.clazz("test.L")));
        assertEquals(0, layout.interfaceMethods().tableField(method("test.L", "l")));
        assertFalse(layout.interfaceMethods().dispatches(method("test.I", "i")));
    }

    @Test
    void interfacesImplementedTogetherGetDistinctItableFieldsOthersShare() {
        int i = layout.interfaceSlots().slotOf("test.I");
        int j = layout.interfaceSlots().slotOf("test.J");
        int k = layout.interfaceSlots().slotOf("test.K");
        assertNotEquals(i, j);
        assertEquals(i, k);
    }

    @Test
    void overridersTakeTheRootsReceiverAndInterfaceImplementationsTakeObject() {
        RefType a = layout.signatures().receiverType(method("test.A", "m"));
        assertSame(layout.types().struct("test.A"), a.heap());
        assertEquals(a, layout.signatures().receiverType(method("other.B", "m")));
        assertSame(layout.types().objectStruct(), layout.signatures().receiverType(method("other.B", "j")).heap());
        assertSame(layout.types().struct("other.B"), layout.signatures().receiverType(method("other.B", "n")).heap());
    }

    @Test
    void aSlotFilledByOneInstantiatedImplementationIsDevirtualised() {
        var n = layout.slots().slotOf(method("other.B", "n"));
        assertSame(method("other.B", "n"), layout.slots().uniqueTarget("other.B", n));
        assertNull(layout.slots().uniqueTarget("test.A", layout.slots().slotOf(method("test.A", "m"))));
    }
}
