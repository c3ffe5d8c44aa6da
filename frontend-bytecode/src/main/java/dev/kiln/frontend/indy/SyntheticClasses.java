package dev.kiln.frontend.indy;

import java.util.List;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Links invokedynamic call sites at compile time. For each bootstrap Kiln knows ({@link BootstrapKind}), a call
 * site gets a synthetic class, written as a class file with ASM and named after its host and call site number
 * ({@link SyntheticName}); the lifter replaces the invokedynamic by a {@link SyntheticCall} into it, and the class
 * path produces the class when the class model first asks for the name. From then on it is a class like any
 * other: resolution, reachability and lifting need to know nothing about invokedynamic.
 *
 * <p>Lambda call sites get a proxy class implementing the functional interface ({@link LambdaProxyWriter});
 * record methods ({@link RecordMethodsWriter}) and pattern switches ({@link SwitchWriter}) a class with one static
 * method doing what the bootstrap's method handle would.
 */
public final class SyntheticClasses {
    private SyntheticClasses() {}

    /**
     * Why Kiln cannot compile this invokedynamic, or null if it links it. String concatenation is the lifter's
     * own business: it gets a "not supported" answer here.
     */
    public static String problem(InvokeDynamicInsnNode site) {
        BootstrapKind kind = BootstrapKind.of(site.bsm);
        if (kind == null) {
            return "invokedynamic " + callSite(site) + " with bootstrap " + BootstrapKind.describe(site.bsm)
                    + " is not supported";
        }
        try {
            read(kind, site);
            return null;
        } catch (SiteProblem e) {
            return e.getMessage();
        }
    }

    /**
     * True if {@code c} is a class written here for a call site: it stands for what the JVM spins as a hidden
     * class, whose frames stack traces leave out and whose NullPointerExceptions have no helpful message.
     */
    public static boolean isCallSiteClass(ClassNode c) {
        return (c.access & Opcodes.ACC_SYNTHETIC) != 0 && SyntheticName.parse(c.name) != null;
    }

    /** A call site's name and type as the IR prints a method: {@code apply(int,java.lang.String)java.lang.Object}. */
    private static String callSite(InvokeDynamicInsnNode site) {
        StringBuilder text = new StringBuilder(site.name).append('(');
        Type[] params = Type.getArgumentTypes(site.desc);
        for (int i = 0; i < params.length; i++) text.append(i == 0 ? "" : ",").append(params[i].getClassName());
        return text.append(')').append(Type.getReturnType(site.desc).getClassName()).toString();
    }

    /** The call replacing {@code site}, an instruction of {@code host} that {@link #problem} accepts. */
    public static SyntheticCall call(ClassNode host, InvokeDynamicInsnNode site) {
        BootstrapKind kind = BootstrapKind.of(site.bsm);
        String name = new SyntheticName(host.name, kind.suffix, CallSites.indexOf(host, site)).internalName().replace('/', '.');
        if (kind != BootstrapKind.LAMBDA && kind != BootstrapKind.ALT_LAMBDA) {
            return new SyntheticCall(name, SyntheticCall.Form.STATIC_METHOD, site.desc);
        }
        Type[] captured = Type.getArgumentTypes(site.desc);
        return captured.length == 0
                ? new SyntheticCall(name, SyntheticCall.Form.SINGLETON, Type.getReturnType(site.desc).getDescriptor())
                : new SyntheticCall(name, SyntheticCall.Form.NEW_INSTANCE, Type.getMethodDescriptor(Type.VOID_TYPE, captured));
    }

    /**
     * The class file of a synthetic class, or null if {@code internalName} names none: it does not have the form
     * of {@link SyntheticName}, its host does not exist, or the host's call site of that number is not one that
     * gets a class of this name.
     *
     * @param classes the parsed class for an internal name, or null; asked for the host and, for record methods,
     *                the record class
     */
    public static byte[] generate(String internalName, Function<String, ClassNode> classes) {
        SyntheticName name = SyntheticName.parse(internalName);
        if (name == null) return null;
        ClassNode host = classes.apply(name.host());
        InvokeDynamicInsnNode site = host == null ? null : CallSites.at(host, name.index());
        BootstrapKind kind = site == null ? null : BootstrapKind.of(site.bsm);
        if (kind == null || !kind.suffix.equals(name.suffix())) return null;
        LinkedSite linked;
        try {
            linked = read(kind, site);
        } catch (SiteProblem e) {
            return null;
        }
        return linked.write(internalName, host.sourceFile, classes);
    }

    private static LinkedSite read(BootstrapKind kind, InvokeDynamicInsnNode site) {
        return switch (kind) {
            case LAMBDA -> LambdaSite.of(site, false);
            case ALT_LAMBDA -> LambdaSite.of(site, true);
            case OBJECT_METHODS -> RecordMethodsSite.of(site);
            case TYPE_SWITCH -> SwitchSite.of(site, false);
            case ENUM_SWITCH -> SwitchSite.of(site, true);
        };
    }

    /**
     * What {@code Class.getSimpleName()} returns: a nested or local class's name from its own InnerClasses entry
     * (JVMS 4.7.6), otherwise the binary name without the package.
     */
    static String simpleName(String internalName, Function<String, ClassNode> classes) {
        ClassNode c = classes.apply(internalName);
        List<InnerClassNode> inner = c == null ? List.of() : c.innerClasses;
        for (InnerClassNode entry : inner) {
            if (entry.name.equals(internalName)) return entry.innerName == null ? "" : entry.innerName;
        }
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }
}
