package dev.kiln.opt.flow;

import dev.kiln.ir.Handler;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * After {@link TypeFlowPruning}: removes the classes nothing left in the program needs, so that the backend lays out
 * no struct, vtable, Class object or name for them. A class stays if the backend requires it, it is instantiated, it
 * keeps a method, the code left names it (a {@code new}, a class initialisation, a field or method reference, a
 * class literal, the type of a cast, an {@code instanceof} or an array allocation, a handler's catch type), or it is
 * a supertype of a class that stays or declares one (a nested class's Class object names its declaring class). What else
 * mentions a removed class (the type of a field, a parameter or a value) can only ever hold null: no instance of it
 * or of a subclass exists, and the backend types such references as {@code Object}'s.
 *
 * <p>In hello world most of {@code java.lang} is such a class: the exception classes, {@code Thread}, the boxes,
 * {@code Formatter}, whose names remain only as the types of fields and parameters no reached code uses.
 */
final class UnusedClasses {
    private UnusedClasses() {}

    static void remove(IrProgram program, Collection<String> required) {
        Set<String> needed = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String name : required) need(program, name, needed, queue);
        for (IrClass c : program.classes()) {
            if (c.isInstantiated() || !c.methods().isEmpty()) need(program, c.name(), needed, queue);
        }
        TypeFlowPruning.forEachBody(program, b -> {
            for (Handler h : b.handlers()) if (h.catchType() != null) need(program, h.catchType(), needed, queue);
            for (Instruction i : b.instructions()) named(i).forEach(n -> need(program, n, needed, queue));
        });
        // A supertype of a class that stays, stays (struct subtyping, vtables, Class objects), and so does the class
        // that declares it (its Class object's getDeclaringClass and canonical name).
        while (!queue.isEmpty()) {
            IrClass c = program.clazz(queue.remove());
            if (c == null) continue;
            if (c.superName() != null) need(program, c.superName(), needed, queue);
            for (String i : c.interfaces()) need(program, i, needed, queue);
            if (c.declaringClass() != null) need(program, c.declaringClass(), needed, queue);
        }
        program.retainClasses(needed);
    }

    private static void need(IrProgram program, String name, Set<String> needed, Deque<String> queue) {
        if (program.clazz(name) != null && needed.add(name)) queue.add(name);
    }

    /** The classes an instruction names, other than as the type of a value. */
    private static List<String> named(Instruction i) {
        if (i instanceof Insn.New n) return List.of(n.className());
        if (i instanceof Insn.InitClass n) return List.of(n.className());
        if (i instanceof Insn.GetField n) return List.of(n.field().owner());
        if (i instanceof Insn.PutField n) return List.of(n.field().owner());
        if (i instanceof Insn.GetStatic n) return List.of(n.field().owner());
        if (i instanceof Insn.PutStatic n) return List.of(n.field().owner());
        if (i instanceof Insn.Invoke n) return List.of(n.method().owner());
        if (i instanceof Insn.Const c && c.value() instanceof JType t) return classOf(t);
        if (i instanceof Insn.CheckCast n) return classOf(n.type());
        if (i instanceof Insn.InstanceOf n) return classOf(n.type());
        if (i instanceof Insn.NewArray n) return classOf(n.componentType());
        if (i instanceof Insn.NewArrayOf n) return classOf(n.componentType());
        if (i instanceof Insn.NewMultiArray n) return classOf(n.arrayType());
        return List.of();
    }

    /** The class of a class type, or of an array type's element type; none for primitives. */
    private static List<String> classOf(JType t) {
        while (t.isArray()) t = t.component();
        return t.isClass() ? List.of(t.className()) : List.of();
    }
}
