package dev.kiln.frontend.indy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.frontend.indy.fixtures.RecordShapes;
import dev.kiln.frontend.indy.fixtures.RecordShapes.Empty;
import dev.kiln.frontend.indy.fixtures.RecordShapes.Primitives;
import dev.kiln.frontend.indy.fixtures.RecordShapes.Probe;
import dev.kiln.frontend.indy.fixtures.RecordShapes.Probes;
import dev.kiln.frontend.indy.fixtures.RecordShapes.References;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Kiln's record methods, loaded into the test's JVM, print, hash and compare exactly as the JVM's
 * ObjectMethods bootstrap does for the same records, down to the order in which components' own
 * {@code equals} and {@code hashCode} run.
 */
class RecordMethodsTest {
    private final SyntheticLoader loader = new SyntheticLoader();

    private Object kiln(Record r, String method, Object... more) throws Exception {
        Class<?> synthetic = loader.load(r.getClass(), loader.site(r.getClass(), method));
        Method invoke = synthetic.getDeclaredMethods()[0];
        invoke.setAccessible(true);
        Object[] args = new Object[more.length + 1];
        args[0] = r;
        System.arraycopy(more, 0, args, 1, more.length);
        return invoke.invoke(null, args);
    }

    private void sameAsJvm(Record r, List<Record> others) throws Exception {
        assertEquals(r.toString(), kiln(r, "toString"));
        assertEquals(r.hashCode(), kiln(r, "hashCode"));
        for (Record other : others) assertEquals(r.equals(other), kiln(r, "equals", other), r + " equals " + other);
        assertEquals(r.equals(null), kiln(r, "equals", (Object) null));
        assertEquals(r.equals("text"), kiln(r, "equals", "text"));
    }

    @Test
    void emptyRecord() throws Exception {
        sameAsJvm(new Empty(), List.of(new Empty()));
    }

    @Test
    void primitivesCompareAsTheirWrappersDo() throws Exception {
        Primitives p = new Primitives(true, (byte) -3, (short) 300, 'q', -7, 1L << 40, -0.0f, Double.NaN);
        sameAsJvm(p, List.of(p, new Primitives(true, (byte) -3, (short) 300, 'q', -7, 1L << 40, -0.0f, Double.NaN),
                new Primitives(true, (byte) -3, (short) 300, 'q', -7, 1L << 40, 0.0f, Double.NaN),
                new Primitives(false, (byte) -3, (short) 300, 'q', -7, 1L << 40, -0.0f, Double.NaN),
                new Primitives(true, (byte) -3, (short) 300, 'q', -7, 1L << 41, -0.0f, Double.NaN)));
        sameAsJvm(new Primitives(false, (byte) 0, (short) 0, '\0', 0, 0, Float.NaN, 0.0), List.of());
    }

    @Test
    void referencesIncludingNulls() throws Exception {
        StringBuilder log = new StringBuilder();
        References r = new References("text", 42, null, new Probe("p", true, log));
        sameAsJvm(r, List.of(new References("text", 42, null, new Probe("q", true, log)),
                new References(null, 42, null, null), new References("text", 43, null, null)));
        sameAsJvm(new References(null, null, null, null), List.of(new References(null, null, null, null), r));
    }

    @Test
    void componentsAreComparedLastFirstAndHashedFirstFirst() throws Exception {
        for (boolean firstEqual : new boolean[] {true, false}) {
            for (int middle : new int[] {1, 2}) {
                StringBuilder jvmLog = new StringBuilder();
                StringBuilder kilnLog = new StringBuilder();
                Probes jvm = probes(jvmLog, firstEqual);
                Probes kiln = probes(kilnLog, firstEqual);
                Probes jvmOther = new Probes(new Probe("a2", true, jvmLog), middle, new Probe("b2", true, jvmLog), null);
                Probes kilnOther = new Probes(new Probe("a2", true, kilnLog), middle, new Probe("b2", true, kilnLog), null);
                assertEquals(jvm.equals(jvmOther), kiln(kiln, "equals", kilnOther));
                assertEquals(jvm.hashCode(), kiln(kiln, "hashCode"));
                assertEquals(jvmLog.toString(), kilnLog.toString());
            }
        }
    }

    private static Probes probes(StringBuilder log, boolean firstEqual) {
        return new Probes(new Probe("a", firstEqual, log), 1, new Probe("b", true, log), null);
    }

    @Test
    void nestedRecordsUseTheirSimpleName() throws Exception {
        assertEquals("Empty[]", kiln(new Empty(), "toString"));
        assertEquals(RecordShapes.class, Empty.class.getEnclosingClass());
    }
}
