package dev.kiln.backend.layout;

import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The types behind dynamic dispatch. A class's vtable struct is a declared subtype of its superclass's:
 * field 0 is the {@code java.lang.Class} object, field 1 the itable, then one nullable typed function
 * reference per {@link VtableSlots} slot (null for an abstract method; {@code call_ref} traps on it).
 * Reference arrays have their own vtable type that adds the component type's vtable, which answers
 * {@code instanceof} for array types, and the component type's test ({@code (ref $Object#vtable) -> i32}:
 * is the type of this vtable assignable to the component type?), which checks array stores.
 *
 * <p>The itable is one struct type shared by every class, with one field per {@link InterfaceSlots} slot,
 * each holding the method table of the interface assigned to that slot (or null). Each interface's method
 * table is its own final struct type, a subtype of an empty base, with one function reference per method
 * the interface declares.
 *
 * <p>The Class field is mutable because three vtables (those of Class, String and char[]) must exist
 * before any Class object can be built, so their Class is stored by the start function; every other
 * vtable gets its Class in its constant initializer.
 */
public final class DispatchTypes {
    public static final int CLASS_FIELD = 0;
    public static final int ITABLE_FIELD = 1;
    public static final int FIRST_SLOT_FIELD = 2;

    private final ClassHierarchy hierarchy;
    private final Map<String, TypeDef> vtables = new HashMap<>();
    private final Map<String, TypeDef> methodTables = new HashMap<>();
    private final TypeDef refArrayVtable;
    private final TypeDef methodTableBase = new TypeDef("kiln.methods", new CompositeType.Struct(List.of()), null, false);
    private final TypeDef itable = new TypeDef("kiln.itable", null, null, true);
    private final List<TypeDef> defined = new ArrayList<>();

    public DispatchTypes(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        defined.add(methodTableBase);
        for (IrClass i : hierarchy.interfaces()) {
            TypeDef t = new TypeDef(i.name() + "#methods", null, methodTableBase, true);
            methodTables.put(i.name(), t);
            defined.add(t);
        }
        defined.add(itable);
        for (IrClass c : hierarchy.classes()) {
            IrClass sup = hierarchy.superclass(c);
            boolean leaf = hierarchy.subclasses(c).isEmpty() && sup != null;
            TypeDef t = new TypeDef(c.name() + "#vtable", null, sup == null ? null : vtables.get(sup.name()), leaf);
            vtables.put(c.name(), t);
            defined.add(t);
        }
        refArrayVtable = new TypeDef("java.lang.Object[]#vtable", null, vtables.get(ClassHierarchy.OBJECT), true);
        defined.add(refArrayVtable);
    }

    /** Fills in the struct bodies once function types can be computed. */
    public void define(TypeLayout types, VtableSlots slots, InterfaceMethods interfaceMethods, MethodSignatures signatures,
            InterfaceSlots interfaceSlots) {
        RefType classRef = RefType.nullable(types.struct(ClassHierarchy.CLASS));
        for (IrClass c : hierarchy.classes()) {
            List<FieldType> fields = new ArrayList<>();
            fields.add(FieldType.mutable("class", classRef));
            fields.add(FieldType.immutable("itable", RefType.nonNull(itable)));
            for (VtableSlots.Entry e : slots.table(c.name())) {
                fields.add(FieldType.immutable(e.root().ref().nameAndSig(), RefType.nullable(signatures.funcType(e.root()))));
            }
            vtables.get(c.name()).setComposite(new CompositeType.Struct(fields));
        }
        List<FieldType> arrayFields = new ArrayList<>(vtable(ClassHierarchy.OBJECT).struct().fields());
        arrayFields.add(FieldType.immutable("component", RefType.nonNull(vtable(ClassHierarchy.OBJECT))));
        arrayFields.add(FieldType.immutable("componentTest", RefType.nonNull(vtableTest(signatures))));
        refArrayVtable.setComposite(new CompositeType.Struct(arrayFields));

        List<FieldType> itableFields = new ArrayList<>();
        for (int i = 0; i < interfaceSlots.count(); i++) {
            itableFields.add(FieldType.immutable("slot" + i, RefType.nullable(methodTableBase)));
        }
        itable.setComposite(new CompositeType.Struct(itableFields));
        for (IrClass i : hierarchy.interfaces()) {
            List<FieldType> fields = new ArrayList<>();
            for (IrMethod m : interfaceMethods.table(i)) {
                fields.add(FieldType.immutable(m.ref().nameAndSig(), RefType.nullable(signatures.funcType(m))));
            }
            methodTables.get(i.name()).setComposite(new CompositeType.Struct(fields));
        }
    }

    /** The vtable struct type of a class. */
    public TypeDef vtable(String className) {
        return vtables.get(className);
    }

    /** The vtable type of reference arrays: java.lang.Object's plus the component's vtable. */
    public TypeDef refArrayVtable() { return refArrayVtable; }

    public int refArrayComponentField() { return refArrayVtable.struct().fields().size() - 2; }

    /** The field of a reference array's vtable holding its component type's test. */
    public int refArrayComponentTestField() { return refArrayVtable.struct().fields().size() - 1; }

    /** {@code (ref $java.lang.Object#vtable) -> i32}: the type of a test "is this vtable's type assignable to T". */
    public TypeDef vtableTest(MethodSignatures signatures) {
        return signatures.funcTypes().of(List.of(RefType.nonNull(vtable(ClassHierarchy.OBJECT))), List.of(NumType.I32));
    }

    public TypeDef itable() { return itable; }

    /** The empty supertype of every interface method table: the type of an itable field. */
    public TypeDef methodTableBase() { return methodTableBase; }

    /** The method table type of an interface. */
    public TypeDef methodTable(String iface) {
        return methodTables.get(iface);
    }

    /** The field of {@code m}'s entry in its interface's method table. */

    /** Dispatch types in definition order (supertypes first). */
    List<TypeDef> defined() {
        return defined;
    }
}
