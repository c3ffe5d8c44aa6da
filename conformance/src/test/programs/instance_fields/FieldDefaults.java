package instance_fields;

/** Instance fields of every type start at their defaults; initializers run in order before the constructor body. */
public class FieldDefaults {
    boolean z;
    byte b;
    short s;
    char c;
    int i;
    long l;
    float f;
    double d;
    String str;
    int[] arr;
    FieldDefaults self;

    int initialized = 5;
    int dependent = initialized * 2;
    String trace = "init:" + dependent;

    {
        trace += ":block";
        dependent++;
    }

    long afterBlock = dependent * 100L;

    FieldDefaults() {
        trace += ":ctor";
    }

    FieldDefaults(int seed) {
        this();
        i = seed;
        trace += ":seed" + seed;
    }

    public static void main(String[] args) {
        FieldDefaults o = new FieldDefaults();
        System.out.println(o.z + " " + o.b + " " + o.s + " " + (int) o.c + " " + o.i + " " + o.l + " " + o.f + " " + o.d + " "
                + o.str + " " + (o.arr == null) + " " + (o.self == null));
        System.out.println(o.initialized + " " + o.dependent + " " + o.trace + " " + o.afterBlock);
        FieldDefaults p = new FieldDefaults(9);
        System.out.println(p.i + " " + p.trace);
        p.z = true;
        p.b = (byte) 0x80;
        p.s = (short) 0xffff;
        p.c = '\u0041';
        p.l = Long.MIN_VALUE;
        p.f = 0.5f;
        p.d = -0.25;
        p.str = "x";
        p.arr = new int[]{1};
        p.self = p;
        System.out.println(p.z + " " + p.b + " " + p.s + " " + p.c + " " + p.l + " " + p.f + " " + p.d + " " + p.str + " "
                + p.arr.length + " " + (p.self.self.self == p));
        System.out.println(o.z + " " + o.b + " " + o.str);
    }
}
