package dev.kiln.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdksTest {
    @TempDir
    Path installed;

    private Path jdk(String dir, String releaseFile) throws IOException {
        Path home = installed.resolve(dir);
        Files.createDirectories(home.resolve("bin"));
        for (String tool : new String[] {"java", "javac"}) {
            Path p = Files.writeString(home.resolve("bin").resolve(tool), "#!/bin/sh\n");
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        if (releaseFile != null) Files.writeString(home.resolve("release"), releaseFile);
        return home;
    }

    @Test
    void theRunningJdkServesItsOwnAndOlderReleases() {
        assertEquals(Optional.of(Jdks.runningHome()), Jdks.forRelease(Program.OLDEST_RELEASE));
        assertEquals(Optional.of(Jdks.runningHome()), Jdks.forRelease(Jdks.running()));
    }

    @Test
    void readsTheFeatureVersionFromTheReleaseFile() throws IOException {
        assertEquals(25, Jdks.feature(jdk("temurin-25", "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"25.0.3\"\n")));
        assertEquals(21, Jdks.feature(jdk("jdk-21", "JAVA_VERSION=\"21\"\n")));
        assertEquals(-1, Jdks.feature(jdk("no-release", null)));
        assertEquals(-1, Jdks.feature(Files.createDirectories(installed.resolve("not-a-jdk"))));
    }

    @Test
    void picksTheOldestInstalledJdkThatIsNewEnough() throws IOException {
        Path jdk21 = jdk("jdk-21", "JAVA_VERSION=\"21.0.2\"\n");
        Path jdk25 = jdk("jdk-25", "JAVA_VERSION=\"25.0.3\"\n");
        jdk("broken", null);
        assertEquals(Optional.of(jdk21), Jdks.oldestIn(installed, 19));
        assertEquals(Optional.of(jdk21), Jdks.oldestIn(installed, 21));
        assertEquals(Optional.of(jdk25), Jdks.oldestIn(installed, 22));
        assertEquals(Optional.empty(), Jdks.oldestIn(installed, 26));
    }

    @Test
    void aProgramRunsAgainstTheSuitesJdkUnlessItsReleaseIsNewer() throws IOException {
        Path jdk25 = jdk("jdk-25", "JAVA_VERSION=\"25.0.3\"\n");
        assertEquals(Optional.of(jdk25), Jdks.forProgram(17, jdk25, 25));
        assertEquals(Optional.of(jdk25), Jdks.forProgram(25, jdk25, 25));
        // A release newer than the suite's JDK takes the JDK found for it, here the running one, for java and library alike.
        Path older = jdk("older", "JAVA_VERSION=\"" + (Jdks.running() - 1) + "\"\n");
        assertEquals(Optional.of(Jdks.runningHome()), Jdks.forProgram(Jdks.running(), older, Jdks.running() - 1));
    }

    @Test
    void javacRunsInProcessWheneverTheRunningJdkAcceptsTheRelease() throws IOException {
        Path other = jdk("other", "JAVA_VERSION=\"" + (Jdks.running() + 1) + "\"\n");
        assertEquals(Jdks.runningHome(), Jdks.javacFor(Program.DEFAULT_RELEASE, other));
        assertEquals(other, Jdks.javacFor(Jdks.running() + 1, other));
    }

    @Test
    void recognisesTheRunningJdkThroughALink() throws IOException {
        Path link = Files.createSymbolicLink(installed.resolve("current"), Jdks.runningHome());
        assertTrue(Jdks.isRunning(link));
        assertEquals(Jdks.running(), Jdks.featureOf(link));
        Path jdk25 = jdk("jdk-25", "JAVA_VERSION=\"25\"\n");
        assertFalse(Jdks.isRunning(jdk25));
        assertEquals(25, Jdks.featureOf(jdk25));
    }

    @Test
    void runsAgainstAnotherJdkWriteToTheirOwnWorkDirectory() throws IOException {
        Path work = installed.resolve("target/conformance");
        assertEquals(work, Settings.workFor(work, Jdks.runningHome(), Jdks.running()));
        assertEquals(installed.resolve("target/conformance-jdk25"),
                Settings.workFor(work, jdk("jdk-25", "JAVA_VERSION=\"25\"\n"), 25));
    }
}
