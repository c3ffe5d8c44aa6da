package static_fields;

/** Static fields of every type: defaults, updates from static and instance methods, and shared state. */
public class StaticCounters {
    static boolean zBool;
    static byte zByte;
    static short zShort;
    static char zChar;
    static int zInt;
    static long zLong;
    static float zFloat;
    static double zDouble;
    static String zString;
    static Object zObject;
    static int[] zArray;

    static int instances;
    static long total;
    final int id;

    StaticCounters(int weight) {
        instances++;
        id = instances;
        total += weight;
    }

    static class Registry {
        static final int CAPACITY = 4;
        static StaticCounters[] items = new StaticCounters[CAPACITY];
        static int size;

        static void add(StaticCounters c) {
            if (size < CAPACITY) {
                items[size++] = c;
            }
        }
    }

    public static void main(String[] args) {
        System.out.println(zBool + " " + zByte + " " + zShort + " " + (int) zChar + " " + zInt + " " + zLong + " "
                + zFloat + " " + zDouble + " " + zString + " " + (zObject == null) + " " + (zArray == null));
        zBool = !zBool;
        zByte -= 1;
        zShort += 300;
        zChar = 'k';
        zInt = Integer.MIN_VALUE;
        zLong = zInt * 2L;
        zFloat = 1.25f;
        zDouble = -zFloat * 2;
        zString = "s" + zInt;
        zObject = zString;
        zArray = new int[]{zInt, zByte};
        System.out.println(zBool + " " + zByte + " " + zShort + " " + zChar + " " + zInt + " " + zLong + " " + zFloat + " "
                + zDouble + " " + zString + " " + (zObject == zString) + " " + zArray[1]);
        for (int w = 1; w <= 6; w++) {
            Registry.add(new StaticCounters(w * w));
        }
        System.out.println("instances " + instances + " total " + total + " registered " + Registry.size);
        for (int k = 0; k < Registry.size; k++) {
            System.out.print(Registry.items[k].id + " ");
        }
        System.out.println();
        StaticCounters.instances = 0;
        StaticCounters sc = new StaticCounters(0);
        System.out.println(sc.id + " " + StaticCounters.instances);
    }
}
