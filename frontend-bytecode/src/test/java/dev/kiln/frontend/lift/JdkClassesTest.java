package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Lifts every method of some large, varied JDK classes (the running JDK's class files): each must either
 * lift to valid IR of the promised shape, or fail only with a diagnostic for a construct Kiln does not
 * support yet, or for a call of a reflection API, which it never will. This catches what hand-written fixtures miss: javac's less common shapes, huge switches,
 * deeply nested try/finally.
 */
class JdkClassesTest {
    @ParameterizedTest
    @ValueSource(strings = {"java/lang/String", "java/lang/Integer", "java/lang/StringBuilder", "java/lang/Character",
            "java/util/HashMap", "java/util/TreeMap", "java/util/ArrayList", "java/util/concurrent/ConcurrentHashMap",
            "java/util/regex/Pattern", "java/math/BigInteger", "java/math/BigDecimal", "java/io/BufferedReader",
            "java/util/Formatter", "java/lang/Thread"})
    void liftsOrReportsUnsupported(String className) {
        ClassNodes classes = new ClassNodes();
        TestContext ctx = new TestContext(classes);
        ClassNode cn = classes.find(className);
        for (MethodNode m : cn.methods) {
            if (m.instructions.size() == 0) continue;
            try {
                LiftAssertions.lift(cn, m, ctx);
            } catch (CompileError e) {
                for (Diagnostic d : e.diagnostics()) {
                    boolean unsupported = d.message().endsWith("is not supported yet")
                            || d.message().startsWith("reflection is not supported: ");
                    assertTrue(unsupported, m.name + m.desc + ": " + d.format());
                }
            }
        }
    }
}
