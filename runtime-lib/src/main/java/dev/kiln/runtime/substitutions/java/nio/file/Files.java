package dev.kiln.runtime.substitutions.java.nio.file;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.Utf8;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code Files.readString} and {@code writeString} without {@code JavaLangAccess}, which Kiln's {@code System} does
 * not register (the JDK decodes and encodes through {@code String}'s internal methods that report malformed or
 * unmappable input instead of replacing it, and asks the path's class for its module). The text is the same, and so
 * are the exceptions, with the lengths the JDK reports: for UTF-8 a {@code MalformedInputException} grouped as the
 * JDK's {@code String} groups ill-formed bytes ({@link Utf8#malformedLength}) and an
 * {@code UnmappableCharacterException} of length 1 for an unpaired surrogate; for ISO-8859-1 an
 * {@code UnmappableCharacterException} of length 1 for any char above U+00FF; for the other charsets the charset's
 * own coder reporting errors (as the JDK's {@code String} uses it). Nothing is written when the text cannot be
 * encoded.
 */
final class Files {
    private Files() {
    }

    @Alias
    public static native byte[] readAllBytes(Path path) throws IOException;

    @Alias
    public static native Path write(Path path, byte[] bytes, OpenOption... options) throws IOException;

    @Substitute
    public static String readString(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(cs);
        byte[] bytes = readAllBytes(path);
        String name = cs.name();
        if (name.equals("UTF-8")) {
            int malformed = Utf8.malformedLength(bytes, 0, bytes.length);
            if (malformed != 0) {
                throw new MalformedInputException(malformed);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (name.equals("ISO-8859-1")) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Substitute
    public static Path writeString(Path path, CharSequence csq, Charset cs, OpenOption... options) throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(csq);
        Objects.requireNonNull(cs);
        write(path, encode(String.valueOf(csq), cs), options);
        return path;
    }

    private static byte[] encode(String s, Charset cs) throws CharacterCodingException {
        String name = cs.name();
        if (name.equals("UTF-8")) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new UnmappableCharacterException(1);
                }
            }
            return s.getBytes(StandardCharsets.UTF_8);
        }
        if (name.equals("ISO-8859-1")) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0xFF) {
                    throw new UnmappableCharacterException(1);
                }
            }
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteBuffer bytes = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
        byte[] result = new byte[bytes.remaining()];
        bytes.get(result);
        return result;
    }
}
