package dev.kiln.frontend.lift;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The implicit checks the lifter puts before dereferences, array accesses and integer division, and the
 * NullPointerException messages it computes for them, as the JVM would print them: with the fixture's
 * LocalVariableTable (names) and without it ({@code this}, {@code <parameterN>}, {@code <localN>}).
 */
class NullMessagesTest {
    private static final String FIXTURE = "dev/kiln/frontend/lift/fixtures/NullMessages";

    @Test
    void withLocalVariableNames() {
        ClassNodes classes = new ClassNodes();
        Golden.check("NullMessages", LiftAssertions.listing(classes.find(FIXTURE), new TestContext(classes)));
    }

    @Test
    void withoutLocalVariableTable() {
        ClassNodes classes = new ClassNodes();
        ClassNode cn = classes.find(FIXTURE);
        for (MethodNode m : cn.methods) m.localVariables = null;
        Golden.check("NullMessages-without-names", LiftAssertions.listing(cn, new TestContext(classes)));
    }
}
