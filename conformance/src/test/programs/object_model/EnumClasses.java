package object_model;

/**
 * Enum classes: values(), valueOf(String) and Enum.valueOf(Class, String) with the JVM's messages,
 * getEnumConstants, isEnum (false for the class of a constant with a body), getDeclaringClass, and the
 * constants' names, ordinals and order.
 */
public class EnumClasses {
    enum Color { RED, GREEN, BLUE }

    enum Operation {
        PLUS("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES("*") {
            int apply(int a, int b) {
                return a * b;
            }
        };

        final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);
    }

    enum Empty { }

    interface Holder {
        enum Level { LOW, HIGH }
    }

    static String names(Object[] constants) {
        StringBuilder sb = new StringBuilder();
        for (Object c : constants) sb.append(c).append(' ');
        return sb.toString().trim();
    }

    static <T extends Enum<T>> void lookUp(Class<T> type, String name) {
        try {
            T value = Enum.valueOf(type, name);
            System.out.println("Enum.valueOf(" + type.getSimpleName() + ", " + name + ") = " + value + " #" + value.ordinal());
        } catch (IllegalArgumentException | NullPointerException e) {
            System.out.println("Enum.valueOf(" + type.getSimpleName() + ", " + name + "): " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void lookUpRaw(Class type, String name) {
        try {
            System.out.println("raw: " + Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            System.out.println("raw " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println("values: " + names(Color.values()));
        Color[] v1 = Color.values();
        Color[] v2 = Color.values();
        System.out.println("values copies: " + (v1 != v2) + " " + (v1[0] == v2[0]));
        v1[0] = Color.BLUE;
        System.out.println("copy independent: " + Color.values()[0]);
        System.out.println("valueOf: " + Color.valueOf("GREEN") + " " + (Color.valueOf("GREEN") == Color.GREEN));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf(PURPLE): " + e.getMessage());
        }
        try {
            Color.valueOf("red");
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf(red): " + e.getMessage());
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null): " + e.getMessage());
        }
        lookUp(Color.class, "BLUE");
        lookUp(Color.class, "");
        lookUp(Color.class, null);
        lookUp(Operation.class, "TIMES");
        lookUp(Operation.class, "MINUS");
        lookUp(Empty.class, "ANY");
        lookUp(Holder.Level.class, "HIGH");
        lookUp(Holder.Level.class, "MEDIUM");
        lookUpRaw(Operation.PLUS.getClass(), "PLUS");
        lookUpRaw(String.class, "x");

        System.out.println("getEnumConstants: " + names(Color.class.getEnumConstants()));
        System.out.println("getEnumConstants copies: " + (Color.class.getEnumConstants() != Color.class.getEnumConstants()));
        System.out.println("Operation constants: " + names(Operation.class.getEnumConstants()));
        System.out.println("Empty constants: " + Empty.class.getEnumConstants().length);
        System.out.println("not enums: " + String.class.getEnumConstants() + " " + Operation.PLUS.getClass().getEnumConstants()
                + " " + int.class.getEnumConstants());

        System.out.println("isEnum: " + Color.class.isEnum() + " " + Operation.class.isEnum() + " "
                + Operation.PLUS.getClass().isEnum() + " " + Enum.class.isEnum() + " " + Object.class.isEnum());
        System.out.println("constant class: " + Operation.PLUS.getClass().getName() + " super "
                + Operation.PLUS.getClass().getSuperclass().getName() + " anonymous " + Operation.PLUS.getClass().isAnonymousClass());
        System.out.println("getDeclaringClass: " + Color.RED.getDeclaringClass().getName() + " "
                + Operation.TIMES.getDeclaringClass().getName() + " " + (Operation.TIMES.getDeclaringClass() == Operation.class));
        for (Operation op : Operation.values()) {
            System.out.println(op.name() + " " + op.ordinal() + " " + op.symbol + " " + op.apply(6, 7));
        }
        System.out.println("compareTo: " + Color.RED.compareTo(Color.BLUE) + " " + Color.BLUE.compareTo(Color.GREEN));
        System.out.println("Enum superclass: " + Color.class.getSuperclass().getName() + " " + Color.class.getSuperclass().getSuperclass().getName());
        System.out.println("modifiers-based checks: " + Color.class.isInterface() + " " + Color.class.isMemberClass()
                + " " + Holder.Level.class.getDeclaringClass().getSimpleName() + " " + Holder.Level.class.getCanonicalName());
    }
}
