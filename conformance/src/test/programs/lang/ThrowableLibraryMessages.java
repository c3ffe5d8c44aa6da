package lang;

/**
 * Throwable's own protocol and messages: getMessage/getLocalizedMessage/toString with and without a
 * message, a cause's toString becoming the message, initCause's IllegalStateExceptions ("Can't overwrite
 * cause with ..." and self-causation) and addSuppressed's checks ("Self-suppression not permitted",
 * "Cannot suppress a null exception."), getSuppressed order, the standard exceptions' constructors, and
 * ExceptionInInitializerError's cause.
 */
public class ThrowableLibraryMessages {
    static class Boom {
        static final int VALUE = compute();

        static int compute() {
            throw new IllegalStateException("static init failed");
        }
    }

    public static void main(String[] args) {
        Exception plain = new Exception();
        Exception msg = new Exception("message");
        RuntimeException caused = new RuntimeException(new IllegalArgumentException("inner"));
        System.out.println(plain + " | " + plain.getMessage() + " | " + msg + " | " + msg.getLocalizedMessage());
        System.out.println(caused + " | cause " + caused.getCause() + " | message " + caused.getMessage());
        System.out.println("null cause " + new RuntimeException((Throwable) null).getMessage() + " " + new Error("e", null).getCause());
        Exception e1 = new Exception("first");
        e1.initCause(new Error("root"));
        try {
            e1.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
        try {
            Exception self = new Exception("self");
            self.initCause(self);
        } catch (IllegalArgumentException e) {
            System.out.println("self cause: " + e.getMessage());
        }
        try {
            new RuntimeException("with cause", new Error()).initCause(null);
        } catch (IllegalStateException e) {
            System.out.println("initCause after ctor: " + e.getMessage());
        }
        Exception primary = new Exception("primary");
        primary.addSuppressed(new RuntimeException("s1"));
        primary.addSuppressed(new Error("s2"));
        Throwable[] suppressed = primary.getSuppressed();
        System.out.println("suppressed " + suppressed.length + " " + suppressed[0] + " " + suppressed[1]);
        try {
            primary.addSuppressed(primary);
        } catch (IllegalArgumentException e) {
            System.out.println("self suppression: " + e.getMessage());
        }
        try {
            primary.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
        Throwable[] types = {new IllegalArgumentException("iae"), new IllegalStateException("ise", new Error()), new UnsupportedOperationException(),
            new ArithmeticException("arith"), new ArrayIndexOutOfBoundsException(5), new StringIndexOutOfBoundsException(7),
            new IndexOutOfBoundsException(9), new NumberFormatException("nfe"), new ClassCastException("cce"), new NegativeArraySizeException("-1"),
            new ArrayStoreException("ase"), new NullPointerException("npe"), new AssertionError(42), new AssertionError("text"),
            new java.util.NoSuchElementException("nse"), new java.util.ConcurrentModificationException(), new InterruptedException("int"),
            new CloneNotSupportedException(), new StackOverflowError(), new OutOfMemoryError("oom")};
        for (Throwable t : types) {
            System.out.println(t.getClass().getSimpleName() + " -> " + t + " | cause " + t.getCause());
        }
        Throwable chained = new AssertionError("wrapped", new Exception("cause"));
        System.out.println("AssertionError cause " + chained.getCause().getMessage() + " object ctor cause " + new AssertionError((Object) new Error("e")).getCause());
        try {
            System.out.println(Boom.VALUE);
        } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE message " + e.getMessage() + " cause " + e.getCause() + " exception " + e.getException());
        }
        try {
            System.out.println(Boom.VALUE);
        } catch (NoClassDefFoundError e) {
            System.out.println("second use NoClassDefFoundError " + e.getMessage());
        }
    }
}
