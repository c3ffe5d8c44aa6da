package dev.kiln.wasm;

import static dev.kiln.wasm.Engine.call;
import static dev.kiln.wasm.Engine.instantiate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.NameCustomSection;
import com.dylibso.chicory.wasm.types.ValType;
import dev.kiln.wasm.binary.BinaryWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes each sample module, lets Chicory validate and instantiate it, and runs its exports. */
class EngineRunTest {

    @Test
    void subtypesInOneRecGroupAreClassifiedByCasts() {
        Instance i = instantiate(SampleModules.subtyping());
        assertEquals(107, call(i, "circle"));
        assertEquals(5, call(i, "square"));
        assertEquals(-1, (int) call(i, "shape"));
        assertEquals(-1, (int) call(i, "nil"));
        assertEquals(1, call(i, "notCircle"));
    }

    @Test
    void packedArraysReadDataSegmentsSignedAndUnsigned() {
        Instance i = instantiate(SampleModules.packedArrays());
        assertEquals(-1, (int) call(i, "get8s"));
        assertEquals(255, call(i, "get8u"));
        assertEquals(-1, (int) call(i, "get16s"));
        assertEquals(65535, call(i, "get16u"));
        assertEquals(0x1234, call(i, "second16"));
        assertEquals(3, call(i, "fixedLen"));
        assertEquals(262, call(i, "copyFill"));
    }

    @Test
    void vtablesOfFunctionReferencesDispatchVirtualCalls() {
        assertEquals(41031, call(instantiate(SampleModules.vtables()), "run"));
    }

    @Test
    void exceptionsAreCaughtByTagAndRethrownFromExnref() {
        Instance i = instantiate(SampleModules.exceptions());
        assertEquals(42, call(i, "caught"));
        assertEquals(9, call(i, "caughtRef"));
        assertEquals(107, call(i, "rethrown"));
        assertEquals(1, call(i, "catchAll"));
    }

    @Test
    void tailCallsRunInConstantStackAndStartRunsOnInstantiation() {
        Instance i = instantiate(SampleModules.tailCalls());
        assertEquals(5_000_050_000L, call(i, "sum", 100_000));
        assertEquals(15, call(i, "started"));
    }

    @Test
    void saturatingTruncationsAndSignExtensions() {
        Instance i = instantiate(SampleModules.numerics());
        assertEquals(0, call(i, "i32.trunc_sat_f64_s", f64(Double.NaN)));
        assertEquals(Integer.MAX_VALUE, (int) call(i, "i32.trunc_sat_f64_s", f64(1e20)));
        assertEquals(Integer.MIN_VALUE, (int) call(i, "i32.trunc_sat_f64_s", f64(-1e20)));
        assertEquals(-3, (int) call(i, "i32.trunc_sat_f64_s", f64(-3.7)));
        assertEquals(0, call(i, "i32.trunc_sat_f32_u", f32(-1.0f)));
        assertEquals(-1L, call(i, "i64.trunc_sat_f64_u", f64(1e30)));
        assertEquals(Long.MIN_VALUE, call(i, "i64.trunc_sat_f32_s", f32(Float.NEGATIVE_INFINITY)));
        assertEquals(-128, (int) call(i, "i32.extend8_s", 0x180));
        assertEquals(-32768, (int) call(i, "i32.extend16_s", 0x8000));
        assertEquals(127L, call(i, "i64.extend8_s", 0x7f));
        assertEquals(-2L, call(i, "i64.extend16_s", 0xfffe));
        assertEquals(-2147483648L, call(i, "i64.extend32_s", 0x80000000L));
        assertEquals(10.25, Double.longBitsToDouble(call(i, "scale", f64(4.0))));
    }

    @Test
    void wasiCommandWritesToStdoutThroughTheImportedFdWrite() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        HostFunction fdWrite = new HostFunction("wasi_snapshot_preview1", "fd_write",
            FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32)),
            (instance, args) -> {
                int iovs = (int) args[1];
                int written = 0;
                for (int k = 0; k < (int) args[2]; k++) {
                    int base = instance.memory().readInt(iovs + 8 * k);
                    int len = instance.memory().readInt(iovs + 8 * k + 4);
                    stdout.writeBytes(instance.memory().readBytes(base, len));
                    written += len;
                }
                instance.memory().writeI32((int) args[3], written);
                return new long[] {0};
            });
        Instance i = instantiate(SampleModules.wasiHello(), fdWrite);
        i.export("_start").apply();
        assertEquals("hello, kiln\n", stdout.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(27050, call(i, "memOps"));
    }

    @Test
    void nameSectionCarriesModuleFunctionAndLocalNames() {
        NameCustomSection names = Parser.parse(BinaryWriter.write(SampleModules.wasiHello())).nameSection();
        assertEquals("hello", names.moduleName().orElseThrow());
        assertEquals("fd_write", names.nameOfFunction(0));
        assertEquals("_start", names.nameOfFunction(1));
        assertEquals("memory", names.nameOfMemory(0));
        assertEquals("hi", names.nameOfData(1));

        NameCustomSection vtables = Parser.parse(BinaryWriter.write(SampleModules.vtables())).nameSection();
        assertEquals("Animal.speak", vtables.nameOfFunction(3));
        assertEquals("this", vtables.nameOfLocal(3, 0));
        assertEquals("Cat.vtable", vtables.nameOfGlobal(1));
    }

    private static long f64(double d) {
        return Double.doubleToRawLongBits(d);
    }

    private static long f32(float f) {
        return Float.floatToRawIntBits(f);
    }
}
