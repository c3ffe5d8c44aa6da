package dev.kiln.compiler.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hand-written test modules in {@code src/test/resources/engine/*.wat}, assembled with Binaryen's
 * {@code wasm-as} on first use. The compiler does not emit modules yet, and WAT keeps the tests readable.
 * Assembled modules are cached in {@code target/engine-modules/<hash of the text>/<name>.wasm} (the file
 * name is argv[0], which tests print), so only edited modules pay for Binaryen's start-up again.
 */
final class TestModules {
    private TestModules() {}

    /** The assembled module for {@code engine/<name>.wat}. */
    static synchronized Path wasm(String name) throws EngineException {
        Path wat = resource(name + ".wat");
        try {
            String text = Files.readString(wat);
            Path cache = wat.getParent().getParent().getParent().resolve("engine-modules").resolve(sha256(text));
            Path wasm = cache.resolve(name + ".wasm");
            if (!Files.isRegularFile(wasm)) {
                Files.createDirectories(cache);
                Path partial = Files.createTempFile(cache, name, ".partial");
                new BinaryenValidator().assemble(wat, partial);
                Files.move(partial, wasm, StandardCopyOption.ATOMIC_MOVE);
            }
            return wasm;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file under the test resources' {@code engine} directory (in {@code target/test-classes}). */
    static Path resource(String file) {
        URL url = TestModules.class.getResource("/engine/" + file);
        if (url == null) {
            throw new IllegalArgumentException("no test resource engine/" + file);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
