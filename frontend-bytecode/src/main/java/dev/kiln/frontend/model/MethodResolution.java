package dev.kiln.frontend.model;

import dev.kiln.frontend.lift.LiftContext.ResolvedMethod;
import dev.kiln.frontend.lift.Site;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Flag;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.MethodSig;
import java.util.List;

/**
 * Method resolution for call sites: JVMS 5.4.3.3 (Methodref: the class chain, then the maximally-specific
 * superinterface methods) and 5.4.3.4 (InterfaceMethodref: the interface, then java.lang.Object's public
 * instance methods, then the superinterfaces), plus what the invoke instructions check at link time
 * (JVMS 6.5): static/instance mismatches and a class named as an interface or the other way round.
 *
 * <p>The result says how to dispatch: a private method is never overridden, so any call to one is SPECIAL;
 * an invokeinterface that resolves to a method of java.lang.Object is VIRTUAL on Object; invokespecial
 * is resolved all the way to the method it runs, including the superclass lookup of {@code super.m()}.
 * A method reference on an array type (owner in the IR's text form, {@code int[]}) resolves against
 * java.lang.Object: JVMS 5.4.3.3 treats the array class's methods as Object's, clone included.
 */
final class MethodResolution {
    private final ClassHierarchy h;

    MethodResolution(ClassHierarchy h) {
        this.h = h;
    }

    ResolvedMethod resolve(InvokeKind kind, String owner, String name, MethodSig sig, boolean ownerIsInterface, Site site) {
        boolean array = owner.endsWith("[]");
        ClassInfo c = array ? h.object() : h.require(owner, site);
        String what = owner + "." + name + sig;
        if (!array && c.isInterface() != ownerIsInterface) {
            throw new CompileError(site.error((ownerIsInterface ? "class " : "interface ") + owner + " is called as "
                    + (ownerIsInterface ? "an interface" : "a class") + " in " + what));
        }
        MethodInfo m = ownerIsInterface ? lookupInInterface(c, name, sig) : lookupInClass(c, name, sig, site);
        if (m == null || name.equals("<init>") && m.owner() != c) throw new CompileError(site.error("method " + what + " not found"));
        if (kind == InvokeKind.STATIC && !m.isStatic()) throw new CompileError(site.error("static call to instance method " + m));
        if (kind != InvokeKind.STATIC && m.isStatic()) throw new CompileError(site.error("instance call to static method " + m));
        return switch (kind) {
            case STATIC -> new ResolvedMethod(InvokeKind.STATIC, m.ref());
            case SPECIAL -> new ResolvedMethod(InvokeKind.SPECIAL, selectSpecial(c, m, ownerIsInterface, site).ref());
            case VIRTUAL, INTERFACE -> {
                if (m.isPrivate()) yield new ResolvedMethod(InvokeKind.SPECIAL, m.ref());
                yield new ResolvedMethod(m.owner().isInterface() ? kind : InvokeKind.VIRTUAL, m.ref());
            }
        };
    }

    /** JVMS 5.4.3.3 steps 2 and 3. */
    private MethodInfo lookupInClass(ClassInfo c, String name, MethodSig sig, Site site) {
        for (ClassInfo k = c; k != null; k = h.superclass(k)) {
            MethodInfo m = k.method(name, sig);
            if (m != null) return m;
            rejectSignaturePolymorphic(k, name, site);
        }
        return fromSuperinterfaces(c, name, sig);
    }

    /** JVMS 5.4.3.4 steps 2 to 5. */
    private MethodInfo lookupInInterface(ClassInfo c, String name, MethodSig sig) {
        MethodInfo m = c.method(name, sig);
        if (m != null) return m;
        MethodInfo o = publicObjectMethod(name, sig);
        return o != null ? o : fromSuperinterfaces(c, name, sig);
    }

    /**
     * The sole non-abstract maximally-specific method if there is one, else any of them: JVMS allows an
     * arbitrary choice among the superinterface methods, and a maximally-specific one is among them.
     */
    private MethodInfo fromSuperinterfaces(ClassInfo c, String name, MethodSig sig) {
        List<MethodInfo> candidates = SuperinterfaceMethods.maximallySpecific(h, c, name, sig);
        MethodInfo sole = SuperinterfaceMethods.soleNonAbstract(candidates);
        if (sole != null) return sole;
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private MethodInfo publicObjectMethod(String name, MethodSig sig) {
        MethodInfo o = h.object().method(name, sig);
        return o != null && o.isPublic() && !o.isStatic() ? o : null;
    }

    /**
     * A signature-polymorphic method (JVMS 2.9.3: MethodHandle.invokeExact and friends) matches any
     * descriptor. Kiln compiles no java.lang.invoke, so such a call is reported instead of "not found".
     */
    private static void rejectSignaturePolymorphic(ClassInfo k, String name, Site site) {
        if (!k.name().equals("java.lang.invoke.MethodHandle") && !k.name().equals("java.lang.invoke.VarHandle")) return;
        for (MethodInfo m : k.methods()) {
            if (m.name().equals(name) && m.isNative() && m.flags().contains(Flag.VARARGS)) {
                throw new CompileError(site.error("signature-polymorphic call to " + k.name() + "." + name + " is not supported"));
            }
        }
    }

    /**
     * JVMS 6.5 invokespecial: the method actually run. For {@code super.m()} from class D naming a proper
     * superclass C (ACC_SUPER, which the JVM assumes for every class since Java SE 8), the search starts at
     * D's direct superclass, so an override between D and C wins; otherwise at the named class.
     */
    private MethodInfo selectSpecial(ClassInfo named, MethodInfo resolved, boolean ownerIsInterface, Site site) {
        ClassInfo start = named;
        if (!resolved.name().equals("<init>") && !ownerIsInterface && site.className() != null) {
            ClassInfo current = h.find(site.className());
            if (current != null && current != named && h.isSubclassOf(current, named)) start = h.superclass(current);
        }
        MethodInfo selected = null;
        for (ClassInfo k = start; k != null && selected == null; k = start.isInterface() ? null : h.superclass(k)) {
            MethodInfo m = k.method(resolved.name(), resolved.ref().sig());
            if (m != null && !m.isStatic()) selected = m;
        }
        if (selected == null && start.isInterface()) selected = publicObjectMethod(resolved.name(), resolved.ref().sig());
        if (selected == null) {
            selected = SuperinterfaceMethods.soleNonAbstract(
                    SuperinterfaceMethods.maximallySpecific(h, start, resolved.name(), resolved.ref().sig()));
        }
        if (selected == null || selected.isAbstract()) {
            throw new CompileError(site.error("invokespecial of " + resolved + " has no implementation to run"));
        }
        return selected;
    }
}
