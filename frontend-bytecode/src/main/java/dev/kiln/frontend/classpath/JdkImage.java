package dev.kiln.frontend.classpath;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The class library of the JDK running the compiler, read from its {@code jrt:/} file system. Class files
 * live under {@code /modules/<module>/<internal name>.class}; the image's {@code /packages/<package>}
 * directory names the module that holds each package, so a lookup costs one directory read per package,
 * remembered for the rest of the compilation.
 */
final class JdkImage implements ClassSource {
    private final FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    /** Package (dotted) to module name; an empty string for a package no module holds. */
    private final Map<String, String> moduleOfPackage = new HashMap<>();

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

    /** The class library's feature version: the running JDK's, whose jrt: image this is. */
    int feature() {
        return Runtime.version().feature();
    }

    @Override
    public void close() {
        // The jrt file system is the JVM's own and cannot be closed.
    }
}
