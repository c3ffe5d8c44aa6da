package dev.kiln.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.frontend.reach.fixtures.Statics;
import dev.kiln.frontend.reach.fixtures.Zoo;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.MethodSig;
import dev.kiln.ir.NativeBinding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class FrontendTest {
    private static final String FIXTURES = "dev/kiln/frontend/reach/fixtures";
    private static final MethodSig TO_INT = new MethodSig(List.of(), JType.INT);

    @TempDir
    Path temp;

    private static Path testClasses() {
        try {
            return Path.of(FrontendTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FrontendOptions options(Path classPath, String mainClass, List<MethodRef> roots, List<String> instantiated) {
        return new FrontendOptions(List.of(classPath), ClassLoader.getPlatformClassLoader(), FrontendOptions.RUNTIME_PREFIX,
                mainClass, roots, instantiated);
    }

    private static String message(CompileError e) {
        return e.diagnostics().get(0).message();
    }

    /** A directory holding the fixture classes whose file names start with one of {@code prefixes}. */
    private Path fixtureDir(String... prefixes) throws IOException {
        Path dir = temp.resolve(String.join("-", prefixes));
        Files.createDirectories(dir.resolve(FIXTURES));
        try (Stream<Path> files = Files.list(testClasses().resolve(FIXTURES))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (Stream.of(prefixes).anyMatch(name::startsWith)) Files.copy(f, dir.resolve(FIXTURES).resolve(name));
            }
        }
        return dir;
    }

    @Test
    void findsTheSingleMainClass() throws IOException {
        IrProgram p = Frontend.compile(options(fixtureDir("Zoo"), null, List.of(), List.of()));
        assertEquals(Zoo.class.getName(), p.entryPoint().owner());
    }

    @Test
    void severalMainClassesAreListed() throws IOException {
        CompileError e = assertThrows(CompileError.class,
                () -> Frontend.compile(options(fixtureDir("Zoo", "Statics"), null, List.of(), List.of())));
        assertEquals("several classes declare public static void main(String[]): " + Statics.class.getName() + ", "
                + Zoo.class.getName() + "; name the main class", message(e));
    }

    @Test
    void noMainClassIsAnError() throws IOException {
        CompileError e = assertThrows(CompileError.class,
                () -> Frontend.compile(options(fixtureDir("Zoo$"), null, List.of(), List.of())));
        assertEquals("no class on the class path declares public static void main(String[]); name the main class", message(e));
    }

    @Test
    void namedMainClassMustExistAndDeclareMain() {
        CompileError missing = assertThrows(CompileError.class,
                () -> Frontend.compile(options(testClasses(), "com.x.Main", List.of(), List.of())));
        assertEquals("main class com.x.Main not found on the class path", message(missing));
        CompileError noMain = assertThrows(CompileError.class,
                () -> Frontend.compile(options(testClasses(), Zoo.Dog.class.getName(), List.of(), List.of())));
        assertEquals("main class " + Zoo.Dog.class.getName() + " does not declare public static void main(String[])", message(noMain));
    }

    @Test
    void extraRootsAndInstantiatedClassesAreReachable() {
        MethodRef build = MethodRef.of(Statics.Config.class.getName(), "build", "()[I");
        IrProgram p = Frontend.compile(options(testClasses(), Zoo.class.getName(), List.of(build), List.of(Zoo.Bird.class.getName())));
        IrClass bird = p.clazz(Zoo.Bird.class.getName());
        assertTrue(bird.isInstantiated());
        assertNotNull(bird.method("legs", TO_INT).body(), "Animal.legs is called and Bird is instantiated");
        assertNotNull(p.clazz(Statics.Config.class.getName()).staticInitializer().body(), "a static root initialises its class");
    }

    @Test
    void readsNativeBindingsOfReachableNatives() throws IOException {
        writeNatives();
        IrProgram p = Frontend.compile(options(temp, "p.Natives", List.of(
                MethodRef.of("p.Natives", "clz", "(I)I"), MethodRef.of("p.Natives", "write", "(I)V")), List.of()));
        IrClass natives = p.clazz("p.Natives");
        assertEquals(new NativeBinding.Intrinsic("i32.clz"),
                natives.method("clz", new MethodSig(List.of(JType.INT), JType.INT)).nativeBinding());
        assertEquals(new NativeBinding.HostImport("wasi_snapshot_preview1", "fd_write"),
                natives.method("write", new MethodSig(List.of(JType.INT), JType.VOID)).nativeBinding());
    }

    @Test
    void malformedBindingsAreReportedOnTheMethod() throws IOException {
        writeNatives();
        CompileError e = assertThrows(CompileError.class, () -> Frontend.compile(options(temp, "p.Natives", List.of(
                MethodRef.of("p.Natives", "both", "()V"), MethodRef.of("p.Natives", "partial", "()V")), List.of())));
        assertEquals(List.of("native method carries more than one of @Import and @Intrinsic",
                "@Import needs a string element 'name'"), e.diagnostics().stream().map(Diagnostic::message).toList());
        assertEquals("p.Natives.both()void", e.diagnostics().get(0).method());
    }

    /** {@code p.Natives}: an empty main and natives with good and bad bindings, visible and invisible. */
    private void writeNatives() throws IOException {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "p/Natives", null, "java/lang/Object", null);
        MethodVisitor main = w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        main.visitCode();
        main.visitInsn(Opcodes.RETURN);
        main.visitMaxs(0, 0);
        main.visitEnd();
        MethodVisitor clz = nativeMethod(w, "clz", "(I)I");
        annotate(clz, "Intrinsic", false, "value", "i32.clz");
        MethodVisitor write = nativeMethod(w, "write", "(I)V");
        annotate(write, "Import", true, "module", "wasi_snapshot_preview1", "name", "fd_write");
        MethodVisitor both = nativeMethod(w, "both", "()V");
        annotate(both, "Intrinsic", false, "value", "i32.clz");
        annotate(both, "Import", false, "module", "env", "name", "both");
        annotate(nativeMethod(w, "partial", "()V"), "Import", false, "module", "env");
        w.visitEnd();
        Files.createDirectories(temp.resolve("p"));
        Files.write(temp.resolve("p/Natives.class"), w.toByteArray());
    }

    private static MethodVisitor nativeMethod(ClassWriter w, String name, String descriptor) {
        return w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE, name, descriptor, null, null);
    }

    private static void annotate(MethodVisitor m, String annotation, boolean visible, String... elements) {
        AnnotationVisitor a = m.visitAnnotation("Ldev/kiln/runtime/" + annotation + ";", visible);
        for (int i = 0; i < elements.length; i += 2) a.visit(elements[i], elements[i + 1]);
        a.visitEnd();
    }
}
