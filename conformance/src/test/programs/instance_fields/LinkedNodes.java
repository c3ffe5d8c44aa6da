package instance_fields;

/** A hand-made singly linked list and binary tree held together by reference fields. */
public class LinkedNodes {
    static class Node {
        int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static class Tree {
        int key;
        Tree left;
        Tree right;

        Tree(int key) { this.key = key; }

        void insert(int k) {
            if (k < key) {
                if (left == null) left = new Tree(k); else left.insert(k);
            } else {
                if (right == null) right = new Tree(k); else right.insert(k);
            }
        }

        void inOrder(StringBuilder sb) {
            if (left != null) left.inOrder(sb);
            sb.append(key).append(' ');
            if (right != null) right.inOrder(sb);
        }

        int height() {
            int lh = left == null ? 0 : left.height();
            int rh = right == null ? 0 : right.height();
            return 1 + Math.max(lh, rh);
        }
    }

    static String show(Node n) {
        StringBuilder sb = new StringBuilder("[");
        for (Node p = n; p != null; p = p.next) {
            sb.append(p.value);
            if (p.next != null) sb.append(", ");
        }
        return sb.append(']').toString();
    }

    static Node reverse(Node n) {
        Node prev = null;
        while (n != null) {
            Node next = n.next;
            n.next = prev;
            prev = n;
            n = next;
        }
        return prev;
    }

    public static void main(String[] args) {
        Node list = null;
        for (int i = 1; i <= 10; i++) {
            list = new Node(i * i, list);
        }
        System.out.println(show(list));
        list = reverse(list);
        System.out.println(show(list));
        Node prev = null;
        for (Node p = list; p != null; p = p.next) {
            if (p.value % 2 == 0) {
                if (prev == null) list = p.next; else prev.next = p.next;
            } else {
                prev = p;
            }
        }
        System.out.println(show(list));
        System.out.println(show(null));
        Tree root = new Tree(50);
        int seed = 12345;
        for (int i = 0; i < 30; i++) {
            seed = seed * 1103515245 + 12345;
            root.insert((seed >>> 16) % 100);
        }
        StringBuilder sb = new StringBuilder();
        root.inOrder(sb);
        System.out.println(sb);
        System.out.println("height " + root.height());
    }
}
