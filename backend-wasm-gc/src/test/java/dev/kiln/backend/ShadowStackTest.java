package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shadow stack as the runtime reads it: frames of the methods on the stack, each holding the line of
 * the call it is in, found by walking the slots with the frame table's weights (decoded here as
 * docs/RUNTIME-CONTRACT.md specifies); a landing pad restores the top; unbounded recursion ends in a
 * catchable StackOverflowError.
 */
class ShadowStackTest {
    /** Kiln's runtime (no frame of its own) printing the stack's top, its slots, then the frame table. */
    private static final String PROBE = """
        class dev.kiln.runtime.Probe extends java.lang.Object [public] {
          method public static dump()void () {
          b0:
            v0 = invoke.static dev.kiln.runtime.StackTrace.top()int
            invoke.static test.Out.printInt(int)void v0
            v1 = const int 0
            goto b1
          b1:
            v2 = phi int [b0: v1], [b2: v5]
            if ge v2, v0 then b3 else b2
          b2:
            v3 = const int 32
            invoke.static test.Out.printChar(int)void v3
            v4 = invoke.static dev.kiln.runtime.StackTrace.slot(int)int v2
            invoke.static test.Out.printInt(int)void v4
            v6 = const int 1
            v5 = add int v2, v6
            goto b1
          b3:
            v7 = const int 10
            invoke.static test.Out.printChar(int)void v7
            return
          }

          method public static table()void () {
          b0:
            v0 = invoke.static dev.kiln.runtime.StackTrace.table()byte[]
            v1 = arraylength v0
            v2 = const int 0
            goto b1
          b1:
            v3 = phi int [b0: v2], [b2: v6]
            if ge v3, v1 then b3 else b2
          b2:
            v4 = aload byte v0, v3
            v5 = const int 255
            v7 = and int v4, v5
            invoke.static test.Out.printInt(int)void v7
            v8 = const int 32
            invoke.static test.Out.printChar(int)void v8
            v9 = const int 1
            v6 = add int v3, v9
            goto b1
          b3:
            v10 = const int 10
            invoke.static test.Out.printChar(int)void v10
            return
          }
        }
        """;

    @Test
    void framesNameTheLineOfTheCallEachMethodIsIn() {
        String out = Programs.run(PROBE + """
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                invoke.static test.Main.a()void @0:5
                goto b1 @3:6
              b1:
                catch java.lang.RuntimeException -> b2
                v1 = const int 3 @4:7
                invoke.static test.Main.thrower(int)void v1 @5:7
                goto b3 @8:7
              b2:
                v2 = caught java.lang.RuntimeException @9:8
                goto b3 @10:8
              b3:
                invoke.static dev.kiln.runtime.Probe.dump()void @11:9
                invoke.static dev.kiln.runtime.Probe.table()void @14:10
                return @17:10
              }

              method static a()void () {
              b0:
                invoke.static test.Main.b()void @0:20
                return @3:20
              }

              method static b()void () {
              b0:
                invoke.static dev.kiln.runtime.Probe.dump()void @0:30
                return @3:30
              }

              method static thrower(int)void (v0: int) {
              b0:
                if eq v0 then b1 else b2 @0:40
              b1:
                v1 = new java.lang.RuntimeException @4:41
                v2 = const string "deep" @8:41
                invoke.special java.lang.RuntimeException.<init>(java.lang.String)void v1, v2 @10:41
                throw v1 @13:41
              b2:
                v3 = const int 1 @14:42
                v4 = sub int v0, v3 @15:42
                invoke.static test.Main.thrower(int)void v4 @16:42
                return @19:43
              }
            }
            """);
        String[] lines = out.split("\n");
        FrameTable table = FrameTable.decode(lines[2]);
        assertEquals(List.of("test.Main.main:5", "test.Main.a:20", "test.Main.b:30"), table.walk(lines[0]));
        assertEquals(List.of("test.Main.main:9"), table.walk(lines[1]));
    }

