package dev.kiln.backend.layout;

import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import java.util.HashMap;
import java.util.Map;

/**
 * Groups dispatched methods into families that must share one Wasm function type: a vtable slot's root and
 * every method filling that slot below it, and an interface method with every method selected for it. All
 * members of a family take the receiver as the same type: the nearest common superclass of the members'
 * declaring classes, or java.lang.Object as soon as an interface method is a member. A member declared in a
 * subclass of that type casts its receiver on entry; the root of a plain class family never casts.
 */
public final class DispatchFamilies {
    private final Map<IrMethod, IrMethod> parent = new HashMap<>();
    private final Map<IrMethod, String> receiverOfRoot = new HashMap<>();

    public DispatchFamilies(ClassHierarchy hierarchy, VtableSlots slots, InterfaceMethods interfaceMethods) {
        for (IrClass c : hierarchy.classes()) {
            for (VtableSlots.Entry e : slots.allSlots(c.name())) union(e.root(), e.impl());
            for (String i : hierarchy.allInterfaces(c.name())) {
                for (IrMethod m : InterfaceMethods.tableOf(hierarchy.clazz(i))) {
                    IrMethod impl = interfaceMethods.select(c, m);
                    if (impl != null) union(m, impl);
                }
            }
        }
        for (IrClass c : hierarchy.program().classes()) {
            for (IrMethod m : c.methods()) {
                if (!ClassHierarchy.isDispatched(m)) continue;
                String own = c.isInterface() ? ClassHierarchy.OBJECT : c.name();
                IrMethod root = find(m);
                String sofar = receiverOfRoot.get(root);
                receiverOfRoot.put(root, sofar == null ? own : hierarchy.commonSuperclass(sofar, own));
            }
        }
    }

    /** The class whose struct type a dispatched method's function takes its receiver as. */
    public String receiverClass(IrMethod m) {
        return receiverOfRoot.get(find(m));
    }

    private IrMethod find(IrMethod m) {
        IrMethod p = parent.getOrDefault(m, m);
        if (p == m) return m;
        IrMethod root = find(p);
        parent.put(m, root);
        return root;
    }

    private void union(IrMethod a, IrMethod b) {
        IrMethod ra = find(a), rb = find(b);
        if (ra != rb) parent.put(rb, ra);
    }
}
