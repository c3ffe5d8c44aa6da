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
 * Finds the JDKs a program needs. A program runs against one JDK: that JDK's {@code java} is the reference and
 * Kiln compiles against its class library. It is the suite's JDK ({@code kiln.conformance.jdk}, by default the
 * running one) unless the program's {@code kiln:release} is newer (see {@link #forProgram}).
 *
 * <p>For a {@code kiln:release} N, javac must accept {@code --release N} and the JVM must run the class files,
 * so the JDK's feature version must be at least N. In order of preference:
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

    /** Whether {@code home} is the running JDK's home, also when reached through a symbolic link. */
    static boolean isRunning(Path home) {
        return real(home).equals(real(runningHome()));
    }

    /** The feature version of the JDK at {@code home}, the running one included; -1 if it is no JDK. */
    static int featureOf(Path home) {
        return isRunning(home) ? running() : feature(home);
    }

    /**
     * The JDK a program of release {@code release} runs against in a suite run against {@code suite} (feature
     * version {@code suiteFeature}): the suite's JDK if it is new enough, else the JDK {@link #forRelease} finds,
     * whose {@code java} and class library then serve the program alike, so that the reference and Kiln never
     * use different class libraries.
     */
    static Optional<Path> forProgram(int release, Path suite, int suiteFeature) {
        return suiteFeature >= release ? Optional.of(suite) : forRelease(release);
    }

    /**
     * The JDK whose javac compiles a program of release {@code release} that runs on {@code jdk}: the running
     * JDK's, in-process, when it accepts the release (with {@code --release}, javac compiles against that
     * release's API, not against its own class library), else {@code jdk}'s.
     */
    static Path javacFor(int release, Path jdk) {
        return running() >= release ? runningHome() : jdk;
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

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
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
