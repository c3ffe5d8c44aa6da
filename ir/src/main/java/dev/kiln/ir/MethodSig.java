package dev.kiln.ir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A method's parameter and return types (without the receiver). Text form: {@code (int,java.lang.String)void}.
 */
public record MethodSig(List<JType> params, JType ret) {
    public MethodSig {
        params = params instanceof TypeList ? params : new TypeList(params);
    }

    /**
     * The parameter types, immutable, with their hash computed once: signatures are the keys (and parts of the keys)
     * of the compiler's maps of methods, and are compared in every lookup of a method by name and signature.
     */
    private static final class TypeList extends java.util.AbstractList<JType> implements java.util.RandomAccess {
        private final JType[] types;
        private final int hash;

        TypeList(List<JType> types) {
            this.types = types.toArray(new JType[0]);
            for (JType t : this.types) java.util.Objects.requireNonNull(t);
            this.hash = super.hashCode();
        }

        @Override
        public JType get(int index) {
            return types[index];
        }

        @Override
        public int size() {
            return types.length;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) return true;
            if (o instanceof TypeList other) return hash == other.hash && java.util.Arrays.equals(types, other.types);
            return super.equals(o);
        }
    }

    public static MethodSig fromDescriptor(String descriptor) {
        return new MethodSig(JType.parameterTypes(descriptor), JType.returnType(descriptor));
    }

    public String descriptor() {
        StringBuilder sb = new StringBuilder("(");
        for (JType p : params) sb.append(p.descriptor());
        return sb.append(')').append(ret.descriptor()).toString();
    }

    /** Parses {@code (int,long)void}. */
    public static MethodSig parse(String text) {
        String s = text.trim();
        int close = s.indexOf(')');
        if (!s.startsWith("(") || close < 0) throw new IllegalArgumentException("bad signature: " + text);
        String inner = s.substring(1, close).trim();
        List<JType> ps = inner.isEmpty() ? List.of()
                : java.util.Arrays.stream(inner.split(",")).map(JType::parse).toList();
        return new MethodSig(ps, JType.parse(s.substring(close + 1)));
    }

    @Override
    public String toString() {
        return params.stream().map(JType::toString).collect(Collectors.joining(",", "(", ")")) + ret;
    }
}
