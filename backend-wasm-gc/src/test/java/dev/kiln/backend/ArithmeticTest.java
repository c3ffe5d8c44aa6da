package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Integer and floating-point arithmetic, comparisons and conversions against the JVM's own results: the
 * operands arrive as parameters so that nothing is folded, and each case prints its result.
 */
class ArithmeticTest {
    private static final int[] INTS = {0, 1, -1, 7, -7, 3, Integer.MIN_VALUE, Integer.MAX_VALUE, 31, 32, 33, -33};
    private static final long[] LONGS = {0, 1, -1, 7, -7, 3, Long.MIN_VALUE, Long.MAX_VALUE, 63, 64, -65, 1L << 40};
    private static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.5, 5.5, -7.25, 1e300, -1e-300, Double.MIN_VALUE,
        Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.0, 0.1, 1e16 + 1};
    private static final float[] FLOATS = {0f, -0f, 1f, -1.5f, 5.5f, -7.25f, 1e30f, Float.MIN_VALUE, Float.MAX_VALUE,
        Float.NaN, Float.POSITIVE_INFINITY, 3f, 0.1f, 16777217f, 2.5e9f, -2.5e9f};

    private static String binary(String name, String type, String op) {
        return "  method static " + name + "(" + type + "," + (op.startsWith("sh") || op.equals("ushr") ? "int" : type) + ")"
            + (op.startsWith("cmp") ? "int" : type) + " (v0: " + type + ", v1: " + (op.startsWith("sh") || op.equals("ushr") ? "int" : type) + ") {\n"
            + "  b0:\n    v2 = " + op + " " + type + " v0, v1\n    return v2\n  }\n";
    }

    @Test
    void intOperationsMatchTheJvm() {
        MainBuilder main = new MainBuilder();
        String[] ops = {"add", "sub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr", "ushr"};
        for (String op : ops) main.method(binary(op, "int", op));
        StringBuilder expected = new StringBuilder();
        for (int a : INTS) {
            for (int b : INTS) {
                String va = main.constant("int", String.valueOf(a)), vb = main.constant("int", String.valueOf(b));
                for (String op : ops) {
                    if ((op.equals("div") || op.equals("rem")) && b == 0) continue;
                    main.println("int", main.call(op + "(int,int)int", va, vb));
                    expected.append(switch (op) {
                        case "add" -> a + b;
                        case "sub" -> a - b;
                        case "mul" -> a * b;
                        case "div" -> a / b;
                        case "rem" -> a % b;
                        case "and" -> a & b;
                        case "or" -> a | b;
                        case "xor" -> a ^ b;
                        case "shl" -> a << b;
                        case "shr" -> a >> b;
                        default -> a >>> b;
                    }).append('\n');
                }
            }
        }
        assertEquals(expected + "<finish>\n", Programs.run(main.build()));
    }

    @Test
    void longOperationsMatchTheJvm() {
        MainBuilder main = new MainBuilder();
        String[] ops = {"add", "sub", "mul", "div", "rem", "and", "or", "xor", "shl", "shr", "ushr", "cmp"};
        for (String op : ops) main.method(binary(op, "long", op));
        StringBuilder expected = new StringBuilder();
        for (long a : LONGS) {
            for (long b : LONGS) {
                String va = main.constant("long", String.valueOf(a)), vb = main.constant("long", String.valueOf(b));
                String vs = main.constant("int", String.valueOf((int) b));
                for (String op : ops) {
                    if ((op.equals("div") || op.equals("rem")) && b == 0) continue;
                    boolean shift = op.startsWith("sh") || op.equals("ushr");
                    String sig = op + "(long," + (shift ? "int" : "long") + ")" + (op.equals("cmp") ? "int" : "long");
                    main.println(op.equals("cmp") ? "int" : "long", main.call(sig, va, shift ? vs : vb));
                    expected.append(switch (op) {
                        case "add" -> String.valueOf(a + b);
                        case "sub" -> String.valueOf(a - b);
                        case "mul" -> String.valueOf(a * b);
                        case "div" -> String.valueOf(a / b);
                        case "rem" -> String.valueOf(a % b);
                        case "and" -> String.valueOf(a & b);
                        case "or" -> String.valueOf(a | b);
                        case "xor" -> String.valueOf(a ^ b);
                        case "shl" -> String.valueOf(a << (int) b);
                        case "shr" -> String.valueOf(a >> (int) b);
                        case "ushr" -> String.valueOf(a >>> (int) b);
                        default -> String.valueOf(Long.compare(a, b));
                    }).append('\n');
                }
            }
        }
        assertEquals(expected + "<finish>\n", Programs.run(main.build()));
    }

    @Test
    void divisionByMinusOneConstantAndOtherConstants() {
        MainBuilder main = new MainBuilder();
        main.method("""
              method static quotients(int)void (v0: int) {
              b0:
                v1 = const int -1
                v2 = div int v0, v1
                invoke.static test.Out.printInt(int)void v2
                v3 = const int 3
                v4 = div int v0, v3
                invoke.static test.Out.printInt(int)void v4
                v5 = rem int v0, v1
                invoke.static test.Out.printInt(int)void v5
                return
              }
            """);
        main.call("quotients(int)void", main.constant("int", String.valueOf(Integer.MIN_VALUE)));
        assertEquals("" + Integer.MIN_VALUE + (Integer.MIN_VALUE / 3) + "0<finish>\n", Programs.run(main.build()));
    }

    @Test
    void doubleAndFloatOperationsMatchTheJvmIncludingExactRemainder() {
        MainBuilder main = new MainBuilder();
        String[] ops = {"add", "sub", "mul", "div", "rem", "cmpl", "cmpg"};
        for (String op : ops) {
            main.method(binary(op, "double", op).replace("static " + op + "(", "static d" + op + "("));
            main.method(binary(op, "float", op).replace("static " + op + "(", "static f" + op + "("));
        }
        List<String> expected = new ArrayList<>();
        for (double a : DOUBLES) {
            for (double b : DOUBLES) {
                String va = main.constant("double", literal(a)), vb = main.constant("double", literal(b));
                for (String op : ops) {
                    boolean cmp = op.startsWith("cmp");
                    main.println(cmp ? "int" : "double", main.call("d" + op + "(double,double)" + (cmp ? "int" : "double"), va, vb));
                    expected.add(switch (op) {
                        case "add" -> String.valueOf(a + b);
                        case "sub" -> String.valueOf(a - b);
                        case "mul" -> String.valueOf(a * b);
                        case "div" -> String.valueOf(a / b);
                        case "rem" -> String.valueOf(a % b);
                        case "cmpl" -> String.valueOf(a > b ? 1 : a == b ? 0 : -1);
                        default -> String.valueOf(a < b ? -1 : a == b ? 0 : 1);
                    });
                }
            }
        }
        for (float a : FLOATS) {
            for (float b : FLOATS) {
                String va = main.constant("float", literal(a)), vb = main.constant("float", literal(b));
                for (String op : ops) {
                    boolean cmp = op.startsWith("cmp");
                    main.println(cmp ? "int" : "float", main.call("f" + op + "(float,float)" + (cmp ? "int" : "float"), va, vb));
                    expected.add(switch (op) {
                        case "add" -> String.valueOf(a + b);
                        case "sub" -> String.valueOf(a - b);
                        case "mul" -> String.valueOf(a * b);
                        case "div" -> String.valueOf(a / b);
                        case "rem" -> String.valueOf(a % b);
                        case "cmpl" -> String.valueOf(a > b ? 1 : a == b ? 0 : -1);
                        default -> String.valueOf(a < b ? -1 : a == b ? 0 : 1);
                    });
                }
            }
        }
        assertEquals(String.join("\n", expected) + "\n<finish>\n", Programs.run(main.build()));
    }

    @Test
    void conversionsSaturateAndExtendLikeTheJvm() {
        MainBuilder main = new MainBuilder();
        String[][] conversions = {{"int", "long"}, {"int", "float"}, {"int", "double"}, {"int", "byte"}, {"int", "short"},
            {"int", "char"}, {"long", "int"}, {"long", "float"}, {"long", "double"}, {"float", "int"}, {"float", "long"},
            {"float", "double"}, {"double", "int"}, {"double", "long"}, {"double", "float"}};
        for (String[] c : conversions) {
            String to = c[1], result = switch (to) {
                case "byte", "short", "char" -> "int";
                default -> to;
            };
            main.method("  method static " + c[0] + "2" + to + "(" + c[0] + ")" + result + " (v0: " + c[0] + ") {\n  b0:\n"
                + "    v1 = convert " + c[0] + "->" + to + " v0\n    return v1\n  }\n");
        }
        StringBuilder expected = new StringBuilder();
        for (int a : INTS) {
            String v = main.constant("int", String.valueOf(a));
            main.println("long", main.call("int2long(int)long", v));
            main.println("float", main.call("int2float(int)float", v));
            main.println("double", main.call("int2double(int)double", v));
            main.println("int", main.call("int2byte(int)int", v));
            main.println("int", main.call("int2short(int)int", v));
            main.println("int", main.call("int2char(int)int", v));
            expected.append((long) a).append('\n').append((float) a).append('\n').append((double) a).append('\n')
                .append((byte) a).append('\n').append((short) a).append('\n').append((int) (char) a).append('\n');
        }
        for (long a : LONGS) {
            String v = main.constant("long", String.valueOf(a));
            main.println("int", main.call("long2int(long)int", v));
            main.println("float", main.call("long2float(long)float", v));
            main.println("double", main.call("long2double(long)double", v));
            expected.append((int) a).append('\n').append((float) a).append('\n').append((double) a).append('\n');
        }
        for (float a : FLOATS) {
            String v = main.constant("float", literal(a));
            main.println("int", main.call("float2int(float)int", v));
            main.println("long", main.call("float2long(float)long", v));
            main.println("double", main.call("float2double(float)double", v));
            expected.append((int) a).append('\n').append((long) a).append('\n').append((double) a).append('\n');
        }
        for (double a : DOUBLES) {
            String v = main.constant("double", literal(a));
            main.println("int", main.call("double2int(double)int", v));
            main.println("long", main.call("double2long(double)long", v));
            main.println("float", main.call("double2float(double)float", v));
            expected.append((int) a).append('\n').append((long) a).append('\n').append((float) a).append('\n');
        }
        assertEquals(expected + "<finish>\n", Programs.run(main.build()));
    }

    @Test
    void negationFlipsSignsLikeTheJvm() {
        MainBuilder main = new MainBuilder();
        for (String t : new String[] {"int", "long", "float", "double"}) {
            main.method("  method static neg(" + t + ")" + t + " (v0: " + t + ") {\n  b0:\n    v1 = neg " + t + " v0\n    return v1\n  }\n");
        }
        main.println("int", main.call("neg(int)int", main.constant("int", String.valueOf(Integer.MIN_VALUE))));
        main.println("long", main.call("neg(long)long", main.constant("long", "5")));
        main.println("float", main.call("neg(float)float", main.constant("float", "0.0")));
        main.println("double", main.call("neg(double)double", main.constant("double", "-2.5")));
        assertEquals(Integer.MIN_VALUE + "\n-5\n-0.0\n2.5\n<finish>\n", Programs.run(main.build()));
    }

    /** A float or double literal in the IR text form. */
    private static String literal(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return Double.toHexString(d);
    }

    private static String literal(float f) {
        if (Float.isNaN(f)) return "nan";
        if (Float.isInfinite(f)) return f > 0 ? "inf" : "-inf";
        return Float.toHexString(f);
    }

    /** Three-way comparisons right before an {@code if}, which the backend fuses into one Wasm comparison. */
    @Test
    void fusedComparisonsBranchLikeTheJvmIncludingNaN() {
        MainBuilder main = new MainBuilder();
        String[] conds = {"eq", "ne", "lt", "ge", "gt", "le"};
        String[][] kinds = {{"cmp", "long"}, {"cmpl", "double"}, {"cmpg", "double"}, {"cmpl", "float"}, {"cmpg", "float"}};
        for (String[] k : kinds) {
            for (String c : conds) {
                main.method("  method static " + k[0] + k[1] + c + "(" + k[1] + "," + k[1] + ")int (v0: " + k[1] + ", v1: " + k[1] + ") {\n"
                    + "  b0:\n    v2 = " + k[0] + " " + k[1] + " v0, v1\n    if " + c + " v2 then b1 else b2\n"
                    + "  b1:\n    v3 = const int 1\n    return v3\n  b2:\n    v4 = const int 0\n    return v4\n  }\n");
            }
        }
        double[] values = {-1.5, 0.0, 2.0, Double.NaN};
        StringBuilder expected = new StringBuilder();
        for (String[] k : kinds) {
            for (double a : values) {
                for (double b : values) {
                    if (k[1].equals("long") && (Double.isNaN(a) || Double.isNaN(b))) continue;
                    String lit = k[1].equals("long") ? "long" : k[1];
                    String va = main.constant(lit, literal(k[1], a)), vb = main.constant(lit, literal(k[1], b));
                    int r = Double.isNaN(a) || Double.isNaN(b) ? (k[0].equals("cmpl") ? -1 : 1) : Double.compare(a == 0 ? 0 : a, b == 0 ? 0 : b);
                    for (String c : conds) {
                        main.println("int", main.call(k[0] + k[1] + c + "(" + k[1] + "," + k[1] + ")int", va, vb));
                        boolean taken = switch (c) {
                            case "eq" -> r == 0;
                            case "ne" -> r != 0;
                            case "lt" -> r < 0;
                            case "ge" -> r >= 0;
                            case "gt" -> r > 0;
                            default -> r <= 0;
                        };
                        expected.append(taken ? 1 : 0).append('\n');
                    }
                }
            }
        }
        assertEquals(expected + "<finish>\n", Programs.run(main.build()));
    }

    private static String literal(String type, double v) {
        if (type.equals("long")) return String.valueOf((long) v);
        return type.equals("float") ? literal((float) v) : literal(v);
    }
}
