package dev.kiln.frontend.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.frontend.classpath.fixtures.Greeting;
import dev.kiln.frontend.classpath.fixtures.GreetingSubstitution;
import dev.kiln.frontend.classpath.fixtures.Lazy;
import dev.kiln.frontend.classpath.fixtures.LazySubstitution;
import dev.kiln.ir.CompileError;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A JDK class merged with its substitution class: the merged class runs on the test's JVM (substituted
 * bodies, aliases read as the class's own fields, added helpers), substitutions apply only to the class
 * libraries they name, and a substitution that names what the class lacks is an error naming both.
 */
class SubstitutionsTest {
    private static final String GREETING = Type.getInternalName(Greeting.class);
    private static final String SUBSTITUTION = Type.getInternalName(GreetingSubstitution.class);

    @TempDir
    Path temp;

    private static byte[] bytes(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    /**
     * The substitution fixture with {@code @Alias} on its field and {@code @Substitute} on greet, answer and
     * nativeAnswer, and on the methods {@code substitutes} names, with the given element values (name, value, ...).
     */
    private static ClassFile substitution(Map<String, List<Object>> substitutes) throws IOException {
        Map<String, List<Object>> marked = new java.util.HashMap<>(Map.of("greet", List.of(), "answer", List.of(),
                "nativeAnswer", List.of()));
        marked.putAll(substitutes);
        ClassNode node = new ClassNode();
        new ClassReader(bytes(GreetingSubstitution.class)).accept(node, 0);
        for (FieldNode f : node.fields) f.invisibleAnnotations = List.of(new AnnotationNode("Ldev/kiln/runtime/Alias;"));
        for (MethodNode m : node.methods) {
            List<Object> values = marked.get(m.name);
            if (values == null) continue;
            AnnotationNode a = new AnnotationNode("Ldev/kiln/runtime/Substitute;");
            a.values = values.isEmpty() ? null : values;
            m.invisibleAnnotations = List.of(a);
        }
        ClassWriter w = new ClassWriter(0);
        node.accept(w);
        return new ClassFile(SUBSTITUTION, w.toByteArray(), "kiln-runtime:" + SUBSTITUTION + ".class");
    }

    private static ClassFile greeting() throws IOException {
        return new ClassFile(GREETING, bytes(Greeting.class), "jrt:/fixture/" + GREETING + ".class");
    }

    /** Defines the merged class in a loader of its own and returns it. */
    private static Class<?> define(ClassFile merged) {
        return new ClassLoader(SubstitutionsTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(null, merged.bytes(), 0, merged.bytes().length);
            }
        }.define();
    }

    @Test
    void substitutedBodiesRunWithAliasesAndAddedMethods() throws Exception {
        ClassFile merged = Substitutions.apply(greeting(), substitution(Map.of()), 17);
        assertEquals("jrt:/fixture/" + GREETING + ".class with kiln-runtime:" + SUBSTITUTION + ".class", merged.origin());
        Class<?> c = define(merged);
        Object g = c.getConstructor(String.class).newInstance("kiln");
        assertEquals("Hi, KILN", c.getMethod("greet").invoke(g));
        assertEquals(42, c.getMethod("answer").invoke(null));
        Method nativeAnswer = c.getMethod("nativeAnswer");
        assertEquals(0, nativeAnswer.getModifiers() & java.lang.reflect.Modifier.NATIVE, "no longer native");
        assertEquals(7, nativeAnswer.invoke(null));
        // The alias field and the substitution's own constructor are dropped; question() is added as it is not marked.
        assertEquals(1, c.getDeclaredFields().length);
        assertEquals(1, c.getDeclaredConstructors().length);
        assertEquals(0, c.getMethod("question").invoke(null));
        ClassNode node = new ClassNode();
        new ClassReader(merged.bytes()).accept(node, 0);
        for (MethodNode m : node.methods) {
            for (var insn : m.instructions) {
                if (insn instanceof MethodInsnNode call) assertTrue(!call.owner.equals(SUBSTITUTION), m.name + " calls " + call.owner);
            }
        }
    }

    @Test
    void substitutionsApplyOnlyToTheirClassLibraries() throws Exception {
        ClassFile substitution = substitution(Map.of("answer", List.of("minJdk", 21, "maxJdk", 24)));
        assertEquals(41, define(Substitutions.apply(greeting(), substitution, 17)).getMethod("answer").invoke(null));
        assertEquals(42, define(Substitutions.apply(greeting(), substitution, 21)).getMethod("answer").invoke(null));
        assertEquals(41, define(Substitutions.apply(greeting(), substitution, 25)).getMethod("answer").invoke(null));
    }

