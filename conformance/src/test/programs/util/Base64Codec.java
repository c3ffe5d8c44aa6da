package util;

import java.util.Arrays;
import java.util.Base64;

/**
 * java.util.Base64: the basic, URL-safe and MIME encoders and decoders, with and without padding, every
 * length modulo 3, bytes that differ between the alphabets (62 and 63), MIME line breaking (default and
 * custom line length and separator), encodeToString/decode(String), decoding MIME input with junk
 * characters, and the IllegalArgumentException messages of malformed input.
 */
public class Base64Codec {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            Object r = a.run();
            System.out.println(label + " -> " + (r instanceof byte[] b ? Arrays.toString(b) : r));
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        int x = seed;
        for (int i = 0; i < n; i++) {
            x = x * 1103515245 + 12345;
            b[i] = (byte) (x >>> 16);
        }
        return b;
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    public static void main(String[] args) {
        Base64.Encoder basic = Base64.getEncoder();
        Base64.Encoder url = Base64.getUrlEncoder();
        Base64.Encoder mime = Base64.getMimeEncoder();
        Base64.Decoder basicDec = Base64.getDecoder();
        Base64.Decoder urlDec = Base64.getUrlDecoder();
        Base64.Decoder mimeDec = Base64.getMimeDecoder();
        for (int n = 0; n <= 7; n++) {
            byte[] data = bytes(n, n + 1);
            String b = basic.encodeToString(data);
            String u = url.encodeToString(data);
            String np = basic.withoutPadding().encodeToString(data);
            System.out.println(n + ": " + b + " | " + u + " | " + np + " | round trip " + Arrays.equals(data, basicDec.decode(b))
                    + Arrays.equals(data, urlDec.decode(u)) + Arrays.equals(data, basicDec.decode(np)));
        }
        byte[] special = {(byte) 0xfb, (byte) 0xff, (byte) 0xbf, (byte) 0xfe, 0x3e, 0x3f};
        System.out.println("62/63 basic " + basic.encodeToString(special) + " url " + url.encodeToString(special));
        System.out.println("text " + basic.encodeToString("Kiln: Java to WebAssembly!".getBytes()) + " decoded "
                + new String(basicDec.decode("S2lsbjogSmF2YSB0byBXZWJBc3NlbWJseSE=")));
        byte[] big = bytes(120, 42);
        String m = mime.encodeToString(big);
        System.out.println("mime length " + m.length() + " lines " + count(m, "\r\n") + " first line "
                + m.substring(0, m.indexOf('\r')) + " ends with CRLF " + m.endsWith("\r\n"));
        Base64.Encoder custom = Base64.getMimeEncoder(10, new byte[] {'#', '\n'});
        System.out.println("custom mime " + custom.encodeToString(bytes(20, 7)).replace("\n", "\\n"));
        Base64.Encoder tiny = Base64.getMimeEncoder(3, new byte[] {'-'});
        System.out.println("line length rounded down to 0: " + tiny.encodeToString(bytes(10, 3)));
        System.out.println("mime decode round trip " + Arrays.equals(big, mimeDec.decode(m)) + " with junk "
                + Arrays.toString(mimeDec.decode("QU%JD\r\nRE*V!G")) + " url alphabet in basic decode:");
        attempt("basic decode '-_'", () -> basicDec.decode("-_8="));
        attempt("url decode '+/'", () -> urlDec.decode("+/8="));
        attempt("basic decode bad char", () -> basicDec.decode("ab$d"));
        attempt("basic decode bad length", () -> basicDec.decode("abcde"));
        attempt("basic decode wrong padding", () -> basicDec.decode("ab=c"));
        attempt("basic decode excess padding", () -> basicDec.decode("abc=="));
        attempt("basic decode missing padding ok", () -> basicDec.decode("YWI"));
        attempt("basic decode after padding", () -> basicDec.decode("YQ==YQ=="));
        attempt("mime decode trailing garbage", () -> mimeDec.decode("YWJj\r\n!!"));
        attempt("decode into too small buffer", () -> basicDec.decode("YWJjZA==".getBytes(), new byte[2]));
        byte[] dst = new byte[10];
        int written = basic.encode("hey".getBytes(), dst);
        System.out.println("encode into buffer wrote " + written + " " + new String(dst, 0, written));
        attempt("encode into small buffer", () -> basic.encode("hello".getBytes(), new byte[3]));
        attempt("mime line separator in alphabet", () -> Base64.getMimeEncoder(4, new byte[] {'A'}));
        System.out.println("encode bytes " + Arrays.toString(basic.encode(new byte[] {1, 2})) + " decode bytes "
                + Arrays.toString(basicDec.decode(new byte[] {'A', 'Q', 'I', '='})));
    }
}
