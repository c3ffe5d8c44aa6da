package dev.kiln.runtime.substitutions.java.lang.ref;

import dev.kiln.runtime.Substitute;

/**
 * Clearing a phantom reference (JDK 19 and later give it a native of its own): it drops the referent, as
 * clearing any reference does (the {@code Reference} substitution).
 */
final class PhantomReference<T> {
    private PhantomReference() {
    }

    @Substitute(minJdk = 19)
    private void clear0() {
        Reference<?> self = (Reference<?>) (Object) this;
        self.referent = null;
    }
}
