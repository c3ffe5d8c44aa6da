package java.lang;

/** The common base class of record classes; javac generates their accessors and members. */
public abstract class Record {
    /** Called by the canonical constructors of record classes. */
    protected Record() {
    }

    /** Whether {@code obj} is a record of the same class with equal components. */
    public abstract boolean equals(Object obj);

    /** A hash of the components. */
    public abstract int hashCode();

    /** The record class's name and its components. */
    public abstract String toString();
}
