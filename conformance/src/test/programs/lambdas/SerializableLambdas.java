package lambdas;

import java.io.Serializable;

/**
 * Serializable lambdas and method references (altMetafactory with FLAG_SERIALIZABLE): they are instances of
 * Serializable, and otherwise behave like any lambda; nothing here serializes them.
 */
public class SerializableLambdas {
    interface Op extends Serializable { int apply(int x); }
    interface Plain { int apply(int x); }
    interface Text { String get(); }

    static int triple(int x) { return 3 * x; }

    public static void main(String[] args) {
        int offset = args.length + 5;
        Op add = x -> x + offset;
        Op ref = SerializableLambdas::triple;
        Plain cast = (Plain & Serializable) x -> x - offset;
        Text text = (Text & Serializable) () -> "text " + offset;
        System.out.println("add " + add.apply(10) + " ref " + ref.apply(10) + " cast " + cast.apply(10) + " " + text.get());
        System.out.println("serializable " + (add instanceof Serializable) + " " + (ref instanceof Serializable) + " "
                + (((Object) cast) instanceof Serializable) + " " + (((Object) text) instanceof Serializable));
        Plain notSerializable = x -> x;
        System.out.println("plain " + (((Object) notSerializable) instanceof Serializable));
        Op[] ops = new Op[6];
        for (int k = 0; k < ops.length; k++) {
            int factor = k;
            ops[k] = x -> x * factor + offset;
        }
        int acc = 1;
        for (Op op : ops) {
            acc = op.apply(acc);
            System.out.println("acc " + acc);
        }
    }
}
