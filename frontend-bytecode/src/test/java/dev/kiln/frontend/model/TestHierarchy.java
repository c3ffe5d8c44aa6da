package dev.kiln.frontend.model;

import dev.kiln.frontend.classpath.ClassPath;
import dev.kiln.frontend.lift.Site;
import dev.kiln.ir.SourcePos;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Class hierarchies over the fixtures Maven compiled into target/test-classes, optionally preceded by
 * directories of classes generated here with ASM for shapes javac refuses to produce.
 */
final class TestHierarchy {
    private TestHierarchy() {}

    static final Site SITE = new Site("Caller.java", "test.Caller", "test.Caller.run()void", new SourcePos(4, 12));

    static Path testClasses() {
        try {
            return Path.of(TestHierarchy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Directories are never held open, so the class path needs no closing. */
    static ClassHierarchy over(Path... firstEntries) {
        List<Path> entries = new ArrayList<>(List.of(firstEntries));
        entries.add(testClasses());
        return new ClassHierarchy(new ClassPath(ClassLoader.getPlatformClassLoader(), "META-INF/kiln-runtime/", entries));
    }

    static void write(Path dir, String internalName, byte[] bytes) throws IOException {
        Path file = dir.resolve(internalName + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** A class or interface with no members but, for interfaces, default methods {@code name()I}. */
    static byte[] generate(int access, String name, String superName, List<String> interfaces, String... defaultMethods) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        w.visit(Opcodes.V17, access, name, null, superName, interfaces.toArray(String[]::new));
        for (String m : defaultMethods) {
            MethodVisitor mv = w.visitMethod(Opcodes.ACC_PUBLIC, m, "()I", null, null);
            mv.visitCode();
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitInsn(Opcodes.IRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        w.visitEnd();
        return w.toByteArray();
    }
}
