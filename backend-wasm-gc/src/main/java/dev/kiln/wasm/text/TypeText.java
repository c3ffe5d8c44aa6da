package dev.kiln.wasm.text;

import dev.kiln.wasm.model.AbsHeapType;
import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.HeapType;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.StorageType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.List;

/** The text syntax of types, with defined types referred to by their {@code $id}. */
final class TypeText {
    private final WatNames names;

    TypeText(WatNames names) {
        this.names = names;
    }

    /**
     * {@code (type $id (sub final? $super? composite))}, using the abbreviation the text format defines for
     * a final type without supertype: the bare composite type.
     */
    String typeDef(TypeDef t) {
        String composite = composite(t);
        if (t.supertype() == null && t.isFinal()) return "(type " + names.id(t) + " " + composite + ")";
        String sub = "(sub" + (t.isFinal() ? " final" : "") + (t.supertype() == null ? "" : " " + names.id(t.supertype()));
        return "(type " + names.id(t) + " " + sub + " " + composite + "))";
    }

    private String composite(TypeDef t) {
        if (t.composite() instanceof CompositeType.Struct s) {
            StringBuilder sb = new StringBuilder("(struct");
            for (int k = 0; k < s.fields().size(); k++) {
                String id = names.field(t, k);
                sb.append(" (field ").append(id.startsWith("$") ? id + " " : "").append(field(s.fields().get(k))).append(')');
            }
            return sb.append(')').toString();
        }
        if (t.composite() instanceof CompositeType.Array a) return "(array " + field(a.element()) + ")";
        return "(func" + signature(t.func()) + ")";
    }

    /** {@code (param ...) (result ...)} with a leading space, or empty for {@code [] -> []}. */
    String signature(CompositeType.Func f) {
        return group("param", f.params()) + group("result", f.results());
    }

    /** {@code (result t*)} for a non-empty list, with a leading space; empty otherwise. */
    String group(String keyword, List<ValType> types) {
        if (types.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(" (").append(keyword);
        for (ValType t : types) sb.append(' ').append(valType(t));
        return sb.append(')').toString();
    }

    private String field(FieldType f) {
        String storage = storage(f.type());
        return f.mutable() ? "(mut " + storage + ")" : storage;
    }

    private String storage(StorageType t) {
        return t instanceof ValType v ? valType(v) : t.toString();
    }

    String valType(ValType t) {
        return t instanceof RefType r ? refType(r) : t.toString();
    }

    /** Nullable abstract reference types use their shorthands ({@code anyref}, {@code nullfuncref}). */
    String refType(RefType r) {
        if (r.nullable() && r.heap() instanceof AbsHeapType a) {
            return switch (a) {
                case NONE -> "nullref";
                case NOFUNC -> "nullfuncref";
                case NOEXTERN -> "nullexternref";
                case NOEXN -> "nullexnref";
                default -> a + "ref";
            };
        }
        return "(ref " + (r.nullable() ? "null " : "") + heapType(r.heap()) + ")";
    }

    String heapType(HeapType h) {
        return h instanceof TypeDef t ? names.id(t) : h.toString();
    }
}
