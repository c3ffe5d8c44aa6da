package dev.kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.engine.ChicoryEngine;
import dev.kiln.compiler.engine.RunResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What formatting numbers and printing a {@code Period} must not bring into a module (docs/CLASS-LIBRARY.md, "Where
 * size stands"): {@code java.util.regex} (the JDK 17 {@code Formatter}'s specifier expression, {@code Period}'s and JDK
 * 25 {@code LocaleResources}' eagerly compiled expressions, the locale providers' tag lists split at {@code " +"}) and
 * the locale providers or their bundles ({@code Formatter}'s symbols come from {@code FormatterNumbers}, which has the
 * bundles' number entries from compile time), and on JDK 17 the system
 * properties object ({@code Locale}'s defaults, {@code PropertyReads}). Run with JDK 17 and with JDK 25, each as its own
 * class library.
 */
class LeanClassLibraryTest {
    private static final Path CLASSES = Path.of("target/test-classes");

    /**
     * Printing to standard output cannot fail in a way a Java program sees (a failed write only sets the stream's error
     * flag): hello world's module has no throwable, no stack trace, no uncaught-exception report and no shadow-stack
     * frame (docs/CLASS-LIBRARY.md, "Where size stands"). Any check the optimizer cannot drop on its path brings them
     * all back, some 50 KB.
     */
    @Test
    void helloWorldCarriesNoFailureMachinery(@TempDir Path dir) throws Exception {
        CompileResult r = Kiln.compile(new CompileOptions(List.of(CLASSES), "dev.kiln.compiler.fixtures.SaysHello",
                true, true, false, null));
        String ir = r.irDump();
        assertTrue(ir.contains("method public println(java.lang.String)void"), "the program prints");
        for (String absent : List.of("java.lang.Throwable.<init>", "method public <init>()void (v0: java.lang.Throwable)",
                "class dev.kiln.runtime.StackTrace ", "class dev.kiln.runtime.Exceptions ", "uncaught(java.lang.Throwable)",
                "class java.lang.ClassInitFailures ", "class java.lang.StackTraceElement ", "checkcast ", "boundscheck ",
                "nullcheck ")) {
            assertFalse(ir.contains(absent), () -> "hello world's IR has " + absent);
        }
        assertFalse(r.wat().contains("(local $frame"), "no function keeps a shadow-stack frame");
        Path wasm = dir.resolve("hello.wasm");
        Files.write(wasm, r.wasm());
        RunResult result = new ChicoryEngine().run(wasm, List.of(), new byte[0], Duration.ofSeconds(60));
        assertEquals(0, result.exitCode(), new String(result.stderr(), StandardCharsets.UTF_8));
        assertEquals("Hello, world!\n", new String(result.stdout(), StandardCharsets.UTF_8));
    }

    @Test
    void formattingReachesNeitherRegexNorTheLocaleProviders(@TempDir Path dir) throws Exception {
        CompileResult r = Kiln.compile(new CompileOptions(List.of(CLASSES), "dev.kiln.compiler.fixtures.LeanFormatting",
                false, true, false, null));
        assertTrue(r.irDump().contains("class java.util.Formatter "), "the program formats");
        assertFalse(r.irDump().contains("class java.util.regex.Pattern "), "no regular expression");
        assertFalse(r.irDump().contains("class sun.util.locale.provider.LocaleProviderAdapter "), "no locale providers");
        assertFalse(r.irDump().contains("getInstance(java.util.Locale)java.text.DecimalFormatSymbols"), "no DecimalFormatSymbols");
        // The bundles' number entries are read at compile time (kiln.number_symbols): no bundle is made.
        assertFalse(r.irDump().contains("class sun.text.resources.cldr.FormatData "), "no CLDR bundle");
        assertFalse(r.irDump().contains("getContents()java.lang.Object[][]"), "no bundle contents");
        if (Runtime.version().feature() == 17) {
            // The default locale without the system properties object or the locale builder (their classes may stay as
            // shells, for the types of fields). JDK 25's StaticProperty still makes the object.
            assertFalse(r.irDump().contains("setProperty(java.lang.String,java.lang.String)java.lang.Object"), "no properties object");
            assertFalse(r.irDump().contains("getDefaultExtensions(java.lang.String)"), "no default extensions parsed");
        }
        Path wasm = dir.resolve("p.wasm");
        Files.write(wasm, r.wasm());
        RunResult result = new ChicoryEngine().run(wasm, List.of(), new byte[0], Duration.ofSeconds(60));
        assertEquals(0, result.exitCode(), new String(result.stderr(), StandardCharsets.UTF_8));
        assertEquals("42 x 1,234,567.89 00007\nP6Y9M21D\n1,234,567 ๔๒\n", new String(result.stdout(), StandardCharsets.UTF_8));
    }
}
