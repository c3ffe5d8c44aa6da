package dev.kiln.frontend.indy;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * A LambdaMetafactory call site, read and checked as the metafactory links it. The call site's descriptor gives
 * the captured values' types (its parameters) and the interface (its return type); the bootstrap arguments give
 * the interface method's erased type, the implementation method handle and the instantiated method type, and
 * for {@code altMetafactory} a flag word followed by the marker interfaces ({@code FLAG_MARKERS}) and the bridge
 * method types ({@code FLAG_BRIDGES}); {@code FLAG_SERIALIZABLE} adds {@code java.io.Serializable}.
 *
 * <p>The implementation's parameters, receiver first for an instance method, are the captured values followed by
 * the interface method's arguments: each must be adaptable (see {@link Conversions}) from the captured type or
 * the instantiated parameter type, and the implementation's result (the new object for a constructor) to the
 * instantiated return type, unless that is void.
 *
 * @param interfaceMethod the interface method's name
 * @param methodTypes     the types the proxy implements the method with: the interface method's first, then the
 *                        distinct bridges
 * @param interfaces      the interface, then the marker interfaces and {@code java.io.Serializable} if asked for
 */
record LambdaSite(List<Type> captured, String interfaceMethod, List<Type> methodTypes, Handle impl,
                  Type instantiated, List<String> interfaces) implements LinkedSite {
    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;

    /** @throws SiteProblem if the metafactory would not link the site, or Kiln cannot */
    static LambdaSite of(InvokeDynamicInsnNode n, boolean alternate) {
        Object[] args = n.bsmArgs;
        Type site = Type.getMethodType(n.desc);
        if (site.getReturnType().getSort() != Type.OBJECT) throw invalid("the call site does not return an interface");
        if (args.length < 3 || !isMethodType(args[0]) || !(args[1] instanceof Handle impl) || !isMethodType(args[2])) {
            throw invalid("expected a method type, a method handle and a method type as bootstrap arguments");
        }
        List<Type> methodTypes = new ArrayList<>(List.of((Type) args[0]));
        Set<String> interfaces = new LinkedHashSet<>(List.of(site.getReturnType().getInternalName()));
        if (alternate) readAlternate(args, methodTypes, interfaces);
        else if (args.length != 3) throw invalid("metafactory takes three bootstrap arguments");
        LambdaSite s = new LambdaSite(List.of(site.getArgumentTypes()), n.name, List.copyOf(new LinkedHashSet<>(methodTypes)),
                impl, (Type) args[2], List.copyOf(interfaces));
        s.check();
        return s;
    }

    private static void readAlternate(Object[] args, List<Type> methodTypes, Set<String> interfaces) {
        int next = 3;
        if (args.length <= next || !(args[next] instanceof Integer flags)) throw invalid("altMetafactory needs a flags argument");
        next++;
        if ((flags & ~(FLAG_SERIALIZABLE | FLAG_MARKERS | FLAG_BRIDGES)) != 0) throw invalid("unknown flags " + flags);
        if ((flags & FLAG_MARKERS) != 0) {
            int count = count(args, next++);
            for (int i = 0; i < count; i++, next++) {
                if (!(args[next] instanceof Type t) || t.getSort() != Type.OBJECT) {
                    throw invalid("a marker interface is not a class");
                }
                interfaces.add(t.getInternalName());
            }
        }
        if ((flags & FLAG_BRIDGES) != 0) {
            int count = count(args, next++);
            for (int i = 0; i < count; i++, next++) {
                if (!isMethodType(args[next])) throw invalid("a bridge is not a method type");
                methodTypes.add((Type) args[next]);
            }
        }
        if (next != args.length) throw invalid("altMetafactory has " + (args.length - next) + " bootstrap arguments too many");
        if ((flags & FLAG_SERIALIZABLE) != 0) interfaces.add("java/io/Serializable");
    }

    private static int count(Object[] args, int at) {
        if (at >= args.length || !(args[at] instanceof Integer c) || c < 0 || c > args.length - at - 1) {
            throw invalid("a count of altMetafactory arguments is missing or too large");
        }
        return c;
    }

    @Override
    public byte[] write(String name, String sourceFile, Function<String, ClassNode> classes) {
        return LambdaProxyWriter.write(name, sourceFile, this);
    }

    /** True for {@code REF_newInvokeSpecial}: the implementation is a constructor and its result the new object. */
    boolean isConstructor() {
        return impl.getTag() == H_NEWINVOKESPECIAL;
    }

    /** The implementation's parameter types, the receiver first for an instance method. */
    List<Type> implParameters() {
        List<Type> params = new ArrayList<>();
        int tag = impl.getTag();
        if (tag == H_INVOKEVIRTUAL || tag == H_INVOKEINTERFACE || tag == H_INVOKESPECIAL) {
            params.add(Type.getObjectType(impl.getOwner()));
        }
        params.addAll(List.of(Type.getArgumentTypes(impl.getDesc())));
        return params;
    }

    /** What the implementation leaves on the stack: the new object for a constructor, else its return type. */
    Type implResult() {
        return isConstructor() ? Type.getObjectType(impl.getOwner()) : Type.getReturnType(impl.getDesc());
    }

    private void check() {
        int tag = impl.getTag();
        if (tag != H_INVOKESTATIC && tag != H_INVOKEVIRTUAL && tag != H_INVOKEINTERFACE && tag != H_INVOKESPECIAL
                && tag != H_NEWINVOKESPECIAL) {
            throw invalid("the implementation is a field access, not a method");
        }
        if (isConstructor() != impl.getName().equals("<init>")) throw invalid("REF_newInvokeSpecial must name a constructor");
        List<Type> params = implParameters();
        Type[] instantiatedParams = instantiated.getArgumentTypes();
        if (captured.size() + instantiatedParams.length != params.size()) {
            throw invalid("the implementation takes " + params.size() + " arguments, but " + captured.size()
                    + " are captured and " + instantiatedParams.length + " passed");
        }
        for (int i = 0; i < captured.size(); i++) adaptable(captured.get(i), params.get(i), "captured value " + i);
        for (Type type : methodTypes) {
            Type[] own = type.getArgumentTypes();
            if (own.length != instantiatedParams.length) {
                throw invalid(type + " does not match the instantiated type " + instantiated);
            }
            for (int j = 0; j < own.length; j++) adaptable(own[j], instantiatedParams[j], "argument " + j + " of " + type);
            if (type.getReturnType().getSort() != Type.VOID) {
                if (instantiated.getReturnType().getSort() == Type.VOID) {
                    throw invalid(type + " returns a value, the instantiated type none");
                }
                adaptable(instantiated.getReturnType(), type.getReturnType(), "the result of " + type);
            }
        }
        for (int j = 0; j < instantiatedParams.length; j++) {
            adaptable(instantiatedParams[j], params.get(captured.size() + j), "argument " + j);
        }
        Type returned = instantiated.getReturnType();
        if (returned.getSort() != Type.VOID) {
            if (implResult().getSort() == Type.VOID) {
                throw invalid("the implementation returns nothing, but " + returned + " is expected");
            }
            adaptable(implResult(), returned, "the result");
        }
    }

    private static void adaptable(Type from, Type to, String what) {
        String problem = Conversions.problem(from, to);
        if (problem != null) throw invalid(what + ": " + problem);
    }

    private static boolean isMethodType(Object arg) {
        return arg instanceof Type t && t.getSort() == Type.METHOD;
    }

    private static SiteProblem invalid(String why) {
        return new SiteProblem("invalid lambda call site: " + why);
    }
}
