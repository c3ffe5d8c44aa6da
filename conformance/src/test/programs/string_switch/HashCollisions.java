package string_switch;

/** Labels with equal hash codes ("Aa" and "BB" collide), so the equals checks decide. */
public class HashCollisions {
    static int pick(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            case "BBAa": return 6;
            case "C#": return 7;
            default: return 0;
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Ab", "Ba", "AAAA", "CC", ""};
        for (String s : inputs) System.out.println(s + " hash " + s.hashCode() + " -> " + pick(s));
        System.out.println("collide " + ("Aa".hashCode() == "BB".hashCode()) + " " + ("AaAa".hashCode() == "BBBB".hashCode())
                + " " + ("C#".hashCode() == "BB".hashCode()));
    }
}
