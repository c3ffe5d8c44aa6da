package implicit_exceptions;

/** Reading and writing fields through null: locals, parameters, fields, statics and call results. */
public class NullFieldAccess {
    static class Node {
        Node next;
        int value;

        Node(int value) {
            this.value = value;
        }

        Node next() {
            return next;
        }
    }

    static Node head;
    Node first;

    static Node find(int key) {
        return key > 0 ? null : new Node(key);
    }

    static int readLocal() {
        Node n = null;
        return n.value;
    }

    static int readParameter(Node n) {
        return n.value;
    }

    int readThisField() {
        return first.value;
    }

    int readChain() {
        return first.next.next.value;
    }

    static int readStatic() {
        return head.value;
    }

    static int readCallResult() {
        return find(3).value;
    }

    static void writeLocal() {
        Node n = null;
        n.value = 7;
    }

    static int readMethodChain() {
        return new Node(1).next().value;
    }

    public static void main(String[] args) {
        NullFieldAccess self = new NullFieldAccess();
        self.first = new Node(1);
        self.first.next = new Node(2);
        try {
            System.out.println(readLocal());
        } catch (NullPointerException e) {
            System.out.println("local: " + e.getMessage());
        }
        try {
            System.out.println(readParameter(null));
        } catch (NullPointerException e) {
            System.out.println("parameter: " + e.getMessage());
        }
        try {
            System.out.println(new NullFieldAccess().readThisField());
        } catch (NullPointerException e) {
            System.out.println("this field: " + e.getMessage());
        }
        try {
            System.out.println(self.readChain());
        } catch (NullPointerException e) {
            System.out.println("chain: " + e.getMessage());
        }
        try {
            System.out.println(readStatic());
        } catch (NullPointerException e) {
            System.out.println("static: " + e.getMessage());
        }
        try {
            System.out.println(readCallResult());
        } catch (NullPointerException e) {
            System.out.println("call result: " + e.getMessage());
        }
        try {
            writeLocal();
        } catch (NullPointerException e) {
            System.out.println("write: " + e.getMessage());
        }
        try {
            System.out.println(readMethodChain());
        } catch (NullPointerException e) {
            System.out.println("method chain: " + e.getMessage());
        }
        System.out.println("done");
    }
}
