package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.ACC_INTERFACE;
import static org.objectweb.asm.Opcodes.ACC_STATIC;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.MethodSig;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A small class model for lifter tests, answering from ASM class nodes (see {@link ClassNodes}). It follows
 * JVMS resolution closely enough for the fixtures, and reports missing classes and members at the site,
 * as the real class model does; it is not the class model.
 */
final class TestContext implements LiftContext {
    private static final String OBJECT = "java/lang/Object";
    private final ClassNodes classes;

    TestContext(ClassNodes classes) {
        this.classes = classes;
    }

    @Override
    public FieldRef resolveField(String owner, String name, JType type, boolean isStatic, Site site) {
        ClassNode declaring = fieldOwner(require(owner, site), name, type.descriptor());
        if (declaring == null) throw new CompileError(site.error("no field " + owner + "." + name + ":" + type));
        return new FieldRef(dotted(declaring.name), name, type);
    }

    @Override
    public ResolvedMethod resolveMethod(InvokeKind kind, String owner, String name, MethodSig sig, boolean ownerIsInterface,
                                        Site site) {
        String start = owner.endsWith("]") ? "java.lang.Object" : owner;
        String desc = sig.descriptor();
        ClassNode declaring = null;
        for (ClassNode c = require(start, site); c != null && declaring == null; c = superclass(c)) {
            if (declares(c, name, desc)) declaring = c;
        }
        if (declaring == null) declaring = interfaceMethodOwner(require(start, site), name, desc);
        if (declaring == null) throw new CompileError(site.error("no method " + owner + "." + name + sig));
        InvokeKind resolved = kind == InvokeKind.INTERFACE && declaring.name.equals(OBJECT) ? InvokeKind.VIRTUAL : kind;
        return new ResolvedMethod(resolved, new MethodRef(dotted(declaring.name), name, sig));
    }

    @Override
    public void requireType(JType type, Site site) {
        JType element = type.elementType();
        if (element.isClass()) require(element.className(), site);
    }

    @Override
    public JType commonSupertype(JType a, JType b) {
        if (a.equals(b) || b.kind() == JType.Kind.NULL) return a;
        if (a.kind() == JType.Kind.NULL) return b;
        if (a.isArray() && b.isArray()) {
            boolean references = a.component().isReference() && b.component().isReference();
            return references ? JType.array(commonSupertype(a.component(), b.component())) : JType.OBJECT;
        }
        if (a.isArray() || b.isArray() || isInterface(a.className()) || isInterface(b.className())) return JType.OBJECT;
        List<String> chain = new ArrayList<>();
        for (ClassNode c = node(a.className()); c != null; c = superclass(c)) chain.add(c.name);
        for (ClassNode c = node(b.className()); c != null; c = superclass(c)) {
            if (chain.contains(c.name)) return JType.object(dotted(c.name));
        }
        return JType.OBJECT;
    }

    @Override
    public boolean isAssignable(JType from, JType to) {
        if (from.equals(to) || from.kind() == JType.Kind.NULL || to.equals(JType.OBJECT)) return true;
        if (from.isArray() && to.isArray()) {
            return from.component().isReference() && to.component().isReference()
                    && isAssignable(from.component(), to.component());
        }
        return from.isClass() && to.isClass() && isSubclassOf(from.className(), to.className());
    }

    @Override
    public boolean isInterface(String className) {
        return (node(className).access & ACC_INTERFACE) != 0;
    }

    /** Simplified JVMS 5.5: the class or a superclass has a static initializer. */
    @Override
    public boolean needsInitialization(String className) {
        for (ClassNode c = node(className); c != null; c = superclass(c)) {
            if (declares(c, "<clinit>", "()V")) return true;
        }
        return false;
    }

    @Override
    public boolean isSubclassOf(String sub, String sup) {
        if (sub.equals(sup)) return true;
        ClassNode c = node(sub);
        if (c.superName != null && isSubclassOf(dotted(c.superName), sup)) return true;
        for (String i : c.interfaces) if (isSubclassOf(dotted(i), sup)) return true;
        return false;
    }

    @Override
    public boolean isConstantField(FieldRef field) {
        for (FieldNode f : node(field.owner()).fields) {
            if (f.name.equals(field.name())) return f.value != null;
        }
        return false;
    }

    @Override
    public FieldRef declaredField(String owner, String name, boolean isStatic) {
        ClassNode c = classes.find(owner.replace('.', '/'));
        if (c == null) return null;
        for (FieldNode f : c.fields) {
            if (f.name.equals(name) && ((f.access & ACC_STATIC) != 0) == isStatic) {
                return new FieldRef(owner, name, JType.fromDescriptor(f.desc));
            }
        }
        return null;
    }

    @Override
    public FieldHandle fieldHandle(FieldRef staticField) {
        ClassNode c = node(staticField.owner());
        return HandleDefinitions.of(c, this, c.sourceFile).get(staticField.name() + ":" + staticField.type().descriptor());
    }

    private ClassNode require(String dottedName, Site site) {
        ClassNode c = classes.find(dottedName.replace('.', '/'));
        if (c == null) throw new CompileError(site.error("class " + dottedName + " not found"));
        return c;
    }

    private ClassNode node(String dottedName) {
        ClassNode c = classes.find(dottedName.replace('.', '/'));
        if (c == null) throw new IllegalArgumentException("no class " + dottedName);
        return c;
    }

    private ClassNode superclass(ClassNode c) {
        return c.superName == null ? null : classes.find(c.superName);
    }

    private ClassNode fieldOwner(ClassNode c, String name, String desc) {
        for (FieldNode f : c.fields) if (f.name.equals(name) && f.desc.equals(desc)) return c;
        for (String i : c.interfaces) {
            ClassNode found = fieldOwner(classes.find(i), name, desc);
            if (found != null) return found;
        }
        return c.superName == null ? null : fieldOwner(classes.find(c.superName), name, desc);
    }

    private ClassNode interfaceMethodOwner(ClassNode c, String name, String desc) {
        for (String i : c.interfaces) {
            ClassNode itf = classes.find(i);
            if (declares(itf, name, desc)) return itf;
            ClassNode found = interfaceMethodOwner(itf, name, desc);
            if (found != null) return found;
        }
        ClassNode sup = superclass(c);
        return sup == null ? null : interfaceMethodOwner(sup, name, desc);
    }

    private static boolean declares(ClassNode c, String name, String desc) {
        for (MethodNode m : c.methods) if (m.name.equals(name) && m.desc.equals(desc)) return true;
        return false;
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }
}
