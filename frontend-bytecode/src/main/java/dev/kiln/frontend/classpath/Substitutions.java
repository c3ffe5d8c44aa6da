package dev.kiln.frontend.classpath;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Merges a JDK class with its substitution class from the runtime library (docs/CLASS-LIBRARY.md): the
 * class {@code dev/kiln/runtime/substitutions/<JDK internal name>} whose {@code @Substitute} methods replace
 * the bodies of the JDK methods they name, whose {@code @Alias} members stand for JDK members (and are
 * dropped), and whose other fields and methods are added to the JDK class. References to the substitution
 * class become references to the JDK class, so substitute code reads {@code this} and the aliases as the
 * JDK class's own. A {@code @LazyStatic} method stands for the reads of a private static field of the JDK
 * class in its own methods. What the JDK class does not have is a compile error naming both classes:
 * substitutions are checked against each class library they apply to, never silently skipped.
 */
final class Substitutions {
    /** Where substitution classes live, under the runtime overlay. */
    static final String PREFIX = "dev/kiln/runtime/substitutions/";

    private static final String SUBSTITUTE = "Ldev/kiln/runtime/Substitute;";
    private static final String ALIAS = "Ldev/kiln/runtime/Alias;";
    private static final String LAZY_STATIC = "Ldev/kiln/runtime/LazyStatic;";

    private Substitutions() {}

    /** The substitution class's name for a JDK class. */
    static String substitutionName(String jdkInternalName) {
        return PREFIX + jdkInternalName;
    }

    /**
     * Renames the substitution class to its JDK class, and its nested classes to the JDK class's nested
     * classes of the same names: a substitution names a JDK class's private nested class (in a signature,
     * say) through an empty nested class of its own, which is in turn that nested class's substitution.
     * Likewise a reference to another substitution class is one to that class's JDK class, which is how a
     * substitution names a JDK class that the runtime library cannot compile against (one only newer class
     * libraries have, or another package's package-private class), through an empty substitution class.
     */
    private static Remapper toJdkNames(String substitutionName, String jdkName) {
        return new Remapper() {
            @Override
            public String map(String internalName) {
                if (internalName.equals(substitutionName) || internalName.startsWith(substitutionName + "$")) {
                    return jdkName + internalName.substring(substitutionName.length());
                }
                if (internalName.startsWith(PREFIX)) {
                    return internalName.substring(PREFIX.length());
                }
                return internalName;
            }
        };
    }

    /**
     * The JDK class with the substitution applied, for a class library of feature version {@code jdk}.
     *
     * @throws CompileError if the substitution names a member the JDK class lacks, or breaks a rule
     */
    static ClassFile apply(ClassFile jdkClass, ClassFile substitution, int jdk) {
        ClassNode target = new ClassNode();
        new ClassReader(jdkClass.bytes()).accept(target, 0);
        ClassNode subst = new ClassNode();
        new ClassReader(substitution.bytes()).accept(new ClassRemapper(subst, toJdkNames(substitution.internalName(), target.name)), 0);
        String where = substitution.origin() + " (for " + jdkClass.origin() + ")";

        for (FieldNode f : subst.fields) {
            FieldNode existing = field(target, f.name);
            AnnotationNode alias = annotation(f.invisibleAnnotations, ALIAS);
            if (alias != null) {
                if (!inRange(alias, jdk)) continue;
                if (existing == null || !existing.desc.equals(f.desc) || isStatic(existing.access) != isStatic(f.access)) {
                    throw error(where, "@Alias field " + f.name + " " + f.desc + " has no counterpart in " + target.name);
                }
            } else {
                if (existing != null) throw error(where, "field " + f.name + " is already declared by " + target.name);
                target.fields.add(f);
            }
        }
        for (MethodNode m : subst.methods) {
            AnnotationNode substitute = annotation(m.invisibleAnnotations, SUBSTITUTE);
            String what = "method " + m.name + m.desc;
            if (m.name.equals("<clinit>")) {
                throw error(where, "a substitution class cannot have a static initializer");
            } else if (has(m.invisibleAnnotations, ALIAS)) {
                if (!inRange(annotation(m.invisibleAnnotations, ALIAS), jdk)) continue;
                MethodNode existing = method(target, m.name, m.desc);
                if (existing == null || isStatic(existing.access) != isStatic(m.access)) {
                    throw error(where, "@Alias " + what + " has no counterpart in " + target.name);
                }
            } else if (substitute != null) {
                if (!inRange(substitute, jdk)) continue;
                String name = stringValue(substitute, "name", "");
                if (name.isEmpty()) name = m.name;
                MethodNode existing = method(target, name, m.desc);
                if (existing == null || isStatic(existing.access) != isStatic(m.access)) {
                    throw error(where, "@Substitute " + what + " replaces no "
                            + (isStatic(m.access) ? "static " : "instance ") + "method " + name + m.desc + " of " + target.name
                            + " in the JDK " + jdk + " class library");
                }
                existing.instructions = m.instructions;
                existing.tryCatchBlocks = m.tryCatchBlocks;
                existing.localVariables = m.localVariables;
                existing.maxStack = m.maxStack;
                existing.maxLocals = m.maxLocals;
                existing.access &= ~(Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT);
                existing.visibleLocalVariableAnnotations = null;
                existing.invisibleLocalVariableAnnotations = null;
                existing.visibleTypeAnnotations = null;
                existing.invisibleTypeAnnotations = null;
                existing.attrs = null;
            } else if (m.name.equals("<init>")) {
                // javac gives every class a constructor; substitution classes are never instantiated.
            } else {
                if (method(target, m.name, m.desc) != null) {
                    throw error(where, what + " is already declared by " + target.name + " (mark it @Substitute or @Alias)");
                }
                target.methods.add(m);
            }
        }
        for (MethodNode m : subst.methods) {
            AnnotationNode lazy = annotation(m.invisibleAnnotations, LAZY_STATIC);
            if (lazy != null && inRange(lazy, jdk)) redirectReads(target, m, stringValue(lazy, "field", ""), where);
        }
        ClassWriter writer = new ClassWriter(0);
        target.accept(writer);
        return new ClassFile(jdkClass.internalName(), writer.toByteArray(), jdkClass.origin() + " with " + substitution.origin());
    }

