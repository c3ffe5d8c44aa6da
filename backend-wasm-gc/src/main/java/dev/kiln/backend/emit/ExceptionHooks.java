package dev.kiln.backend.emit;

import dev.kiln.ir.MethodRef;
import java.util.List;

/**
 * The runtime library's factories for the exceptions the JVM throws by itself (docs/RUNTIME-CONTRACT.md,
 * "Implicit exceptions"): {@code public static} methods of {@code dev.kiln.runtime.Exceptions} that the
 * code of a failed check calls, then throws what they return.
 */
public final class ExceptionHooks {
    public static final String EXCEPTIONS = "dev.kiln.runtime.Exceptions";
    /** {@code NullPointerException nullPointer(String message)}. */
    public static final MethodRef NULL_POINTER = MethodRef.of(EXCEPTIONS, "nullPointer",
            "(Ljava/lang/String;)Ljava/lang/NullPointerException;");
    /**
     * {@code NullPointerException nullPointer(int actionStart, String action, int reasonStart, String reason)}: the
     * helpful message in two parts ({@code Cannot invoke "X.y()"} and {@code "v" is null}), joined with {@code " because "}
     * unless the reason is empty. Programs repeat both halves in many combinations; stored apart, each is stored once.
     * Each part is stored without the start it shares with many others ({@link #ACTION_STARTS}, {@link
     * #REASON_STARTS}), which the factory puts back: the number of that start, 0 for none.
     */
    public static final MethodRef NULL_POINTER_BECAUSE = MethodRef.of(EXCEPTIONS, "nullPointer",
            "(ILjava/lang/String;ILjava/lang/String;)Ljava/lang/NullPointerException;");
    /** The starts of helpful messages' actions, numbered from 1 as runtime-lib's {@code Exceptions.nullPointer} has them. */
    public static final List<String> ACTION_STARTS = List.of("Cannot invoke \"", "Cannot read field \"",
            "Cannot assign field \"", "Cannot load from ", "Cannot store to ");
    /** The starts of their reasons, likewise. */
    public static final List<String> REASON_STARTS = List.of("the return value of \"", "\"");
    /** {@code ArrayIndexOutOfBoundsException arrayIndex(int index, int length)}. */
    public static final MethodRef ARRAY_INDEX = MethodRef.of(EXCEPTIONS, "arrayIndex",
            "(II)Ljava/lang/ArrayIndexOutOfBoundsException;");
    /** {@code ArithmeticException divisionByZero()}. */
    public static final MethodRef DIVISION_BY_ZERO = MethodRef.of(EXCEPTIONS, "divisionByZero",
            "()Ljava/lang/ArithmeticException;");
    /** {@code NegativeArraySizeException negativeArraySize(int length)}. */
    public static final MethodRef NEGATIVE_ARRAY_SIZE = MethodRef.of(EXCEPTIONS, "negativeArraySize",
            "(I)Ljava/lang/NegativeArraySizeException;");
    /** {@code ArrayStoreException arrayStore(Object value)}. */
    public static final MethodRef ARRAY_STORE = MethodRef.of(EXCEPTIONS, "arrayStore",
            "(Ljava/lang/Object;)Ljava/lang/ArrayStoreException;");
    /** {@code ClassCastException classCast(Object value, Class<?> target)}. */
    public static final MethodRef CLASS_CAST = MethodRef.of(EXCEPTIONS, "classCast",
            "(Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/ClassCastException;");

    public static final List<MethodRef> ALL = List.of(NULL_POINTER, NULL_POINTER_BECAUSE, ARRAY_INDEX, DIVISION_BY_ZERO, NEGATIVE_ARRAY_SIZE,
            ARRAY_STORE, CLASS_CAST);

    private ExceptionHooks() {}
}
