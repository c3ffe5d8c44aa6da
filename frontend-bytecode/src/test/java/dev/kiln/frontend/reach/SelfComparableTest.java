package dev.kiln.frontend.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which class signatures make {@code HashMap.comparableClassFor} answer the class itself. */
class SelfComparableTest {
    @Test
    void onlyADirectComparableOfTheClassItselfCounts() {
        assertEquals(true, SelfComparable.declares("Ljava/lang/Object;Ljava/lang/Comparable<Lp/Key;>;", "p.Key"));
        assertEquals(true, SelfComparable.declares(
                "<T:Ljava/lang/Object;>Lp/Base<TT;>;Ljava/io/Serializable;Ljava/lang/Comparable<Lp/Key;>;", "p.Key"));
        assertEquals(true, SelfComparable.declares("Ljava/lang/Object;Ljava/lang/Comparable<Lp/Outer$Key;>;", "p.Outer$Key"));
        // Another class, a wildcard, a parameterized or inner type of a generic class, a type variable.
        assertEquals(false, SelfComparable.declares("Ljava/lang/Object;Ljava/lang/Comparable<Lp/Other;>;", "p.Key"));
        assertEquals(false, SelfComparable.declares("Ljava/lang/Object;Ljava/lang/Comparable<-Lp/Key;>;", "p.Key"));
        assertEquals(false, SelfComparable.declares("<T:Ljava/lang/Object;>Ljava/lang/Object;Ljava/lang/Comparable<Lp/Key<TT;>;>;", "p.Key"));
        assertEquals(false, SelfComparable.declares("Ljava/lang/Object;Ljava/lang/Comparable<Lp/Outer<Ljava/lang/String;>.Key;>;", "p.Outer$Key"));
        assertEquals(false, SelfComparable.declares("<T::Ljava/lang/Comparable<TT;>;>Ljava/lang/Object;Ljava/lang/Comparable<TT;>;", "p.Key"));
        // Comparable<Key> only in a bound or the superclass's arguments, or inherited: not a direct superinterface.
        assertEquals(false, SelfComparable.declares("<T::Ljava/lang/Comparable<Lp/Key;>;>Ljava/lang/Object;", "p.Key"));
        assertEquals(false, SelfComparable.declares("Lp/Base<Ljava/lang/Comparable<Lp/Key;>;>;", "p.Key"));
        assertEquals(false, SelfComparable.declares("Lp/ComparableBase<Lp/Key;>;", "p.Key"));
        // No Signature attribute: raw Comparable, or no generic supertypes at all.
        assertEquals(false, SelfComparable.declares(null, "p.Key"));
    }
}
