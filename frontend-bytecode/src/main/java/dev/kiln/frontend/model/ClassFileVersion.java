package dev.kiln.frontend.model;

/**
 * Which class file versions Kiln reads: major versions 45 (Java 1.0.2 and 1.1) through 69 (Java 25), without
 * preview features. ASM reads some newer versions, whose class files may hold constructs Kiln has never
 * been checked against, so the version is checked before ASM sees the file. Older versions need no
 * stack map frames and may hold jsr/ret subroutines; the lifter infers types itself and inlines subroutines.
 */
final class ClassFileVersion {
    static final int OLDEST = 45;
    static final int NEWEST = 69;

    /** From this major version on, the minor version is 0, or 65535 for a class using preview features (JVMS 4.1). */
    private static final int PREVIEW_ERA = 56;
    private static final int PREVIEW_MINOR = 0xFFFF;

    private ClassFileVersion() {}

    /**
     * Why Kiln does not read a class file with this version, or null if it does.
     *
     * @param classFile the bytes, at least 8 long (magic number, minor and major version)
     */
    static String problem(byte[] classFile) {
        int minor = (classFile[4] & 0xff) << 8 | classFile[5] & 0xff;
        int major = (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
        String version = major + "." + minor;
        if (major < OLDEST) {
            return "class file version " + version + " is older than any Java release (the oldest is " + OLDEST + ".0)";
        }
        if (major > NEWEST) {
            return "class file version " + version + " (" + release(major) + ") is newer than Kiln reads: versions "
                    + OLDEST + " to " + NEWEST + " (" + release(NEWEST) + ")";
        }
        if (major >= PREVIEW_ERA && minor == PREVIEW_MINOR) {
            return "class file version " + version + " uses preview features of " + release(major)
                    + ", which Kiln does not compile";
        }
        if (major >= PREVIEW_ERA && minor != 0) {
            return "invalid class file version " + version + " (from version " + PREVIEW_ERA
                    + " on, the minor version is 0 or 65535)";
        }
        return null;
    }

    /** The Java release that introduced a major version. */
    static String release(int major) {
        return switch (major) {
            case 45 -> "Java 1.1";
            case 46 -> "Java 1.2";
            case 47 -> "Java 1.3";
            case 48 -> "Java 1.4";
            default -> "Java " + (major - 44);
        };
    }
}
