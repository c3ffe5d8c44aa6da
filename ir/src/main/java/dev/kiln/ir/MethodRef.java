package dev.kiln.ir;

/**
 * A symbolic reference to a method: owner class (binary name), name and signature, as in the constant pool.
 * Text form: {@code java.lang.StringBuilder.append(java.lang.String)java.lang.StringBuilder}.
 */
public record MethodRef(String owner, String name, MethodSig sig) {
    public static MethodRef of(String owner, String name, String descriptor) {
        return new MethodRef(owner, name, MethodSig.fromDescriptor(descriptor));
    }

    /** Name and signature without the owner: what overriding matches on. */
    public String nameAndSig() {
        return name + sig;
    }

    /** Whether {@code other} has the same name and signature (what {@link #nameAndSig} compares, without the text). */
    public boolean sameNameAndSig(MethodRef other) {
        return name.equals(other.name) && sig.equals(other.sig);
    }

    @Override
    public String toString() {
        return owner + "." + name + sig;
    }
}
