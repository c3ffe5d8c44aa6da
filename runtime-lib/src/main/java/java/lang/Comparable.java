package java.lang;

/**
 * A total order on the instances of a class, its natural ordering.
 *
 * @param <T> the type of objects this object may be compared to
 */
public interface Comparable<T> {
    /** Negative, zero or positive as this object is less than, equal to or greater than {@code o}. */
    int compareTo(T o);
}
