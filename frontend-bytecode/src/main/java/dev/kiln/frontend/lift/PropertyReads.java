package dev.kiln.frontend.lift;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one system property through {@code System.getProperty} where the code asks for the properties object only
 * to read named properties from it: {@code System.getProperties().getProperty("k")}, or JDK 17's
 * {@code GetPropertyAction.privilegedGetProperties()} followed by {@code getProperty("k", "default")} calls (which
 * {@code BaseLocale}'s initializer makes for {@code java.locale.useOldISOCodes}, so every program that touches a
 * {@code Locale} made the properties object, a {@code ConcurrentHashMap} of every property).
 *
 * <p>In Kiln both ways give the same value: {@code System.getProperty} answers from the startup table until the
 * program makes the properties object, and from that object after, and making the object is not otherwise visible
 * (runtime-lib's {@code System}, which has no {@code setProperties}, so the object is always a plain {@code Properties}
 * without defaults). The rewrite applies only when every use of the object is such a call with a constant key that
 * is not empty, since {@code System.getProperty} rejects an empty key where {@code Properties} answers null; the
 * object's null checks go too (it is never null).
 *
 * <p>A use may also be the object passed to one of {@code jdk.internal.util.StaticProperty}'s helpers
 * {@code getProperty(Properties, String)} and {@code getProperty(Properties, String, String)} with a constant,
 * non-empty key (its initializer reads all its properties that way, on JDK 17 and 25): runtime-lib substitutes
 * those helpers to read through {@code System.getProperty} and ignore the object, so the call gets null in its
 * place. Where that substitution does not apply (a class library before JDK 17), the helpers do not exist.
 */
final class PropertyReads {
    private static final MethodRef SYSTEM_PROPERTIES = MethodRef.of("java.lang.System", "getProperties", "()Ljava/util/Properties;");
    private static final MethodRef PRIVILEGED_PROPERTIES = MethodRef.of("sun.security.action.GetPropertyAction",
            "privilegedGetProperties", "()Ljava/util/Properties;");
    private static final String PROPERTIES = "java.util.Properties";
    private static final String GET = "(Ljava/lang/String;)Ljava/lang/String;";
    private static final String GET_OR_DEFAULT = "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;";
    private static final MethodRef SYSTEM_GET = MethodRef.of("java.lang.System", "getProperty", GET);
    private static final MethodRef SYSTEM_GET_OR_DEFAULT = MethodRef.of("java.lang.System", "getProperty", GET_OR_DEFAULT);
    private static final String STATIC_PROPERTY = "jdk.internal.util.StaticProperty";
    private static final String HELPER_GET = "(Ljava/util/Properties;Ljava/lang/String;)Ljava/lang/String;";
    private static final String HELPER_GET_OR_DEFAULT = "(Ljava/util/Properties;Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;";

    private PropertyReads() {}

    static void rewrite(Function fn) {
        for (Block b : fn.blocks()) {
            for (Instruction i : List.copyOf(b.instructions())) {
                if (i instanceof Insn.Invoke call && call.result() != null
                        && (call.method().equals(SYSTEM_PROPERTIES) || call.method().equals(PRIVILEGED_PROPERTIES))) {
                    redirect(fn, call);
                }
            }
        }
    }

    private static void redirect(Function fn, Insn.Invoke source) {
        Value props = source.result();
        List<Instruction> uses = new ArrayList<>();
        for (Block b : fn.blocks()) {
            for (Phi p : b.phis()) {
                for (Phi.Input in : p.inputs()) if (in.value() == props) return;
            }
            for (Instruction i : b.instructions()) {
                if (!i.operands().contains(props)) continue;
                if (!(i instanceof Insn.NullCheck) && !isRead(i, props) && !isHelperRead(i, props)) return;
                uses.add(i);
            }
        }
        for (Instruction use : uses) {
            Block b = use.block();
            int at = b.instructions().indexOf(use);
            if (isHelperRead(use, props)) {
                // The substituted helper ignores the object: null in its place.
                Insn.Invoke call = (Insn.Invoke) use;
                Value none = fn.newValue(JType.NULL);
                List<Value> args = new ArrayList<>(call.operands());
                args.set(0, none);
                b.remove(use);
                b.insert(at, new Insn.Const(none, null).at(call.pos()));
                b.insert(at + 1, new Insn.Invoke(call.result(), InvokeKind.STATIC, call.method(), args).at(call.pos()));
                continue;
            }
            b.remove(use);
            if (use instanceof Insn.Invoke read) {
                List<Value> args = read.operands().subList(1, read.operands().size());
                MethodRef target = args.size() == 1 ? SYSTEM_GET : SYSTEM_GET_OR_DEFAULT;
                b.insert(at, new Insn.Invoke(read.result(), InvokeKind.STATIC, target, List.copyOf(args)).at(read.pos()));
            }
        }
        Block b = source.block();
        int at = b.instructions().indexOf(source);
        b.remove(source);
        // The reads run System's static methods, which need its initialisation: a call of System.getProperties() has
        // it before (or runs in System), JDK 17's privilegedGetProperties() gets it in its place, which dominates every
        // read (and may throw, as the call it replaces may).
        if (source.method().equals(PRIVILEGED_PROPERTIES)) b.insert(at, new Insn.InitClass("java.lang.System").at(source.pos()));
    }

    /** {@code StaticProperty.getProperty(props, "k")} or {@code getProperty(props, "k", d)} with a constant, non-empty key. */
    private static boolean isHelperRead(Instruction i, Value props) {
        return isGetProperty(i, props, InvokeKind.STATIC, STATIC_PROPERTY, HELPER_GET, HELPER_GET_OR_DEFAULT);
    }

    /** {@code props.getProperty("k")} or {@code props.getProperty("k", d)} with a constant, non-empty key. */
    private static boolean isRead(Instruction i, Value props) {
        return isGetProperty(i, props, InvokeKind.VIRTUAL, PROPERTIES, GET, GET_OR_DEFAULT);
    }

    /**
     * A call of {@code owner.getProperty} with one of the two descriptors, {@code props} as its first operand and
     * nowhere else, and a constant, non-empty key as its second.
     */
    private static boolean isGetProperty(Instruction i, Value props, InvokeKind kind, String owner, String get, String getOrDefault) {
        if (!(i instanceof Insn.Invoke call) || call.kind() != kind || !call.method().owner().equals(owner)
                || !call.method().name().equals("getProperty") || call.operand(0) != props) {
            return false;
        }
        String descriptor = call.method().sig().descriptor();
        if (!descriptor.equals(get) && !descriptor.equals(getOrDefault)) return false;
        if (call.operands().subList(1, call.operands().size()).contains(props)) return false;
        return call.operand(1).definition() instanceof Insn.Const c && c.value() instanceof String key && !key.isEmpty();
    }
}
