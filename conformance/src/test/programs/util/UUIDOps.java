package util;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * java.util.UUID without randomness: construction from two longs, fromString (canonical, upper case, short
 * groups, leading zeros dropped, the errors), toString (lower case, zero-padded groups), version/variant and
 * the time-based fields (and the UnsupportedOperationException of a non-time-based UUID), equals/hashCode,
 * and compareTo, which compares the halves as signed longs.
 */
public class UUIDOps {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        UUID a = new UUID(0x123e4567e89b12d3L, 0xa456426614174000L);
        UUID zero = new UUID(0, 0);
        UUID ones = new UUID(-1L, -1L);
        UUID small = new UUID(1, 2);
        System.out.println(a + " " + zero + " " + ones + " " + small);
        System.out.println("msb " + Long.toHexString(a.getMostSignificantBits()) + " lsb " + Long.toHexString(a.getLeastSignificantBits())
                + " version " + a.version() + " variant " + a.variant() + " zero variant " + zero.variant() + " ones variant "
                + ones.variant() + " ones version " + ones.version());
        UUID time = UUID.fromString("c232ab00-9414-11ec-b3c8-9f6bdeced846");
        System.out.println("time-based " + time + " version " + time.version() + " timestamp " + time.timestamp() + " clockSequence "
                + time.clockSequence() + " node " + Long.toHexString(time.node()));
        attempt("timestamp of version 1? no: version " + a.version(), a::timestamp);
        attempt("node of version 1? no", a::node);
        attempt("fromString canonical", () -> UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        attempt("fromString upper case", () -> UUID.fromString("123E4567-E89B-12D3-A456-426614174000"));
        attempt("fromString short groups", () -> UUID.fromString("1-2-3-4-5"));
        attempt("fromString equals", () -> UUID.fromString("1-2-3-4-5").equals(new UUID(0x0000000100020003L, 0x0004000000000005L)));
        attempt("fromString too few dashes", () -> UUID.fromString("1-2-3-4"));
        attempt("fromString too many dashes", () -> UUID.fromString("1-2-3-4-5-6"));
        attempt("fromString bad digit", () -> UUID.fromString("123e4567-e89b-12d3-a456-42661417400g"));
        attempt("fromString too long", () -> UUID.fromString("123e4567-e89b-12d3-a456-4266141740001234567890123456789"));
        attempt("fromString null", () -> UUID.fromString(null));
        System.out.println("equals " + a.equals(new UUID(a.getMostSignificantBits(), a.getLeastSignificantBits())) + " " + a.equals(zero)
                + " " + a.equals(a.toString()) + " hash " + a.hashCode() + " " + zero.hashCode() + " " + ones.hashCode());
        List<UUID> list = new ArrayList<>(List.of(a, zero, ones, small, time, new UUID(Long.MIN_VALUE, 0), new UUID(Long.MAX_VALUE, -1),
                new UUID(1, -5)));
        Collections.sort(list);
        for (UUID u : list) System.out.println("sorted " + u);
        System.out.println("compareTo " + zero.compareTo(ones) + " " + ones.compareTo(zero) + " " + small.compareTo(new UUID(1, -5))
                + " " + a.compareTo(a));
    }
}
