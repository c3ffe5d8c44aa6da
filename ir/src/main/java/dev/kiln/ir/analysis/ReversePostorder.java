package dev.kiln.ir.analysis;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The blocks reachable from the entry, in reverse postorder of a depth-first walk that follows
 * successors in {@link Block#allSuccessors()} order: every block comes before its successors except
 * along retreating edges, which is the order forward dataflow and the dominator algorithm want.
 * The walk is iterative so that very long methods cannot overflow the stack.
 */
public final class ReversePostorder {
    private ReversePostorder() {}

    public static List<Block> of(Function f) {
        List<Block> postorder = new ArrayList<>();
        if (f.blocks().isEmpty()) return postorder;
        Set<Block> visited = new HashSet<>();
        Deque<Iterator<Block>> stack = new ArrayDeque<>();
        Deque<Block> path = new ArrayDeque<>();
        visited.add(f.entry());
        path.push(f.entry());
        stack.push(f.entry().allSuccessors().iterator());
        while (!stack.isEmpty()) {
            Iterator<Block> successors = stack.peek();
            if (successors.hasNext()) {
                Block s = successors.next();
                if (visited.add(s)) {
                    path.push(s);
                    stack.push(s.allSuccessors().iterator());
                }
            } else {
                stack.pop();
                postorder.add(path.pop());
            }
        }
        Collections.reverse(postorder);
        return postorder;
    }
}
