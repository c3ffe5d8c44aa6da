package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the compiled runtime classes (as the compiler reads them, under META-INF/kiln-runtime) against
 * the rules of docs/RUNTIME-CONTRACT.md that javac cannot enforce: the library is closed under its own
 * classes, uses no lambdas, and every native method names exactly one way to implement it.
 */
class RuntimeContractTest {
    private static final Path ROOT = Path.of("target", "classes", "META-INF", "kiln-runtime");
    /**
     * JDK classes the runtime may name without providing them: the bootstrap of javac's string
     * concatenation, which the frontend lowers itself, the superinterface of the marker annotations
     * {@link Import} and {@link Intrinsic}, which no program instantiates, the functional interface in
     * the signature of {@code ThreadLocal.withInitial}, the interface of {@code String.CASE_INSENSITIVE_ORDER},
     * the parameter of {@code String}'s charset methods, the result type of {@code System.getSecurityManager()}
     * (never instantiated), and the classes behind {@code String.format}, {@code PrintStream.printf}, the
     * regular expression methods of {@code String}, {@code String.join} of an {@code Iterable},
     * {@code System.getProperties} and {@code System.Logger}, and the streams of {@code String.chars()},
     * {@code codePoints()} and {@code lines()} ({@link CharStreams}), the charsets and exceptions of
     * {@code String}'s charset-name methods and {@code PrintStream.charset()}, the exceptions of the file
     * streams ({@link FileStreams}) and {@code InputStream.skipNBytes}, all compiled from the JDK like a program's
     * own (docs/CLASS-LIBRARY.md).
     */
    private static final Set<String> ALLOWED_JDK_CLASSES = Set.of(
            "java/lang/invoke/StringConcatFactory", "java/lang/invoke/MethodHandles$Lookup",
            "java/lang/invoke/MethodHandles", "java/lang/annotation/Annotation", "java/util/function/Supplier",
            "java/util/function/Function",
            "java/util/Comparator", "java/lang/Iterable", "java/util/Iterator", "java/nio/charset/Charset",
            "java/lang/SecurityManager", "java/util/Formatter", "java/util/Locale", "java/util/Locale$Category",
            "java/util/regex/Pattern", "java/util/regex/Matcher", "java/util/Properties", "java/util/ResourceBundle",
            "java/util/stream/IntStream", "java/util/stream/Stream", "java/util/stream/StreamSupport",
            "java/util/Spliterator", "java/util/Spliterator$OfInt", "java/util/Spliterator$OfPrimitive",
            "java/util/Spliterators", "java/util/function/IntConsumer", "java/util/List", "java/util/ArrayList",
            // Formatter's %t reaches the JDK's date code through these (DateTimePrinting).
            "java/util/Calendar", "java/time/temporal/TemporalAccessor", "java/time/temporal/TemporalQuery",
            // The locale data bundles LocaleBundles makes by name (docs/CLASS-LIBRARY.md, "Locale data").
            "sun/util/resources/TimeZoneNames", "sun/util/resources/cldr/TimeZoneNames", "sun/util/resources/cldr/TimeZoneNames_en",
            "sun/util/resources/CalendarData", "sun/util/resources/cldr/CalendarData",
            "sun/text/resources/FormatData", "sun/text/resources/cldr/FormatData", "sun/text/resources/cldr/FormatData_en",
            "sun/text/resources/cldr/FormatData_en_US_POSIX",
            // Up to JDK 20 only (LocaleBundles.FormatDataUpToJdk20).
            "sun/text/resources/FormatData_en", "sun/text/resources/FormatData_en_US",
            // System.getenv() returns an unmodifiable HashMap; Math.random and StrictMath.random a Random's doubles.
            "java/util/Map", "java/util/HashMap", "java/util/Collections", "java/util/Random",
            "java/nio/charset/StandardCharsets", "java/nio/charset/UnsupportedCharsetException",
            "java/nio/charset/IllegalCharsetNameException", "java/io/UnsupportedEncodingException",
            "java/io/EOFException", "java/io/FileNotFoundException");
    /**
     * Substitution classes (docs/CLASS-LIBRARY.md) merge into JDK classes, so they name the JDK's classes
     * and declare the JDK's members as {@code @Alias} natives.
     */
    private static final String SUBSTITUTIONS = "dev/kiln/runtime/substitutions/";
    /** Wasm instructions without immediates that the contract allows as intrinsics, plus Kiln's own. */
    private static final Pattern INTRINSIC = Pattern.compile(
            "(i32|i64|f32|f64)\\.[a-z0-9_]+|memory\\.(size|grow)"
                    + "|kiln\\.(identity_hash|get_class|clone|stack_top|stack_slot|frame_table|array_length|array_copy|array_new|latin1_text)"
                    + "|kiln\\.primitive_class\\.(boolean|byte|char|short|int|long|float|double|void)");

