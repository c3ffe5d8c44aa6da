package dev.kiln.frontend.indy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.frontend.indy.fixtures.LambdaShapes;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.Action;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.BothSources;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.DoubleOfChar;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.Fn;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.IntOp;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.IntSup;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.LongSup;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.Maker;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.Marker;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.ObjectSource;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.StringSource;
import dev.kiln.frontend.indy.fixtures.LambdaShapes.Sup;
import java.io.Serializable;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Kiln's lambda proxies, loaded into the test's JVM, behave like the function objects the JVM makes for the
 * same call sites: each test calls both with the same captured values and arguments. The fixtures cover every
 * implementation method handle kind and every adaptation (see {@link LambdaShapes}).
 */
class LambdaProxyTest {
    private final SyntheticLoader loader = new SyntheticLoader();

    /** Kiln's function object for the call site in {@code host.method}, capturing {@code captured}. */
    private Object proxy(Class<?> host, String method, Object... captured) throws Exception {
        InvokeDynamicInsnNode site = loader.site(host, method);
        Class<?> proxyClass = loader.load(host, site);
        Class<?>[] params = MethodType.fromMethodDescriptorString(site.desc, host.getClassLoader()).parameterArray();
        Constructor<?> constructor = proxyClass.getDeclaredConstructor(params);
        constructor.setAccessible(true);
        return constructor.newInstance(captured);
    }

    @Test
    void capturedValuesAreFieldsPassedFirst() throws Exception {
        IntOp kiln = (IntOp) proxy(LambdaShapes.class, "capturing", 7);
        IntOp jvm = LambdaShapes.capturing(7);
        for (int x : new int[] {0, 1, -5, Integer.MAX_VALUE}) assertEquals(jvm.apply(x), kiln.apply(x));
        Field[] fields = kiln.getClass().getDeclaredFields();
        assertEquals(1, fields.length);
        assertEquals(Modifier.PRIVATE | Modifier.FINAL, fields[0].getModifiers());
        assertEquals(int.class, fields[0].getType());
    }

    @Test
    void staticMethodReference() throws Exception {
        IntOp kiln = (IntOp) proxy(LambdaShapes.class, "staticReference");
        assertEquals(LambdaShapes.staticReference().apply(12), kiln.apply(12));
    }

    /** A call site capturing nothing yields one object, held by the proxy class, as on the JVM. */
    @Test
    void nonCapturingProxiesHaveOneInstance() throws Exception {
        assertSame(LambdaShapes.staticReference(), LambdaShapes.staticReference());
        InvokeDynamicInsnNode site = loader.site(LambdaShapes.class, "staticReference");
        SyntheticCall call = SyntheticClasses.call(loader.find(Type.getInternalName(LambdaShapes.class)), site);
        assertEquals(SyntheticCall.Form.SINGLETON, call.form());
        Field instance = loader.load(LambdaShapes.class, site).getDeclaredField(SyntheticCall.INSTANCE);
        instance.setAccessible(true);
        assertEquals(Modifier.STATIC | Modifier.FINAL, instance.getModifiers());
        assertEquals(LambdaShapes.staticReference().apply(-3), ((IntOp) instance.get(null)).apply(-3));
        SyntheticCall capturing = SyntheticClasses.call(loader.find(Type.getInternalName(LambdaShapes.class)),
                loader.site(LambdaShapes.class, "capturing"));
        assertEquals(SyntheticCall.Form.NEW_INSTANCE, capturing.form());
        assertEquals("(I)V", capturing.descriptor());
    }

    @Test
    void boundPrivateInstanceMethod() throws Exception {
        LambdaShapes receiver = new LambdaShapes(100);
        IntOp kiln = (IntOp) proxy(LambdaShapes.class, "boundPrivate", receiver);
        assertEquals(LambdaShapes.boundPrivate(receiver).apply(5), kiln.apply(5));
    }

