package atomics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * VarHandles of the program's own fields, found in the static initializer as the JDK finds its own: every access
 * mode on fields of every type, static fields, call sites whose types differ from the field's (boxing,
 * widening, casts), and the exceptions: a null receiver, a value of the wrong class.
 */
public class VarHandleFields {
    boolean z;
    byte b;
    short s;
    char c;
    int i;
    long j;
    float f;
    double d;
    String str;
    Object obj;
    static int counter;
    static String label = "start";

    static final VarHandle Z;
    static final VarHandle B;
    static final VarHandle S;
    static final VarHandle C;
    static final VarHandle I;
    static final VarHandle J;
    static final VarHandle F;
    static final VarHandle D;
    static final VarHandle STR;
    static final VarHandle OBJ;
    static final VarHandle COUNTER;
    static final VarHandle LABEL;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            Z = l.findVarHandle(VarHandleFields.class, "z", boolean.class);
            B = l.findVarHandle(VarHandleFields.class, "b", byte.class);
            S = l.findVarHandle(VarHandleFields.class, "s", short.class);
            C = l.findVarHandle(VarHandleFields.class, "c", char.class);
            I = l.findVarHandle(VarHandleFields.class, "i", int.class);
            J = l.findVarHandle(VarHandleFields.class, "j", long.class);
            F = l.findVarHandle(VarHandleFields.class, "f", float.class);
            D = l.findVarHandle(VarHandleFields.class, "d", double.class);
            STR = l.findVarHandle(VarHandleFields.class, "str", String.class);
            OBJ = l.findVarHandle(VarHandleFields.class, "obj", Object.class);
            COUNTER = l.findStaticVarHandle(VarHandleFields.class, "counter", int.class);
            LABEL = l.findStaticVarHandle(VarHandleFields.class, "label", String.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    interface Access {
        Object run();
    }

    static void attempt(String what, Access a) {
        try {
            System.out.println(what + " " + a.run());
        } catch (RuntimeException e) {
            System.out.println(what + " threw " + e);
        }
    }

    static VarHandleFields nothing() {
        return null;
    }

    static void ints(VarHandleFields h) {
        I.set(h, 5);
        System.out.println("int get " + (int) I.get(h) + " volatile " + (int) I.getVolatile(h) + " acquire " + (int) I.getAcquire(h)
                + " opaque " + (int) I.getOpaque(h));
        I.setVolatile(h, 6);
        I.setRelease(h, (int) I.get(h) + 1);
        I.setOpaque(h, (int) I.get(h) + 1);
        System.out.println("int sets " + h.i);
        System.out.println("int cas " + I.compareAndSet(h, 8, 9) + " " + I.compareAndSet(h, 8, 10) + " weak "
                + I.weakCompareAndSet(h, 9, 11) + " " + I.weakCompareAndSetPlain(h, 11, 12) + " " + I.weakCompareAndSetAcquire(h, 12, 13)
                + " " + I.weakCompareAndSetRelease(h, 0, 14) + " -> " + h.i);
        System.out.println("int exchange " + (int) I.compareAndExchange(h, 13, 20) + " " + (int) I.compareAndExchangeAcquire(h, 13, 21)
                + " " + (int) I.compareAndExchangeRelease(h, 20, 22) + " -> " + h.i);
        System.out.println("int rmw " + (int) I.getAndSet(h, 0x0f0f) + " " + (int) I.getAndAdd(h, 1) + " " + (int) I.getAndAddAcquire(h, 1)
                + " " + (int) I.getAndAddRelease(h, -2) + " " + (int) I.getAndBitwiseOr(h, 0x1000) + " " + (int) I.getAndBitwiseAnd(h, 0xff0)
                + " " + (int) I.getAndBitwiseXor(h, 0xfff) + " " + (int) I.getAndBitwiseOrAcquire(h, 1) + " " + (int) I.getAndBitwiseAndRelease(h, -2)
                + " " + (int) I.getAndSetAcquire(h, Integer.MAX_VALUE) + " " + (int) I.getAndAdd(h, 1) + " -> " + h.i);
        I.getAndAdd(h, 5);
        I.compareAndSet(h, Integer.MIN_VALUE + 5, 42);
        System.out.println("int as statements " + h.i);
        Object boxed = I.getAndAdd(h, 1);
        long widened = (long) I.get(h);
        double wider = (double) I.getVolatile(h);
        Number number = (Number) I.getAndSet(h, (short) 7);
        I.set(h, (byte) -3);
        I.set(h, (int) I.get(h) + Integer.valueOf(100));
        System.out.println("int conversions " + boxed + " " + widened + " " + wider + " " + number + " " + h.i);
    }

    static void smallTypes(VarHandleFields h) {
        B.set(h, (byte) 127);
        System.out.println("byte add " + (byte) B.getAndAdd(h, (byte) 1) + " -> " + h.b + " or " + (byte) B.getAndBitwiseOr(h, (byte) 3)
                + " xor " + (byte) B.getAndBitwiseXor(h, (byte) -1) + " -> " + h.b + " cas " + B.compareAndSet(h, (byte) 124, (byte) -7) + " " + h.b);
        S.set(h, Short.MIN_VALUE);
        System.out.println("short add " + (short) S.getAndAdd(h, (short) -1) + " -> " + h.s + " exchange "
                + (short) S.compareAndExchange(h, Short.MAX_VALUE, (short) 9) + " and " + (short) S.getAndBitwiseAnd(h, (short) 12) + " -> " + h.s);
        C.set(h, '\uffff');
        System.out.println("char add " + (int) (char) C.getAndAdd(h, (char) 2) + " -> " + (int) h.c + " set " + (int) (char) C.getAndSet(h, 'q')
                + " cas " + C.compareAndSet(h, 'q', 'r') + " -> " + h.c + " xor " + (char) C.getAndBitwiseXor(h, (char) 0x20) + " -> " + h.c);
        System.out.println("boolean " + (boolean) Z.get(h) + " cas " + Z.compareAndSet(h, false, true) + " " + Z.compareAndSet(h, false, true)
                + " xor " + (boolean) Z.getAndBitwiseXor(h, true) + " -> " + h.z + " or " + (boolean) Z.getAndBitwiseOr(h, true)
                + " and " + (boolean) Z.getAndBitwiseAnd(h, false) + " -> " + h.z + " exchange " + (boolean) Z.compareAndExchange(h, false, true) + " " + h.z);
    }

    static void wide(VarHandleFields h) {
        J.set(h, Long.MAX_VALUE);
        System.out.println("long add " + (long) J.getAndAdd(h, 1L) + " -> " + h.j + " cas " + J.compareAndSet(h, Long.MIN_VALUE, 1L << 40)
                + " exchange " + (long) J.compareAndExchange(h, 0L, 3L) + " bits " + (long) J.getAndBitwiseOr(h, 0xffL) + " "
                + (long) J.getAndBitwiseAnd(h, 0xf0L) + " " + (long) J.getAndBitwiseXor(h, -1L) + " -> " + h.j);
        J.set(h, 7);
        System.out.println("long from int " + h.j + " " + (long) J.getAndAdd(h, 'a') + " " + h.j);
        F.set(h, -0.0f);
        System.out.println("float cas +0 " + F.compareAndSet(h, 0.0f, 1.0f) + " -0 " + F.compareAndSet(h, -0.0f, 1.5f) + " -> " + h.f
                + " add " + (float) F.getAndAdd(h, 0.25f) + " -> " + h.f);
        F.set(h, Float.NaN);
        System.out.println("float NaN cas " + F.compareAndSet(h, Float.NaN, 2.0f) + " exchange " + (float) F.compareAndExchange(h, 2.0f, 3.0f)
                + " getAndSet " + (float) F.getAndSet(h, 10) + " -> " + h.f);
        D.set(h, 0.1);
        System.out.println("double add " + (double) D.getAndAdd(h, 0.2) + " -> " + h.d + " cas " + D.compareAndSet(h, 0.30000000000000004, -0.0)
                + " " + D.compareAndSet(h, 0.0, 1.0) + " exchange " + (double) D.compareAndExchangeRelease(h, -0.0, Double.NaN)
                + " " + D.compareAndSet(h, Double.NaN, 4.5) + " -> " + h.d);
        D.set(h, 3.5f);
        D.set(h, (double) D.get(h) + 1L);
        System.out.println("double from float " + h.d);
    }

    static void references(VarHandleFields h) {
        String one = new String("one");
        STR.set(h, one);
        System.out.println("string cas equal " + STR.compareAndSet(h, new String("one"), "x") + " same " + STR.compareAndSet(h, one, "two")
                + " -> " + h.str + " getAndSet " + (String) STR.getAndSet(h, (String) null) + " exchange " + (String) STR.compareAndExchange(h, null, "three")
                + " -> " + h.str);
        Object viaObject = STR.get(h);
        CharSequence viaInterface = (CharSequence) STR.getVolatile(h);
        STR.setRelease(h, (Object) "four");
        System.out.println("string views " + viaObject + " " + viaInterface + " " + h.str);
        attempt("string set wrong class", () -> { STR.set(h, (Object) Integer.valueOf(5)); return h.str; });
        attempt("string cas wrong class", () -> STR.compareAndSet(h, (Object) "four", (Object) 6));
        attempt("string cas expected wrong class", () -> STR.compareAndSet(h, (Object) 7, "five"));
        attempt("string get as Integer", () -> (Integer) STR.get(h));
        OBJ.set(h, 1);
        System.out.println("object " + OBJ.get(h) + " " + OBJ.compareAndSet(h, 1, "one") + " " + OBJ.compareAndSet(h, Integer.valueOf(1), 'c')
                + " " + OBJ.getAndSet(h, 2.5) + " " + OBJ.compareAndExchange(h, h.obj, null) + " " + h.obj);
    }


    static void staticsReal() {
        System.out.println("static " + (int) COUNTER.get() + " " + (int) COUNTER.getAndAdd(10) + " " + COUNTER.compareAndSet(10, 11)
                + " " + (int) COUNTER.getAndBitwiseOr(4) + " " + counter);
        COUNTER.setVolatile(-1);
        System.out.println("static label " + (String) LABEL.getAndSet("next") + " " + LABEL.compareAndSet("next", "last") + " " + label + " " + counter);
    }

    static void nulls() {
        VarHandleFields h = nothing();
        attempt("null get", () -> (int) I.get(h));
        attempt("null set", () -> { I.set(h, 1); return "set"; });
        attempt("null getVolatile", () -> (long) J.getVolatile(h));
        attempt("null cas", () -> STR.compareAndSet(h, "a", "b"));
        attempt("null exchange", () -> (float) F.compareAndExchange(h, 1f, 2f));
        attempt("null getAndAdd", () -> (double) D.getAndAdd(h, 1.0));
        attempt("null bitwise", () -> (boolean) Z.getAndBitwiseOr(h, true));
        attempt("receiver of wrong class", () -> (int) I.get((Object) "text"));
        attempt("null receiver as Object", () -> (int) I.get((Object) null));
        VarHandleFields empty = new VarHandleFields();
        attempt("null result get", () -> ((String) STR.get(empty)).length());
        attempt("null result getAndSet", () -> ((String) STR.getAndSet(empty, "set")).length());
        attempt("null result exchange", () -> ((String) STR.compareAndExchange(empty, "set", null)).length()
                + ((String) STR.getVolatile(empty)).length());
        attempt("null result as Object", () -> STR.getAcquire(empty).hashCode());
    }

    public static void main(String[] args) {
        VarHandleFields h = new VarHandleFields();
        ints(h);
        smallTypes(h);
        wide(h);
        references(h);
        staticsReal();
        nulls();
    }
}
