package nested_classes;

/**
 * Anonymous classes created in a static initializer, a static field initializer, an instance field
 * initializer, an instance initializer, a constructor and the argument of {@code this(...)}; an anonymous
 * class with its own instance initializer; an abstract superclass whose constructor calls a method the
 * anonymous class overrides (captured locals and the outer instance are already stored then); an anonymous
 * subclass of an inner class made with an explicit outer instance; and an interface constant that is an
 * anonymous class, created when the interface is initialised.
 */
public class AnonymousInInitializers {
    interface Counter {
        int next();
    }

    interface Defaults {
        StringBuilder TRACE = new StringBuilder("trace:");
        Counter FROM_INTERFACE = new Counter() {
            int v = traced(1000);

            public int next() {
                return v++;
            }
        };
    }

    static int traced(int v) {
        Defaults.TRACE.append(v).append(';');
        return v;
    }

    abstract static class Named {
        final String label;

        Named(String prefix, int n) {
            System.out.println("  Named(" + prefix + ", " + n + ") sees " + describe());
            label = prefix + n + "=" + describe();
        }

        abstract String describe();
    }

    static final StringBuilder LOG = new StringBuilder();
    static final Counter STATIC_COUNTER;

    static {
        int start = Integer.parseInt("40");
        STATIC_COUNTER = new Counter() {
            int value = start;

            public int next() {
                return value += 2;
            }
        };
        LOG.append("static;");
    }

    static final Named STATIC_NAMED = new Named("static", 1) {
        String describe() {
            return "static anon, log " + LOG;
        }
    };

    final String title;
    int base = 5;
    final Counter fieldCounter = new Counter() {
        int calls;

        public int next() {
            return base * 100 + (++calls);
        }
    };
    final Counter counter;
    final Named named;

    {
        LOG.append("instance(").append(base).append(");");
    }

    AnonymousInInitializers(String title, int step) {
        this.title = title;
        String local = title.toUpperCase();
        counter = new Counter() {
            int v;

            {
                v = step * 10;
                LOG.append("anon-init(").append(v).append(");");
            }

            public int next() {
                v += step;
                return v + base;
            }
        };
        named = new Named(title, step) {
            String describe() {
                return "local=" + local + " step=" + step + " title=" + AnonymousInInitializers.this.title + " base=" + base;
            }
        };
    }

    AnonymousInInitializers(int n) {
        this("chained" + new Counter() {
            public int next() {
                return n * 7;
            }
        }.next(), n + 1);
    }

    class Cell {
        final int id;

        Cell(int id) {
            this.id = id;
        }

        String show() {
            return "cell " + id + " of " + title;
        }
    }

    public static void main(String[] args) {
        System.out.println("main starts, log " + LOG);
        System.out.println("static counter " + STATIC_COUNTER.next() + " " + STATIC_COUNTER.next());
        System.out.println("static named " + STATIC_NAMED.label);
        AnonymousInInitializers first = new AnonymousInInitializers("first", args.length + 3);
        System.out.println("first " + first.counter.next() + " " + first.counter.next() + " " + first.fieldCounter.next() + " " + first.named.label);
        first.base = 9;
        System.out.println("first after base=9: " + first.counter.next() + " " + first.fieldCounter.next() + " " + first.named.describe());
        AnonymousInInitializers chained = new AnonymousInInitializers(args.length + 6);
        System.out.println("chained " + chained.title + " " + chained.counter.next() + " " + chained.named.label);
        Cell cell = chained.new Cell(7) {
            @Override
            String show() {
                return "anon " + super.show() + " sees first " + first.title;
            }
        };
        System.out.println(cell.show() + " " + cell.getClass().getSuperclass().getName());
        System.out.println("log " + LOG);
        System.out.println("before interface " + Defaults.TRACE);
        System.out.println("interface counter " + Defaults.FROM_INTERFACE.next() + " " + Defaults.FROM_INTERFACE.next());
        System.out.println("after interface " + Defaults.TRACE);
    }
}
