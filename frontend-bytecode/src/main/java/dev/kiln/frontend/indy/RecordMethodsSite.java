package dev.kiln.frontend.indy;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * An {@code ObjectMethods.bootstrap} call site: the {@code toString}, {@code hashCode} or {@code equals} of a
 * record class, named by the call site, whose descriptor is the method's with the record as first parameter.
 * The bootstrap arguments are the record class, the component names joined by {@code ;} and one getter per
 * component: javac passes field getters ({@code REF_getField}); accessor methods ({@code REF_invokeVirtual}
 * with no arguments) are accepted too.
 *
 * @param record     the record class's internal name
 * @param method     toString, hashCode or equals
 * @param components the components in declaration order
 */
record RecordMethodsSite(String record, String method, String descriptor, List<Component> components)
        implements LinkedSite {
    /** One component: its name and how to read it from a record in hand. */
    record Component(String name, Handle getter) {
        Type type() {
            return getter.getTag() == H_GETFIELD ? Type.getType(getter.getDesc()) : Type.getReturnType(getter.getDesc());
        }
    }

    /** @throws SiteProblem if the bootstrap would not link the site */
    static RecordMethodsSite of(InvokeDynamicInsnNode n) {
        Object[] args = n.bsmArgs;
        if (args.length < 2 || !(args[0] instanceof Type recordType) || recordType.getSort() != Type.OBJECT
                || !(args[1] instanceof String names)) {
            throw invalid("expected the record class and the component names as the first bootstrap arguments");
        }
        String record = recordType.getInternalName();
        String expected = switch (n.name) {
            case "toString" -> "(L" + record + ";)Ljava/lang/String;";
            case "hashCode" -> "(L" + record + ";)I";
            case "equals" -> "(L" + record + ";Ljava/lang/Object;)Z";
            default -> throw invalid("no record method " + n.name);
        };
        if (!n.desc.equals(expected)) throw invalid(n.name + " has the descriptor " + n.desc + ", not " + expected);
        String[] split = names.isEmpty() ? new String[0] : names.split(";", -1);
        if (split.length != args.length - 2) {
            throw invalid(split.length + " component names but " + (args.length - 2) + " getters");
        }
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < split.length; i++) {
            if (!(args[i + 2] instanceof Handle getter) || !getter.getOwner().equals(record) || !isGetter(getter)) {
                throw invalid("component " + split[i] + " has no getter of " + record.replace('/', '.'));
            }
            components.add(new Component(split[i], getter));
        }
        return new RecordMethodsSite(record, n.name, n.desc, List.copyOf(components));
    }

    @Override
    public byte[] write(String name, String sourceFile, Function<String, ClassNode> classes) {
        return RecordMethodsWriter.write(name, sourceFile, this, SyntheticClasses.simpleName(record, classes));
    }

    private static boolean isGetter(Handle h) {
        return h.getTag() == H_GETFIELD
                || h.getTag() == H_INVOKEVIRTUAL && Type.getArgumentTypes(h.getDesc()).length == 0
                        && Type.getReturnType(h.getDesc()).getSort() != Type.VOID;
    }

    private static SiteProblem invalid(String why) {
        return new SiteProblem("invalid ObjectMethods call site: " + why);
    }
}
