package dev.kiln.backend;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.text.IrParser;
import dev.kiln.wasm.binary.BinaryWriter;
import dev.kiln.wasm.model.Module;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Test programs in the IR text form, linked with a stand-in runtime library
 * ({@code backend/runtime.ir}: java.lang.Object, String, Class, Throwable and Startup, plus
 * {@code test.Out} whose natives are host imports this harness provides), compiled with
 * {@link WasmBackend} and run in Chicory. Chicory's parser validates the whole module first, and Binaryen
 * too when the engines are installed ({@link BinaryenCheck}).
 */
final class Programs {
    static final String ENTRY = "program entry test.Main.main(java.lang.String[])void\n";

    private Programs() {}

    static String runtime() {
        try (InputStream in = Programs.class.getResourceAsStream("/backend/runtime.ir")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The program made of the runtime and {@code classes} (IR text), entering at test.Main.main. */
    static IrProgram parse(String classes) {
        return IrParser.parseProgram(ENTRY + runtime() + "\n" + classes);
    }

    static Module compile(String classes) {
        return new WasmBackend().compile(parse(classes));
    }

    /** Compiles, runs {@code _start} and returns what the program printed. */
    static String run(String classes) {
        return run(compile(classes));
    }

    static String run(Module module) {
        StringBuilder out = new StringBuilder();
        run(module, out, new ByteArrayOutputStream());
        return out.toString();
    }

    /**
     * Runs {@code _start} with the test imports printing to {@code out} and WASI preview 1 (Chicory's)
     * writing standard output to {@code stdout}.
     */
    static void run(Module module, StringBuilder out, ByteArrayOutputStream stdout) {
        byte[] binary = BinaryWriter.write(module);
        BinaryenCheck.validate(binary);
        WasiPreview1 wasi = WasiPreview1.builder().withOptions(WasiOptions.builder().withStdout(stdout).build()).build();
        Instance instance = Instance.builder(Parser.parse(binary))
            .withImportValues(ImportValues.builder().addFunction(
                print(out, "printChar", ValType.I32, v -> String.valueOf((char) v)),
                print(out, "printInt", ValType.I32, v -> String.valueOf((int) v)),
                print(out, "printLong", ValType.I64, String::valueOf),
                print(out, "printFloat", ValType.F32, v -> String.valueOf(Float.intBitsToFloat((int) v))),
                print(out, "printDouble", ValType.F64, v -> String.valueOf(Double.longBitsToDouble(v))))
                .addFunction(wasi.toHostFunctions()).build())
            .withStart(false)
            .build();
        instance.export("_start").apply();
    }

    private static HostFunction print(StringBuilder out, String name, ValType type, LongFunction<String> format) {
        return new HostFunction("test", name, FunctionType.of(List.of(type), List.of()), (instance, args) -> {
            out.append(format.apply(args[0]));
            return null;
        });
    }
}
