package dev.kiln.runtime.substitutions.jdk.internal.util;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.AbstractMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The views of {@code ReferencedKeyMap} (JDK 21 and later, behind {@code Locale}'s caches) without streams:
 * the JDK collects the live keys with a stream into a {@code HashSet}, and joins them for
 * {@code toString()}; the substitutes do the same with loops. The keys of the backing map are soft or
 * weak references to the map's keys.
 */
final class ReferencedKeyMap<K, V> {
    @Alias
    private Map<Object, V> map;

    private ReferencedKeyMap() {
    }

    @Alias
    public native void removeStaleReferences();

    @Alias
    private native V getNoCheckStale(Object key);

    @Substitute
    public Set<K> keySet() {
        removeStaleReferences();
        Set<K> keys = new HashSet<>();
        for (Object k : map.keySet()) {
            @SuppressWarnings("unchecked")
            K key = (K) ((java.lang.ref.Reference<?>) k).get();
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Substitute
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> entries = new HashSet<>();
        for (K key : keySet()) {
            entries.add(new AbstractMap.SimpleEntry<>(key, getNoCheckStale(key)));
        }
        return entries;
    }

    @Substitute
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (K key : keySet()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(key).append('=').append(getNoCheckStale(key));
        }
        return sb.append('}').toString();
    }
}