    @Test
    void aSubstituteNamesTheMethodItReplaces() throws Exception {
        Class<?> c = define(Substitutions.apply(greeting(), substitution(
                Map.of("nativeAnswer", List.of("name", "answer"), "answer", List.of("minJdk", 99))), 17));
        assertEquals(7, c.getMethod("answer").invoke(null));
    }

    @Test
    void aReferenceToAnotherSubstitutionClassIsOneToItsJdkClass() throws Exception {
        ClassNode node = new ClassNode();
        new ClassReader(substitution(Map.of()).bytes()).accept(node, 0);
        String runnable = Substitutions.substitutionName("java/lang/Runnable");
        MethodNode run = new MethodNode(org.objectweb.asm.Opcodes.ACC_PUBLIC | org.objectweb.asm.Opcodes.ACC_STATIC,
                "runTwice", "(L" + runnable + ";)V", null, null);
        for (int i = 0; i < 2; i++) {
            run.visitVarInsn(org.objectweb.asm.Opcodes.ALOAD, 0);
            run.visitMethodInsn(org.objectweb.asm.Opcodes.INVOKEINTERFACE, runnable, "run", "()V", true);
        }
        run.visitInsn(org.objectweb.asm.Opcodes.RETURN);
        run.visitMaxs(1, 1);
        node.methods.add(run);
        ClassWriter w = new ClassWriter(0);
        node.accept(w);
        Class<?> c = define(Substitutions.apply(greeting(), new ClassFile(SUBSTITUTION, w.toByteArray(), "subst"), 17));
        int[] runs = {0};
        c.getMethod("runTwice", Runnable.class).invoke(null, (Runnable) () -> runs[0]++);
        assertEquals(2, runs[0]);
    }

    @Test
    void aSubstituteForAMissingMethodIsAnError() throws Exception {
        CompileError e = assertThrows(CompileError.class,
                () -> Substitutions.apply(greeting(), substitution(Map.of("question", List.of())), 25));
        assertEquals("kiln-runtime:" + SUBSTITUTION + ".class (for jrt:/fixture/" + GREETING + ".class): error: invalid substitution: "
                + "@Substitute method question()I replaces no static method question()I of " + GREETING
                + " in the JDK 25 class library", e.getMessage());
    }

    @Test
    void anAliasForAMissingMemberIsAnError() throws Exception {
        ClassNode node = new ClassNode();
        new ClassReader(substitution(Map.of()).bytes()).accept(node, 0);
        node.fields.get(0).name = "title";
        ClassWriter w = new ClassWriter(0);
        node.accept(w);
        ClassFile renamed = new ClassFile(SUBSTITUTION, w.toByteArray(), "subst");
        CompileError e = assertThrows(CompileError.class, () -> Substitutions.apply(greeting(), renamed, 17));
        assertTrue(e.getMessage().endsWith("invalid substitution: @Alias field title Ljava/lang/String; has no counterpart in " + GREETING),
                e.getMessage());
    }

    /** An alias limited to other class libraries is dropped unchecked; within its range it is checked. */
    @Test
    void anAliasOutsideItsVersionsIsNotChecked() throws Exception {
        ClassNode node = new ClassNode();
        new ClassReader(substitution(Map.of()).bytes()).accept(node, 0);
        FieldNode alias = node.fields.get(0);
        alias.name = "title";
        AnnotationNode limited = new AnnotationNode("Ldev/kiln/runtime/Alias;");
        limited.values = List.of("minJdk", 21);
        alias.invisibleAnnotations = List.of(limited);
        ClassWriter w = new ClassWriter(0);
        node.accept(w);
        ClassFile limitedAlias = new ClassFile(SUBSTITUTION, w.toByteArray(), "subst");
        ClassNode merged = new ClassNode();
        new ClassReader(Substitutions.apply(greeting(), limitedAlias, 17).bytes()).accept(merged, 0);
        assertTrue(merged.fields.stream().noneMatch(f -> f.name.equals("title")), "the alias is not added as a field");
        CompileError e = assertThrows(CompileError.class, () -> Substitutions.apply(greeting(), limitedAlias, 25));
        assertTrue(e.getMessage().endsWith("invalid substitution: @Alias field title Ljava/lang/String; has no counterpart in " + GREETING),
                e.getMessage());
    }

