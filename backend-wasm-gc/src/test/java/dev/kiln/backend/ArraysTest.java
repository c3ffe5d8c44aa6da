package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Arrays of every element kind, reference arrays, multi-dimensional allocation and lengths. */
class ArraysTest {
    /** Stores {@code value} at index 1 of a new array of {@code type} and prints what reads back. */
    private static String roundTrip(int n, String type, String valueLiteral, String print) {
        String load = switch (type) {
            case "long" -> "long";
            case "float" -> "float";
            case "double" -> "double";
            default -> "int";
        };
        return "    v" + n + " = const int 3\n"
            + "    v" + (n + 1) + " = newarray " + type + " v" + n + "\n"
            + "    v" + (n + 2) + " = const " + load + " " + valueLiteral + "\n"
            + "    v" + (n + 3) + " = const int 1\n"
            + "    astore " + type + " v" + (n + 1) + ", v" + (n + 3) + ", v" + (n + 2) + "\n"
            + "    v" + (n + 4) + " = aload " + type + " v" + (n + 1) + ", v" + (n + 3) + "\n"
            + "    invoke.static test.Out." + print + " v" + (n + 4) + "\n"
            + "    v" + (n + 5) + " = const int 0\n"
            + "    v" + (n + 6) + " = aload " + type + " v" + (n + 1) + ", v" + (n + 5) + "\n"
            + "    invoke.static test.Out." + print + " v" + (n + 6) + "\n"
            + "    v" + (n + 7) + " = const int 32\n"
            + "    invoke.static test.Out.printChar(int)void v" + (n + 7) + "\n";
    }

    @Test
    void everyPrimitiveKindStoresAndLoadsWithJavaSemantics() {
        String out = Programs.run("class test.Main extends java.lang.Object [public] {\n"
            + "  method public static main(java.lang.String[])void (v0: java.lang.String[]) {\n  b0:\n"
            + roundTrip(10, "boolean", "3", "printInt(int)void")
            + roundTrip(20, "byte", "200", "printInt(int)void")
            + roundTrip(30, "char", "-1", "printInt(int)void")
            + roundTrip(40, "short", "40000", "printInt(int)void")
            + roundTrip(50, "int", "-7", "printInt(int)void")
            + roundTrip(60, "long", "-8000000000", "printLong(long)void")
            + roundTrip(70, "float", "1.5", "printFloat(float)void")
            + roundTrip(80, "double", "-2.25", "printDouble(double)void")
            + "    return\n  }\n}\n");
        assertEquals("10 -560 655350 -255360 -70 -80000000000 1.50.0 -2.250.0 <finish>\n", out);
    }

    /** A {@code newarrayof} of constants (a data segment) and one of computed values, both read back. */
    private static String arrayOf(int n, String type, String load, String a, String b, String print) {
        return "    v" + n + " = const " + load + " " + a + "\n"
            + "    v" + (n + 1) + " = const " + load + " " + b + "\n"
            + "    v" + (n + 2) + " = newarrayof " + type + " v" + n + ", v" + (n + 1) + ", v" + n + "\n"
            + "    v" + (n + 3) + " = const int 1\n"
            + "    v" + (n + 4) + " = aload " + type + " v" + (n + 2) + ", v" + (n + 3) + "\n"
            + "    invoke.static test.Out." + print + " v" + (n + 4) + "\n"
            + "    v" + (n + 5) + " = const int 2\n"
            + "    v" + (n + 6) + " = aload " + type + " v" + (n + 2) + ", v" + (n + 5) + "\n"
            + "    invoke.static test.Out." + print + " v" + (n + 6) + "\n"
            + "    v" + (n + 7) + " = arraylength v" + (n + 2) + "\n"
            + "    invoke.static test.Out.printInt(int)void v" + (n + 7) + "\n"
            + "    v" + (n + 8) + " = const int 32\n"
            + "    invoke.static test.Out.printChar(int)void v" + (n + 8) + "\n";
    }

