package dev.kiln.samples.hello;

/** The smallest Kiln program: prints a greeting, and the first argument when one is given. */
public class Hello {
    public static void main(String[] args) {
        String who = args.length > 0 ? args[0] : "WebAssembly";
        System.out.println("Hello, " + who + "! Greetings from Java, compiled by Kiln.");
    }
}
