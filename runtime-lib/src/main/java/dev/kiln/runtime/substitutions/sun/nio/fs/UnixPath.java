package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;

/**
 * A path's bytes without {@code JavaLangAccess} (which Kiln's {@code System} does not register): the path text
 * encoded in {@code sun.jnu.encoding}, UTF-8 on Kiln, rejecting what it cannot encode (an unpaired surrogate) with
 * the JDK's {@code InvalidPathException}.
 */
final class UnixPath {
    private UnixPath() {
    }

    /** Stands for the JDK's constructor (dropped: a call of it is a call of the JDK's). */
    UnixPath(UnixFileSystem fs, byte[] path) {
    }

    @Alias
    native UnixFileSystem getFileSystem();

    @Alias
    native String getPathForExceptionMessage();

    @Alias
    native byte[] getByteArrayForSysCalls();

    @Alias
    static native UnixPath toUnixPath(java.nio.file.Path obj);

    @Substitute
    private static byte[] encode(UnixFileSystem fs, String input) {
        String path = fs.normalizeNativePath(input);
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(path));
            byte[] result = new byte[bytes.remaining()];
            bytes.get(result);
            return result;
        } catch (CharacterCodingException e) {
            throw new InvalidPathException(path, "Malformed input or input contains unmappable characters");
        }
    }
}
