package nio_file;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Files.writeString/readString in several charsets and with the OpenOptions that decide whether a file is created,
 * truncated or appended to; text a charset cannot encode or bytes it cannot decode, with the JDK's exceptions and
 * the lengths they report. Everything happens in a scratch directory under the working directory.
 */
public class ReadWriteStrings {
    interface Action {
        Object run() throws IOException;
    }

    static void show(String label, Action action) {
        try {
            System.out.println(label + ": " + action.run());
        } catch (IOException | RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectory(Path.of("rw-strings"));
        Path f = dir.resolve("text.txt");
        show("write new", () -> Files.writeString(f, "first line\nzweite Zeile \u00e4\u00f6\u00fc\n"));
        show("read", () -> Files.readString(f));
        show("size", () -> Files.size(f));
        show("append", () -> Files.writeString(f, "third\n", StandardOpenOption.APPEND));
        show("read after append", () -> Files.readString(f));
        show("overwrite (truncates)", () -> Files.writeString(f, "short"));
        show("read after overwrite", () -> Files.readString(f) + " size " + Files.size(f));
        show("write without truncation", () -> Files.writeString(f, "SH", StandardOpenOption.WRITE));
        show("read", () -> Files.readString(f));
        show("TRUNCATE_EXISTING", () -> Files.writeString(f, "t", StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        show("read", () -> Files.readString(f));
        show("CREATE_NEW existing", () -> Files.writeString(f, "x", StandardOpenOption.CREATE_NEW));
        show("CREATE_NEW new", () -> Files.writeString(dir.resolve("new.txt"), "brand new", StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
        show("WRITE missing", () -> Files.writeString(dir.resolve("missing.txt"), "x", StandardOpenOption.WRITE));
        show("APPEND missing", () -> Files.writeString(dir.resolve("missing.txt"), "x", StandardOpenOption.APPEND));
        show("CREATE + APPEND missing", () -> Files.writeString(dir.resolve("log.txt"), "one\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND));
        show("CREATE + APPEND existing", () -> Files.writeString(dir.resolve("log.txt"), "two\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND));
        show("log", () -> Files.readString(dir.resolve("log.txt")));
        show("APPEND + TRUNCATE_EXISTING", () -> Files.writeString(f, "x", StandardOpenOption.APPEND,
                StandardOpenOption.TRUNCATE_EXISTING));
        show("READ option", () -> Files.writeString(f, "x", StandardOpenOption.READ));
        show("read missing", () -> Files.readString(dir.resolve("nothing.txt")));
        show("read a directory", () -> Files.readString(dir));
        show("write into a missing directory", () -> Files.writeString(dir.resolve("no/such.txt"), "x"));

        String text = "caf\u00e9 \u20ac \ud83d\ude00 end";
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII, Charset.forName("UTF-32")}) {
            Path p = dir.resolve("cs-" + cs.name() + ".txt");
            show(cs + " write", () -> Files.writeString(p, text, cs) + " " + Files.size(p));
            show(cs + " bytes", () -> Arrays.toString(Arrays.copyOf(Files.readAllBytes(p), 12)));
            show(cs + " read back", () -> Files.readString(p, cs).equals(text));
            show(cs + " write Latin-1 only", () -> Files.writeString(p, "na\u00efve", cs) + " " + Files.size(p));
            show(cs + " read", () -> Files.readString(p, cs));
        }
        Path bad = dir.resolve("bad.txt");
        String[] unencodable = {"a\ud800b", "x\udc00", "pair \ud83d\ude00", "euro \u20ac"};
        for (String s : unencodable) {
            for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII,
                    StandardCharsets.UTF_16}) {
                show("encode " + s.length() + " chars " + cs, () -> Files.writeString(bad, s, cs) + " " + Files.size(bad));
            }
        }
        byte[][] undecodable = {{(byte) 0xC3}, {'a', (byte) 0xFF, 'b'}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xE2, 'x', 'y'},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5, 1, 2, 3},
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {'o', 'k', (byte) 0xC2, (byte) 0xA9}};
        for (byte[] b : undecodable) {
            Files.write(bad, b);
            for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII,
                    StandardCharsets.UTF_16}) {
                show("decode " + Arrays.toString(b) + " " + cs, () -> Files.readString(bad, cs).length());
            }
        }
        show("CharSequence", () -> Files.writeString(dir.resolve("sb.txt"), new StringBuilder("from a builder")) + " "
                + Files.readString(dir.resolve("sb.txt")));
        show("empty", () -> Files.writeString(dir.resolve("empty.txt"), "") + " '" + Files.readString(dir.resolve("empty.txt")) + "'");
        show("null text", () -> Files.writeString(f, null));
        show("null options", () -> Files.writeString(f, "x", (OpenOption[]) null));

        String[] names = dir.toFile().list();
        Arrays.sort(names);
        for (String name : names) {
            Files.delete(dir.resolve(name));
        }
        Files.delete(dir);
        System.out.println("cleaned up " + Files.notExists(dir));
    }
}
