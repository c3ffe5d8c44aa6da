package dev.kiln.runtime.substitutions.java.time.zone;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The providers of time-zone rules: the JDK's own TZDB provider only, as on a JVM whose run-time image
 * holds {@code java.base} alone. The JDK's initializer also looks for providers with {@code ServiceLoader}
 * (there are none in such an image) and instantiates the class named by the system property
 * {@code java.time.zone.DefaultZoneRulesProvider} reflectively, which a Kiln program cannot do (its fixed
 * system properties never name one).
 */
abstract class ZoneRulesProvider {
    @Alias
    private static CopyOnWriteArrayList<java.time.zone.ZoneRulesProvider> PROVIDERS;
    @Alias
    private static ConcurrentMap<String, java.time.zone.ZoneRulesProvider> ZONES;

    @Substitute(name = "<clinit>")
    static void clinit() {
        PROVIDERS = new CopyOnWriteArrayList<>();
        ZONES = new ConcurrentHashMap<>(512, 0.75f, 2);
        java.time.zone.ZoneRulesProvider.registerProvider(new TzdbZoneRulesProvider());
    }
}
