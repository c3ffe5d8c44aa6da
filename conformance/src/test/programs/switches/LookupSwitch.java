package switches;

/** Sparse case labels compile to lookupswitch: negative, huge, MIN_VALUE and MAX_VALUE keys. */
public class LookupSwitch {
    static String sparse(int v) {
        switch (v) {
            case Integer.MIN_VALUE: return "min";
            case -1000000: return "minus a million";
            case -1: return "minus one";
            case 0: return "zero";
            case 7: return "seven";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case 123456789: return "digits";
            case Integer.MAX_VALUE: return "max";
            default: return "other(" + v + ")";
        }
    }

    static int httpClass(int code) {
        switch (code) {
            case 200: case 201: case 204: return 2;
            case 301: case 302: case 304: return 3;
            case 400: case 401: case 403: case 404: return 4;
            case 500: case 503: return 5;
            default: return 0;
        }
    }

    public static void main(String[] args) {
        int[] probes = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000000, -999999, -1, 0, 1, 7, 8, 999, 1000,
                65536, 65535, 123456789, Integer.MAX_VALUE, Integer.MAX_VALUE - 1};
        for (int p : probes) {
            System.out.println(p + " -> " + sparse(p));
        }
        int[] codes = {100, 200, 201, 202, 204, 301, 304, 305, 400, 404, 418, 500, 503, 504};
        StringBuilder sb = new StringBuilder();
        for (int c : codes) {
            sb.append(c).append('=').append(httpClass(c)).append(' ');
        }
        System.out.println(sb);
        long mixed = 0;
        for (int k = 0; k < 5000; k += 37) {
            switch (k * k % 1009) {
                case 0: mixed += 1; break;
                case 1: mixed += 2; break;
                case 64: mixed += 3; break;
                case 256: mixed += 4; break;
                case 900: mixed += 5; break;
                default: mixed += k % 3;
            }
        }
        System.out.println("mixed " + mixed);
    }
}
