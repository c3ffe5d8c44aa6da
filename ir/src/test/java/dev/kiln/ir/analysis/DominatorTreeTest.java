package dev.kiln.ir.analysis;

import static dev.kiln.ir.testing.Blocks.b;
import static dev.kiln.ir.testing.Blocks.bs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.text.IrParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DominatorTreeTest {
    private static final Function DIAMOND = IrParser.parseFunction("""
            function static t.T.f(int)void (v0: int) {
            b0:
              if eq v0 then b1 else b2
            b1:
              goto b3
            b2:
              goto b3
            b3:
              return
            b4:
              goto b3
            }
            """);

    @Test
    void reversePostorderFollowsSuccessorOrderAndSkipsUnreachableBlocks() {
        assertEquals(bs(DIAMOND, 0, 2, 1, 3), ReversePostorder.of(DIAMOND));
    }

    @Test
    void diamondJoinIsDominatedByTheBranchOnly() {
        DominatorTree dom = DominatorTree.compute(DIAMOND);
        assertNull(dom.idom(b(DIAMOND, 0)));
        assertEquals(b(DIAMOND, 0), dom.idom(b(DIAMOND, 1)));
        assertEquals(b(DIAMOND, 0), dom.idom(b(DIAMOND, 3)));
        assertTrue(dom.dominates(b(DIAMOND, 0), b(DIAMOND, 3)));
        assertTrue(dom.dominates(b(DIAMOND, 3), b(DIAMOND, 3)));
        assertFalse(dom.strictlyDominates(b(DIAMOND, 3), b(DIAMOND, 3)));
        assertFalse(dom.dominates(b(DIAMOND, 1), b(DIAMOND, 3)));
        assertEquals(bs(DIAMOND, 2, 1, 3), dom.children(b(DIAMOND, 0)));
        assertEquals(Set.of(b(DIAMOND, 3)), dom.frontier(b(DIAMOND, 1)));
        assertEquals(Set.of(), dom.frontier(b(DIAMOND, 0)));
    }

    @Test
    void unreachableBlocksHaveNoDominators() {
        DominatorTree dom = DominatorTree.compute(DIAMOND);
        Block dead = b(DIAMOND, 4);
        assertFalse(dom.isReachable(dead));
        assertNull(dom.idom(dead));
        assertFalse(dom.dominates(b(DIAMOND, 0), dead));
        assertFalse(dom.dominates(dead, dead));
        assertEquals(List.of(), dom.children(dead));
    }

    @Test
    void exceptionEdgesCount() {
        Function f = IrParser.parseFunction("""
                function static t.T.f()void () {
                b0:
                  goto b1
                b1:
                  catch any -> b3
                  invoke.static t.T.g()void
                  goto b2
                b2:
                  return
                b3:
                  v0 = caught java.lang.Throwable
                  goto b2
                }
                """);
        DominatorTree dom = DominatorTree.compute(f);
        assertEquals(b(f, 1), dom.idom(b(f, 3)));
        assertEquals(b(f, 1), dom.idom(b(f, 2)));
        assertEquals(Set.of(b(f, 2)), dom.frontier(b(f, 3)));
    }

    @Test
    void loopHeaderIsInItsOwnFrontier() {
        Function f = IrParser.parseFunction("""
                function static t.T.f(int)void (v0: int) {
                b0:
                  goto b1
                b1:
                  if eq v0 then b2 else b3
                b2:
                  goto b1
                b3:
                  return
                }
                """);
        DominatorTree dom = DominatorTree.compute(f);
        assertEquals(Set.of(b(f, 1)), dom.frontier(b(f, 1)));
        assertEquals(Set.of(b(f, 1)), dom.frontier(b(f, 2)));
        assertEquals(b(f, 1), dom.idom(b(f, 3)));
    }
}
