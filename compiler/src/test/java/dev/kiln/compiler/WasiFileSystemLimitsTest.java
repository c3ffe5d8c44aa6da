package dev.kiln.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.compiler.engine.ChicoryEngine;
import dev.kiln.compiler.engine.RunResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a program sees of the file operations WASI cannot provide (docs/CLASS-LIBRARY.md, "java.nio.file"), which the
 * conformance suite cannot compare with the JVM: the default file system offers the {@code basic} view alone, so POSIX
 * permissions and owners are the JDK's {@code UnsupportedOperationException}s, mapping a file is one too, a lock is an
 * {@code IOException} "No locks available", and a time before 1970, which WASI cannot store ("Invalid argument"),
 * becomes 1970-01-01 as the JDK retries it. Against both class libraries.
 */
class WasiFileSystemLimitsTest {
    private static final Path CLASSES = Path.of("target/test-classes");

    @ParameterizedTest
    @ValueSource(strings = {"/usr/lib/jvm/java-17-openjdk-amd64", "/usr/lib/jvm/temurin-25-jdk-amd64"})
    void unsupportedOperationsFailAsTheJdkDoesWithoutThem(String jdkHome, @TempDir Path dir) throws Exception {
        Path jdk = Path.of(jdkHome);
        assertTrue(Files.isRegularFile(jdk.resolve("release")), "the build machine has a JDK at " + jdk);
        CompileResult r = Kiln.compile(new CompileOptions(List.of(CLASSES),
                "dev.kiln.compiler.fixtures.UsesFileSystemLimits", false, false, false, jdk));
        Path wasm = dir.resolve("p.wasm");
        Files.write(wasm, r.wasm());
        Path work = Files.createDirectory(dir.resolve("work"));
        RunResult result = new ChicoryEngine().run(wasm, List.of(), new byte[0], Duration.ofSeconds(120), work);
        assertEquals(0, result.exitCode(), new String(result.stderr(), StandardCharsets.UTF_8));
        assertEquals("""
                views: [basic]
                permissions: java.lang.UnsupportedOperationException
                set permissions: java.lang.UnsupportedOperationException
                owner: java.lang.UnsupportedOperationException
                posix attributes: java.lang.UnsupportedOperationException: View 'posix' not available
                create with permissions: java.lang.UnsupportedOperationException: 'posix:permissions' not supported as initial attribute
                time before 1970: limits.txt 1970-01-01T00:00:00Z
                direct I/O: java.nio.file.FileSystemException: limits.txt: Invalid argument
                map: java.lang.UnsupportedOperationException: memory-mapped files are not supported on WASI
                lock: java.io.IOException: No locks available
                tryLock: java.io.IOException: No locks available
                still open: true 4
                gone: false false
                """, new String(result.stdout(), StandardCharsets.UTF_8));
    }
}
