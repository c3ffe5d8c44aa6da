package dev.kiln.frontend.classpath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;

/**
 * A user jar. Opened once and read as a multi-release jar for the running JDK's version, the same release
 * whose class library {@link JdkImage} supplies, so version-specific classes match the library they were
 * written against.
 */
final class ClassJar implements ClassSource, UserEntry {
    private final String displayName;
    private final JarFile jar;

    ClassJar(Path file) {
        this.displayName = file.toString();
        try {
            this.jar = new JarFile(file.toFile(), false, ZipFile.OPEN_READ, JarFile.runtimeVersion());
        } catch (IOException e) {
            throw ReadFailure.of(displayName, e);
        }
    }

    @Override
    public ClassFile find(String internalName) {
        JarEntry entry = jar.getJarEntry(internalName + ".class");
        if (entry == null) return null;
        String origin = displayName + "!/" + entry.getName();
        try (InputStream in = jar.getInputStream(entry)) {
            return new ClassFile(internalName, in.readAllBytes(), origin);
        } catch (IOException e) {
            throw ReadFailure.of(origin, e);
        }
    }

    @Override
    public List<String> classNames() {
        return jar.versionedStream()
                .filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"))
                .map(JarEntry::getName)
                .filter(UserEntry::isClassFileName)
                .map(UserEntry::internalName)
                .sorted()
                .toList();
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
