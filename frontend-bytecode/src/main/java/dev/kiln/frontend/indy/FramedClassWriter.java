package dev.kiln.frontend.indy;

import org.objectweb.asm.ClassWriter;

/**
 * A ClassWriter that computes stack map frames without looking at any class. ASM asks for the common superclass
 * of two reference types only where they meet at a branch target; the synthetic classes are written so that they
 * never do (at every join each local and stack entry has one type on all paths), so such a question is a bug in
 * a writer here, not something to answer by loading classes into the compiler.
 */
final class FramedClassWriter extends ClassWriter {
    FramedClassWriter() {
        super(COMPUTE_FRAMES);
    }

    @Override
    protected String getCommonSuperClass(String type1, String type2) {
        throw new IllegalStateException("synthetic code joins " + type1 + " and " + type2);
    }
}
