package nio_file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * FileChannel.open with heap ByteBuffers: read and write moving the position, position(long) (also past the end,
 * where a write leaves a gap of zeros), size, truncate (which also pulls the position back), force, the options that
 * create, truncate or append, and the exceptions for channels not open for reading or writing, closed channels,
 * read-only buffers and negative arguments.
 */
public class FileChannelBasics {
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

    static String text(ByteBuffer b) {
        return new String(b.array(), 0, b.position(), StandardCharsets.ISO_8859_1);
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createDirectory(Path.of("channel-basics"));
        Path f = root.resolve("data.bin");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            System.out.println("new: open " + ch.isOpen() + " size " + ch.size() + " position " + ch.position());
            ByteBuffer hello = ByteBuffer.wrap("Hello, channel!".getBytes(StandardCharsets.US_ASCII));
            System.out.println("write " + ch.write(hello) + " remaining " + hello.remaining() + " position " + ch.position()
                    + " size " + ch.size());
            System.out.println("read at end " + ch.read(ByteBuffer.allocate(4)));
            ch.position(0);
            ByteBuffer five = ByteBuffer.allocate(5);
            System.out.println("read " + ch.read(five) + " '" + text(five) + "' position " + ch.position());
            System.out.println("read into a full buffer " + ch.read(five));
            ByteBuffer rest = ByteBuffer.allocate(64);
            System.out.println("read rest " + ch.read(rest) + " '" + text(rest) + "'");
            ch.position(7);
            ch.write(ByteBuffer.wrap("CHANNEL".getBytes(StandardCharsets.US_ASCII)));
            System.out.println("overwrite in the middle: position " + ch.position() + " " + Files.readString(f));
            ch.position(20);
            System.out.println("position past the end " + ch.position() + " size " + ch.size() + " read "
                    + ch.read(ByteBuffer.allocate(1)));
            ch.write(ByteBuffer.wrap(new byte[] {'!'}));
            System.out.println("write past the end: size " + ch.size() + " " + Arrays.toString(Files.readAllBytes(f)));
            System.out.println("truncate larger: " + ch.truncate(100).size());
            ch.position(18);
            System.out.println("truncate to 10: size " + ch.truncate(10).size() + " position " + ch.position());
            ch.position(4);
            ch.truncate(6);
            System.out.println("truncate above the position: position " + ch.position() + " size " + ch.size());
            ch.force(true);
            ch.force(false);
            ByteBuffer slice = ByteBuffer.wrap("0123456789".getBytes(StandardCharsets.US_ASCII), 3, 4).slice();
            ch.position(ch.size());
            System.out.println("write a slice " + ch.write(slice) + " " + Files.readString(f));
            ByteBuffer offset = ByteBuffer.wrap(new byte[12], 2, 6);
            ch.position(0);
            System.out.println("read into an offset buffer " + ch.read(offset) + " " + Arrays.toString(offset.array()));
            ByteBuffer readOnly = ByteBuffer.wrap("ro".getBytes(StandardCharsets.US_ASCII)).asReadOnlyBuffer();
            System.out.println("write from a read-only buffer " + ch.write(readOnly) + " " + Files.readString(f));
            show("read into a read-only buffer", () -> ch.read(ByteBuffer.allocate(4).asReadOnlyBuffer()));
            show("negative position", () -> ch.position(-1));
            show("negative truncate", () -> ch.truncate(-1));
            show("write of an empty buffer", () -> ch.write(ByteBuffer.allocate(0)));
        }

        try (FileChannel ch = FileChannel.open(f)) {
            show("read-only channel: write", () -> ch.write(ByteBuffer.allocate(1)));
            show("read-only channel: truncate", () -> ch.truncate(0));
            ByteBuffer all = ByteBuffer.allocate((int) ch.size());
            show("read-only channel: read", () -> ch.read(all) + " '" + text(all) + "'");
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            show("write-only channel: read", () -> ch.read(ByteBuffer.allocate(1)));
            show("write-only channel: write", () -> ch.write(ByteBuffer.wrap(new byte[] {'W'})) + " position " + ch.position());
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            show("append: position", () -> ch.position());
            show("append: write", () -> ch.write(ByteBuffer.wrap("++".getBytes(StandardCharsets.US_ASCII))) + " position "
                    + ch.position() + " size " + ch.size());
            show("append: write after seeking to 0", () -> {
                ch.position(0);
                ch.write(ByteBuffer.wrap("--".getBytes(StandardCharsets.US_ASCII)));
                return Files.readString(f);
            });
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            show("TRUNCATE_EXISTING", () -> ch.size());
        }
        show("CREATE_NEW of an existing file", () -> FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        show("open a missing file", () -> FileChannel.open(root.resolve("missing")));
        show("CREATE without WRITE", () -> {
            try (FileChannel ch = FileChannel.open(root.resolve("created"), StandardOpenOption.CREATE)) {
                return Files.exists(root.resolve("created"));
            }
        });
        show("READ and APPEND", () -> FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.APPEND));
        show("a directory for writing", () -> FileChannel.open(root, StandardOpenOption.WRITE));
        show("a directory for reading", () -> {
            try (FileChannel ch = FileChannel.open(root)) {
                return ch.read(ByteBuffer.allocate(1));
            }
        });

        FileChannel closed = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE);
        closed.close();
        System.out.println("closed isOpen " + closed.isOpen());
        closed.close();
        show("read after close", () -> closed.read(ByteBuffer.allocate(1)));
        show("position after close", () -> closed.position());
        show("size after close", () -> closed.size());
        try {
            closed.write(ByteBuffer.allocate(1));
        } catch (ClosedChannelException e) {
            System.out.println("write after close is a ClosedChannelException");
        }
        try (FileChannel ch = FileChannel.open(f)) {
            ch.write(ByteBuffer.allocate(1));
        } catch (NonWritableChannelException e) {
            System.out.println("NonWritableChannelException is an IllegalStateException " + (e instanceof IllegalStateException));
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.APPEND)) {
            ch.read(ByteBuffer.allocate(1));
        } catch (NonReadableChannelException e) {
            System.out.println("NonReadableChannelException for an append-only channel");
        }

        byte[] big = new byte[200_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i % 251);
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            System.out.println("large write " + ch.write(ByteBuffer.wrap(big)) + " size " + ch.size());
        }
        try (FileChannel ch = FileChannel.open(f)) {
            ByteBuffer in = ByteBuffer.allocate(big.length + 10);
            int reads = 0;
            while (ch.read(in) > 0) {
                reads++;
            }
            System.out.println("large read " + in.position() + " equal " + Arrays.equals(big, Arrays.copyOf(in.array(), big.length))
                    + " took more than one read " + (reads > 1));
        }

        Files.delete(f);
        Files.deleteIfExists(root.resolve("created"));
        Files.delete(root);
        System.out.println("cleaned up " + Files.exists(root));
    }
}
