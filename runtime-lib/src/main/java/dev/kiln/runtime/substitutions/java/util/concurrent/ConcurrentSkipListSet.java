package dev.kiln.runtime.substitutions.java.util.concurrent;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.concurrent.ConcurrentNavigableMap;

/**
 * Setting the backing map of a clone ({@code clone()}), which the JDK does through reflection on the final
 * field {@code m} on JDK 17 and an {@code Unsafe} store on JDK 25: a plain store of the same field.
 */
final class ConcurrentSkipListSet<E> {
    @Alias
    private ConcurrentNavigableMap<E, Object> m;

    private ConcurrentSkipListSet() {
    }

    @Substitute
    private void setMap(ConcurrentNavigableMap<E, Object> map) {
        m = map;
    }
}
