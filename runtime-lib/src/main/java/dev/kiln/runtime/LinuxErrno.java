package dev.kiln.runtime;

/**
 * Linux's error numbers for WASI's, and their {@code strerror} texts. The JDK's {@code java.nio.file} code compares
 * errnos with Linux's values (compiled into its class files as constants: {@code ENOENT} 2, {@code EEXIST} 17,
 * {@code ENOTEMPTY} 39, ...) and quotes {@code strerror} in its messages, so its substitutions hand it Linux's
 * numbers for what the WASI host reported. WASI's numbering is its own (preview 1's {@code errno} enumeration).
 */
public final class LinuxErrno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EBADF = 9;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENOSYS = 38;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;
    public static final int ENOTSUP = 95;

    /**
     * Linux's number for each WASI errno, by WASI number (0 to 76). {@code ENOTCAPABLE} (76), a capability the
     * sandbox does not grant, has no Linux counterpart: it is {@code EACCES}, what Linux says for a path the process
     * may not reach.
     */
    private static final byte[] FROM_WASI = {
        0, 7, 13, 98, 99, 97, 11, 114, 9, 74, 16, 125, 10, 103, 111, 104, 35, 89, 33, 122, 17, 14, 27, 113, 43,
        84, 115, 4, 22, 5, 106, 21, 40, 24, 31, 90, 72, 36, 100, 102, 101, 23, 105, 19, 2, 8, 37, 67, 12, 42, 92,
        28, 38, 107, 20, 39, (byte) 131, 88, 95, 25, 6, 75, (byte) 130, 1, 32, 71, 93, 91, 34, 30, 29, 3, 116, 110,
        26, 18, 13,
    };

    private LinuxErrno() {
    }

    /** Linux's errno for the WASI errno {@code wasi}; {@code EIO} (5) for a number WASI does not define. */
    public static int fromWasi(int wasi) {
        return wasi >= 0 && wasi < FROM_WASI.length ? FROM_WASI[wasi] & 0xFF : 5;
    }

    /** glibc's {@code strerror} text for the Linux errno {@code errno}. */
    public static String message(int errno) {
        return switch (errno) {
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 4 -> "Interrupted system call";
            case 5 -> "Input/output error";
            case 6 -> "No such device or address";
            case 7 -> "Argument list too long";
            case 8 -> "Exec format error";
            case 9 -> "Bad file descriptor";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case 13 -> "Permission denied";
            case 14 -> "Bad address";
            case 16 -> "Device or resource busy";
            case 17 -> "File exists";
            case 18 -> "Invalid cross-device link";
            case 19 -> "No such device";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 23 -> "Too many open files in system";
            case 24 -> "Too many open files";
            case 25 -> "Inappropriate ioctl for device";
            case 26 -> "Text file busy";
            case 27 -> "File too large";
            case 28 -> "No space left on device";
            case 29 -> "Illegal seek";
            case 30 -> "Read-only file system";
            case 31 -> "Too many links";
            case 32 -> "Broken pipe";
            case 36 -> "File name too long";
            case 37 -> "No locks available";
            case 38 -> "Function not implemented";
            case 39 -> "Directory not empty";
            case 40 -> "Too many levels of symbolic links";
            case 75 -> "Value too large for defined data type";
            case 84 -> "Invalid or incomplete multibyte or wide character";
            case 95 -> "Operation not supported";
            case 116 -> "Stale file handle";
            case 122 -> "Disk quota exceeded";
            default -> "Unknown error " + errno;
        };
    }
}
