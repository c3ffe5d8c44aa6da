package dev.kiln.runtime;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a class file the contract tests look at: the classes its constant pool names and, for
 * each method, its flags and its class-retention (invisible) annotations with their string elements.
 * Just enough of JVMS chapter 4 for that; everything else is skipped.
 */
final class ClassFileSummary {
    static final int ACC_NATIVE = 0x0100;

    final String name;
    final List<String> referencedClasses = new ArrayList<>();
    final List<String> utf8 = new ArrayList<>();
    final List<Method> methods = new ArrayList<>();

    /** A method: name, descriptor, access flags and annotations (type descriptor to string elements). */
    static final class Method {
        final String name;
        final String descriptor;
        final int access;
        final Map<String, Map<String, String>> invisibleAnnotations = new HashMap<>();

        Method(String name, String descriptor, int access) {
            this.name = name;
            this.descriptor = descriptor;
            this.access = access;
        }
    }

    private ClassFileSummary(String name) {
        this.name = name;
    }

    static ClassFileSummary read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        int[] classIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 7 -> classIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.readUnsignedShort();
        int thisClass = in.readUnsignedShort();
        ClassFileSummary summary = new ClassFileSummary((String) pool[classIndex[thisClass]]);
        for (int i = 1; i < count; i++) {
            if (classIndex[i] != 0) {
                summary.referencedClasses.add((String) pool[classIndex[i]]);
            }
            if (pool[i] instanceof String) {
                summary.utf8.add((String) pool[i]);
            }
        }
        in.readUnsignedShort();
        int interfaces = in.readUnsignedShort();
        for (int i = 0; i < interfaces; i++) {
            in.readUnsignedShort();
        }
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            skipAttributes(in);
        }
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            int access = in.readUnsignedShort();
            Method m = new Method((String) pool[in.readUnsignedShort()], (String) pool[in.readUnsignedShort()], access);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = (String) pool[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("RuntimeInvisibleAnnotations")) {
                    int annotations = in.readUnsignedShort();
                    for (int n = 0; n < annotations; n++) {
                        String type = (String) pool[in.readUnsignedShort()];
                        Map<String, String> elements = new HashMap<>();
                        int pairs = in.readUnsignedShort();
                        for (int p = 0; p < pairs; p++) {
                            String element = (String) pool[in.readUnsignedShort()];
                            int tag = in.readUnsignedByte();
                            if ("sBCDFIJSZ".indexOf(tag) < 0) {
                                throw new IOException("unexpected annotation element kind " + (char) tag);
                            }
                            elements.put(element, String.valueOf(pool[in.readUnsignedShort()]));
                        }
                        m.invisibleAnnotations.put(type, elements);
                    }
                } else {
                    in.skipNBytes(length);
                }
            }
            summary.methods.add(m);
        }
        return summary;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt());
        }
    }
}
