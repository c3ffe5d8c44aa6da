package class_init;

/**
 * Reading a constant variable (a final field of primitive or String type initialised with a constant
 * expression, JLS 4.12.4) is not an active use: javac inlines it. A static final field whose initializer
 * is not a constant expression (a method call, a boxed value, null, a non-constant String) is an ordinary
 * field: reading it initialises the class, and the class's initializer may see it before it is assigned.
 */
public class Constants {
    static final StringBuilder LOG = new StringBuilder();

    static int note(String what, int v) {
        LOG.append(what).append(';');
        System.out.println("  init " + what);
        return v;
    }

    static class OnlyConstants {
        static final int INT = 42;
        static final long LONG = 1L << 50;
        static final double DOUBLE = 2.5;
        static final char CHAR = 'k';
        static final boolean FLAG = true;
        static final String TEXT = "constant " + INT;
        static final int ignored = note("OnlyConstants", 0);
    }

    static class ComputedFinal {
        static final int COMPUTED = note("ComputedFinal", 99);
    }

    static class BoxedFinal {
        static final Integer BOXED = note("BoxedFinal", 5);
    }

    static class NullFinal {
        static final String NOTHING = null;
        static final int ignored = note("NullFinal", 0);
    }

    static class NonConstantString {
        static final String TEXT = String.valueOf(note("NonConstantString", 12));
    }

    static class SeesFinalEarly {
        static final int BEFORE = readLater();
        static final int LATER = note("SeesFinalEarly", 1000);

        static int readLater() {
            return LATER + 1;
        }
    }

    static class ConstantInInitializer {
        static final int BEFORE = readConstant();
        static final int CONSTANT = 77;
        static final int ignored = note("ConstantInInitializer", 0);

        static int readConstant() {
            return CONSTANT;
        }
    }

    public static void main(String[] args) {
        System.out.println(OnlyConstants.INT + " " + OnlyConstants.LONG + " " + OnlyConstants.DOUBLE);
        System.out.println(OnlyConstants.CHAR + " " + OnlyConstants.FLAG + " " + OnlyConstants.TEXT);
        System.out.println("after constants, log=" + LOG);
        System.out.println("computed " + ComputedFinal.COMPUTED);
        System.out.println("boxed " + BoxedFinal.BOXED);
        System.out.println("null " + NullFinal.NOTHING);
        System.out.println("string " + NonConstantString.TEXT);
        System.out.println("early " + SeesFinalEarly.BEFORE + " " + SeesFinalEarly.LATER);
        System.out.println("constant early " + ConstantInInitializer.BEFORE);
        System.out.println("log=" + LOG);
        System.out.println("OnlyConstants.ignored " + OnlyConstants.ignored);
        System.out.println("log=" + LOG);
    }
}
