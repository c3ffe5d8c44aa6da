package dev.kiln.frontend.indy;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Numbers a class's invokedynamic instructions: from 0, method by method in class file order, instruction by
 * instruction within a method. Reading the same class file twice gives the same numbers, which is what lets a
 * {@link SyntheticName} stand for its call site.
 */
final class CallSites {
    private CallSites() {}

    /** The number of {@code site}, which must be an instruction of one of {@code host}'s methods. */
    static int indexOf(ClassNode host, InvokeDynamicInsnNode site) {
        int index = 0;
        for (MethodNode m : host.methods) {
            for (AbstractInsnNode n = m.instructions.getFirst(); n != null; n = n.getNext()) {
                if (n == site) return index;
                if (n instanceof InvokeDynamicInsnNode) index++;
            }
        }
        throw new IllegalArgumentException("the invokedynamic is not an instruction of " + host.name);
    }

    /** Call site number {@code index}, or null if the class has fewer. */
    static InvokeDynamicInsnNode at(ClassNode host, int index) {
        int seen = 0;
        for (MethodNode m : host.methods) {
            for (AbstractInsnNode n = m.instructions.getFirst(); n != null; n = n.getNext()) {
                if (n instanceof InvokeDynamicInsnNode indy && seen++ == index) return indy;
            }
        }
        return null;
    }
}
