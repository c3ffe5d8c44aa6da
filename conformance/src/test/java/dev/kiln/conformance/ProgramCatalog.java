package dev.kiln.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the programs: every {@code <area>/<Name>.java} directly under the programs directory, sorted. */
final class ProgramCatalog {
    private ProgramCatalog() {}

    static List<Program> find(Settings settings) {
        try (Stream<Path> files = Files.walk(settings.programs(), 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".java"))
                    .filter(p -> p.getParent().getParent().equals(settings.programs()))
                    .sorted()
                    .map(Program::load)
                    .filter(settings::selects)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + settings.programs(), e);
        }
    }
}
