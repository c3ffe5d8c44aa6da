package dev.kiln.wasm.model;

/** {@code (ref null? heaptype)}. */
public record RefType(boolean nullable, HeapType heap) implements ValType {
    public static final RefType FUNCREF = new RefType(true, AbsHeapType.FUNC);
    public static final RefType EXTERNREF = new RefType(true, AbsHeapType.EXTERN);
    public static final RefType ANYREF = new RefType(true, AbsHeapType.ANY);
    public static final RefType EQREF = new RefType(true, AbsHeapType.EQ);
    public static final RefType STRUCTREF = new RefType(true, AbsHeapType.STRUCT);
    public static final RefType EXNREF = new RefType(true, AbsHeapType.EXN);

    public static RefType nullable(HeapType heap) { return new RefType(true, heap); }
    public static RefType nonNull(HeapType heap) { return new RefType(false, heap); }

    public RefType asNullable() { return nullable ? this : new RefType(true, heap); }
    public RefType asNonNull() { return nullable ? new RefType(false, heap) : this; }

    @Override public String toString() {
        String h = heap instanceof TypeDef t ? "$" + t.name() : heap.toString();
        return nullable ? "(ref null " + h + ")" : "(ref " + h + ")";
    }
}
