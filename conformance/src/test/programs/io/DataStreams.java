package io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.Arrays;

/** DataOutputStream and DataInputStream: every primitive, big-endian, modified UTF-8, EOF and malformed UTF. */
public class DataStreams {
    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBoolean(true);
        out.writeByte(-2);
        out.writeShort(0x1234);
        out.writeChar('\u20ac');
        out.writeInt(-123456789);
        out.writeLong(0x0102030405060708L);
        out.writeFloat(1.5f);
        out.writeDouble(-0.1);
        out.writeUTF("a\u0000\u00e9\u20ac\ud83d\ude00");
        out.writeBytes("AB");
        out.writeChars("CD");
        out.writeFloat(Float.NaN);
        System.out.println("size " + out.size() + " " + bytes.size());
        byte[] b = bytes.toByteArray();
        System.out.println(Arrays.toString(b));

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
        System.out.println(in.readBoolean() + " " + in.readByte() + " " + Integer.toHexString(in.readShort()) + " "
                + (int) in.readChar() + " " + in.readInt() + " " + Long.toHexString(in.readLong()) + " "
                + in.readFloat() + " " + in.readDouble());
        String s = in.readUTF();
        System.out.println("utf length " + s.length() + " " + s.equals("a\u0000\u00e9\u20ac\ud83d\ude00"));
        System.out.println((char) in.readUnsignedByte() + "" + (char) in.readUnsignedByte() + " " + in.readChar() + in.readChar());
        System.out.println("nan " + Float.isNaN(in.readFloat()));
        try {
            in.readInt();
        } catch (EOFException e) {
            System.out.println("EOFException " + e.getMessage());
        }
        in = new DataInputStream(new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe, 1, 2, 3}));
        System.out.println("unsigned short " + in.readUnsignedShort() + " skipBytes " + in.skipBytes(10));
        byte[] full = new byte[4];
        in = new DataInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        try {
            in.readFully(full);
        } catch (EOFException e) {
            System.out.println("readFully EOF " + Arrays.toString(full));
        }
        byte[][] malformed = {
            {0, 2, (byte) 0xc3},
            {0, 2, (byte) 0xc3, 0x41},
            {0, 3, (byte) 0xe2, (byte) 0x82, 0x41},
            {0, 1, (byte) 0x80},
            {0, 2, (byte) 0xe2, (byte) 0x82},
            {0, 5, 0x41},
        };
        for (byte[] m : malformed) {
            try {
                System.out.println("decoded " + new DataInputStream(new ByteArrayInputStream(m)).readUTF());
            } catch (UTFDataFormatException e) {
                System.out.println("UTFDataFormatException " + e.getMessage());
            } catch (EOFException e) {
                System.out.println("EOFException " + e.getMessage());
            }
        }
        String big = "x".repeat(70000);
        try {
            new DataOutputStream(new ByteArrayOutputStream()).writeUTF(big);
        } catch (UTFDataFormatException e) {
            System.out.println("too long " + e.getMessage());
        }
    }
}
