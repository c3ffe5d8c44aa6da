package dev.kiln.binaryen;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JNI shim over the native libbinaryen: optimising a GC module, and every failure a Java exception, never a
 * crash of the JVM. Without the library (tools/binaryen/build.sh not run on this machine) the tests are skipped,
 * unless {@code -Dkiln.binaryen.required=true} (CI) makes that a failure.
 */
class BinaryenTest {
    /**
     * {@code (module (type $point (struct (field (mut i32)) (field (mut i32)))) (func $unused (result i32) (i32.const 7))
     * (func (export "sum") (param i32) (result i32) (local (ref null $point)) ...))}: a struct made, read twice and
     * added, and a function nothing calls; assembled with the npm build's {@code wasm-as}.
     */
    private static final byte[] SUM = HexFormat.of().parseHex("0061736d010000000110035f027f017f016000017f60017f017f0303020102"
            + "0707010373756d00010a2502040041070b1e0101630020004102fb000021012001fb0200002001fb02000141006a6a0b");

    private static Binaryen binaryen;

    @BeforeAll
    static void load() {
        binaryen = Binaryen.load();
        if (binaryen == null && !Boolean.getBoolean("kiln.binaryen.required")) {
            Assumptions.abort(Binaryen.unavailableReason());
        }
        assertNotNull(binaryen, () -> "Binaryen is required here: " + Binaryen.unavailableReason());
    }

    @Test
    void optimisingAGcModuleMakesItSmallerAndKeepsItValid() throws BinaryenException {
        binaryen.validate(SUM);
        byte[] optimised = binaryen.optimize(SUM, 2, 2, true, false);
        binaryen.validate(optimised);
        assertTrue(optimised.length < SUM.length, () -> SUM.length + " -> " + optimised.length + " bytes");
    }

    @Test
    void aModuleThatDoesNotTypeCheckIsReportedWithTheValidatorsWords() {
        byte[] wrong = SUM.clone();
        wrong[wrong.length - 2] = 0x7c; // the outer i32.add becomes i64.add
        BinaryenException e = assertThrows(BinaryenException.class, () -> binaryen.validate(wrong));
        assertTrue(e.getMessage().contains("i64"), e.getMessage());
        assertThrows(BinaryenException.class, () -> binaryen.optimize(wrong, 2, 0, false, false));
    }

    @Test
    void bytesThatAreNoModuleAreAnExceptionNotACrash() {
        byte[] truncated = Arrays.copyOf(SUM, 40);
        BinaryenException e = assertThrows(BinaryenException.class, () -> binaryen.optimize(truncated, 1, 0, false, false));
        assertTrue(e.getMessage().startsWith("cannot read the module"), e.getMessage());
        assertThrows(BinaryenException.class, () -> binaryen.validate(new byte[] {1, 2, 3}));
    }
}
