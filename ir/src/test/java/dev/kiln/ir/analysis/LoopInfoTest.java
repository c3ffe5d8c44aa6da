package dev.kiln.ir.analysis;

import static dev.kiln.ir.testing.Blocks.b;
import static dev.kiln.ir.testing.Blocks.bs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.Function;
import dev.kiln.ir.text.IrParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoopInfoTest {
    @Test
    void nestedLoopsKnowTheirParentsDepthsAndBlocks() {
        Function f = IrParser.parseFunction("""
                function static t.T.f(int)void (v0: int) {
                b0:
                  goto b1
                b1:
                  if eq v0 then b2 else b5
                b2:
                  if eq v0 then b3 else b4
                b3:
                  goto b2
                b4:
                  goto b1
                b5:
                  return
                }
                """);
        LoopInfo loops = LoopInfo.compute(f);
        assertEquals(2, loops.loops().size());
        Loop outer = loops.loops().get(0);
        Loop inner = loops.loops().get(1);
        assertSame(b(f, 1), outer.header());
        assertEquals(List.copyOf(outer.blocks()), bs(f, 1, 2, 4, 3));
        assertEquals(bs(f, 4), outer.latches());
        assertSame(b(f, 2), inner.header());
        assertEquals(Set.copyOf(bs(f, 2, 3)), inner.blocks());
        assertSame(outer, inner.parent());
        assertEquals(List.of(inner), outer.children());
        assertEquals(List.of(outer), loops.topLevel());
        assertEquals(2, inner.depth());
        assertEquals(0, loops.depth(b(f, 0)));
        assertEquals(1, loops.depth(b(f, 4)));
        assertEquals(2, loops.depth(b(f, 3)));
        assertSame(inner, loops.loopOf(b(f, 3)));
        assertNull(loops.loopOf(b(f, 5)));
        assertTrue(loops.isHeader(b(f, 2)));
        assertFalse(loops.isHeader(b(f, 3)));
        assertTrue(loops.isBackEdge(b(f, 3), b(f, 2)));
        assertFalse(loops.isBackEdge(b(f, 2), b(f, 3)));
        assertTrue(loops.isReducible());
    }

    @Test
    void selfLoopAndSharedHeaderMergeBackEdges() {
        Function f = IrParser.parseFunction("""
                function static t.T.f(int)void (v0: int) {
                b0:
                  goto b1
                b1:
                  switch v0 [0: b1, 1: b2] default b3
                b2:
                  goto b1
                b3:
                  return
                }
                """);
        LoopInfo loops = LoopInfo.compute(f);
        assertEquals(1, loops.loops().size());
        Loop loop = loops.loops().get(0);
        assertEquals(bs(f, 1, 2), loop.latches());
        assertEquals(Set.copyOf(bs(f, 1, 2)), loop.blocks());
    }

    @Test
    void exceptionEdgesCloseLoops() {
        Function f = IrParser.parseFunction("""
                function static t.T.f()void () {
                b0:
                  goto b1
                b1:
                  catch any -> b2
                  invoke.static t.T.g()void
                  return
                b2:
                  v0 = caught java.lang.Throwable
                  goto b1
                }
                """);
        LoopInfo loops = LoopInfo.compute(f);
        assertEquals(1, loops.loops().size());
        assertSame(b(f, 1), loops.loops().get(0).header());
        assertTrue(loops.isBackEdge(b(f, 2), b(f, 1)));
    }

    @Test
    void cycleEnteredTwiceIsIrreducible() {
        Function f = IrParser.parseFunction("""
                function static t.T.f(int)void (v0: int) {
                b0:
                  if eq v0 then b1 else b2
                b1:
                  if eq v0 then b2 else b3
                b2:
                  goto b1
                b3:
                  return
                }
                """);
        LoopInfo loops = LoopInfo.compute(f);
        assertFalse(loops.isReducible());
        assertEquals(List.of(new Edge(b(f, 2), b(f, 1))), loops.irreducibleEdges());
        assertEquals(List.of(), loops.loops());
        assertTrue(loops.backEdges().isEmpty());
    }
}