    @Test
    @SuppressWarnings("unchecked")
    void unboundReceiversAreCastAndResultsBoxed() throws Exception {
        Fn<String, Integer> virtual = (Fn<String, Integer>) proxy(LambdaShapes.class, "unboundVirtual");
        assertEquals(LambdaShapes.unboundVirtual().apply("hello"), virtual.apply("hello"));
        Fn<CharSequence, Integer> itf = (Fn<CharSequence, Integer>) proxy(LambdaShapes.class, "unboundInterface");
        assertEquals(LambdaShapes.unboundInterface().apply(new StringBuilder("abc")), itf.apply(new StringBuilder("abc")));
        Fn<Object, Object> raw = (Fn<Object, Object>) (Fn<?, ?>) virtual;
        Fn<Object, Object> rawJvm = (Fn<Object, Object>) (Fn<?, ?>) LambdaShapes.unboundVirtual();
        assertEquals(outcome(() -> rawJvm.apply(42)), outcome(() -> raw.apply(42)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void primitivesAreUnboxedWidenedAndBoxed() throws Exception {
        Fn<Integer, Long> kiln = (Fn<Integer, Long>) proxy(LambdaShapes.class, "unboxWidenBox");
        assertEquals(LambdaShapes.unboxWidenBox().apply(21), kiln.apply(21));
        DoubleOfChar widen = (DoubleOfChar) proxy(LambdaShapes.class, "widenCharToDouble");
        assertEquals(LambdaShapes.widenCharToDouble().apply('z'), widen.apply('z'));
    }

    @Test
    void anIgnoredResultIsDiscarded() throws Exception {
        Action kiln = (Action) proxy(LambdaShapes.class, "discardsResult");
        StringBuilder jvmLog = new StringBuilder();
        StringBuilder kilnLog = new StringBuilder();
        LambdaShapes.discardsResult().run(jvmLog);
        kiln.run(kilnLog);
        assertEquals(jvmLog.toString(), kilnLog.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void constructorsAndArrayConstructors() throws Exception {
        Maker maker = (Maker) proxy(LambdaShapes.class, "constructor");
        assertEquals(LambdaShapes.constructor().make(3, "x").toString(), maker.make(3, "x").toString());
        Fn<Integer, int[]> arrays = (Fn<Integer, int[]>) proxy(LambdaShapes.class, "arrayConstructor");
        assertArrayEquals(LambdaShapes.arrayConstructor().apply(4), arrays.apply(4));
    }

    @Test
    void superMethodReferenceCallsTheSuperclassMethod() throws Exception {
        LambdaShapes.Derived derived = new LambdaShapes.Derived();
        @SuppressWarnings("unchecked")
        Sup<String> kiln = (Sup<String>) proxy(LambdaShapes.Derived.class, "superWho", derived);
        assertEquals(derived.superWho().get(), kiln.get());
    }

    /** A reference result unboxes through Number for a numeric type, so a Long narrows and a Character fails. */
    @Test
    void objectResultsUnboxThroughNumber() throws Exception {
        IntSup asInt = (IntSup) proxy(LambdaShapes.class, "heldAsInt");
        LongSup asLong = (LongSup) proxy(LambdaShapes.class, "heldAsLong");
        for (Object held : List.of((short) 5, 7L, 2.5, 'c', "text", 123)) {
            LambdaShapes.held = held;
            assertEquals(outcome(() -> LambdaShapes.heldAsInt().get()), outcome(asInt::get), "as int: " + held);
            assertEquals(outcome(() -> LambdaShapes.heldAsLong().get()), outcome(asLong::get), "as long: " + held);
        }
    }

    @Test
    void bridgesImplementEveryMethodType() throws Exception {
        BothSources kiln = (BothSources) proxy(LambdaShapes.class, "bridged", "text");
        BothSources jvm = LambdaShapes.bridged("text");
        assertEquals(((ObjectSource) jvm).get(), ((ObjectSource) kiln).get());
        assertEquals(((StringSource) jvm).get(), ((StringSource) kiln).get());
        List<String> methods = Arrays.stream(kiln.getClass().getDeclaredMethods()).map(Method::toString).sorted().toList();
        assertEquals(2, methods.size(), methods::toString);
    }

    @Test
    void markerAndSerializableInterfaces() throws Exception {
        Object marked = proxy(LambdaShapes.class, "marked", 9);
        assertTrue(marked instanceof Marker);
        assertEquals(((IntSup) LambdaShapes.marked(9)).get(), ((IntSup) marked).get());
        IntSup serializable = (IntSup) proxy(LambdaShapes.class, "serializable", 3L, 0.5);
        assertTrue(serializable instanceof Serializable);
        assertEquals(LambdaShapes.serializable(3L, 0.5).get(), serializable.get());
        assertEquals(List.of(IntSup.class, Serializable.class), List.of(serializable.getClass().getInterfaces()));
    }

    /** The value, or the class of the exception thrown. */
    private static Object outcome(Callable<?> call) {
        try {
            return call.call();
        } catch (Exception e) {
            return e.getClass();
        }
    }
}
