package exceptions;

// kiln:exit=1

/** An uncaught custom exception without a message, thrown from a nested class's constructor and instance method. */
public class UncaughtCustom {
    static class InventoryException extends RuntimeException {
        final int shortBy;

        InventoryException(int shortBy) {
            this.shortBy = shortBy;
        }
    }

    static class Stock {
        private int count;

        Stock(int count) {
            this.count = count;
        }

        void take(int n) {
            if (n > count) {
                throw new InventoryException(n - count);
            }
            count -= n;
        }
    }

    static class Order {
        Order(Stock stock, int[] amounts) {
            for (int a : amounts) {
                stock.take(a);
            }
        }
    }

    public static void main(String[] args) {
        Stock stock = new Stock(10);
        new Order(stock, new int[] {3, 4});
        System.out.println("first order done");
        new Order(stock, new int[] {2, 5});
    }
}
