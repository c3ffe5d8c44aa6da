package nio_file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * More of FileChannel: positional read and write (the channel's position stays), scattering reads and gathering
 * writes, transferTo/transferFrom between file channels and to or from other channels, Files.newByteChannel as a
 * SeekableByteChannel, streams made from channels with Channels.newInputStream/newOutputStream/newReader, and the
 * channels of the java.io file streams and of RandomAccessFile.
 */
public class FileChannelTransfers {
    interface Action {
        Object run() throws IOException;
    }

    static void show(String label, Action action) {
        try {
            System.out.println(label + ": " + action.run());
        } catch (IOException | RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static String ascii(byte[] b) {
        return new String(b, StandardCharsets.US_ASCII);
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createDirectory(Path.of("channel-transfers"));
        Path f = root.resolve("abc.txt");
        Files.writeString(f, "abcdefghijklmnopqrstuvwxyz");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ch.position(3);
            ByteBuffer four = ByteBuffer.allocate(4);
            show("positional read", () -> ch.read(four, 10) + " " + ascii(four.array()) + " position " + ch.position());
            show("positional read at the end", () -> ch.read(ByteBuffer.allocate(4), 26));
            show("positional read past the end", () -> ch.read(ByteBuffer.allocate(4), 100));
            show("positional write", () -> ch.write(ByteBuffer.wrap("XY".getBytes(StandardCharsets.US_ASCII)), 0)
                    + " position " + ch.position() + " " + Files.readString(f));
            show("positional write past the end", () -> ch.write(ByteBuffer.wrap(new byte[] {'!'}), 28) + " size "
                    + ch.size() + " " + Arrays.toString(Arrays.copyOfRange(Files.readAllBytes(f), 25, 29)));
            show("negative position", () -> ch.read(ByteBuffer.allocate(1), -1));
            ch.truncate(26);

            ch.position(0);
            ByteBuffer[] parts = {ByteBuffer.allocate(3), ByteBuffer.allocate(0), ByteBuffer.allocate(5), ByteBuffer.allocate(4)};
            show("scattering read", () -> ch.read(parts) + " " + ascii(parts[0].array()) + "|" + ascii(parts[2].array()) + "|"
                    + ascii(parts[3].array()) + " position " + ch.position());
            ByteBuffer[] more = {ByteBuffer.allocate(10), ByteBuffer.allocate(10)};
            show("scattering read to the end", () -> ch.read(more) + " " + more[0].position() + "+" + more[1].position());
            show("scattering read at the end", () -> ch.read(new ByteBuffer[] {ByteBuffer.allocate(2)}));
            show("scattering read with offset and length", () -> {
                ch.position(20);
                ByteBuffer[] bufs = {ByteBuffer.allocate(2), ByteBuffer.allocate(2), ByteBuffer.allocate(2)};
                return ch.read(bufs, 1, 1) + " " + bufs[0].position() + " " + bufs[1].position() + " " + bufs[2].position();
            });
            show("scattering read with a bad range", () -> ch.read(new ByteBuffer[2], 1, 2));
            ch.position(0);
            ByteBuffer[] out = {ByteBuffer.wrap("12".getBytes(StandardCharsets.US_ASCII)), ByteBuffer.allocate(0),
                ByteBuffer.wrap("345".getBytes(StandardCharsets.US_ASCII))};
            show("gathering write", () -> ch.write(out) + " position " + ch.position() + " " + Files.readString(f));
            show("gathering write with offset and length", () -> ch.write(new ByteBuffer[] {
                ByteBuffer.wrap(new byte[] {'a'}), ByteBuffer.wrap(new byte[] {'b'}), ByteBuffer.wrap(new byte[] {'c'})}, 1, 2)
                    + " " + Files.readString(f));
        }

        Path g = root.resolve("target.txt");
        try (FileChannel src = FileChannel.open(f); FileChannel dst = FileChannel.open(g, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            show("transferTo", () -> src.transferTo(5, 10, dst) + " src position " + src.position() + " dst position "
                    + dst.position() + " " + Files.readString(g));
            show("transferTo past the end of the source", () -> src.transferTo(20, 100, dst) + " " + Files.readString(g));
            show("transferTo from beyond the end", () -> src.transferTo(100, 5, dst));
            show("transferFrom", () -> {
                src.position(0);
                return dst.transferFrom(src, 2, 3) + " src position " + src.position() + " dst position " + dst.position()
                        + " " + Files.readString(g);
            });
            show("transferFrom beyond the end of the target", () -> dst.transferFrom(src, 100, 3));
            show("transferTo a stream channel", () -> {
                ByteArrayOutputStream sink = new ByteArrayOutputStream();
                WritableByteChannel out = Channels.newChannel(sink);
                return src.transferTo(0, 8, out) + " " + sink;
            });
            show("transferFrom a stream channel", () -> {
                ReadableByteChannel in = Channels.newChannel(new java.io.ByteArrayInputStream(
                        "from a stream".getBytes(StandardCharsets.US_ASCII)));
                return dst.transferFrom(in, 0, 100) + " " + Files.readString(g);
            });
            show("negative arguments", () -> src.transferTo(-1, 1, dst));

        }
        show("transferTo a read-only target", () -> {
            try (FileChannel src = FileChannel.open(f); FileChannel dst = FileChannel.open(g)) {
                return src.transferTo(0, 1, dst);
            }
        });

        try (SeekableByteChannel sbc = Files.newByteChannel(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            show("byte channel is a FileChannel", () -> sbc instanceof FileChannel);
            show("byte channel size", sbc::size);
            show("byte channel position", () -> sbc.position(24).position());
            ByteBuffer two = ByteBuffer.allocate(8);
            show("byte channel read", () -> sbc.read(two) + " " + two.position());
            show("byte channel write", () -> sbc.write(ByteBuffer.wrap("++".getBytes(StandardCharsets.US_ASCII))) + " size "
                    + sbc.size());
            show("byte channel truncate", () -> sbc.truncate(5).size() + " position " + sbc.position());
        }
        try (SeekableByteChannel sbc = Files.newByteChannel(f)) {
            show("read-only byte channel write", () -> sbc.write(ByteBuffer.allocate(1)));
        }

        try (FileChannel ch = FileChannel.open(g, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                OutputStream os = Channels.newOutputStream(ch)) {
            os.write("line 1\nline 2\n".getBytes(StandardCharsets.US_ASCII));
            os.write('x');
        }
        try (FileChannel ch = FileChannel.open(g); InputStream is = Channels.newInputStream(ch)) {
            show("stream over a channel", () -> is.read() + " available " + is.available() + " skip " + is.skip(2)
                    + " rest " + ascii(is.readAllBytes()));
        }
        try (FileChannel ch = FileChannel.open(g); java.io.BufferedReader r = new java.io.BufferedReader(
                Channels.newReader(ch, StandardCharsets.UTF_8))) {
            show("reader over a channel", () -> r.readLine() + "|" + r.readLine() + "|" + r.readLine() + "|" + r.readLine());
        }

        Files.writeString(f, "0123456789");
        try (java.io.FileInputStream in = new java.io.FileInputStream(f.toString())) {
            in.skip(2);
            FileChannel ch = in.getChannel();
            ByteBuffer three = ByteBuffer.allocate(3);
            show("channel of a FileInputStream", () -> ch.position() + " " + ch.read(three) + " " + ascii(three.array())
                    + " stream continues at " + (char) in.read());
        }
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toString(), "rw")) {
            FileChannel ch = raf.getChannel();
            show("channel of a RandomAccessFile", () -> {
                ch.write(ByteBuffer.wrap("AB".getBytes(StandardCharsets.US_ASCII)), 3);
                raf.seek(7);
                return ch.position() + " " + raf.readLine() + " " + Files.readString(f);
            });
        }
        try (java.io.FileOutputStream out = new java.io.FileOutputStream(f.toString(), true)) {
            FileChannel ch = out.getChannel();
            show("channel of an appending FileOutputStream", () -> ch.position() + " " + ch.size() + " "
                    + ch.write(ByteBuffer.wrap("!".getBytes(StandardCharsets.US_ASCII))) + " " + Files.readString(f));
        }

        Files.delete(f);
        Files.delete(g);
        Files.delete(root);
        System.out.println("cleaned up " + Files.exists(root));
    }
}
