package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The host interface the real runtime library uses: an {@code @Import} of WASI's {@code fd_write} with
 * its iovec built in linear memory by store intrinsics, run on Chicory's WASI preview 1.
 */
class WasiTest {
    @Test
    void writesToStandardOutputThroughTheImportedFdWrite() {
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        Programs.run(Programs.compile("""
            class dev.kiln.runtime.Wasi extends java.lang.Object [public final] {
              method public static native fd_write(int,int,int,int)int import "wasi_snapshot_preview1" "fd_write"
              method static native store(int,int)void intrinsic "i32.store"
              method static native store8(int,int)void intrinsic "i32.store8"
            }

            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = const int 100
                v2 = const int 104
                invoke.static dev.kiln.runtime.Wasi.store8(int,int)void v1, v2
                v3 = const int 101
                v4 = const int 105
                invoke.static dev.kiln.runtime.Wasi.store8(int,int)void v3, v4
                v5 = const int 102
                v6 = const int 10
                invoke.static dev.kiln.runtime.Wasi.store8(int,int)void v5, v6
                v7 = const int 0
                invoke.static dev.kiln.runtime.Wasi.store(int,int)void v7, v1
                v8 = const int 4
                v9 = const int 3
                invoke.static dev.kiln.runtime.Wasi.store(int,int)void v8, v9
                v10 = const int 1
                v11 = const int 8
                v12 = invoke.static dev.kiln.runtime.Wasi.fd_write(int,int,int,int)int v10, v7, v10, v11
                invoke.static test.Out.printInt(int)void v12
                return
              }
            }
            """), out, stdout);
        assertEquals("hi\n", stdout.toString(StandardCharsets.UTF_8));
        assertEquals("0<finish>\n", out.toString());
    }
}
