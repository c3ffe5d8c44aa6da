package dev.kiln.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HelloWorldTest {
    @Test
    void printsAStringLiteral() {
        String out = Programs.run("""
            class test.Main extends java.lang.Object [public] {
              method public static main(java.lang.String[])void (v0: java.lang.String[]) {
              b0:
                v1 = const string "Hello, world!"
                invoke.static test.Out.println(java.lang.String)void v1
                return
              }
            }
            """);
        assertEquals("Hello, world!\n<finish>\n", out);
    }
}
