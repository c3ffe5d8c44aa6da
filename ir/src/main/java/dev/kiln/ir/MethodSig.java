package dev.kiln.ir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A method's parameter and return types (without the receiver). Text form: {@code (int,java.lang.String)void}.
 */
public record MethodSig(List<JType> params, JType ret) {
    public MethodSig {
        params = List.copyOf(params);
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
