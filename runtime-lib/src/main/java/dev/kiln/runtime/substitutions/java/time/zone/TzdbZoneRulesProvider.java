package dev.kiln.runtime.substitutions.java.time.zone;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.JdkFiles;
import dev.kiln.runtime.Substitute;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesException;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TZDB provider reads the rules from the bytes of {@code lib/tzdb.dat} of the JDK whose class library
 * the program is compiled against, which the module carries ({@link JdkFiles#tzdb()}), instead of from that
 * file on disk. The rest (parsing, lazy per-region rules) is the JDK's.
 */
final class TzdbZoneRulesProvider extends java.time.zone.ZoneRulesProvider {
    @Alias
    private Map<String, Object> regionToRules;

    @Substitute
    public TzdbZoneRulesProvider() {
        regionToRules = new ConcurrentHashMap<>();
        try {
            load(new DataInputStream(new ByteArrayInputStream(JdkFiles.tzdb())));
        } catch (Exception e) {
            throw new ZoneRulesException("Unable to load TZDB time-zone rules", e);
        }
    }

    @Alias
    private native void load(DataInputStream dis) throws Exception;

    @Alias
    @Override
    protected native Set<String> provideZoneIds();

    @Alias
    @Override
    protected native ZoneRules provideRules(String zoneId, boolean forCaching);

    @Alias
    @Override
    protected native NavigableMap<String, ZoneRules> provideVersions(String zoneId);
}
