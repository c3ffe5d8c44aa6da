package enum_switch;

/** values(), ordinal(), name(), compareTo and toString, used to index tables and sort, with switches over them. */
public class EnumValuesAndOrdinals {
    enum Note { C, D, E, F, G, A, B }

    static int semitone(Note n) {
        return switch (n) {
            case C -> 0;
            case D -> 2;
            case E -> 4;
            case F -> 5;
            case G -> 7;
            case A -> 9;
            case B -> 11;
        };
    }

    public static void main(String[] args) {
        Note[] all = Note.values();
        System.out.println("count " + all.length);
        int[] table = new int[all.length];
        for (Note n : all) table[n.ordinal()] = semitone(n);
        StringBuilder sb = new StringBuilder();
        for (int t : table) sb.append(t).append(' ');
        System.out.println("table " + sb);
        Note[] melody = {Note.G, Note.E, Note.E, Note.F, Note.D, Note.D, Note.C, Note.E, Note.G};
        for (int i = 1; i < melody.length; i++) {
            for (int j = i; j > 0 && melody[j - 1].compareTo(melody[j]) > 0; j--) {
                Note t = melody[j];
                melody[j] = melody[j - 1];
                melody[j - 1] = t;
            }
        }
        sb.setLength(0);
        for (Note n : melody) sb.append(n.name()).append(semitone(n)).append(' ');
        System.out.println("sorted " + sb);
        for (Note a : all) {
            StringBuilder row = new StringBuilder(a.toString()).append(':');
            for (Note b : all) row.append(' ').append(Integer.signum(a.compareTo(b)));
            System.out.println(row);
        }
    }
}
