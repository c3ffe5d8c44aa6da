package dev.kiln.runtime.substitutions.jdk.internal.access;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import jdk.internal.access.JavaIOFileDescriptorAccess;
import jdk.internal.access.JavaUtilCollectionAccess;

/**
 * {@code SharedSecrets} without {@code MethodHandles}: the JDK keeps a lookup object and initialises the
 * class that registers a missing access object through it. Kiln cannot initialise a class named only by a
 * {@code Class} object, so a getter whose access object nobody registered yet fails with an
 * {@code InternalError} naming the class, instead of returning null; the classes Kiln compiles register
 * theirs when they initialise, before the getters that need them run.
 */
final class SharedSecrets {
    @Alias(minJdk = 19)
    private static JavaUtilConcurrentTLRAccess javaUtilConcurrentTLRAccess;
    @Alias
    private static JavaUtilCollectionAccess javaUtilCollectionAccess;
    @Alias
    private static JavaIOFileDescriptorAccess javaIOFileDescriptorAccess;

    private SharedSecrets() {
    }

    @Substitute(name = "<clinit>", maxJdk = 17)
    static void clinit() {
    }

    @Substitute
    private static void ensureClassInitialized(Class<?> c) {
        throw new InternalError("Kiln cannot initialize " + c.getName() + " through its Class object");
    }

    /**
     * {@code ThreadLocalRandom}'s access object (JDK 19 and later), which the JDK registers by loading the
     * class {@code ThreadLocalRandom$Access} by name. Initialising {@code ThreadLocalRandom} registers it in a
     * Kiln program (that class's substitution); {@code current()} is the way to initialise it from here.
     */
    @Substitute(minJdk = 19)
    public static JavaUtilConcurrentTLRAccess getJavaUtilConcurrentTLRAccess() {
        if (javaUtilConcurrentTLRAccess == null) {
            java.util.concurrent.ThreadLocalRandom.current();
        }
        return javaUtilConcurrentTLRAccess;
    }

    /**
     * {@code ImmutableCollections}' access object (behind {@code Stream.toList()}), which the JDK registers by
     * loading the class {@code ImmutableCollections$Access} by name; that class's substitution initialises it.
     */
    @Substitute
    public static JavaUtilCollectionAccess getJavaUtilCollectionAccess() {
        if (javaUtilCollectionAccess == null) {
            dev.kiln.runtime.substitutions.java.util.ImmutableCollections.registerAccess();
        }
        return javaUtilCollectionAccess;
    }

    /**
     * {@code FileDescriptor}'s access object, which its initializer registers: reading {@code FileDescriptor.in}
     * initialises the class where the JDK would ask for it through its Class object.
     */
    @Substitute
    public static JavaIOFileDescriptorAccess getJavaIOFileDescriptorAccess() {
        if (javaIOFileDescriptorAccess == null) {
            java.util.Objects.requireNonNull(java.io.FileDescriptor.in);
        }
        return javaIOFileDescriptorAccess;
    }
}
