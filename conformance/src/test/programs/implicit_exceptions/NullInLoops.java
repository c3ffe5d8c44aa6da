package implicit_exceptions;

/** Dereferences inside loops: walking a list off its end, this-field access in a loop, and recovery. */
public class NullInLoops {
    static class Cell {
        Cell next;
        int value;

        Cell(int value, Cell next) {
            this.value = value;
            this.next = next;
        }
    }

    Cell head;
    int[] weights;

    int sumTwoAhead() {
        int sum = 0;
        for (Cell c = head; c != null; c = c.next) {
            sum += c.value * weights[c.value] + c.next.next.value;
        }
        return sum;
    }

    static int walk(Cell c, int steps) {
        int total = 0;
        for (int i = 0; i < steps; i++) {
            total += c.value;
            c = c.next;
        }
        return total;
    }

    public static void main(String[] args) {
        Cell list = new Cell(1, new Cell(2, new Cell(3, null)));
        System.out.println(walk(list, 3));
        try {
            System.out.println(walk(list, 4));
        } catch (NullPointerException e) {
            System.out.println("walk: " + e.getMessage());
        }
        NullInLoops self = new NullInLoops();
        self.head = list;
        try {
            System.out.println(self.sumTwoAhead());
        } catch (NullPointerException e) {
            System.out.println("weights: " + e.getMessage());
        }
        self.weights = new int[] {0, 1, 1, 1};
        try {
            System.out.println(self.sumTwoAhead());
        } catch (NullPointerException e) {
            System.out.println("two ahead: " + e.getMessage());
        }
        int failures = 0;
        Cell[] cells = {list, null, list.next, null};
        for (Cell c : cells) {
            try {
                System.out.println(c.value);
            } catch (NullPointerException e) {
                failures++;
                System.out.println(e.getMessage());
            }
        }
        System.out.println("failures " + failures);
    }
}
