package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Call sites lowered to calls into the classes Kiln writes for them, and those classes lifted like any class: for
 * a fixture, {@code <Fixture>.ir} holds its own listing (as {@link LiftGoldenTest}'s goldens do) and
 * {@code <Fixture>-synthetic.ir} the listing of the synthetic class of every call site that has one, in call site
 * order; a generated typeSwitch call site has one golden for both.
 */
class SyntheticGoldenTest {
    private static final String FIXTURES = "dev/kiln/frontend/lift/fixtures/";
    private static final String[] SUFFIXES = {"Lambda", "Record", "Switch"};

    private final ClassNodes classes = new ClassNodes();
    private final TestContext ctx = new TestContext(classes);

    @ParameterizedTest
    @ValueSource(strings = {"Lambdas", "Records"})
    void syntheticClassesLiftAsRecorded(String fixture) {
        ClassNode host = classes.find(FIXTURES + fixture);
        Golden.check(fixture, javacNeutral(LiftAssertions.listing(host, ctx)));
        Golden.check(fixture + "-synthetic", javacNeutral(syntheticListing(host)));
    }

    @Test
    void typeSwitchCallSite() {
        Handle typeSwitch = new Handle(H_INVOKESTATIC, "java/lang/runtime/SwitchBootstraps", "typeSwitch",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)"
                        + "Ljava/lang/invoke/CallSite;", false);
        ClassNode cn = new Generated(classes, "gen/TypeSwitch", V17)
                .method("select", "(Ljava/lang/Object;I)I", mv -> {
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitVarInsn(ILOAD, 1);
                    mv.visitInvokeDynamicInsn("typeSwitch", "(Ljava/lang/Object;I)I", typeSwitch,
                            Type.getType(String.class), "text", 42);
                    mv.visitInsn(IRETURN);
                })
                .build();
        Golden.check("generated-type-switch", LiftAssertions.listing(cn, ctx) + "\n" + syntheticListing(cn));
    }

    /**
     * The listing with each lambda body's number replaced by {@code N}: javac numbers {@code lambda$method$n} per
     * class up to JDK 17 and per method from JDK 21 on, and the fixtures are compiled by the JDK running the tests.
     */
    private static String javacNeutral(String listing) {
        return listing.replaceAll("lambda\\$(\\w+)\\$\\d+", "lambda\\$$1\\$N");
    }

    private String syntheticListing(ClassNode host) {
        StringBuilder out = new StringBuilder();
        int site = 0;
        for (MethodNode m : host.methods) {
            for (AbstractInsnNode n = m.instructions.getFirst(); n != null; n = n.getNext()) {
                if (!(n instanceof InvokeDynamicInsnNode)) continue;
                for (String suffix : SUFFIXES) {
                    ClassNode synthetic = classes.find(host.name + "$$" + suffix + "$" + site);
                    if (synthetic != null) out.append(out.length() == 0 ? "" : "\n").append(LiftAssertions.listing(synthetic, ctx));
                }
                site++;
            }
        }
        return out.toString();
    }
}
