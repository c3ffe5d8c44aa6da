package nio;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** CharsetEncoder and CharsetDecoder: whole and piecewise coding, error actions, replacements, coder results. */
public class CharsetCoders {
    static String bytes(ByteBuffer b) {
        byte[] a = new byte[b.remaining()];
        b.duplicate().get(a);
        return Arrays.toString(a);
    }

    public static void main(String[] args) throws Exception {
        String text = "h\u00e9llo \u20ac \ud83d\ude00";
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII}) {
            ByteBuffer encoded = cs.encode(text);
            System.out.println(cs + " encode " + bytes(encoded) + " decode [" + cs.decode(encoded) + "]");
            CharsetEncoder enc = cs.newEncoder();
            System.out.println("  canEncode euro " + enc.canEncode('\u20ac') + " averageBytesPerChar " + enc.averageBytesPerChar()
                    + " max " + enc.maxBytesPerChar() + " replacement " + Arrays.toString(enc.replacement()));
            try {
                enc.encode(CharBuffer.wrap(text));
                System.out.println("  strict encode ok");
            } catch (CharacterCodingException e) {
                System.out.println("  strict encode " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
            CharsetDecoder dec = cs.newDecoder();
            System.out.println("  averageCharsPerByte " + dec.averageCharsPerByte() + " maxCharsPerByte " + dec.maxCharsPerByte());
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
        try {
            strict.decode(ByteBuffer.wrap(new byte[] {0x41, (byte) 0xc3, 0x28}));
        } catch (CharacterCodingException e) {
            System.out.println("malformed " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).replaceWith("?");
        System.out.println("replaced [" + lenient.decode(ByteBuffer.wrap(new byte[] {0x41, (byte) 0xc3, 0x28, (byte) 0xff})) + "]");
        CharsetDecoder ignoring = StandardCharsets.US_ASCII.newDecoder().onMalformedInput(CodingErrorAction.IGNORE);
        System.out.println("ignored [" + ignoring.decode(ByteBuffer.wrap(new byte[] {0x41, (byte) 0x80, 0x42})) + "]");
        CharsetEncoder latin = StandardCharsets.ISO_8859_1.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(new byte[] {'#'});
        System.out.println("unmappable replaced " + bytes(latin.encode(CharBuffer.wrap("a\u20acb"))));

        CharsetDecoder pieces = StandardCharsets.UTF_8.newDecoder();
        byte[] euro = "\u20ac\u20ac".getBytes(StandardCharsets.UTF_8);
        CharBuffer out = CharBuffer.allocate(10);
        ByteBuffer in = ByteBuffer.allocate(10);
        for (byte bt : euro) {
            in.put(bt);
            in.flip();
            CoderResult r = pieces.decode(in, out, false);
            System.out.println("fed 1 byte: " + r + " underflow " + r.isUnderflow() + " consumed to " + in.position() + " out " + out.position());
            in.compact();
        }
        in.flip();
        System.out.println("end " + pieces.decode(in, out, true) + " flush " + pieces.flush(out));
        out.flip();
        System.out.println("pieces [" + out + "]");
        CharBuffer small = CharBuffer.allocate(1);
        CoderResult overflow = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap("abc".getBytes()), small, true);
        System.out.println("small target " + overflow + " overflow " + overflow.isOverflow());
        CoderResult bad = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(new byte[] {(byte) 0xe2, 0x41}), CharBuffer.allocate(4), true);
        System.out.println("malformed result " + bad + " length " + bad.length() + " isError " + bad.isError());
    }
}
