package dev.kiln.wasm.binary;

import static dev.kiln.wasm.binary.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** LEB128 and fixed-width encodings, checked against values worked out by hand. */
class ByteSinkTest {

    @Test
    void unsignedLeb() {
        assertEquals("00", encode(s -> s.u32(0)));
        assertEquals("7f", encode(s -> s.u32(127)));
        assertEquals("80 01", encode(s -> s.u32(128)));
        assertEquals("e5 8e 26", encode(s -> s.u32(624485)));
        assertEquals("ff ff ff ff 0f", encode(s -> s.u32(-1)));
    }

    @Test
    void signedLebNeedsAnExtraByteWhenBitSixDisagreesWithTheSign() {
        assertEquals("3f", encode(s -> s.sleb(63)));
        assertEquals("c0 00", encode(s -> s.sleb(64)));
        assertEquals("40", encode(s -> s.sleb(-64)));
        assertEquals("bf 7f", encode(s -> s.sleb(-65)));
        assertEquals("c0 bb 78", encode(s -> s.sleb(-123456)));
        assertEquals("80 80 80 80 78", encode(s -> s.sleb(Integer.MIN_VALUE)));
        assertEquals("80 80 80 80 80 80 80 80 80 7f", encode(s -> s.sleb(Long.MIN_VALUE)));
    }

    @Test
    void fixedWidthIsLittleEndian() {
        assertEquals("00 00 c0 3f", encode(s -> s.fixed(Float.floatToRawIntBits(1.5f), 4)));
        assertEquals("00 00 00 00 00 00 00 80", encode(s -> s.fixed(Double.doubleToRawLongBits(-0.0), 8)));
    }

    @Test
    void namesAreLengthPrefixedUtf8() {
        assertEquals("03 c3 a9 24", encode(s -> s.name("\u00e9$")));
    }

    @Test
    void sizedContentIsPrefixedWithItsLength() {
        ByteSink inner = new ByteSink();
        for (int k = 0; k < 200; k++) inner.u8(k);
        ByteSink outer = new ByteSink();
        outer.sized(inner);
        assertEquals(202, outer.size());
        assertEquals("c8 01 00 01", hex(java.util.Arrays.copyOf(outer.toByteArray(), 4)));
    }

    private static String encode(Consumer<ByteSink> write) {
        ByteSink s = new ByteSink();
        write.accept(s);
        return hex(s.toByteArray());
    }
}
