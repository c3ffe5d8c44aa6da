package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Offsets recomputed from instruction sizes (a class read into a plain ClassNode) agree with the offsets
 * {@link LiftableClass} keeps from the class file, on javac's output, including the padding of switches.
 */
class BytecodeOffsetsTest {
    @ParameterizedTest
    @ValueSource(strings = {"Arithmetic", "Loops", "Switches", "Concat", "StackOps", "Exceptions", "ArrayOps", "Members"})
    void computedOffsetsMatchTheClassFile(String fixture) throws IOException {
        String resource = "dev/kiln/frontend/lift/fixtures/" + fixture + ".class";
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            bytes = in.readAllBytes();
        }
        ClassNode plain = new ClassNode();
        new ClassReader(bytes).accept(plain, ClassReader.EXPAND_FRAMES);
        ClassNode kept = LiftableClass.read(bytes, ClassReader.EXPAND_FRAMES);
        TestContext ctx = new TestContext(new ClassNodes());
        for (MethodNode m : kept.methods) {
            assertEquals(positions(LiftAssertions.lift(kept, m.name, ctx)), positions(LiftAssertions.lift(plain, m.name, ctx)),
                    m.name);
        }
    }

    private static List<SourcePos> positions(Function fn) {
        List<SourcePos> out = new ArrayList<>();
        for (Block b : fn.blocks()) for (Instruction i : b.instructions()) out.add(i.pos());
        return out;
    }
}
