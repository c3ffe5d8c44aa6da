package dev.kiln.frontend.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;

/**
 * The class path makes the class of an invokedynamic call site when asked for its name, after every real
 * source: {@code java.util.function.Function}'s first call site is the lambda of {@code compose}.
 */
class SyntheticClassSourceTest {
    private static final ClassLoader NO_RUNTIME = ClassLoader.getPlatformClassLoader();
    private static final String PROXY = "java/util/function/Function$$Lambda$0";

    @TempDir
    Path temp;

    @Test
    void makesTheClassOfACallSiteFromItsHost() {
        try (ClassPath cp = new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of())) {
            ClassFile proxy = cp.find(PROXY);
            assertEquals("kiln-synthetic:" + PROXY + ".class", proxy.origin());
            ClassReader reader = new ClassReader(proxy.bytes());
            assertEquals(PROXY, reader.getClassName());
            assertEquals(List.of("java/util/function/Function"), List.of(reader.getInterfaces()));
        }
    }

    @Test
    void namesWithoutACallSiteOfTheirKindAreNotFound() {
        try (ClassPath cp = new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of())) {
            assertNull(cp.find("java/util/function/Function$$Switch$0"));
            assertNull(cp.find("java/util/function/Function$$Lambda$99"));
            assertNull(cp.find("java/util/function/Function$$Lambda$01"));
            assertNull(cp.find("no/such/Host$$Lambda$0"));
            assertNull(cp.find("java/util/function/Function$$Lambda$0$$Lambda$0"));
        }
    }

    @Test
    void aRealClassOfTheSameNameWins() throws Exception {
        Path user = temp.resolve("user");
        Path file = user.resolve(PROXY + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {(byte) 0xCA, (byte) 0xFE});
        try (ClassPath cp = new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of(user))) {
            assertEquals(file.toString(), cp.find(PROXY).origin());
        }
    }
}
