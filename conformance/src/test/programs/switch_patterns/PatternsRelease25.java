package switch_patterns;

// kiln:release=25
/**
 * Pattern switches compiled for Java 25: enum constants under a sealed interface (typeSwitch with enum
 * descriptions), an enum selector with patterns (enumSwitch), boxed selectors with constants, record patterns.
 */
public class PatternsRelease25 {
    sealed interface Move permits Dir, Jump {}
    enum Dir implements Move { NORTH, EAST, SOUTH, WEST }
    record Jump(int height) implements Move {}

    static String move(Move m) {
        return switch (m) {
            case Dir.NORTH -> "up";
            case Dir.SOUTH -> "down";
            case Dir d when d.ordinal() % 2 == 1 -> "sideways " + d.name().toLowerCase();
            case Dir d -> "unreachable " + d;
            case Jump(int h) when h > 10 -> "high jump";
            case Jump j -> "jump " + j.height();
        };
    }

    static int turn(Dir d) {
        return switch (d) {
            case null -> -1;
            case NORTH -> 0;
            case Dir x when x == Dir.SOUTH -> 180;
            default -> d.ordinal() * 90;
        };
    }

    static String boxed(Long value) {
        return switch (value) {
            case null -> "null long";
            case Long v when v < 0 -> "negative";
            case Long v -> "long " + (v + 1);
        };
    }

    public static void main(String[] args) {
        Move[] moves = {Dir.NORTH, Dir.EAST, Dir.SOUTH, Dir.WEST, new Jump(3), new Jump(30)};
        for (Move m : moves) System.out.println(m + " -> " + move(m));
        System.out.println("turn null " + turn(null));
        for (Dir d : Dir.values()) System.out.println("turn " + d + " " + turn(d));
        System.out.println(boxed(null) + " / " + boxed(-4L) + " / " + boxed(41L));
    }
}
