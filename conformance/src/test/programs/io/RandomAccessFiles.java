package io;

import java.io.EOFException;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;

/** RandomAccessFile: typed writes and reads, seek, getFilePointer, length, setLength, read-only mode. */
public class RandomAccessFiles {
    public static void main(String[] args) throws IOException {
        File dir = new File("raf-scratch");
        dir.mkdir();
        File f = new File(dir, "records.bin");
        try (RandomAccessFile raf = new RandomAccessFile(f, "rw")) {
            for (int i = 0; i < 10; i++) {
                raf.writeInt(i * i);
                raf.writeDouble(i / 4.0);
            }
            raf.writeUTF("trailer \u00e9");
            System.out.println("length " + raf.length() + " pointer " + raf.getFilePointer());
            raf.seek(12 * 3);
            System.out.println("record 3: " + raf.readInt() + " " + raf.readDouble() + " pointer " + raf.getFilePointer());
            raf.seek(12 * 5);
            raf.writeInt(-1);
            raf.seek(12 * 5);
            System.out.println("patched " + raf.readInt() + " skipBytes " + raf.skipBytes(8) + " next " + raf.readInt());
            raf.seek(120);
            System.out.println("utf " + raf.readUTF() + " read at end " + raf.read());
            try {
                raf.readLong();
            } catch (EOFException e) {
                System.out.println("EOFException " + e.getMessage());
            }
            raf.seek(200);
            raf.write(7);
            System.out.println("after write past end length " + raf.length());
            raf.setLength(50);
            System.out.println("setLength 50 length " + raf.length() + " pointer " + raf.getFilePointer());
            raf.seek(0);
            byte[] buf = new byte[8];
            raf.readFully(buf);
            System.out.println("first bytes " + java.util.Arrays.toString(buf));
            try {
                raf.seek(-1);
            } catch (IOException e) {
                System.out.println("seek -1: " + e.getMessage());
            }
            raf.writeBytes("AB");
            raf.writeChars("C");
            raf.writeLong(Long.MIN_VALUE);
            raf.seek(8);
            System.out.println("bytes " + (char) raf.readByte() + (char) raf.readUnsignedByte() + " char " + raf.readChar() + " long " + raf.readLong());
        }
        try (RandomAccessFile ro = new RandomAccessFile(f, "r")) {
            System.out.println("read-only length " + ro.length() + " first int " + ro.readInt());
        }
        try {
            new RandomAccessFile(new File(dir, "absent.bin"), "r");
        } catch (FileNotFoundException e) {
            System.out.println("FileNotFoundException " + e.getMessage());
        }
        try {
            new RandomAccessFile(f, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        System.out.println("delete " + f.delete() + " " + dir.delete());
    }
}
