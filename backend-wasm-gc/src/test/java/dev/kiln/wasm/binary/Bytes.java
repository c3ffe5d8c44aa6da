package dev.kiln.wasm.binary;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Test helpers: hex literals, and splitting a module into its sections to compare them one by one. */
final class Bytes {
    private Bytes() {
    }

    /** {@code "41 7f"} to bytes; spaces are ignored. */
    static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    /** Bytes as spaced lower-case hex, for readable assertion messages. */
    static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }

    record Section(int id, byte[] content) {
    }

    /** The sections after the 8-byte header, in file order. */
    static List<Section> sections(byte[] module) {
        List<Section> out = new ArrayList<>();
        int p = 8;
        while (p < module.length) {
            int id = module[p++];
            long size = 0;
            int shift = 0;
            int b;
            do {
                b = module[p++] & 0xff;
                size |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            byte[] content = java.util.Arrays.copyOfRange(module, p, p + (int) size);
            out.add(new Section(id, content));
            p += (int) size;
        }
        return out;
    }

    /** The content of the one section with {@code id}, as spaced hex. */
    static String section(byte[] module, int id) {
        for (Section s : sections(module)) if (s.id() == id) return hex(s.content());
        throw new AssertionError("no section " + id + " in " + hex(module));
    }
}
