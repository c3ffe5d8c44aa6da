package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link LinuxErrno}'s table against the numbers of WASI preview 1's {@code errno} enumeration and Linux's
 * {@code <errno.h>}: the ones the JDK compares with, the ends of the table, and that no two WASI errors become one
 * Linux error but {@code EACCES}, which {@code ENOTCAPABLE} joins.
 */
class LinuxErrnoTest {
    @Test
    void mapsTheErrorsTheJdkComparesWith() {
        assertEquals(0, LinuxErrno.fromWasi(0));
        assertEquals(LinuxErrno.ENOENT, LinuxErrno.fromWasi(WasiFiles.ENOENT));
        assertEquals(LinuxErrno.EEXIST, LinuxErrno.fromWasi(WasiFiles.EEXIST));
        assertEquals(LinuxErrno.ENOTEMPTY, LinuxErrno.fromWasi(WasiFiles.ENOTEMPTY));
        assertEquals(LinuxErrno.ENOTDIR, LinuxErrno.fromWasi(WasiFiles.ENOTDIR));
        assertEquals(LinuxErrno.EISDIR, LinuxErrno.fromWasi(WasiFiles.EISDIR));
        assertEquals(LinuxErrno.EINVAL, LinuxErrno.fromWasi(WasiFiles.EINVAL));
        assertEquals(LinuxErrno.EACCES, LinuxErrno.fromWasi(WasiFiles.EACCES));
        assertEquals(LinuxErrno.ELOOP, LinuxErrno.fromWasi(WasiFiles.ELOOP));
        assertEquals(LinuxErrno.EPERM, LinuxErrno.fromWasi(WasiFiles.EPERM));
        assertEquals(LinuxErrno.EXDEV, LinuxErrno.fromWasi(75));
        assertEquals(LinuxErrno.ENOTSUP, LinuxErrno.fromWasi(58));
        assertEquals(LinuxErrno.ENOSYS, LinuxErrno.fromWasi(52));
        assertEquals(7, LinuxErrno.fromWasi(1)); // E2BIG
        assertEquals(131, LinuxErrno.fromWasi(56)); // ENOTRECOVERABLE, above 127
        assertEquals(LinuxErrno.EACCES, LinuxErrno.fromWasi(76)); // ENOTCAPABLE
        assertEquals(5, LinuxErrno.fromWasi(77)); // not a WASI errno: EIO
        assertEquals(5, LinuxErrno.fromWasi(-1));
    }

    @Test
    void keepsWasiErrorsApart() {
        Set<Integer> seen = new HashSet<>();
        for (int wasi = 1; wasi <= 75; wasi++) {
            assertTrue(seen.add(LinuxErrno.fromWasi(wasi)), "WASI errno " + wasi + " collides");
        }
        assertFalse(seen.contains(0));
    }

    @Test
    void wordsErrorsAsGlibc() {
        assertEquals("No such file or directory", LinuxErrno.message(LinuxErrno.ENOENT));
        assertEquals("Directory not empty", LinuxErrno.message(LinuxErrno.ENOTEMPTY));
        assertEquals("Too many levels of symbolic links", LinuxErrno.message(LinuxErrno.ELOOP));
        assertEquals("Unknown error 4242", LinuxErrno.message(4242));
        assertEquals("No such file or directory", WasiFiles.message(WasiFiles.ENOENT));
        assertEquals("Capabilities insufficient", WasiFiles.message(76));
    }
}
