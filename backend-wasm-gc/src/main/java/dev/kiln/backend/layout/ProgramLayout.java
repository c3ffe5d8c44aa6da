package dev.kiln.backend.layout;

import dev.kiln.ir.IrProgram;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.TypeDef;
import java.util.List;

/**
 * Everything the emitter needs to know about where a program's classes, methods and constants live in the
 * module, computed in dependency order: hierarchy and dispatch analysis first, then type shells, function
 * types, and finally the globals, which are created on demand while functions are emitted.
 */
public final class ProgramLayout {
    private final ClassHierarchy hierarchy;
    private final VtableSlots slots;
    private final InterfaceMethods interfaceMethods;
    private final InterfaceSlots interfaceSlots;
    private final FuncTypes funcTypes = new FuncTypes();
    private final DispatchTypes dispatch;
    private final TypeLayout types;
    private final MethodSignatures signatures;
    private final MethodFunctions functions;
    private final ClassGlobals classGlobals;
    private final StaticFields statics;
    private final StringPool strings;
    private final ConstantArrays constantArrays;
    private final ClassInitStates initStates;

    public ProgramLayout(IrProgram program, Module module) {
        hierarchy = new ClassHierarchy(program);
        slots = new VtableSlots(hierarchy);
        interfaceMethods = new InterfaceMethods(hierarchy);
        DispatchFamilies families = new DispatchFamilies(hierarchy, slots, interfaceMethods);
        interfaceSlots = new InterfaceSlots(hierarchy, InterfaceSlots.implementedSets(hierarchy, hierarchy.arrayInterfaces()));
        dispatch = new DispatchTypes(hierarchy);
        types = new TypeLayout(hierarchy, dispatch);
        signatures = new MethodSignatures(types, funcTypes, families);
        dispatch.define(types, slots, interfaceMethods, signatures, interfaceSlots);
        functions = new MethodFunctions(module, hierarchy, signatures);
        strings = new StringPool(types, funcTypes);
        classGlobals = new ClassGlobals(hierarchy, types, dispatch, slots, interfaceMethods, interfaceSlots, functions, signatures, strings);
        statics = new StaticFields(hierarchy, types);
        constantArrays = new ConstantArrays(types, funcTypes);
        initStates = new ClassInitStates(hierarchy, types);
    }

    public ClassHierarchy hierarchy() { return hierarchy; }
    public VtableSlots slots() { return slots; }
    public InterfaceMethods interfaceMethods() { return interfaceMethods; }
    public InterfaceSlots interfaceSlots() { return interfaceSlots; }
    public FuncTypes funcTypes() { return funcTypes; }
    public DispatchTypes dispatch() { return dispatch; }
    public TypeLayout types() { return types; }
    public MethodSignatures signatures() { return signatures; }
    public MethodFunctions functions() { return functions; }
    public ClassGlobals classGlobals() { return classGlobals; }
    public StaticFields statics() { return statics; }
    public StringPool strings() { return strings; }
    public ConstantArrays constantArrays() { return constantArrays; }
    public ClassInitStates initStates() { return initStates; }

    /**
     * Adds the layout's globals and the types to the module: function types that mention no defined type in
     * groups of their own (see {@link FuncTypes}), everything else in one recursion group. Call last: until
     * then, emitting code may still create types and globals.
     */
    public void addTo(Module module) {
        classGlobals.addTo(module);
        constantArrays.addTo(module);
        statics.addTo(module);
        initStates.addTo(module);
        for (TypeDef t : funcTypes.standalone()) module.addRecGroup().add(t);
        List<TypeDef> group = module.addRecGroup();
        group.addAll(funcTypes.recursive());
        group.addAll(dispatch.defined());
        group.addAll(types.defined());
    }
}