    /**
     * Every {@code getstatic} of the JDK class's private static field {@code name} in the class's methods, but the
     * {@code @LazyStatic} method itself, becomes a call of that method, which returns the field's type.
     */
    private static void redirectReads(ClassNode target, MethodNode lazy, String name, String where) {
        FieldNode field = field(target, name);
        String what = "@LazyStatic method " + lazy.name + lazy.desc;
        if (field == null || !isStatic(field.access) || (field.access & Opcodes.ACC_PRIVATE) == 0) {
            throw error(where, what + " names " + name + ", which is no private static field of " + target.name);
        }
        if (!isStatic(lazy.access) || !lazy.desc.equals("()" + field.desc)) {
            throw error(where, what + " must be static, without parameters, and return " + field.desc + " like " + name);
        }
        for (MethodNode m : target.methods) {
            if (m.name.equals(lazy.name) && m.desc.equals(lazy.desc) || m.instructions == null) continue;
            for (AbstractInsnNode insn : m.instructions.toArray()) {
                if (insn instanceof FieldInsnNode f && f.getOpcode() == Opcodes.GETSTATIC && f.owner.equals(target.name)
                        && f.name.equals(name)) {
                    m.instructions.set(insn, new MethodInsnNode(Opcodes.INVOKESTATIC, target.name, lazy.name, lazy.desc, false));
                }
            }
        }
    }

    private static CompileError error(String where, String message) {
        return new CompileError(new Diagnostic(Diagnostic.Severity.ERROR, where, null, null, -1, -1,
                "invalid substitution: " + message));
    }

    /** Whether the class library version {@code jdk} is within an annotation's {@code minJdk} and {@code maxJdk}. */
    private static boolean inRange(AnnotationNode a, int jdk) {
        return jdk >= intValue(a, "minJdk", 0) && jdk <= intValue(a, "maxJdk", Integer.MAX_VALUE);
    }

    private static boolean isStatic(int access) {
        return (access & Opcodes.ACC_STATIC) != 0;
    }

    private static FieldNode field(ClassNode c, String name) {
        for (FieldNode f : c.fields) if (f.name.equals(name)) return f;
        return null;
    }

    private static MethodNode method(ClassNode c, String name, String desc) {
        for (MethodNode m : c.methods) if (m.name.equals(name) && m.desc.equals(desc)) return m;
        return null;
    }

    private static boolean has(List<AnnotationNode> annotations, String desc) {
        return annotation(annotations, desc) != null;
    }

    private static AnnotationNode annotation(List<AnnotationNode> annotations, String desc) {
        if (annotations == null) return null;
        for (AnnotationNode a : annotations) if (a.desc.equals(desc)) return a;
        return null;
    }

    private static int intValue(AnnotationNode a, String name, int otherwise) {
        Object v = value(a, name);
        return v instanceof Integer i ? i : otherwise;
    }

    private static String stringValue(AnnotationNode a, String name, String otherwise) {
        Object v = value(a, name);
        return v instanceof String s ? s : otherwise;
    }

    private static Object value(AnnotationNode a, String name) {
        List<Object> values = a.values == null ? new ArrayList<>() : a.values;
        for (int i = 0; i + 1 < values.size(); i += 2) if (values.get(i).equals(name)) return values.get(i + 1);
        return null;
    }
}
