package dev.kiln.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
