package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.SourcePos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * One method body as the lifter sees it: the real instructions (labels, line numbers and frames removed)
 * numbered 0..n-1, each with its bytecode offset and source line, the exception table in those numbers,
 * and the normal-flow successors of each instruction. Everything later refers to instructions by index.
 */
final class MethodCode {
    private static final String JDK_NATIVE = "Ldev/kiln/runtime/JdkNative;";
    /** An exception table entry: instructions [start, end) are covered; catchType is null for "any". */
    record TryCatch(int start, int end, int handler, String catchType) {
        boolean catchesAll() {
            return catchType == null || catchType.equals("java.lang.Throwable");
        }

        /** The type of the exception a handler receives. */
        JType caughtType() {
            return JType.object(catchType == null ? "java.lang.Throwable" : catchType);
        }
    }

    final ClassNode owner;
    final MethodNode method;
    final String className;
    final MethodRef ref;
    /** {@code ref} as text, made once: the translator asks for the site of every instruction. */
    private final String refText;
    private final String file;
    private final AbstractInsnNode[] insns;
    private final int[] offsets;
    private final int[] lines;
    private final Map<LabelNode, Integer> labels;
    private final List<TryCatch> tryCatches;
    private final List<List<TryCatch>> coverage;

    private MethodCode(ClassNode owner, MethodNode method, String file) {
        this.owner = owner;
        this.method = method;
        this.file = file;
        this.className = owner.name.replace('/', '.');
        this.ref = MethodRef.of(className, method.name, method.desc);
        this.refText = ref.toString();

        List<AbstractInsnNode> real = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        labels = new HashMap<>();
        List<LabelNode> pending = new ArrayList<>();
        int line = -1;
        for (AbstractInsnNode n = method.instructions.getFirst(); n != null; n = n.getNext()) {
            if (n instanceof LabelNode label) {
                pending.add(label);
            } else if (n instanceof LineNumberNode ln) {
                line = ln.line;
            } else if (n.getOpcode() >= 0) {
                for (LabelNode label : pending) labels.put(label, real.size());
                pending.clear();
                real.add(n);
                lineOf.add(line);
            }
        }
        for (LabelNode label : pending) labels.put(label, real.size());
        insns = real.toArray(new AbstractInsnNode[0]);
        lines = lineOf.stream().mapToInt(Integer::intValue).toArray();
        if (isJdkNative(method)) Arrays.fill(lines, SourcePos.NATIVE_METHOD);
        offsets = BytecodeOffsets.of(method.instructions, insns.length);

        tryCatches = new ArrayList<>();
        for (TryCatchBlockNode tcb : method.tryCatchBlocks) {
            int start = indexOf(tcb.start);
            int end = indexOf(tcb.end);
            if (start < end) {
                tryCatches.add(new TryCatch(start, end, indexOf(tcb.handler),
                        tcb.type == null ? null : tcb.type.replace('/', '.')));
            }
        }
        coverage = new ArrayList<>(insns.length);
        for (int i = 0; i < insns.length; i++) coverage.add(covering(i));
    }

    /** True if the method carries {@code @dev.kiln.runtime.JdkNative}: it stands for a JDK native. */
    private static boolean isJdkNative(MethodNode method) {
        for (List<AnnotationNode> list : Arrays.asList(method.invisibleAnnotations, method.visibleAnnotations)) {
            if (list == null) continue;
            for (AnnotationNode a : list) {
                if (a.desc.equals(JDK_NATIVE)) return true;
            }
        }
        return false;
    }

    /** Indexes a method that has code (not abstract or native). */
    static MethodCode of(ClassNode owner, MethodNode method, String file) {
        if (method.instructions.size() == 0) {
            throw new IllegalArgumentException(owner.name + "." + method.name + method.desc + " has no code");
        }
        return new MethodCode(owner, method, file);
    }

    int size() { return insns.length; }
    AbstractInsnNode insn(int i) { return insns[i]; }
    int indexOf(LabelNode label) { return labels.get(label); }
    boolean isStatic() { return (method.access & ACC_STATIC) != 0; }
    List<TryCatch> tryCatches() { return tryCatches; }

    /** Local variable slots, at least enough for the parameters. */
    int maxLocals() {
        int params = isStatic() ? 0 : 1;
        for (Type t : Type.getArgumentTypes(method.desc)) params += t.getSize();
        return Math.max(method.maxLocals, params);
    }

    int maxStack() { return method.maxStack; }

    SourcePos pos(int i) {
        return new SourcePos(offsets[i], lines[i]);
    }

    Site site(int i) {
        return new Site(file, className, refText, pos(i));
    }

    /**
     * The exception handlers that may receive an exception thrown at instruction {@code i}, in the order
     * the JVM tries them (JVMS 2.10); entries after one that catches everything can never be chosen and
     * are left out.
     */
    List<TryCatch> handlersAt(int i) {
        return coverage.get(i);
    }

    private List<TryCatch> covering(int i) {
        List<TryCatch> out = new ArrayList<>();
        for (TryCatch tc : tryCatches) {
            if (tc.start() <= i && i < tc.end()) {
                out.add(tc);
                if (tc.catchesAll()) break;
            }
        }
        return out;
    }

    /**
     * The instructions control may pass to after instruction {@code i} without an exception, distinct and
     * in the order the bytecode names them. jsr and ret have none: {@link SubroutineInliner} follows them
     * and replaces them before the rest of the lifter asks.
     */
    List<Integer> successors(int i) {
        AbstractInsnNode n = insns[i];
        Set<Integer> out = new LinkedHashSet<>();
        if (n instanceof JumpInsnNode jump && n.getOpcode() != JSR) {
            out.add(indexOf(jump.label));
        } else if (n instanceof TableSwitchInsnNode ts) {
            out.add(indexOf(ts.dflt));
            for (LabelNode l : ts.labels) out.add(indexOf(l));
        } else if (n instanceof LookupSwitchInsnNode ls) {
            out.add(indexOf(ls.dflt));
            for (LabelNode l : ls.labels) out.add(indexOf(l));
        }
        if (!OpcodeTable.endsFlow(n.getOpcode())) {
            if (i + 1 == insns.length) throw new InvalidBytecode("execution falls off the end of the code");
            out.add(i + 1);
        }
        for (int target : out) {
            if (target == insns.length) throw new InvalidBytecode("jump past the end of the code");
        }
        return new ArrayList<>(out);
    }
}
