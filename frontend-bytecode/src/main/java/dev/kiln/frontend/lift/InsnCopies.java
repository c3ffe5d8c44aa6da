package dev.kiln.frontend.lift;

import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LabelNode;

/**
 * Copies instructions into a rewritten method ({@link SubroutineInliner}, {@link SynchronizedMethods},
 * {@link LowerFieldHandles}). A copy of an invokedynamic remembers the instruction it copies: the synthetic class
 * of a call site is named after the site's position among its host class's instructions
 * ({@code dev.kiln.frontend.indy.SyntheticClasses}), and only the original is one of them.
 */
final class InsnCopies {
    private InsnCopies() {}

    /** A copy of {@code n}, its labels replaced as {@code labels} says. */
    static AbstractInsnNode copy(AbstractInsnNode n, Map<LabelNode, LabelNode> labels) {
        return n instanceof InvokeDynamicInsnNode indy ? new CallSiteCopy(original(indy)) : n.clone(labels);
    }

    /** The invokedynamic of the class file that {@code n} is, or is a copy of. */
    static InvokeDynamicInsnNode original(InvokeDynamicInsnNode n) {
        return n instanceof CallSiteCopy copy ? copy.original : n;
    }

    private static final class CallSiteCopy extends InvokeDynamicInsnNode {
        final InvokeDynamicInsnNode original;

        CallSiteCopy(InvokeDynamicInsnNode original) {
            super(original.name, original.desc, original.bsm, original.bsmArgs);
            this.original = original;
        }
    }
}
