package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import dev.kiln.frontend.lift.fixtures.VarHandleUser;
import dev.kiln.ir.Diagnostic;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The lowering of VarHandle and Unsafe accesses is bytecode to bytecode, so its output runs on the JVM: a class
 * using VarHandles, run as compiled and as lowered (where no VarHandle is left), writes the same transcript,
 * exceptions and messages included. Unsafe accesses are checked the same way against their specified results
 * (the test JVM cannot run the original, jdk.internal.misc being closed to it). What cannot be lowered is a
 * compile error at the call.
 */
class LowerFieldHandlesTest {
    private static final String FIXTURES = "dev/kiln/frontend/lift/fixtures/";
    private static final String UNSAFE = "jdk/internal/misc/Unsafe";
    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    private static final String FIELD_HANDLES = FIXTURES + "FieldHandles";

    private final ClassNodes classes = new ClassNodes();
    private final TestContext ctx = new TestContext(classes);

    @Test
    void loweredVarHandlesBehaveAsTheJvms() throws Exception {
        ClassNode lowered = lowered(classes.find(FIXTURES + "VarHandleUser"));
        for (MethodNode m : lowered.methods) {
            for (AbstractInsnNode n : m.instructions) {
                if (n instanceof MethodInsnNode call) {
                    assertFalse(call.owner.startsWith("java/lang/invoke/"), m.name + " still calls " + call.owner + "." + call.name);
                }
            }
        }
        Class<?> c = new Loader().define(lowered);
        assertEquals(VarHandleUser.transcript(), c.getMethod("transcript").invoke(null));
    }

    @Test
    void unsafeFieldAccessesBecomeFieldAccesses() throws Exception {
        Class<?> c = new Loader().define(lowered(unsafeUser()));
        Object o = c.getConstructor().newInstance();
        assertEquals(0, call(c, "getAndAddInt", o, 5));
        assertEquals(5, call(c, "getIntVolatile", o));
        assertEquals(true, call(c, "casInt", o, 5, 7));
        assertEquals(false, call(c, "casInt", o, 5, 8));
        assertEquals(7, call(c, "caeInt", o, 6, 9));
        assertEquals(7, call(c, "caeInt", o, 7, 10));
        call(c, "putIntRelease", o, -1);
        assertEquals(-1, call(c, "getIntVolatile", o));
        assertEquals(true, call(c, "casName", o, null, "a"));
        assertEquals("a", call(c, "getAndSetName", o, "b"));
        assertEquals(ClassCastException.class, thrown(c, "casName", o, "b", 5).getClass());
        assertEquals(ClassCastException.class, thrown(c, "getAndAddInt", "not the class", 1).getClass());
        assertEquals(NullPointerException.class, thrown(c, "getAndAddInt", null, 1).getClass());
    }

    @Test
    void unsafeStaticFieldsAndArrays() throws Exception {
        Class<?> c = new Loader().define(lowered(unsafeUser()));
        assertEquals(0L, call(c, "addTotal", 3L));
        assertEquals(3L, call(c, "addTotal", 4L));
        int[] ints = {10, 11, 12};
        assertEquals(12, call(c, "intAt", ints, 16L + 2 * 4));
        Object[] objects = new Object[2];
        call(c, "putRefAt", objects, 16L + 4, "x");
        assertEquals("x", objects[1]);
        long[] longs = {1, 2};
        assertEquals(true, call(c, "casAt", longs, 1, 2L, 20L));
        assertEquals(false, call(c, "casAt", longs, 1, 2L, 30L));
        assertEquals(20L, longs[1]);
        assertEquals(ArrayIndexOutOfBoundsException.class, thrown(c, "intAt", ints, 16L + 3 * 4).getClass());
        assertEquals(ArrayStoreException.class, thrown(c, "putRefAt", new String[1], 16L, 1).getClass());
    }