    /**
     * The frame is pushed and its line stored once for several calls on one line, also across a check's branch; but
     * a landing pad may follow a check that failed on another line, so a call after it stores its line again.
     */
    @Test
    void callsShareTheStoredLineAcrossChecksButNotAcrossACatch() {
        String out = Programs.run(PROBE + """
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                invoke.static test.Main.a()void @0:5
                nullcheck v0 "args" @1:5
                v5 = arraylength v0 @2:5
                invoke.static dev.kiln.runtime.Probe.dump()void @3:5
                goto b1 @4:6
              b1:
                catch java.lang.NullPointerException -> b2
                v1 = const null @5:7
                nullcheck v1 "null" @6:7
                v6 = arraylength v1 @7:7
                goto b3 @8:7
              b2:
                v2 = caught java.lang.NullPointerException @9:8
                goto b3 @10:8
              b3:
                invoke.static dev.kiln.runtime.Probe.dump()void @11:5
                invoke.static dev.kiln.runtime.Probe.table()void @14:10
                return @17:10
              }

              method static a()void () {
              b0:
                return @3:20
              }
            }
            """);
        String[] lines = out.split("\n");
        FrameTable table = FrameTable.decode(lines[2]);
        assertEquals(List.of("test.Main.main:5"), table.walk(lines[0]));
        assertEquals(List.of("test.Main.main:5"), table.walk(lines[1]));
    }

    /**
     * Chicory's interpreter recurses on the Java stack: like Kiln's Chicory runner, the test gives it a
     * thread whose stack outlasts the shadow stack's limit.
     */
    @Test
    void unboundedRecursionThrowsACatchableStackOverflowError() throws InterruptedException {
        String[] out = new String[1];
        Thread big = new Thread(null, () -> out[0] = Programs.run(RECURSION), "deep", 1L << 30);
        big.start();
        big.join();
        assertEquals("stack overflow\nstack overflow\n10<finish>\n", out[0]);
    }

    private static final String RECURSION = """
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = const int 0
                goto b1
              b1:
                v2 = phi int [b0: v1], [b4: v7]
                v3 = const int 2
                if ge v2, v3 then b5 else b2
              b2:
                catch java.lang.StackOverflowError -> b3
                v4 = invoke.static test.Main.down(int)int v1
                goto b4
              b3:
                v5 = caught java.lang.StackOverflowError
                v6 = invoke.virtual java.lang.Throwable.getMessage()java.lang.String v5
                invoke.static test.Out.println(java.lang.String)void v6
                goto b4
              b4:
                v8 = const int 1
                v7 = add int v2, v8
                goto b1
              b5:
                v9 = const int 10
                v10 = invoke.static test.Main.down2(int)int v9
                invoke.static test.Out.printInt(int)void v10
                return
              }

              method static down(int)int (v0: int) {
              b0:
                v1 = const int 1
                v2 = add int v0, v1
                v3 = invoke.static test.Main.down(int)int v2
                v4 = add int v3, v1
                return v4
              }

              method static down2(int)int (v0: int) {
              b0:
                if eq v0 then b1 else b2
              b1:
                return v0
              b2:
                v1 = const int 1
                v2 = sub int v0, v1
                v3 = invoke.static test.Main.down2(int)int v2
                v4 = add int v3, v1
                return v4
              }
            }
            """;

    /** The frame table in the contract's encoding: enough of it to name a site and find the next frame. */
    private record FrameTable(List<String> sites, List<Integer> weights) {
        static FrameTable decode(String printedBytes) {
            byte[] bytes = new byte[0];
            for (String b : printedBytes.trim().split(" ")) {
                bytes = Arrays.copyOf(bytes, bytes.length + 1);
                bytes[bytes.length - 1] = (byte) Integer.parseInt(b);
            }
            Reader r = new Reader(bytes);
            List<String> strings = new ArrayList<>();
            for (int i = r.next(); i > 0; i--) {
                int length = r.next();
                strings.add(new String(bytes, r.pos, length, StandardCharsets.UTF_8));
                r.pos += length;
            }
            List<String> classes = new ArrayList<>();
            for (int i = r.next(); i > 0; i--) {
                int pkg = r.next();
                String simple = strings.get(r.next());
                classes.add(pkg == 0 ? simple : strings.get(pkg - 1) + "." + simple);
                r.next();
                r.next();
                r.next();
            }
            List<String> sites = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            for (int m = r.next(); m > 0; m--) {
                String method = classes.get(r.next()) + "." + strings.get(r.next());
                int weight = r.next();
                for (int s = r.next(); s > 0; s--) {
                    sites.add(method + ":" + (r.next() - 2));
                    weights.add(weight);
                }
            }
            return new FrameTable(sites, weights);
        }

        /** The frames of a dump line, {@code top slot0 slot1 ...}, outermost first. */
        List<String> walk(String dump) {
            int[] numbers = Arrays.stream(dump.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
            List<String> frames = new ArrayList<>();
            for (int i = 0; i < numbers[0]; i += weights.get(numbers[1 + i])) frames.add(sites.get(numbers[1 + i]));
            return frames;
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private int pos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                int b = bytes[pos++];
                value |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) return value;
            }
        }
    }
}
