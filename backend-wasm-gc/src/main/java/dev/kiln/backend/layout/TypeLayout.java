package dev.kiln.backend.layout;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.JType;
import dev.kiln.wasm.model.AbsHeapType;
import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.PackedType;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.StorageType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Object layout (docs/RUNTIME-CONTRACT.md): one struct type per class, a declared subtype of its
 * superclass's struct, starting with {@code $vtable} (immutable, typed as the class's own vtable so a
 * virtual call needs no cast) and {@code $hash}, then the inherited and the class's own instance fields
 * in declaration order. Arrays are final subtypes of java.lang.Object's struct with a {@code $data} field
 * holding a Wasm array, one pair of types per {@link ArrayKind}.
 *
 * <p>Java types map to Wasm value types here: primitives to numbers (boolean, byte, char and short to
 * i32), classes to nullable references to their struct, interfaces and classes that are not part of the
 * program to java.lang.Object's struct, arrays to their kind's struct, and the null type to
 * {@code (ref null none)}. Fields and array elements of boolean, byte, char and short are packed.
 */
public final class TypeLayout {
    public static final int VTABLE_FIELD = 0;
    public static final int HASH_FIELD = 1;

    private final ClassHierarchy hierarchy;
    private final Map<String, TypeDef> structs = new HashMap<>();
    private final Map<String, Map<String, Integer>> fieldIndices = new HashMap<>();
    private final EnumMap<ArrayKind, TypeDef> rawArrays = new EnumMap<>(ArrayKind.class);
    private final EnumMap<ArrayKind, TypeDef> arrayStructs = new EnumMap<>(ArrayKind.class);
    private final List<TypeDef> defined = new ArrayList<>();

    public TypeLayout(ClassHierarchy hierarchy, DispatchTypes dispatch) {
        this.hierarchy = hierarchy;
        for (IrClass c : hierarchy.classes()) {
            IrClass sup = hierarchy.superclass(c);
            boolean leaf = hierarchy.subclasses(c).isEmpty() && sup != null;
            TypeDef t = new TypeDef(c.name(), null, sup == null ? null : structs.get(sup.name()), leaf);
            structs.put(c.name(), t);
            defined.add(t);
        }
        TypeDef object = structs.get(ClassHierarchy.OBJECT);
        for (ArrayKind k : ArrayKind.values()) {
            StorageType element = k == ArrayKind.REFERENCE ? objectRef() : k.primitiveStorage();
            rawArrays.put(k, new TypeDef(k.typeName() + "#data", new CompositeType.Array(FieldType.mutable("element", element)), null, true));
            arrayStructs.put(k, new TypeDef(k.typeName(), null, object, true));
        }
        for (IrClass c : hierarchy.classes()) defineClass(c, dispatch);
        for (ArrayKind k : ArrayKind.values()) {
            TypeDef vt = k == ArrayKind.REFERENCE ? dispatch.refArrayVtable() : dispatch.vtable(ClassHierarchy.OBJECT);
            List<FieldType> fields = new ArrayList<>(object.struct().fields());
            fields.set(VTABLE_FIELD, FieldType.immutable("vtable", RefType.nonNull(vt)));
            fields.add(FieldType.immutable("data", RefType.nonNull(rawArrays.get(k))));
            arrayStructs.get(k).setComposite(new CompositeType.Struct(fields));
            defined.add(rawArrays.get(k));
            defined.add(arrayStructs.get(k));
        }
    }

    private void defineClass(IrClass c, DispatchTypes dispatch) {
        TypeDef t = structs.get(c.name());
        List<FieldType> fields = new ArrayList<>();
        Map<String, Integer> indices = new HashMap<>();
        IrClass sup = hierarchy.superclass(c);
        if (sup == null) {
            fields.add(null);
            fields.add(FieldType.mutable("hash", NumType.I32));
        } else {
            fields.addAll(structs.get(sup.name()).struct().fields());
        }
        fields.set(VTABLE_FIELD, FieldType.immutable("vtable", RefType.nonNull(dispatch.vtable(c.name()))));
        for (IrField f : ClassHierarchy.ownInstanceFields(c)) {
            indices.put(f.name(), fields.size());
            fields.add(FieldType.mutable(f.name(), storageType(f.type())));
        }
        fieldIndices.put(c.name(), indices);
        t.setComposite(new CompositeType.Struct(fields));
    }

    /** The struct type of a class of the program. */
    public TypeDef struct(String className) {
        TypeDef t = structs.get(className);
        if (t == null) throw new IllegalArgumentException("not a class of the program: " + className);
        return t;
    }

    public TypeDef objectStruct() { return structs.get(ClassHierarchy.OBJECT); }

    /** The struct type wrapping arrays of the given kind. */
    public TypeDef arrayStruct(ArrayKind kind) { return arrayStructs.get(kind); }

    /** The Wasm array type holding the elements of arrays of the given kind. */
    public TypeDef rawArray(ArrayKind kind) { return rawArrays.get(kind); }

    /** The index of the {@code $data} field (the Wasm array) in the struct of arrays of the given kind. */
    public int arrayDataField(ArrayKind kind) { return arrayStructs.get(kind).struct().fields().size() - 1; }

    /** The index of an instance field in its declaring class's struct (and every subclass's). */
    public int fieldIndex(FieldRef field) {
        Integer i = fieldIndices.getOrDefault(field.owner(), Map.of()).get(field.name());
        if (i == null) throw new CompileError(Diagnostic.error("field " + field + " is not part of the program"));
        return i;
    }

    /** True if the class of the program declares the instance field. */
    public boolean hasField(String owner, String name) {
        return fieldIndices.getOrDefault(owner, Map.of()).containsKey(name);
    }

    /** The Wasm value type of a value, parameter, result or local of Java type {@code t}. */
    public ValType valType(JType t) {
        return switch (t.kind()) {
            case BOOLEAN, BYTE, CHAR, SHORT, INT -> NumType.I32;
            case LONG -> NumType.I64;
            case FLOAT -> NumType.F32;
            case DOUBLE -> NumType.F64;
            case CLASS -> RefType.nullable(hierarchy.isClass(t.className()) ? structs.get(t.className()) : objectStruct());
            case ARRAY -> RefType.nullable(arrayStructs.get(ArrayKind.of(t.component())));
            case NULL -> RefType.nullable(AbsHeapType.NONE);
            case VOID -> throw new IllegalArgumentException("void has no value type");
        };
    }

    /** The storage type of a field or array element of Java type {@code t}: packed for small integers. */
    public StorageType storageType(JType t) {
        return switch (t.kind()) {
            case BOOLEAN, BYTE -> PackedType.I8;
            case CHAR, SHORT -> PackedType.I16;
            default -> valType(t);
        };
    }

    /** {@code (ref null $java.lang.Object)}: the type of any Java reference. */
    public RefType objectRef() {
        return RefType.nullable(objectStruct());
    }

    /** Struct and array types in definition order (every supertype before its subtypes). */
    List<TypeDef> defined() {
        return defined;
    }
}
