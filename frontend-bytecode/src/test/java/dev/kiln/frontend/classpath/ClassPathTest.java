package dev.kiln.frontend.classpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.CompileError;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathTest {
    private static final String SELF = "dev/kiln/frontend/classpath/ClassPathTest";
    private static final ClassLoader NO_RUNTIME = ClassLoader.getPlatformClassLoader();

    @TempDir
    Path temp;

    private static Path testClasses() throws Exception {
        return Path.of(ClassPathTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static byte[] selfBytes() throws Exception {
        return Files.readAllBytes(testClasses().resolve(SELF + ".class"));
    }

    @Test
    void findsClassesInADirectory() throws Exception {
        try (ClassPath cp = new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of(testClasses()))) {
            ClassFile f = cp.find(SELF);
            assertNotNull(f);
            assertEquals(testClasses().resolve(SELF + ".class").toString(), f.origin());
            assertEquals(0xCA, f.bytes()[0] & 0xff);
            assertNull(cp.find("dev/kiln/frontend/classpath/NoSuchClass"));
            assertTrue(cp.userClassNames().contains(SELF));
        }
    }

    @Test
    void findsClassesInAJarAndListsThem() throws Exception {
        Path jar = temp.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/versions/11/ignored/Foo.class"));
            out.write(selfBytes());
            out.putNextEntry(new JarEntry("com/x/module-info.class"));
            out.write(selfBytes());
            out.putNextEntry(new JarEntry(SELF + ".class"));
            out.write(selfBytes());
        }
        try (ClassPath cp = new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of(jar))) {
            assertEquals(jar + "!/" + SELF + ".class", cp.find(SELF).origin());
            assertEquals(List.of(SELF), cp.userClassNames());
        }
    }

    @Test
    void findsTheJdkClassLibraryThroughJrt() {
        try (ClassPath cp = new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of())) {
            assertEquals("jrt:/java.base/java/util/List.class", cp.find("java/util/List").origin());
            assertEquals("jrt:/java.sql/java/sql/Connection.class", cp.find("java/sql/Connection").origin());
            assertNull(cp.find("java/util/NoSuchClass"));
            assertNull(cp.find("no/such/pkg/Foo"));
            assertNull(cp.find("TopLevel"));
            assertEquals(List.of(), cp.userClassNames());
        }
    }

    @Test
    void runtimeOverlayComesFirstThenUserEntriesThenTheJdk() throws Exception {
        Path runtime = temp.resolve("runtime");
        write(runtime.resolve("META-INF/kiln-runtime/java/util/List.class"), new byte[] {1});
        Path user = temp.resolve("user");
        write(user.resolve("java/util/List.class"), new byte[] {2});
        write(user.resolve("java/util/Map.class"), new byte[] {3});
        try (URLClassLoader loader = new URLClassLoader(new URL[] {runtime.toUri().toURL()}, null);
             ClassPath cp = new ClassPath(loader, "META-INF/kiln-runtime", List.of(user))) {
            assertEquals("kiln-runtime:java/util/List.class", cp.find("java/util/List").origin());
            assertEquals(user.resolve("java/util/Map.class").toString(), cp.find("java/util/Map").origin());
            assertEquals("jrt:/java.base/java/util/Set.class", cp.find("java/util/Set").origin());
        }
    }

    @Test
    void earlierUserEntriesWinAndNamesAreListedOnce() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        write(first.resolve("p/A.class"), new byte[] {1});
        write(first.resolve("p/package-info.class"), new byte[] {1});
        write(second.resolve("p/A.class"), new byte[] {2});
        write(second.resolve("p/B.class"), new byte[] {2});
        try (ClassPath cp = new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of(first, second))) {
            assertEquals(1, cp.find("p/A").bytes()[0]);
            assertEquals(List.of("p/A", "p/B"), cp.userClassNames());
        }
    }

    @Test
    void aMissingEntryIsACompileError() {
        Path missing = temp.resolve("missing.jar");
        CompileError e = assertThrows(CompileError.class,
                () -> new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of(missing)).close());
        assertEquals("class path entry " + missing + " does not exist", e.diagnostics().get(0).message());
    }

    @Test
    void aJarThatIsNotAZipIsACompileErrorNamingIt() throws Exception {
        Path bad = temp.resolve("bad.jar");
        write(bad, new byte[] {1, 2, 3});
        CompileError e = assertThrows(CompileError.class,
                () -> new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of(bad)).close());
        assertEquals(bad.toString(), e.diagnostics().get(0).file());
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }

    /** Another installed JDK's class library, read through its own jrt-fs.jar (Temurin 25 is installed beside JDK 17). */
    @Test
    void readsTheClassLibraryOfAnotherJdk() throws Exception {
        Path jdk25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        assertTrue(Files.isRegularFile(jdk25.resolve("release")), "the build machine has Temurin 25 at " + jdk25);
        try (ClassPath cp = new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of(), jdk25)) {
            assertEquals(25, cp.jdkFeature());
            ClassFile sequenced = cp.find("java/util/SequencedCollection");
            assertNotNull(sequenced, "an interface of Java 21 and later");
            assertEquals("jrt:/java.base/java/util/SequencedCollection.class", sequenced.origin());
            assertEquals(69, sequenced.bytes()[7], "a Java 25 class file");
        }
        try (ClassPath cp = new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of())) {
            assertEquals(Runtime.version().feature(), cp.jdkFeature());
        }
    }

    @Test
    void aDirectoryThatIsNoJdkIsAnError() {
        CompileError e = assertThrows(CompileError.class, () -> new ClassPath(NO_RUNTIME, "META-INF/kiln-runtime/", List.of(), temp));
        assertEquals("error: --jdk " + temp + " is not a JDK home (it needs release and lib/jrt-fs.jar; JDK 9 or later)", e.getMessage());
    }
}
