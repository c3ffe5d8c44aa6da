package dev.kiln.frontend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.frontend.classpath.ClassPath;
import dev.kiln.ir.Block;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JDK classes that reach VarHandles and Unsafe offsets lift, with the real class model, on both class
 * libraries Kiln is tested with (JDK 17, the running one, and Temurin 25 where installed): every method lifts
 * without a diagnostic about a handle, and no call of a VarHandle access mode or an Unsafe access is left. Other
 * diagnostics (reflection, unsupported constructs) are not this test's business.
 */
class JdkHandlesTest {
    private static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final List<String> CLASSES = List.of(
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
            "java.util.concurrent.atomic.AtomicBoolean", "java.util.concurrent.atomic.AtomicReference",
            "java.util.concurrent.atomic.AtomicIntegerArray", "java.util.concurrent.atomic.AtomicLongArray",
            "java.util.concurrent.atomic.AtomicReferenceArray", "java.util.concurrent.atomic.AtomicMarkableReference",
            "java.util.concurrent.atomic.AtomicStampedReference", "java.util.concurrent.atomic.LongAdder",
            "java.util.concurrent.ConcurrentLinkedQueue", "java.util.concurrent.ConcurrentLinkedDeque",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentSkipListMap",
            "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.ForkJoinTask",
            "java.util.concurrent.CountedCompleter", "java.util.concurrent.CompletableFuture",
            "java.util.concurrent.FutureTask", "java.util.concurrent.locks.AbstractQueuedSynchronizer",
            "java.util.concurrent.Exchanger", "java.util.concurrent.SubmissionPublisher$BufferedSubscription",
            "java.util.stream.AbstractPipeline", "java.util.Random");

    @ParameterizedTest
    @ValueSource(strings = {"17", "25"})
    void everyAccessIsLowered(String jdk) throws Exception {
        Path home = jdk.equals("17") ? Path.of(System.getProperty("java.home")) : JDK_25;
        assumeTrue(Files.isDirectory(home), () -> "no JDK at " + home);
        List<String> problems = new ArrayList<>();
        try (ClassPath cp = new ClassPath(ClassLoader.getPlatformClassLoader(), "META-INF/kiln-runtime/", List.of(), home)) {
            ClassHierarchy h = new ClassHierarchy(cp);
            for (String name : CLASSES) {
                for (ClassInfo c : withNested(h, name)) {
                    for (MethodInfo m : c.methods()) {
                        if (!m.hasCode() || m.name().equals("readObject")) continue;
                        lift(h, m, problems);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The class and the member classes it names in its InnerClasses attribute, as the class path has them. */
    private static List<ClassInfo> withNested(ClassHierarchy h, String name) {
        ClassInfo c = h.find(name);
        assertNotNull(c, name);
        List<ClassInfo> out = new ArrayList<>(List.of(c));
        for (var inner : c.node().innerClasses) {
            if (inner.outerName != null && inner.outerName.equals(c.node().name)) {
                ClassInfo nested = h.find(ClassInfo.binaryName(inner.name));
                if (nested != null) out.add(nested);
            }
        }
        return out;
    }

    private static void lift(ClassHierarchy h, MethodInfo m, List<String> problems) {
        Function fn;
        try {
            fn = m.lift(h);
        } catch (CompileError e) {
            for (Diagnostic d : e.diagnostics()) {
                String text = d.message();
                if (text.contains("VarHandle") || text.contains("Unsafe") || text.contains("handle")) problems.add(m + ": " + text);
            }
            return;
        }
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.Invoke call && isAccess(call)) problems.add(m + " still calls " + call.method());
            }
        }
    }

    private static boolean isAccess(Insn.Invoke call) {
        String owner = call.method().owner();
        String name = call.method().name();
        if (owner.equals("java.lang.invoke.VarHandle")) return true;
        return owner.equals("jdk.internal.misc.Unsafe") && !name.equals("getUnsafe") && !name.startsWith("array")
                && !name.endsWith("Fence") && !name.equals("park") && !name.equals("unpark");
    }
}
