package nested_classes;
/**
 * The nest-mate mix compiled for Java 17, where nest members access each other's private members directly:
 * compound assignments and increments of private fields of every primitive type and String with their values
 * used, Outer.super.m() from an inner class (still an accessor), an inner class of an inner class, a static
 * nested class with a private constructor, anonymous and local classes. The same source, compiled with
 * javac --release 8 (synthetic accessors), is NestPrivates8.
 */
public class NestPrivates extends NestPrivatesBase {
    private byte pb = 100;
    private short ps = -2;
    private char pc = 'A';
    private int pi = 7;
    private long pl = 1L << 33;
    private float pf = 10f;
    private double pd = 7.75;
    private boolean pz;
    private String pstr = "s";
    private final int[] arr = new int[3];
    private static long counter;
    private final String id;

    private NestPrivates(String id) {
        this.id = id;
    }

    private String secret(int k) {
        return id + "#" + k;
    }

    @Override
    String hello() {
        return "NestPrivates.hello " + id;
    }

    class Inner {
        private int pi = -1;

        String mutate() {
            StringBuilder sb = new StringBuilder();
            sb.append("pb+=200 ").append(pb += 200);
            sb.append(" ps>>>=1 ").append(ps >>>= 1);
            sb.append(" pc*=3 ").append((int) (pc *= 3));
            sb.append(" pc++ ").append((int) pc++).append("->").append((int) pc);
            sb.append(" --pl ").append(--pl);
            sb.append(" pl<<=2 ").append(pl <<= 2);
            sb.append(" pf/=3 ").append(Float.floatToIntBits(pf /= 3));
            sb.append(" pd%=2.5 ").append(pd %= 2.5);
            sb.append(" pz^=true ").append(pz ^= true);
            sb.append(" pz&=pi>0 ").append(pz &= NestPrivates.this.pi > 0);
            sb.append(" pstr+= ").append(pstr += NestPrivates.this.pi + pi);
            sb.append(" counter++ ").append(counter++);
            sb.append(" arr ").append(arr[NestPrivates.this.pi++ % 3] += 7).append(" pi ").append(NestPrivates.this.pi).append(" own pi ").append(pi);
            pi -= 10;
            return sb.toString();
        }

        String greet() {
            return hello() + " | " + NestPrivates.super.hello() + " | " + secret(pi);
        }

        class Deeper {
            private int depth = 2;

            String reach() {
                pb--;
                return "deeper " + secret(depth) + " pb " + pb + " inner pi " + pi + " outer pi " + NestPrivates.this.pi + " counter " + ++counter;
            }
        }
    }

    static class Keeper {
        private int kept;
        private static String made = "";

        private Keeper(int kept) {
            this.kept = kept;
            made += kept;
        }

        static String peek(NestPrivates o) {
            o.pl >>= 3;
            o.ps--;
            return "keeper " + o.secret(o.pi) + " pl " + o.pl + " ps " + o.ps + " pc " + (int) o.pc++ + " arr " + o.arr[0] + o.arr[1] + o.arr[2];
        }
    }

    interface Task {
        String run();
    }

    Task anonymous(String suffix) {
        int local = pi * 2;
        return new Task() {
            private int runs;

            public String run() {
                runs++;
                return secret(local) + suffix + " runs " + runs + " pstr " + (pstr += "!");
            }
        };
    }

    String local(int start) {
        class Acc {
            private long sum = start;

            void add(int v) {
                sum += v * pi;
                pf += 0.5f;
            }
        }
        Acc acc = new Acc();
        for (int i = 1; i <= 3; i++) acc.add(i);
        return "local sum " + acc.sum + " pf " + pf;
    }

    public static void main(String[] args) {
        NestPrivates o = new NestPrivates("o" + args.length);
        Inner in = o.new Inner();
        System.out.println(in.mutate());
        System.out.println(in.mutate());
        System.out.println(in.greet());
        Inner.Deeper d = in.new Deeper();
        System.out.println(d.reach());
        System.out.println(d.reach() + " depth " + d.depth);
        System.out.println(Keeper.peek(o));
        Keeper k = new Keeper(o.pi);
        k.kept *= -3;
        new Keeper(k.kept);
        System.out.println("kept " + k.kept + " made " + Keeper.made);
        Task t = o.anonymous("?");
        System.out.println(t.run());
        System.out.println(t.run());
        System.out.println(o.local(args.length + 100));
        System.out.println("fields " + o.pb + " " + o.ps + " " + (int) o.pc + " " + o.pi + " " + o.pl + " " + o.pf + " " + o.pd + " " + o.pz + " " + o.pstr + " " + counter);
    }
}

class NestPrivatesBase {
    String hello() {
        return "Base.hello";
    }
}
