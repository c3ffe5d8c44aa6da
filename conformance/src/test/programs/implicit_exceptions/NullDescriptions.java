package implicit_exceptions;

/**
 * How NullPointerException messages describe the null value: array elements with constant, variable and
 * computed indexes, nested arrays, static fields, method results inside a description, casts, the null
 * constant, values merged from two branches (not described), and the limit on how deep a description goes.
 */
public class NullDescriptions {
    static class Node {
        Node next;
        Node[] children;
        Object payload;
        int value;
    }

    static Node root;
    static Node[] table;
    static int slot = 1;

    static Node make(int depth) {
        Node n = new Node();
        if (depth > 0) {
            n.next = make(depth - 1);
        }
        return n;
    }

    static Node lookup(String key, int hash) {
        return key == null ? null : new Node();
    }

    static int at(int i) {
        return i;
    }

    static void report(String label, NullPointerException e) {
        System.out.println(label + ": " + e.getMessage());
    }

    public static void main(String[] args) {
        Node[] nodes = new Node[4];
        int i = at(2);
        try { System.out.println(nodes[0].value); } catch (NullPointerException e) { report("constant index", e); }
        try { System.out.println(nodes[i].value); } catch (NullPointerException e) { report("variable index", e); }
        try { System.out.println(nodes[i + 1].value); } catch (NullPointerException e) { report("computed index", e); }
        try { System.out.println(nodes[at(3)].value); } catch (NullPointerException e) { report("call index", e); }
        try { System.out.println(nodes[slot].value); } catch (NullPointerException e) { report("static index", e); }
        try { System.out.println(nodes[100 - 99].value); } catch (NullPointerException e) { report("folded index", e); }
        table = new Node[200];
        try { System.out.println(table[150].value); } catch (NullPointerException e) { report("static array", e); }
        Node[] big = new Node[40000];
        try { System.out.println(big[39999].value); } catch (NullPointerException e) { report("big index", e); }
        try { System.out.println(root.next.value); } catch (NullPointerException e) { report("static field", e); }
        root = make(1);
        try { System.out.println(root.next.next.value); } catch (NullPointerException e) { report("static chain", e); }
        try { System.out.println(lookup("k", 1).next.value); } catch (NullPointerException e) { report("call then field", e); }
        try { System.out.println(lookup(null, 2).value); } catch (NullPointerException e) { report("call", e); }
        root.children = new Node[2];
        try { System.out.println(root.children[1].value); } catch (NullPointerException e) { report("field array", e); }
        try { System.out.println(root.next.children[0].value); } catch (NullPointerException e) { report("chain array", e); }
        Node[][] grid = new Node[2][2];
        try { System.out.println(grid[1][i - 1].value); } catch (NullPointerException e) { report("grid", e); }
        Object payload = root.payload;
        try { System.out.println(((Node) payload).value); } catch (NullPointerException e) { report("cast local", e); }
        try { System.out.println(((Node) root.payload).value); } catch (NullPointerException e) { report("cast field", e); }
        try { System.out.println(((String) null).length()); } catch (NullPointerException e) { report("null constant", e); }
        Node a = null;
        Node b = null;
        try { System.out.println((i > 1 ? a : b).value); } catch (NullPointerException e) { report("merged", e); }
        Node deep = make(4);
        try { System.out.println(deep.next.next.next.next.next.value); } catch (NullPointerException e) { report("depth 5", e); }
        Node deeper = make(5);
        try { System.out.println(deeper.next.next.next.next.next.next.value); } catch (NullPointerException e) { report("depth 6", e); }
        try { System.out.println(deeper.next.next.next.next.next.next.next.value); } catch (NullPointerException e) { report("depth 7", e); }
        try { System.out.println(new Node().next.value); } catch (NullPointerException e) { report("new object", e); }
        try { System.out.println(make(0).children.length); } catch (NullPointerException e) { report("call array", e); }
        System.out.println("done");
    }
}
