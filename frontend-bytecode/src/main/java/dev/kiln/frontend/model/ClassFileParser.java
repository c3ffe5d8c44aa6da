package dev.kiln.frontend.model;

import dev.kiln.frontend.classpath.ClassFile;
import dev.kiln.frontend.lift.LiftableClass;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import org.objectweb.asm.ClassReader;

/**
 * Parses a class file into a {@link ClassInfo}, through {@link LiftableClass} so that the tree keeps every
 * label's bytecode offset for the lifter's diagnostics. Frames are kept and expanded ({@code EXPAND_FRAMES})
 * and debug information is kept for line numbers. A file that is not a valid class file, has a version Kiln
 * does not read ({@link ClassFileVersion}), or holds a different class than its name says, is the user's
 * input problem and becomes a {@link CompileError} naming the file.
 */
final class ClassFileParser {
    private ClassFileParser() {}

    private static final int MAGIC = 0xCAFEBABE;

    static ClassInfo parse(ClassFile file) {
        byte[] b = file.bytes();
        if (b.length < 4 || ((b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff)) != MAGIC) {
            throw malformed(file, "not a class file (bad magic number)");
        }
        if (b.length < 8) throw malformed(file, "malformed class file (truncated before its version)");
        String unsupportedVersion = ClassFileVersion.problem(b);
        if (unsupportedVersion != null) throw malformed(file, unsupportedVersion);
        ClassInfo info;
        try {
            info = new ClassInfo(LiftableClass.read(b, ClassReader.EXPAND_FRAMES), file.origin());
        } catch (RuntimeException e) {
            // ASM reports truncated or inconsistent input as assorted runtime exceptions (index out of
            // bounds, illegal argument for a bad descriptor): all mean a bad file.
            throw malformed(file, "malformed class file (" + e + ")");
        }
        String expected = ClassInfo.binaryName(file.internalName());
        if (!info.name().equals(expected)) throw malformed(file, "class file holds " + info.name() + ", not " + expected);
        return info;
    }

    private static CompileError malformed(ClassFile file, String message) {
        return new CompileError(new Diagnostic(Diagnostic.Severity.ERROR, file.origin(), null, null, -1, -1, message));
    }
}
