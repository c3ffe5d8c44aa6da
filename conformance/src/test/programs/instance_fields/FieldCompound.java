package instance_fields;

/** Read-modify-write on instance fields of every primitive type through this, other objects and chains. */
public class FieldCompound {
    byte b = 100;
    short s = 30000;
    char c = 'a';
    int i = 7;
    long l = 1L << 40;
    float f = 1.5f;
    double d = 2.25;
    boolean z;
    FieldCompound next;

    void bump() {
        b += 50;
        s += s;
        c += 2;
        i *= -3;
        l >>= 3;
        f /= 4;
        d -= 0.5;
        z ^= true;
    }

    String dump() {
        return b + " " + s + " " + c + " " + i + " " + l + " " + f + " " + d + " " + z;
    }

    public static void main(String[] args) {
        FieldCompound o = new FieldCompound();
        System.out.println(o.dump());
        o.bump();
        System.out.println(o.dump());
        o.bump();
        System.out.println(o.dump());
        o.next = new FieldCompound();
        o.next.next = new FieldCompound();
        o.next.next.i++;
        o.next.next.i += o.next.i++;
        ++o.next.i;
        System.out.println(o.next.i + " " + o.next.next.i);
        int old = o.i++;
        int now = ++o.i;
        System.out.println(old + " " + now + " " + o.i);
        o.l++;
        o.l--;
        o.l = o.l++ + o.l;
        System.out.println(o.l);
        o.c++;
        char oldC = o.c--;
        System.out.println(oldC + " " + o.c);
        o.d++;
        o.f--;
        System.out.println(o.d + " " + o.f);
        o.next.next.next = o;
        System.out.println(o.next.next.next.next.i == o.next.i);
    }
}
