package enum_switch;

/**
 * Switches over the same enums from several classes (each gets its own $SwitchMap$ holder) and over enums
 * declared in another class, in nested switches and loops.
 */
public class EnumSwitchAcrossClasses {
    static class Outer {
        enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }
        enum Rank { TWO, THREE, JACK, QUEEN, KING, ACE }
    }

    static class Scorer {
        int score(Outer.Rank r) {
            switch (r) {
                case ACE: return 11;
                case KING: case QUEEN: case JACK: return 10;
                case TWO: return 2;
                default: return 3;
            }
        }
    }

    static class Painter {
        char color(Outer.Suit s) {
            return switch (s) {
                case HEARTS, DIAMONDS -> 'R';
                case CLUBS, SPADES -> 'B';
            };
        }
    }

    static String card(Outer.Suit s, Outer.Rank r) {
        String suit;
        switch (s) {
            case CLUBS -> suit = "c";
            case DIAMONDS -> suit = "d";
            case HEARTS -> suit = "h";
            default -> suit = "s";
        }
        String rank = switch (r) {
            case TWO -> "2";
            case THREE -> "3";
            default -> switch (r) {
                case JACK -> "J";
                case QUEEN -> "Q";
                case KING -> "K";
                default -> "A";
            };
        };
        return rank + suit;
    }

    public static void main(String[] args) {
        Scorer scorer = new Scorer();
        Painter painter = new Painter();
        int total = 0;
        StringBuilder hand = new StringBuilder();
        for (Outer.Suit s : Outer.Suit.values()) {
            for (Outer.Rank r : Outer.Rank.values()) {
                total += scorer.score(r);
                hand.append(card(s, r)).append(painter.color(s)).append(' ');
            }
            System.out.println(hand);
            hand.setLength(0);
        }
        System.out.println("total " + total);
    }
}
