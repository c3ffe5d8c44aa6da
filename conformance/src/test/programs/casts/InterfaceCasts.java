package casts;

/** instanceof and checkcast against interfaces, including inherited and superinterfaces, and library interfaces. */
public class InterfaceCasts {
    interface Readable {
        String read();
    }

    interface Writable {
        void write(String s);
    }

    interface Stream extends Readable, Writable {
    }

    interface Marker {
    }

    static class Buffer implements Stream {
        private final StringBuilder data = new StringBuilder();
        @Override public String read() { return data.toString(); }
        @Override public void write(String s) { data.append(s); }
    }

    static class Source implements Readable {
        @Override public String read() { return "source"; }
    }

    static class MarkedSource extends Source implements Marker {
    }

    static String probe(Object o) {
        return (o instanceof Readable ? "R" : "-") + (o instanceof Writable ? "W" : "-") + (o instanceof Stream ? "S" : "-")
                + (o instanceof Marker ? "M" : "-") + (o instanceof CharSequence ? "C" : "-")
                + (o instanceof Runnable ? "U" : "-");
    }

    public static void main(String[] args) {
        Runnable task = new Runnable() {
            @Override public void run() { }
        };
        Object[] things = {new Buffer(), new Source(), new MarkedSource(), "chars", new StringBuilder("sb"), task,
                Integer.valueOf(1), new int[0], null};
        for (Object o : things) {
            System.out.println(probe(o));
        }
        Object b = new Buffer();
        Writable w = (Writable) b;
        w.write("abc");
        Readable r = (Readable) w;
        Stream s = (Stream) r;
        s.write("def");
        System.out.println(r.read() + " " + ((Readable) b).read().length());
        Readable rs = new MarkedSource();
        Marker m = (Marker) rs;
        Source src = (Source) m;
        System.out.println(src.read() + " " + (m instanceof Readable));
        CharSequence cs = (CharSequence) things[4];
        System.out.println(cs.length() + " " + cs.charAt(1) + " " + cs);
        Comparable<?> cmp = (Comparable<?>) things[3];
        System.out.println(cmp instanceof String);
    }
}
