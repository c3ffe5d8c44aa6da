package dev.kiln.frontend.model;

import dev.kiln.frontend.lift.Site;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.JType;

/**
 * JVMS 5.4.3.2 field resolution: the class itself, then its direct superinterfaces (recursively), then its
 * superclass (recursively). A static/instance mismatch is the IncompatibleClassChangeError that
 * getfield/getstatic would throw at link time, reported at compile time instead. Access control is not
 * checked: javac-compiled code passes it, and Kiln has no separate loaders to protect.
 */
final class FieldResolution {
    private final ClassHierarchy h;

    FieldResolution(ClassHierarchy h) {
        this.h = h;
    }

    FieldRef resolve(String owner, String name, JType type, boolean isStatic, Site site) {
        FieldInfo f = lookup(h.require(owner, site), name, type);
        if (f == null) throw new CompileError(site.error("field " + owner + "." + name + ":" + type + " not found"));
        if (f.isStatic() != isStatic) {
            throw new CompileError(site.error((isStatic ? "static access to instance field " : "instance access to static field ") + f));
        }
        return f.ref();
    }

    private FieldInfo lookup(ClassInfo c, String name, JType type) {
        FieldInfo f = c.field(name, type);
        if (f != null) return f;
        for (String i : c.interfaces()) {
            f = lookup(h.find(i), name, type);
            if (f != null) return f;
        }
        ClassInfo s = h.superclass(c);
        return s == null ? null : lookup(s, name, type);
    }
}
