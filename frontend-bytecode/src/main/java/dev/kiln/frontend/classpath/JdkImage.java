package dev.kiln.frontend.classpath;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class library of a JDK, read from its {@code jrt:/} file system: the running JDK's, or another
 * installed JDK's (JDK 9 or later) named by its home directory, opened through that JDK's own
 * {@code lib/jrt-fs.jar}. Class files live under {@code /modules/<module>/<internal name>.class}; the
 * image's {@code /packages/<package>} directory names the module that holds each package, so a lookup
 * costs one directory read per package, remembered for the rest of the compilation.
 */
final class JdkImage implements ClassSource {
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    private final FileSystem jrt;
    private final Path home;
    private final boolean own;
    private final int feature;
    /** Package (dotted) to module name; an empty string for a package no module holds. */
    private final Map<String, String> moduleOfPackage = new HashMap<>();

    /** The running JDK's class library. */
    JdkImage() {
        jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        home = Path.of(System.getProperty("java.home"));
        own = false;
        feature = Runtime.version().feature();
    }

    /**
     * The class library of the JDK installed at {@code home}.
     *
     * @throws CompileError if {@code home} is not the home of a JDK 9 or later
     */
    JdkImage(Path home) {
        this.home = home;
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isRegularFile(home.resolve("lib/jrt-fs.jar"))) {
            throw new CompileError(Diagnostic.error("--jdk " + home + " is not a JDK home (it needs release and lib/jrt-fs.jar; JDK 9 or later)"));
        }
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(release));
            if (!m.find()) throw new CompileError(Diagnostic.error("--jdk " + home + ": its release file names no JAVA_VERSION"));
            feature = Integer.parseInt(m.group(1));
            jrt = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of("java.home", home.toString()));
            own = true;
        } catch (IOException e) {
            throw ReadFailure.of(home.toString(), e);
        }
    }

    /** The class library's feature version (17 for JDK 17.0.x). */
    int feature() {
        return feature;
    }

    /**
     * The bytes of a file of the JDK's installation, by its path relative to the JDK's home
     * ({@code lib/tzdb.dat}), or null if the JDK has no such file.
     */
    byte[] homeFile(String relativePath) {
        Path file = home.resolve(relativePath);
        if (!Files.isRegularFile(file)) return null;
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ReadFailure.of(file.toString(), e);
        }
    }

    @Override
    public ClassFile find(String internalName) {
        int slash = internalName.lastIndexOf('/');
        if (slash < 0) return null;
        String module = moduleOfPackage.computeIfAbsent(internalName.substring(0, slash).replace('/', '.'), this::moduleOf);
        if (module.isEmpty()) return null;
        Path file = jrt.getPath("/modules", module, internalName + ".class");
        if (!Files.isRegularFile(file)) return null;
        String origin = "jrt:/" + module + "/" + internalName + ".class";
        try {
            return new ClassFile(internalName, Files.readAllBytes(file), origin);
        } catch (IOException e) {
            throw ReadFailure.of(origin, e);
        }
    }

    private String moduleOf(String packageName) {
        Path dir = jrt.getPath("/packages", packageName);
        if (!Files.isDirectory(dir)) return "";
        try (Stream<Path> modules = Files.list(dir)) {
            return modules.map(p -> p.getFileName().toString()).sorted().findFirst().orElse("");
        } catch (IOException e) {
            throw ReadFailure.of("jrt:/packages/" + packageName, e);
        }
    }

    @Override
    public void close() throws IOException {
        // The running JDK's jrt file system is the JVM's own and cannot be closed; another JDK's is ours.
        if (own) jrt.close();
    }
}
