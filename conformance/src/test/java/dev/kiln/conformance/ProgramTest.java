package dev.kiln.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve("area").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsDirectivesArgsAndStdin() throws IOException {
        Path src = write("Prog.java", """
                package area;

                // kiln:exit=7
                // kiln:differs engine=node reason="node prints -0 differently"
                public class Prog {
                    public static void main(String[] args) { }
                }
                """);
        write("Prog.args", "one\ntwo words\n\nlast\n");
        write("Prog.stdin", "input");
        Program p = Program.load(src);
        assertEquals("area/Prog", p.id());
        assertEquals("area.Prog", p.mainClass());
        assertEquals(7, p.expectedExit());
        assertEquals(Map.of("node", "node prints -0 differently"), p.differs());
        assertEquals(List.of("one", "two words", "", "last"), p.args());
        assertEquals("input", new String(p.stdin(), StandardCharsets.UTF_8));
        assertEquals(List.of(), p.problems());
    }

    @Test
    void readsReleaseAndBytecodeGenerators() throws IOException {
        Program p = Program.load(write("Old.java", """
                package area;

                // kiln:release=8
                // kiln:bytecode=Finally14
                // kiln:bytecode=SubroutineShapes
                public class Old { }
                """));
        assertEquals(8, p.release());
        assertEquals(List.of("Finally14", "SubroutineShapes"), p.bytecode());
        assertEquals(List.of(), p.problems());
    }

    @Test
    void defaultsWithoutSideFiles() throws IOException {
        Program p = Program.load(write("Plain.java", "package area;\npublic class Plain { }\n"));
        assertEquals(0, p.expectedExit());
        assertEquals(List.of(), p.args());
        assertEquals(0, p.stdin().length);
        assertEquals(Map.of(), p.differs());
        assertEquals(Program.DEFAULT_RELEASE, p.release());
        assertEquals(List.of(), p.bytecode());
    }

    @Test
    void releasesBeforeEightAndUnknownGeneratorsAreProblems() throws IOException {
        Program p = Program.load(write("Odd.java", """
                package area;
                // kiln:release=7
                // kiln:release=eleven
                // kiln:bytecode=Nowhere
                public class Odd { }
                """));
        assertEquals(3, p.problems().size(), p.problems().toString());
        assertTrue(p.problems().get(0).startsWith("Odd.java:2: malformed directive '// kiln:release=7'"), p.problems().get(0));
        assertTrue(p.problems().get(2).contains("(one of Finally14, Frameless50, SubroutineShapes)"), p.problems().get(2));
        assertEquals(Program.DEFAULT_RELEASE, p.release());
    }

    @Test
    void malformedDirectivesAndWrongPackageAreProblems() throws IOException {
        Program p = Program.load(write("Bad.java", """
                package elsewhere;
                // kiln:exit=three
                // kiln:differs engine=node
                // kiln:skip
                public class Bad { }
                """));
        assertEquals(4, p.problems().size(), p.problems().toString());
        assertTrue(p.problems().get(0).startsWith("Bad.java:2: malformed directive"), p.problems().get(0));
        assertTrue(p.problems().get(3).contains("package area;"), p.problems().get(3));
    }
}
