package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.WasiFiles;

/**
 * A {@code stat} result made from a WASI filestat ({@link WasiFiles}), for the {@code UnixNativeDispatcher}
 * substitution. WASI reports the device, inode, type, link count, size and the access, modification and status
 * change times; it has no permission bits, owners or birth time. The mode is the type's {@code S_IF*} bits with
 * {@code rw-r--r--} for files and {@code rwxr-xr-x} for directories (what the program's own files get on Linux with
 * the usual umask, and what {@code access} answers), the owner and group are 0, and without the birth-time
 * capability the JDK reports the modification time as the creation time, as on Linux file systems without one.
 */
final class UnixFileAttributes {
    @Alias
    private int st_mode;
    @Alias
    private long st_ino;
    @Alias
    private long st_dev;
    @Alias
    private long st_rdev;
    @Alias
    private int st_nlink;
    @Alias
    private int st_uid;
    @Alias
    private int st_gid;
    @Alias
    private long st_size;
    @Alias
    private long st_atime_sec;
    @Alias
    private long st_atime_nsec;
    @Alias
    private long st_mtime_sec;
    @Alias
    private long st_mtime_nsec;
    @Alias
    private long st_ctime_sec;
    @Alias
    private long st_ctime_nsec;

    private UnixFileAttributes() {
    }

    @Alias
    native int mode();

    @Alias
    public native java.nio.file.attribute.FileTime lastAccessTime();

    @Alias
    public native java.nio.file.attribute.FileTime lastModifiedTime();

    /** Fills this object from the filestat of the last successful {@code WasiFiles.stat}. */
    void kilnFillFromStat() {
        st_mode = kilnMode(WasiFiles.statType());
        st_ino = WasiFiles.statInode();
        st_dev = WasiFiles.statDevice();
        st_rdev = 0;
        st_nlink = (int) WasiFiles.statLinks();
        st_uid = 0;
        st_gid = 0;
        st_size = WasiFiles.statSize();
        long accessed = WasiFiles.statAccessed();
        st_atime_sec = Math.floorDiv(accessed, 1_000_000_000L);
        st_atime_nsec = Math.floorMod(accessed, 1_000_000_000L);
        long modified = WasiFiles.statModified();
        st_mtime_sec = Math.floorDiv(modified, 1_000_000_000L);
        st_mtime_nsec = Math.floorMod(modified, 1_000_000_000L);
        long changed = WasiFiles.statChanged();
        st_ctime_sec = Math.floorDiv(changed, 1_000_000_000L);
        st_ctime_nsec = Math.floorMod(changed, 1_000_000_000L);
    }

    /** The {@code st_mode} for a WASI file type (see the class comment). */
    static int kilnMode(int wasiType) {
        return switch (wasiType) {
            case 1 -> 0060644; // block device
            case 2 -> 0020644; // character device
            case WasiFiles.TYPE_DIRECTORY -> 0040755;
            case WasiFiles.TYPE_REGULAR -> 0100644;
            case 5, 6 -> 0140644; // sockets
            case WasiFiles.TYPE_SYMLINK -> 0120777;
            default -> 0644;
        };
    }
}
