package dev.kiln.frontend.classpath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A user class path directory: {@code com/x/Main.class} under the directory. */
final class ClassDirectory implements ClassSource, UserEntry {
    private final Path root;

    ClassDirectory(Path root) {
        this.root = root;
    }

    @Override
    public ClassFile find(String internalName) {
        Path file = root.resolve(internalName + ".class");
        if (!Files.isRegularFile(file)) return null;
        try {
            return new ClassFile(internalName, Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw ReadFailure.of(file.toString(), e);
        }
    }

    @Override
    public List<String> classNames() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                    .filter(UserEntry::isClassFileName)
                    .map(UserEntry::internalName)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw ReadFailure.of(root.toString(), e);
        }
    }

    @Override
    public void close() {
        // Nothing held open.
    }
}
