package dev.kiln.conformance.bytecode;

import java.util.Map;

/**
 * Writes class files with ASM for a conformance program's {@code // kiln:bytecode=<name>} directive: bytecode
 * that no javac writes any more (old class file versions, jsr/ret subroutines, code without stack map
 * frames), which the program's own Java code then calls.
 */
public interface BytecodeGenerator {
    /** The class files, by internal name ({@code class_versions/Finally14}). */
    Map<String, byte[]> classFiles();
}
