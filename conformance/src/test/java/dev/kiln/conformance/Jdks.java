package dev.kiln.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK for a program's {@code kiln:release}: javac must accept {@code --release N} and the JVM must run
 * the class files, so the JDK's feature version must be at least N. In order of preference:
 * <ol>
 *   <li>the JDK running the tests;</li>
 *   <li>the directory named by the system property {@code kiln.conformance.jdk<N>}, or by the environment
 *       variable {@code JAVA_HOME_<N>_X64} (GitHub's runners set these);</li>
 *   <li>the oldest suitable JDK installed beside the running one (its parent directory, such as
 *       {@code /usr/lib/jvm}), recognised by the {@code JAVA_VERSION} line of its {@code release} file.</li>
 * </ol>
 */
final class Jdks {
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
    private static final Map<Integer, Optional<Path>> FOUND = new ConcurrentHashMap<>();

    private Jdks() {}

    /** The running JDK's feature version. */
    static int running() {
        return Runtime.version().feature();
    }

    static Path runningHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** The home of a JDK that compiles and runs release {@code release}, if there is one. */
    static Optional<Path> forRelease(int release) {
        return FOUND.computeIfAbsent(release, Jdks::find);
    }

    /** How to provide a JDK for {@code release}, for the message of a program skipped for want of one. */
    static String searched(int release) {
        return "the running JDK is " + running() + "; set kiln.conformance.jdk" + release + " or JAVA_HOME_" + release
                + "_X64 to a JDK " + release + " or newer, or install one in " + runningHome().getParent();
    }

    private static Optional<Path> find(int release) {
        if (running() >= release) return Optional.of(runningHome());
        for (String named : new String[] {System.getProperty("kiln.conformance.jdk" + release),
                System.getenv("JAVA_HOME_" + release + "_X64")}) {
            if (named != null && !named.isBlank() && feature(Path.of(named)) >= release) return Optional.of(Path.of(named));
        }
        Path installed = runningHome().getParent();
        return installed == null ? Optional.empty() : oldestIn(installed, release);
    }

    /** The JDK directly under {@code dir} with the lowest feature version of at least {@code release}. */
    static Optional<Path> oldestIn(Path dir, int release) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> homes = Files.list(dir)) {
            return homes.filter(home -> feature(home) >= release)
                    .min(Comparator.comparingInt(Jdks::feature).thenComparing(Comparator.naturalOrder()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The feature version of the JDK at {@code home}, or -1 if it is no JDK (no release file, javac or java). */
    static int feature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/javac"))
                || !Files.isExecutable(home.resolve("bin/java"))) {
            return -1;
        }
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(release));
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
