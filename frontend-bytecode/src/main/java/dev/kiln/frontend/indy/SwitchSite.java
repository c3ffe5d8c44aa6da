package dev.kiln.frontend.indy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * A {@code SwitchBootstraps.typeSwitch} or {@code enumSwitch} call site: {@code (target, restart) -> int}, where the
 * result is the index of the first label at or after {@code restart} that the target matches, -1 for a null
 * target and the number of labels if none matches. javac re-enters the switch with the next index when a guard
 * fails. The labels, in order:
 * <ul>
 *   <li>a class: the target is an instance of it; in an enumSwitch, it must be the enum class;</li>
 *   <li>a String (typeSwitch): the target equals it; in an enumSwitch, the name of a constant of the target's
 *       enum class, which the target must be;</li>
 *   <li>an Integer: the target is a Character with that value (a switch on a boxed {@code char} has int
 *       labels) or a Number whose {@code intValue()} is that value (what the JVM does: a Long or a Double
 *       matches by its truncated value);</li>
 *   <li>an {@code Enum.EnumDesc} dynamic constant, as javac 21 and later emit for {@code case RED} in a pattern
 *       switch: {@code ConstantBootstraps.invoke} of {@code EnumDesc.of} with a class (itself
 *       {@code ClassDesc.of} of a binary name, or {@code ClassDesc.ofDescriptor}) and a constant name; the target
 *       is that constant.</li>
 * </ul>
 *
 * @param target the target's static type, the call site's first parameter
 */
record SwitchSite(boolean enumSwitch, Type target, List<Label> labels) implements LinkedSite {
    private static final String CONSTANT_BOOTSTRAPS = "java/lang/invoke/ConstantBootstraps";
    private static final String CLASS_DESC = "java/lang/constant/ClassDesc";

    sealed interface Label permits ClassLabel, StringLabel, IntLabel, EnumLabel {}

    record ClassLabel(Type type) implements Label {}

    record StringLabel(String value) implements Label {}

    record IntLabel(int value) implements Label {}

    /** @param enumClass the enum class's internal name */
    record EnumLabel(String enumClass, String constant) implements Label {}

    /** @throws SiteProblem if the bootstrap would not link the site, or Kiln cannot */
    static SwitchSite of(InvokeDynamicInsnNode n, boolean enumSwitch) {
        Type site = Type.getMethodType(n.desc);
        Type[] params = site.getArgumentTypes();
        if (params.length != 2 || !isReference(params[0]) || params[1].getSort() != Type.INT
                || site.getReturnType().getSort() != Type.INT) {
            throw invalid("the call site's type is " + n.desc + ", not (reference, int) -> int");
        }
        if (enumSwitch && params[0].getSort() != Type.OBJECT) throw invalid("the target of an enumSwitch is not an enum");
        List<Label> labels = new ArrayList<>();
        for (Object arg : n.bsmArgs) labels.add(label(arg, enumSwitch, params[0]));
        return new SwitchSite(enumSwitch, params[0], List.copyOf(labels));
    }

    @Override
    public byte[] write(String name, String sourceFile, Function<String, ClassNode> classes) {
        return SwitchWriter.write(name, sourceFile, this);
    }

    private static Label label(Object arg, boolean enumSwitch, Type target) {
        if (arg instanceof Type t && isReference(t)) {
            if (enumSwitch && !t.equals(target)) {
                throw invalid("the class label " + t.getClassName() + " of an enumSwitch is not its enum "
                        + target.getClassName());
            }
            return new ClassLabel(t);
        }
        if (arg instanceof String s) return enumSwitch ? new EnumLabel(target.getInternalName(), s) : new StringLabel(s);
        if (arg instanceof Integer i && !enumSwitch) return new IntLabel(i);
        if (arg instanceof ConstantDynamic cd && !enumSwitch) return enumDesc(cd);
        String kind = arg instanceof ConstantDynamic cd ? "dynamic constant of type " + cd.getDescriptor()
                : arg.getClass().getSimpleName() + " " + arg;
        throw new SiteProblem((enumSwitch ? "enumSwitch" : "typeSwitch") + " label " + kind + " is not supported");
    }

    private static EnumLabel enumDesc(ConstantDynamic cd) {
        Object[] args = arguments(cd);
        if (!cd.getDescriptor().equals("Ljava/lang/Enum$EnumDesc;") || args.length != 3
                || !isStaticCall(args[0], "java/lang/Enum$EnumDesc", "of") || !(args[1] instanceof ConstantDynamic classDesc)
                || !(args[2] instanceof String constant)) {
            throw unsupported(cd);
        }
        return new EnumLabel(className(classDesc), constant);
    }

    /** The internal name a {@code ClassDesc.of(binaryName)} or {@code ClassDesc.ofDescriptor(descriptor)} constant names. */
    private static String className(ConstantDynamic cd) {
        Object[] args = arguments(cd);
        if (args.length == 2 && args[1] instanceof String name) {
            if (isStaticCall(args[0], CLASS_DESC, "of")) return name.replace('.', '/');
            if (isStaticCall(args[0], CLASS_DESC, "ofDescriptor") && name.startsWith("L") && name.endsWith(";")) {
                return Type.getType(name).getInternalName();
            }
        }
        throw unsupported(cd);
    }

    /** The arguments after the method handle's of a {@code ConstantBootstraps.invoke} constant. */
    private static Object[] arguments(ConstantDynamic cd) {
        Handle bsm = cd.getBootstrapMethod();
        if (!bsm.getOwner().equals(CONSTANT_BOOTSTRAPS) || !bsm.getName().equals("invoke")) throw unsupported(cd);
        Object[] args = new Object[cd.getBootstrapMethodArgumentCount()];
        for (int i = 0; i < args.length; i++) args[i] = cd.getBootstrapMethodArgument(i);
        return args;
    }

    private static boolean isStaticCall(Object arg, String owner, String name) {
        return arg instanceof Handle h && h.getTag() == Opcodes.H_INVOKESTATIC && h.getOwner().equals(owner)
                && h.getName().equals(name);
    }

    private static SiteProblem unsupported(ConstantDynamic cd) {
        return new SiteProblem("typeSwitch label " + cd + " is not an enum constant description Kiln supports");
    }

    private static boolean isReference(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
    }

    private static SiteProblem invalid(String why) {
        return new SiteProblem("invalid SwitchBootstraps call site: " + why);
    }
}
