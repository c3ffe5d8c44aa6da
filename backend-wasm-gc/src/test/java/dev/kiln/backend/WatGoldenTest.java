package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiln.wasm.Golden;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.text.WatPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Readable goldens: each {@code backend/golden/<case>.ir} is compiled with the stand-in runtime, run (it
 * must work), and the WAT of its {@code example.*} methods is compared with {@code <case>.wat}, each
 * function under a {@code ;;;} line with its Java signature. Bless with {@code -Dkiln.bless=true}.
 */
class WatGoldenTest {
    private static final Path DIR = Path.of(System.getProperty("basedir", "."), "src", "test", "resources", "backend", "golden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ir"))
                .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesGolden(String name) {
        Module module = Programs.compile(read(DIR.resolve(name + ".ir")));
        assertFalse(Programs.run(module).isEmpty());
        String wat = WatPrinter.print(module, f -> f.name().startsWith("example.") ? javaSignature(f) : null);
        Golden.assertMatches("backend/golden/" + name + ".wat", exampleFunctions(wat), "WatGoldenTest");
    }

    /**
     * {@code example.Fib.fib(int)int} as Java writes it: {@code int example.Fib.fib(int)}; a function that is
     * no method (a class's init function, {@code example.Fib#init}) keeps its name.
     */
    private static String javaSignature(Func f) {
        String n = f.name();
        int close = n.lastIndexOf(')');
        return close < 0 ? n : n.substring(close + 1) + " " + n.substring(0, close + 1);
    }

    /** The commented functions of the module's text, each from its comment to its closing parenthesis. */
    private static String exampleFunctions(String wat) {
        StringBuilder out = new StringBuilder();
        List<String> lines = wat.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("  ;;; ")) continue;
            if (out.length() > 0) out.append('\n');
            while (!lines.get(i).equals("  )")) out.append(lines.get(i++).substring(2)).append('\n');
            out.append(")\n");
        }
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