    @Test
    void newArrayOfHoldsItsElementsFromDataOrFromTheStack() {
        String out = Programs.run("class test.Main extends java.lang.Object [public] {\n"
            + "  method public static main(java.lang.String[])void (v0: java.lang.String[]) {\n  b0:\n"
            + arrayOf(10, "boolean", "int", "1", "0", "printInt(int)void")
            + arrayOf(20, "byte", "int", "-128", "127", "printInt(int)void")
            + arrayOf(30, "char", "int", "65535", "65", "printInt(int)void")
            + arrayOf(40, "short", "int", "-32768", "7", "printInt(int)void")
            + arrayOf(50, "int", "int", "-2147483648", "305419896", "printInt(int)void")
            + arrayOf(60, "long", "long", "-8000000000", "81985529216486895", "printLong(long)void")
            + arrayOf(70, "float", "float", "-0.0", "1.5", "printFloat(float)void")
            + arrayOf(80, "double", "double", "0.1", "-2.25", "printDouble(double)void")
            // Computed elements: array.new_fixed.
            + "    v90 = arraylength v0\n"
            + "    v91 = const int 5\n"
            + "    v92 = newarrayof int v91, v90, v91\n"
            + "    v93 = const int 1\n"
            + "    v94 = aload int v92, v93\n"
            + "    invoke.static test.Out.printInt(int)void v94\n"
            + "    v95 = const string \"s\"\n"
            + "    v96 = const null\n"
            + "    v97 = newarrayof java.lang.String v96, v95\n"
            + "    v98 = aload java.lang.String v97, v93\n"
            + "    invoke.static test.Out.println(java.lang.String)void v98\n"
            + "    return\n  }\n}\n");
        assertEquals("013 127-1283 65655353 7-327683 305419896-21474836483 81985529216486895-80000000003 1.5-0.03 "
            + "-2.250.13 0s\n<finish>\n", out);
    }

    @Test
    void referenceAndMultiDimensionalArraysHoldTheirElements() {
        String out = Programs.run("""
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = const int 2
                v2 = const int 3
                v3 = newmultiarray int[][] v1, v2
                v4 = const int 1
                v5 = aload int[] v3, v4
                v6 = const int 42
                astore int v5, v4, v6
                v7 = invoke.static test.Main.sum(int[][])int v3
                invoke.static test.Out.printInt(int)void v7
                v8 = arraylength v3
                invoke.static test.Out.printInt(int)void v8
                v9 = arraylength v5
                invoke.static test.Out.printInt(int)void v9
                v10 = newmultiarray java.lang.String[][] v1
                v11 = aload java.lang.String[] v10, v4
                if eq v11 then b1 else b2
              b1:
                v12 = newarray java.lang.String v1
                v13 = const string " ok"
                astore java.lang.String v12, v4, v13
                astore java.lang.String[] v10, v4, v12
                v14 = aload java.lang.String[] v10, v4
                v15 = aload java.lang.String v14, v4
                invoke.static test.Out.println(java.lang.String)void v15
                return
              b2:
                return
              }

              method static sum(int[][])int (v0: int[][]) {
              b0:
                v1 = const int 0
                v2 = arraylength v0
                goto b1
              b1:
                v3 = phi int [b0: v1], [b5: v8]
                v4 = phi int [b0: v1], [b5: v11]
                if ge v4, v2 then b6 else b2
              b2:
                v5 = aload int[] v0, v4
                v6 = arraylength v5
                goto b3
              b3:
                v7 = phi int [b2: v1], [b4: v10]
                v8 = phi int [b2: v3], [b4: v12]
                if ge v7, v6 then b5 else b4
              b4:
                v9 = aload int v5, v7
                v12 = add int v8, v9
                v13 = const int 1
                v10 = add int v7, v13
                goto b3
              b5:
                v14 = const int 1
                v11 = add int v4, v14
                goto b1
              b6:
                return v3
              }
            }
            """);
        assertEquals("4223 ok\n<finish>\n", out);
    }
}
