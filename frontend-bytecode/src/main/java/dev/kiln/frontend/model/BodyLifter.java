package dev.kiln.frontend.model;

import dev.kiln.frontend.lift.LiftContext;
import dev.kiln.ir.Function;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The seam to the method lifter ({@code dev.kiln.frontend.lift}): turns one method's bytecode into SSA.
 * The class model hands over its ASM nodes here and nowhere else, so ASM stays inside the frontend's
 * reading and lifting code. The nodes were read with {@code ClassReader.EXPAND_FRAMES}: stack map frames
 * are present and uncompressed.
 */
@FunctionalInterface
public interface BodyLifter {
    /**
     * @param sourceFile what diagnostics name as the file (the source file, else the class file's origin)
     * @throws dev.kiln.ir.CompileError if the body cannot be compiled
     */
    Function lift(ClassNode owner, MethodNode method, LiftContext context, String sourceFile);
}
