package dev.kiln.bench.programs;

/** Builds and takes apart strings: {@code StringBuilder} appends of ints, chars and strings, concatenation, {@code indexOf}. */
public final class StringBuilding {
    private StringBuilding() {
    }

    static long build(int lines) {
        long checksum = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.setLength(0);
            sb.append("line ").append(i).append(": ").append(i * 31 % 977).append(',').append(Integer.toHexString(i));
            String line = sb.toString() + " end";
            checksum += line.length() + line.indexOf(',') + line.charAt(line.length() / 2);
        }
        return checksum;
    }

    public static void main(String[] args) {
        Bench.run("string-building", args, 10, EXPECTED, () -> build(200_000));
    }

    /** The checksum as HotSpot computes it (JDK 17 and 25 agree). */
    static final long EXPECTED = 18_293_912L;
}
