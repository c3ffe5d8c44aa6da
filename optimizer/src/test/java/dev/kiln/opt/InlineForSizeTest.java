package dev.kiln.opt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.IrProgram;
import dev.kiln.ir.text.IrParser;
import dev.kiln.ir.text.IrPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code inline-small-methods} when size matters more ({@code -Os}, {@code -Oz}: {@link PassContext#favorSize}): the
 * golden program of {@code getters-setters-and-constructors.ir}, whose speed build inlines every call of main, keeps
 * the call of {@code check()} (it may throw) and inlines only the small quiet methods.
 */
class InlineForSizeTest {
    @Test
    void onlySmallQuietMethodsAreCopied() throws Exception {
        String source = Files.readString(Path.of("src/test/resources/inline-small-methods/getters-setters-and-constructors.ir"));
        IrProgram program = IrParser.parseProgram(source);
        new PassManager(Pipeline.standard().only("inline-small-methods")).withVerify(true).run(new PassContext(program, true));
        String main = IrPrinter.print(program);
        main = main.substring(main.indexOf("method public static main"));
        assertTrue(main.contains("invoke.special t.Point.check()int v1"), main);
        assertFalse(main.contains("invoke.special t.Point.getX()int"), main);
        assertFalse(main.contains("invoke.special t.Point.<init>(int)void"), main);
    }
}
