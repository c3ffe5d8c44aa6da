package dev.kiln.backend;

/**
 * Writes the body of {@code test.Main.main} in the IR text form one call at a time, numbering values, so
 * that a test can run many cases through the same helper methods and compare with what the JVM computes.
 */
final class MainBuilder {
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder methods = new StringBuilder();
    private int next = 1;

    /** Adds a method (IR text) to test.Main. */
    MainBuilder method(String text) {
        methods.append(text).append('\n');
        return this;
    }

    /** {@code vN = const <type> <literal>}; returns vN. */
    String constant(String type, String literal) {
        String v = "v" + next++;
        body.append("    ").append(v).append(" = const ").append(type).append(' ').append(literal).append('\n');
        return v;
    }

    /** A static call of test.Main.{@code nameAndSig}; returns the result value, or null for void. */
    String call(String nameAndSig, String... args) {
        return invoke("test.Main." + nameAndSig, args);
    }

    String invoke(String methodRef, String... args) {
        boolean isVoid = methodRef.endsWith(")void");
        String v = isVoid ? null : "v" + next++;
        body.append("    ");
        if (v != null) body.append(v).append(" = ");
        body.append("invoke.static ").append(methodRef);
        if (args.length > 0) body.append(' ').append(String.join(", ", args));
        body.append('\n');
        return v;
    }

    /** Prints a value of a primitive type (int, long, float, double) or a String, then a newline. */
    MainBuilder println(String type, String v) {
        switch (type) {
            case "java.lang.String" -> invoke("test.Out.print(java.lang.String)void", v);
            case "int" -> invoke("test.Out.printInt(int)void", v);
            case "long" -> invoke("test.Out.printLong(long)void", v);
            case "float" -> invoke("test.Out.printFloat(float)void", v);
            case "double" -> invoke("test.Out.printDouble(double)void", v);
            default -> throw new IllegalArgumentException(type);
        }
        invoke("test.Out.printChar(int)void", constant("int", "10"));
        return this;
    }

    String build() {
        return "class test.Main extends java.lang.Object [public] {\n"
            + "  method public static main(java.lang.String[])void (v0: java.lang.String[]) {\n"
            + "  b0:\n" + body + "    return\n  }\n\n" + methods + "}\n";
    }
}