    /**
     * The {@code Lazy} fixture's substitution with {@code clinit} replacing the initializer and {@code @LazyStatic}
     * on {@code method}, standing for {@code field}.
     */
    private static ClassFile lazySubstitution(String method, String field) throws IOException {
        ClassNode node = new ClassNode();
        new ClassReader(bytes(LazySubstitution.class)).accept(node, 0);
        for (MethodNode m : node.methods) {
            if (m.name.equals("clinit")) {
                AnnotationNode a = new AnnotationNode("Ldev/kiln/runtime/Substitute;");
                a.values = List.of("name", "<clinit>");
                m.invisibleAnnotations = List.of(a);
            } else if (m.name.equals(method)) {
                AnnotationNode a = new AnnotationNode("Ldev/kiln/runtime/LazyStatic;");
                a.values = List.of("field", field, "minJdk", 21);
                m.invisibleAnnotations = List.of(a);
            }
        }
        ClassWriter w = new ClassWriter(0);
        node.accept(w);
        return new ClassFile(Type.getInternalName(LazySubstitution.class), w.toByteArray(), "subst");
    }

    private static ClassFile lazy() throws IOException {
        return new ClassFile(Type.getInternalName(Lazy.class), bytes(Lazy.class), "jrt:/fixture/Lazy.class");
    }

    /** Reads of a {@code @LazyStatic} field call the method, which computes the value on first use only. */
    @Test
    void aLazyStaticStandsForTheFieldsReads() throws Exception {
        Class<?> c = define(Substitutions.apply(lazy(), lazySubstitution("lazyWord", "word"), 25));
        assertEquals(0, c.getField("initialized").getInt(null), "the substituted initializer computes nothing");
        assertEquals("lazy/lazy", c.getMethod("word").invoke(null));
        java.lang.reflect.Field calls = c.getDeclaredField("lazyCalls");
        calls.setAccessible(true);
        assertEquals(2, calls.getInt(null));
        // Below its versions the method is only added, and the field read as it is.
        Class<?> old = define(Substitutions.apply(lazy(), lazySubstitution("lazyWord", "word"), 17));
        assertEquals("null/null", old.getMethod("word").invoke(null));
    }

    @Test
    void aLazyStaticMustNameAPrivateStaticFieldOfItsType() throws Exception {
        String lazy = Type.getInternalName(Lazy.class);
        for (String[] bad : new String[][] {{"lazyWord", "missing", "names missing, which is no private static field of " + lazy},
                {"lazyWord", "visible", "names visible, which is no private static field of " + lazy},
                {"lazyObject", "word", "@LazyStatic method lazyObject()Ljava/lang/Object; must be static, without parameters, and return "
                        + "Ljava/lang/String; like word"}}) {
            CompileError e = assertThrows(CompileError.class, () -> Substitutions.apply(lazy(), lazySubstitution(bad[0], bad[1]), 25));
            assertTrue(e.getMessage().endsWith(bad[2]), e.getMessage());
        }
    }

    @Test
    void theClassPathMergesJdkClassesWithTheRuntimeLibrarysSubstitutions() throws Exception {
        // A runtime library whose substitution for java.util.Objects makes isNull answer from a helper of its own.
        ClassNode subst = new ClassNode();
        subst.visit(61, 0x21, Substitutions.substitutionName("java/util/Objects"), null, "java/lang/Object", null);
        var isNull = subst.visitMethod(0x9, "isNull", "(Ljava/lang/Object;)Z", null, null);
        isNull.visitAnnotation("Ldev/kiln/runtime/Substitute;", false).visitEnd();
        isNull.visitCode();
        isNull.visitInsn(org.objectweb.asm.Opcodes.ICONST_1);
        isNull.visitInsn(org.objectweb.asm.Opcodes.IRETURN);
        isNull.visitMaxs(1, 1);
        isNull.visitEnd();
        ClassWriter w = new ClassWriter(0);
        subst.accept(w);
        Path file = temp.resolve("META-INF/kiln-runtime/" + subst.name + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, w.toByteArray());
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {temp.toUri().toURL()}, null);
                ClassPath cp = new ClassPath(loader, "META-INF/kiln-runtime/", List.of())) {
            ClassFile objects = cp.find("java/util/Objects");
            assertTrue(objects.origin().endsWith(" with kiln-runtime:" + subst.name + ".class"), objects.origin());
            ClassNode merged = new ClassNode();
            new ClassReader(objects.bytes()).accept(merged, 0);
            MethodNode m = merged.methods.stream().filter(x -> x.name.equals("isNull")).findFirst().orElseThrow();
            assertEquals(2, m.instructions.size());
            assertEquals(Runtime.version().feature(), cp.jdkFeature());
            assertTrue(cp.find("java/util/List").origin().startsWith("jrt:/java.base/"), "classes without one are the JDK's own");
        }
    }
}