    /** The bodies the frontend generates. */
    private static final Pattern GENERATED = Pattern.compile("kiln\\.(class_for_name|enum_constants|comparable_to_itself|jdk_file:lib/[a-z0-9_.]+"
            + "|number_symbols:sun\\.text\\.resources\\.([a-z]+\\.)?FormatData(_[A-Za-z_]+)?)");


    private static final List<ClassFileSummary> CLASSES = new ArrayList<>();

    @BeforeAll
    static void readClasses() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    CLASSES.add(ClassFileSummary.read(in));
                }
            }
        }
        assertTrue(CLASSES.size() > 50, "runtime classes found under " + ROOT.toAbsolutePath());
    }

    @Test
    void referencesOnlyItsOwnClasses() {
        Set<String> provided = new TreeSet<>();
        for (ClassFileSummary c : CLASSES) {
            provided.add(c.name);
        }
        Set<String> missing = new TreeSet<>();
        for (ClassFileSummary c : CLASSES) {
            if (c.name.startsWith(SUBSTITUTIONS)) {
                continue; // merged into a JDK class, whose own references are the JDK's (docs/CLASS-LIBRARY.md)
            }
            for (String ref : c.referencedClasses) {
                String element = ref.replaceFirst("^\\[+", "");
                if (element.startsWith("L") && element.endsWith(";")) {
                    element = element.substring(1, element.length() - 1);
                } else if (element.length() == 1 && ref.startsWith("[")) {
                    continue;
                }
                if (!provided.contains(element) && !ALLOWED_JDK_CLASSES.contains(element)) {
                    missing.add(element + " (from " + c.name + ")");
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void usesNoLambdas() {
        for (ClassFileSummary c : CLASSES) {
            if (c.name.startsWith(SUBSTITUTIONS)) {
                continue; // merged into a JDK class, whose lambdas the frontend links like the JDK's own
            }
            assertFalse(c.utf8.contains("java/lang/invoke/LambdaMetafactory"), c.name + " uses a lambda");
        }
    }

    @Test
    void everyNativeHasExactlyOneImplementation() {
        int natives = 0;
        for (ClassFileSummary c : CLASSES) {
            for (ClassFileSummary.Method m : c.methods) {
                if ((m.access & ClassFileSummary.ACC_NATIVE) == 0) {
                    continue;
                }
                if (c.name.startsWith(SUBSTITUTIONS) && m.invisibleAnnotations.containsKey("Ldev/kiln/runtime/Alias;")) {
                    continue;
                }
                natives++;
                String where = c.name + "." + m.name + m.descriptor;
                Map<String, String> imported = m.invisibleAnnotations.get("Ldev/kiln/runtime/Import;");
                Map<String, String> intrinsic = m.invisibleAnnotations.get("Ldev/kiln/runtime/Intrinsic;");
                Map<String, String> generated = m.invisibleAnnotations.get("Ldev/kiln/runtime/GeneratedBody;");
                int bindings = (imported == null ? 0 : 1) + (intrinsic == null ? 0 : 1) + (generated == null ? 0 : 1);
                assertEquals(1, bindings, where + " needs exactly one of @Import, @Intrinsic, @GeneratedBody");
                if (generated != null) {
                    assertTrue(GENERATED.matcher(generated.get("value")).matches(), where + ": " + generated.get("value"));
                } else if (imported != null) {
                    assertEquals(Wasi.MODULE, imported.get("module"), where);
                    assertTrue(m.descriptor.matches("\\([ZBCSIJFD]*\\)[ZBCSIJFDV]"), where + " has a non-primitive type");
                } else {
                    assertTrue(INTRINSIC.matcher(intrinsic.get("value")).matches(), where + ": " + intrinsic.get("value"));
                }
            }
        }
        assertTrue(natives > 20, "natives found: " + natives);
    }
}
