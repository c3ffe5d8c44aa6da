package dev.kiln.frontend.model;

import dev.kiln.ir.Flag;
import java.util.EnumSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;

/**
 * Class file access flags as {@link Flag}s. One table per kind of declaration, because the class file
 * reuses bits: 0x0020 is ACC_SUPER on a class but ACC_SYNCHRONIZED on a method, 0x0040 is ACC_VOLATILE on
 * a field but ACC_BRIDGE on a method. ASM's pseudo-flags other than ACC_RECORD (set from the Record
 * attribute) are not class file flags and are dropped.
 */
final class AccessFlags {
    private AccessFlags() {}

    private static final int[] CLASS_BITS = {Opcodes.ACC_PUBLIC, Opcodes.ACC_FINAL, Opcodes.ACC_INTERFACE,
        Opcodes.ACC_ABSTRACT, Opcodes.ACC_SYNTHETIC, Opcodes.ACC_ANNOTATION, Opcodes.ACC_ENUM, Opcodes.ACC_RECORD};
    private static final Flag[] CLASS_FLAGS = {Flag.PUBLIC, Flag.FINAL, Flag.INTERFACE,
        Flag.ABSTRACT, Flag.SYNTHETIC, Flag.ANNOTATION, Flag.ENUM, Flag.RECORD};

    private static final int[] FIELD_BITS = {Opcodes.ACC_PUBLIC, Opcodes.ACC_PRIVATE, Opcodes.ACC_PROTECTED,
        Opcodes.ACC_STATIC, Opcodes.ACC_FINAL, Opcodes.ACC_VOLATILE, Opcodes.ACC_TRANSIENT, Opcodes.ACC_SYNTHETIC,
        Opcodes.ACC_ENUM};
    private static final Flag[] FIELD_FLAGS = {Flag.PUBLIC, Flag.PRIVATE, Flag.PROTECTED,
        Flag.STATIC, Flag.FINAL, Flag.VOLATILE, Flag.TRANSIENT, Flag.SYNTHETIC,
        Flag.ENUM};

    private static final int[] METHOD_BITS = {Opcodes.ACC_PUBLIC, Opcodes.ACC_PRIVATE, Opcodes.ACC_PROTECTED,
        Opcodes.ACC_STATIC, Opcodes.ACC_FINAL, Opcodes.ACC_SYNCHRONIZED, Opcodes.ACC_BRIDGE, Opcodes.ACC_VARARGS,
        Opcodes.ACC_NATIVE, Opcodes.ACC_ABSTRACT, Opcodes.ACC_SYNTHETIC};
    private static final Flag[] METHOD_FLAGS = {Flag.PUBLIC, Flag.PRIVATE, Flag.PROTECTED,
        Flag.STATIC, Flag.FINAL, Flag.SYNCHRONIZED, Flag.BRIDGE, Flag.VARARGS,
        Flag.NATIVE, Flag.ABSTRACT, Flag.SYNTHETIC};

    static Set<Flag> ofClass(int access) { return decode(access, CLASS_BITS, CLASS_FLAGS); }
    static Set<Flag> ofField(int access) { return decode(access, FIELD_BITS, FIELD_FLAGS); }
    static Set<Flag> ofMethod(int access) { return decode(access, METHOD_BITS, METHOD_FLAGS); }

    private static Set<Flag> decode(int access, int[] bits, Flag[] flags) {
        Set<Flag> out = EnumSet.noneOf(Flag.class);
        for (int i = 0; i < bits.length; i++) if ((access & bits[i]) != 0) out.add(flags[i]);
        return out;
    }
}