    @Test
    void aNullUnsafeIsTheCallsNullPointerException() throws Exception {
        Class<?> c = new Loader().define(lowered(unsafeUser()));
        Throwable e = thrown(c, "nullUnsafe", c.getConstructor().newInstance());
        assertEquals("Cannot invoke \"jdk.internal.misc.Unsafe.getIntVolatile(Object, long)\" because \"gen.UnsafeUser.MISSING\" is null",
                e.getMessage());
    }

    @Test
    void theStaticInitializerKeepsStandInsOnly() {
        ClassNode lowered = lowered(unsafeUser());
        MethodNode clinit = LiftAssertions.method(lowered, "<clinit>");
        for (AbstractInsnNode n : clinit.instructions) {
            if (n instanceof MethodInsnNode call) {
                assertFalse(call.owner.equals(UNSAFE) || call.name.equals("getDeclaredField"), "left " + call.owner + "." + call.name);
            }
        }
    }

    @Test
    void aVarHandleFromElsewhereIsAnError() {
        ClassNode cn = generated("gen/Parameter", mv -> {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "get", "(Ljava/lang/Object;)I", false);
            mv.visitInsn(IRETURN);
        }, "(Ljava/lang/invoke/VarHandle;Ljava/lang/Object;)I");
        assertProblem(cn, "java.lang.invoke.VarHandle.get(java.lang.Object): Kiln compiles a VarHandle's access modes only on a static"
                + " final field that its class's static initializer sets with findVarHandle, findStaticVarHandle,"
                + " arrayElementVarHandle or byteArrayViewVarHandle of constants");
    }

    @Test
    void anUnsafeAccessWithAnUnknownOffsetIsAnError() {
        ClassNode cn = generated("gen/Offset", mv -> {
            mv.visitInsn(ACONST_NULL);
            mv.visitTypeInsn(CHECKCAST, UNSAFE);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(LLOAD, 1);
            mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "getInt", "(Ljava/lang/Object;J)I", false);
            mv.visitInsn(IRETURN);
        }, "(Ljava/lang/Object;J)I");
        assertProblem(cn, "jdk.internal.misc.Unsafe.getInt(java.lang.Object, long): Kiln compiles an Unsafe access only with the offset"
                + " of a field, read from a static final field that its class's static initializer sets with objectFieldOffset or"
                + " staticFieldOffset, or on an object whose static type is an array");
    }

    @Test
    void aHandleReadForAnythingButAnAccessIsAnError() {
        ClassNode cn = generated("gen/Escape", mv -> {
            mv.visitFieldInsn(GETSTATIC, FIELD_HANDLES, "STATE", "Ljava/lang/invoke/VarHandle;");
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/String", "valueOf", "(Ljava/lang/Object;)Ljava/lang/String;", false);
            mv.visitFieldInsn(GETSTATIC, FIELD_HANDLES, "STATE", "Ljava/lang/invoke/VarHandle;");
            mv.visitInsn(ACONST_NULL);
            mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "get", "(Ljava/lang/Object;)I", false);
            mv.visitInsn(POP);
            mv.visitInsn(ARETURN);
        }, "()Ljava/lang/String;");
        String escapes = "the handle in dev.kiln.frontend.lift.fixtures.FieldHandles.STATE (the field"
                + " dev.kiln.frontend.lift.fixtures.FieldHandles.state:int) is used other than by one of its accesses, which Kiln does"
                + " not compile";
        assertProblem(cn, escapes);
        ClassNode returned = generated("gen/Returned", mv -> {
            mv.visitFieldInsn(GETSTATIC, FIELD_HANDLES, "STATE", "Ljava/lang/invoke/VarHandle;");
            mv.visitInsn(ARETURN);
        }, "()Ljava/lang/invoke/VarHandle;");
        assertProblem(returned, escapes);
    }

    @Test
    void accessesThatDoNotFitTheFieldAreErrors() {
        ClassNode wrongType = generated("gen/WrongType", mv -> {
            mv.visitFieldInsn(GETSTATIC, FIELD_HANDLES, "STATE", "Ljava/lang/invoke/VarHandle;");
            mv.visitInsn(ACONST_NULL);
            mv.visitTypeInsn(CHECKCAST, FIELD_HANDLES);
            mv.visitInsn(LCONST_1);
            mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "set", "(L" + FIELD_HANDLES + ";J)V", false);
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ARETURN);
        }, "()Ljava/lang/String;");
        assertProblem(wrongType, "java.lang.invoke.VarHandle.set(dev.kiln.frontend.lift.fixtures.FieldHandles, long) on the field"
                + " dev.kiln.frontend.lift.fixtures.FieldHandles.state:int: cannot convert long to int");
        ClassNode arity = generated("gen/Arity", mv -> {
            mv.visitFieldInsn(GETSTATIC, FIELD_HANDLES, "STATE", "Ljava/lang/invoke/VarHandle;");
            mv.visitInsn(ICONST_1);
            mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "set", "(I)V", false);
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ARETURN);
        }, "()Ljava/lang/String;");
        assertProblem(arity, "java.lang.invoke.VarHandle.set(int) on the field dev.kiln.frontend.lift.fixtures.FieldHandles.state:int:"
                + " the access mode takes (dev.kiln.frontend.lift.fixtures.FieldHandles, int), the call passes (int)");
        ClassNode width = unsafeUserWith("wrongWidth", mv -> {
            mv.visitFieldInsn(GETSTATIC, "gen/UnsafeUser", "U", "Ljava/lang/Object;");
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETSTATIC, "gen/UnsafeUser", "VALUE", "J");
            mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "getLong", "(Ljava/lang/Object;J)J", false);
            mv.visitInsn(LRETURN);
        }, "(Ljava/lang/Object;)J");
        assertProblem(width, "jdk.internal.misc.Unsafe.getLong(java.lang.Object, long) on the field gen.UnsafeUser.value:int: it accesses"
                + " long where the field gen.UnsafeUser.value:int holds int");
    }

    @Test
    void aLookupThatIsNotADefinitionStaysReflection() {
        ClassNode cn = new Generated(classes, "gen/NotFinal", V17)
                .field(ACC_STATIC, "VH", "Ljava/lang/invoke/VarHandle;", null)
                .field(0, "x", "I", null)
                .method("<clinit>", "()V", mv -> {
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup", "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
                    mv.visitLdcInsn(Type.getObjectType("gen/NotFinal"));
                    mv.visitLdcInsn("x");
                    mv.visitFieldInsn(GETSTATIC, "java/lang/Integer", "TYPE", "Ljava/lang/Class;");
                    mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/MethodHandles$Lookup", "findVarHandle",
                            "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/invoke/VarHandle;", false);
                    mv.visitFieldInsn(PUTSTATIC, "gen/NotFinal", "VH", "Ljava/lang/invoke/VarHandle;");
                    mv.visitInsn(RETURN);
                })
                .build();
        List<String> messages = LiftAssertions.failures(cn, "<clinit>", ctx).stream().map(Diagnostic::message).toList();
        assertTrue(messages.get(0).startsWith("reflection is not supported: java.lang.invoke.MethodHandles.lookup()"), messages.get(0));
        assertTrue(messages.get(1).startsWith("reflection is not supported: java.lang.invoke.MethodHandles$Lookup.findVarHandle("), messages.get(1));
    }

    @Test
    void byteArrayViewsBecomeCallsOfRuntimeLib() throws Exception {
        ClassNode views = byteArrayViewUser(null, null, null);
        ClassNode lowered = lowered(views);
        int calls = 0;
        for (MethodNode m : lowered.methods) {
            for (AbstractInsnNode n : m.instructions) {
                if (!(n instanceof MethodInsnNode call)) continue;
                assertFalse(call.owner.startsWith("java/lang/invoke/"), m.name + " still calls " + call.owner + "." + call.name);
                if (call.owner.equals("dev/kiln/runtime/ByteArrayViews")) {
                    calls++;
                    call.owner = FIXTURES + "JvmByteArrayViews";
                }
            }
        }
        assertEquals(2, calls);
        // Retargeted to the JVM's own views, the lowered calls read and write what the original's VarHandles do.
        Class<?> original = new Loader().define(views);
        Class<?> c = new Loader().define(lowered);
        byte[] data = {1, 2, 3, 4, 5, 6, 7, (byte) 0x88, (byte) 0x99, 10, 11, 12};
        for (int i = 0; i <= 8; i++) {
            assertEquals(call(original, "getIntLe", data, i), call(c, "getIntLe", data, i));
        }
        byte[] a = new byte[12];
        byte[] b = new byte[12];
        call(original, "setLongBe", a, 3, 0x0102030405060708L);
        call(c, "setLongBe", b, 3, 0x0102030405060708L);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
    }

    @Test
    void byteArrayViewAccessesOtherThanPlainGetAndSetOfItsTypesAreErrors() {
        ClassNode atomic = byteArrayViewUser("volatileGet", mv -> {
            mv.visitFieldInsn(GETSTATIC, "gen/Views", "INTS", "Ljava/lang/invoke/VarHandle;");
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(ICONST_0);
            mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "getVolatile", "([BI)I", false);
            mv.visitInsn(IRETURN);
        }, "([B)I");
        assertProblem(atomic, "java.lang.invoke.VarHandle.getVolatile(byte[], int) on a view of byte arrays as int[] (little-endian):"
                + " Kiln compiles only the plain get and set of a byte array view");
        ClassNode adapted = byteArrayViewUser("widened", mv -> {
            mv.visitFieldInsn(GETSTATIC, "gen/Views", "INTS", "Ljava/lang/invoke/VarHandle;");
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(ICONST_0);
            mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "get", "([BI)J", false);
            mv.visitInsn(LRETURN);
        }, "([B)J");
        assertProblem(adapted, "java.lang.invoke.VarHandle.get(byte[], int) on a view of byte arrays as int[] (little-endian): the access"
                + " mode is (byte[], int)int, the call site (byte[], int)long; Kiln lowers only call sites of the view's own types");
    }

    @Test
    void aPlainUnsafeAccessWiderThanAnArraysElementsStaysACall() {
        ClassNode cn = unsafeUserWith("wordOf", mv -> {
            mv.visitFieldInsn(GETSTATIC, "gen/UnsafeUser", "U", "Ljava/lang/Object;");
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(LLOAD, 1);
            mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "getInt", "(Ljava/lang/Object;J)I", false);
            mv.visitInsn(IRETURN);
        }, "([BJ)I");
        MethodNode wordOf = LiftAssertions.method(lowered(cn), "wordOf");
        boolean stays = false;
        for (AbstractInsnNode n : wordOf.instructions) {
            stays |= n instanceof MethodInsnNode call && call.owner.equals(UNSAFE) && call.name.equals("getInt");
        }
        assertTrue(stays, "getInt of a byte[] is left to runtime-lib's Unsafe");
        ClassNode ordered = unsafeUserWith("wordOfVolatile", mv -> {
            mv.visitFieldInsn(GETSTATIC, "gen/UnsafeUser", "U", "Ljava/lang/Object;");
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(LLOAD, 1);
            mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "getIntVolatile", "(Ljava/lang/Object;J)I", false);
            mv.visitInsn(IRETURN);
        }, "([BJ)I");
        assertProblem(ordered, "jdk.internal.misc.Unsafe.getIntVolatile(java.lang.Object, long) on an element of byte[]: it accesses int"
                + " where the elements of byte[] holds byte");
    }

    /**
     * {@code gen/Views}: a little-endian {@code int} view with invoke-exact behaviour and a big-endian {@code long}
     * view in static final fields, and static methods using them, then {@code extra} if given.
     */
    private ClassNode byteArrayViewUser(String extraName, Consumer<MethodVisitor> extra, String extraDesc) {
        String self = "gen/Views";
        String vh = "Ljava/lang/invoke/VarHandle;";
        String view = "(Ljava/lang/Class;Ljava/nio/ByteOrder;)" + vh;
        Generated g = new Generated(classes, self, V17)
                .field(ACC_STATIC | ACC_FINAL, "INTS", vh, null)
                .field(ACC_STATIC | ACC_FINAL, "LONGS", vh, null)
                .method("<clinit>", "()V", mv -> {
                    mv.visitLdcInsn(Type.getType(int[].class));
                    mv.visitFieldInsn(GETSTATIC, "java/nio/ByteOrder", "LITTLE_ENDIAN", "Ljava/nio/ByteOrder;");
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "byteArrayViewVarHandle", view, false);
                    mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "withInvokeExactBehavior", "()" + vh, false);
                    mv.visitFieldInsn(PUTSTATIC, self, "INTS", vh);
                    mv.visitLdcInsn(Type.getType(long[].class));
                    mv.visitFieldInsn(GETSTATIC, "java/nio/ByteOrder", "BIG_ENDIAN", "Ljava/nio/ByteOrder;");
                    mv.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "byteArrayViewVarHandle", view, false);
                    mv.visitFieldInsn(PUTSTATIC, self, "LONGS", vh);
                    mv.visitInsn(RETURN);
                })
                .method("getIntLe", "([BI)I", mv -> {
                    mv.visitFieldInsn(GETSTATIC, self, "INTS", vh);
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitVarInsn(ILOAD, 1);
                    mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "get", "([BI)I", false);
                    mv.visitInsn(IRETURN);
                })
                .method("setLongBe", "([BIJ)V", mv -> {
                    mv.visitFieldInsn(GETSTATIC, self, "LONGS", vh);
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitVarInsn(ILOAD, 1);
                    mv.visitVarInsn(LLOAD, 2);
                    mv.visitMethodInsn(INVOKEVIRTUAL, VAR_HANDLE, "set", "([BIJ)V", false);
                    mv.visitInsn(RETURN);
                });
        if (extra != null) g.method(extraName, extraDesc, extra);
        return g.build();
    }

    @Test
    void liftedAccessesAreValidIr() {
        ClassNode cn = classes.find(FIXTURES + "VarHandleUser");
        for (MethodNode m : cn.methods) LiftAssertions.lift(cn, m, ctx);
        ClassNode unsafe = unsafeUser();
        for (MethodNode m : unsafe.methods) LiftAssertions.lift(unsafe, m, ctx);
    }

    private void assertProblem(ClassNode cn, String message) {
        List<Diagnostic> problems = LiftAssertions.failures(cn, cn.methods.get(cn.methods.size() - 1).name, ctx);
        assertEquals(List.of(message), problems.stream().map(Diagnostic::message).toList());
    }

    private ClassNode generated(String name, Consumer<MethodVisitor> body, String desc) {
        return new Generated(classes, name, V17).method("test", desc, body).build();
    }

    /** A copy of {@code cn} with every method lowered. */
    private ClassNode lowered(ClassNode cn) {
        ClassNode copy = new ClassNode();
        cn.accept(copy);
        copy.methods.replaceAll(m -> m.instructions.size() == 0 ? m : LowerFieldHandles.lower(copy, m, ctx, cn.sourceFile));
        return copy;
    }

    private static Object call(Class<?> c, String name, Object... args) throws Exception {
        for (Method m : c.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                m.setAccessible(true);
                return m.invoke(null, args);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Throwable thrown(Class<?> c, String name, Object... args) {
        return assertThrows(InvocationTargetException.class, () -> call(c, name, args)).getCause();
    }

    /** Defines classes in a loader of their own, so a lowered copy can share its original's name. */
    private static final class Loader extends ClassLoader {
        Loader() {
            super(LowerFieldHandlesTest.class.getClassLoader());
        }

        Class<?> define(ClassNode cn) {
            ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
                @Override
                protected String getCommonSuperClass(String a, String b) {
                    return a.equals(b) ? a : "java/lang/Object";
                }
            };
            cn.accept(w);
            byte[] bytes = w.toByteArray();
            return defineClass(cn.name.replace('/', '.'), bytes, 0, bytes.length);
        }
    }

    private ClassNode unsafeUser() {
        return unsafeUserWith(null, null, null);
    }

    /**
     * {@code gen/UnsafeUser}: Unsafe offsets of its own fields, taken as the JDK takes them, and static methods
     * accessing them. Its Unsafe is a plain object (the lowered class only checks it is not null), which is why
     * the original cannot run.
     */
    private ClassNode unsafeUserWith(String extraName, Consumer<MethodVisitor> extra, String extraDesc) {
        String self = "gen/UnsafeUser";
        String u = "Ljava/lang/Object;";
        Generated g = new Generated(classes, self, V17)
                .field(ACC_STATIC | ACC_FINAL, "U", u, null)
                .field(ACC_STATIC, "MISSING", u, null)
                .field(ACC_STATIC | ACC_FINAL, "VALUE", "J", null)
                .field(ACC_STATIC | ACC_FINAL, "NAME", "J", null)
                .field(ACC_STATIC | ACC_FINAL, "TOTAL", "J", null)
                .field(ACC_STATIC | ACC_FINAL, "BASE", "Ljava/lang/Object;", null)
                .field(0, "value", "I", null)
                .field(0, "name", "Ljava/lang/String;", null)
                .field(ACC_STATIC, "total", "J", null)
                .method(ACC_PUBLIC, "<init>", "()V", mv -> {
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
                    mv.visitInsn(RETURN);
                })
                .method("<clinit>", "()V", mv -> {
                    mv.visitTypeInsn(NEW, "java/lang/Object");
                    mv.visitInsn(DUP);
                    mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
                    mv.visitFieldInsn(PUTSTATIC, self, "U", u);
                    mv.visitFieldInsn(GETSTATIC, self, "U", u);
                    mv.visitLdcInsn(Type.getObjectType(self));
                    mv.visitLdcInsn("value");
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "objectFieldOffset", "(Ljava/lang/Class;Ljava/lang/String;)J", false);
                    mv.visitFieldInsn(PUTSTATIC, self, "VALUE", "J");
                    mv.visitFieldInsn(GETSTATIC, self, "U", u);
                    declaredField(mv, self, "name");
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "objectFieldOffset", "(Ljava/lang/reflect/Field;)J", false);
                    mv.visitFieldInsn(PUTSTATIC, self, "NAME", "J");
                    declaredField(mv, self, "total");
                    mv.visitVarInsn(ASTORE, 0);
                    mv.visitFieldInsn(GETSTATIC, self, "U", u);
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "staticFieldOffset", "(Ljava/lang/reflect/Field;)J", false);
                    mv.visitFieldInsn(PUTSTATIC, self, "TOTAL", "J");
                    mv.visitFieldInsn(GETSTATIC, self, "U", u);
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "staticFieldBase", "(Ljava/lang/reflect/Field;)Ljava/lang/Object;", false);
                    mv.visitFieldInsn(PUTSTATIC, self, "BASE", "Ljava/lang/Object;");
                    mv.visitInsn(RETURN);
                })
                .method("getAndAddInt", "(Ljava/lang/Object;I)I", mv -> {
                    access(mv, "VALUE", ILOAD);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "getAndAddInt", "(Ljava/lang/Object;JI)I", false);
                    mv.visitInsn(IRETURN);
                })
                .method("getIntVolatile", "(Ljava/lang/Object;)I", mv -> {
                    access(mv, "VALUE");
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "getIntVolatile", "(Ljava/lang/Object;J)I", false);
                    mv.visitInsn(IRETURN);
                })
                .method("putIntRelease", "(Ljava/lang/Object;I)V", mv -> {
                    access(mv, "VALUE", ILOAD);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "putIntRelease", "(Ljava/lang/Object;JI)V", false);
                    mv.visitInsn(RETURN);
                })
                .method("casInt", "(Ljava/lang/Object;II)Z", mv -> {
                    access(mv, "VALUE", ILOAD, ILOAD);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "compareAndSetInt", "(Ljava/lang/Object;JII)Z", false);
                    mv.visitInsn(IRETURN);
                })
                .method("caeInt", "(Ljava/lang/Object;II)I", mv -> {
                    access(mv, "VALUE", ILOAD, ILOAD);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "compareAndExchangeIntAcquire", "(Ljava/lang/Object;JII)I", false);
                    mv.visitInsn(IRETURN);
                })
                .method("casName", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)Z", mv -> {
                    access(mv, "NAME", ALOAD, ALOAD);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "compareAndSetReference",
                            "(Ljava/lang/Object;JLjava/lang/Object;Ljava/lang/Object;)Z", false);
                    mv.visitInsn(IRETURN);
                })
                .method("getAndSetName", "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;", mv -> {
                    access(mv, "NAME", ALOAD);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "getAndSetReference", "(Ljava/lang/Object;JLjava/lang/Object;)Ljava/lang/Object;", false);
                    mv.visitInsn(ARETURN);
                })
                .method("addTotal", "(J)J", mv -> {
                    mv.visitFieldInsn(GETSTATIC, self, "U", u);
                    mv.visitFieldInsn(GETSTATIC, self, "BASE", "Ljava/lang/Object;");
                    mv.visitFieldInsn(GETSTATIC, self, "TOTAL", "J");
                    mv.visitVarInsn(LLOAD, 0);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "getAndAddLong", "(Ljava/lang/Object;JJ)J", false);
                    mv.visitInsn(LRETURN);
                })
                .method("intAt", "([IJ)I", mv -> {
                    mv.visitFieldInsn(GETSTATIC, self, "U", u);
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitVarInsn(LLOAD, 1);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "getIntAcquire", "(Ljava/lang/Object;J)I", false);
                    mv.visitInsn(IRETURN);
                })
                .method("putRefAt", "([Ljava/lang/Object;JLjava/lang/Object;)V", mv -> {
                    mv.visitFieldInsn(GETSTATIC, self, "U", u);
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitVarInsn(LLOAD, 1);
                    mv.visitVarInsn(ALOAD, 3);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "putReferenceRelease", "(Ljava/lang/Object;JLjava/lang/Object;)V", false);
                    mv.visitInsn(RETURN);
                })
                .method("casAt", "([JIJJ)Z", mv -> {
                    mv.visitFieldInsn(GETSTATIC, self, "U", u);
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitVarInsn(ILOAD, 1);
                    mv.visitInsn(I2L);
                    mv.visitInsn(ICONST_3);
                    mv.visitInsn(LSHL);
                    mv.visitLdcInsn(16L);
                    mv.visitInsn(LADD);
                    mv.visitVarInsn(LLOAD, 2);
                    mv.visitVarInsn(LLOAD, 4);
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "compareAndSetLong", "(Ljava/lang/Object;JJJ)Z", false);
                    mv.visitInsn(IRETURN);
                })
                .method("nullUnsafe", "(Ljava/lang/Object;)I", mv -> {
                    mv.visitFieldInsn(GETSTATIC, self, "MISSING", u);
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitFieldInsn(GETSTATIC, self, "VALUE", "J");
                    mv.visitMethodInsn(INVOKEVIRTUAL, UNSAFE, "getIntVolatile", "(Ljava/lang/Object;J)I", false);
                    mv.visitInsn(IRETURN);
                });
        if (extra != null) g.method(extraName, extraDesc, extra);
        return g.build();
    }

    private static void declaredField(MethodVisitor mv, String owner, String name) {
        mv.visitLdcInsn(Type.getObjectType(owner));
        mv.visitLdcInsn(name);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getDeclaredField", "(Ljava/lang/String;)Ljava/lang/reflect/Field;", false);
    }

    /** Pushes U, the object (parameter 0), the offset field, then parameters 1, 2, ... loaded with {@code loads}. */
    private static void access(MethodVisitor mv, String offset, int... loads) {
        mv.visitFieldInsn(GETSTATIC, "gen/UnsafeUser", "U", "Ljava/lang/Object;");
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETSTATIC, "gen/UnsafeUser", offset, "J");
        for (int k = 0; k < loads.length; k++) mv.visitVarInsn(loads[k], k + 1);
    }
}
