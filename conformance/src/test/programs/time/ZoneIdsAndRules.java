package time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.Set;
import java.util.TreeSet;

public class ZoneIdsAndRules {
    public static void main(String[] args) {
        Set<String> ids = new TreeSet<>(ZoneId.getAvailableZoneIds());
        System.out.println("available ids: " + ids.size());
        int n = 0;
        StringBuilder sample = new StringBuilder();
        for (String id : ids) {
            if (n++ % 37 == 0) sample.append(id).append(' ');
        }
        System.out.println("sample: " + sample);
        System.out.println("contains: " + ids.contains("Europe/Kyiv") + " " + ids.contains("Asia/Calcutta") + " " + ids.contains("UTC"));
        System.out.println("SHORT_IDS EST: " + ZoneId.of("EST", ZoneId.SHORT_IDS) + " PST: " + ZoneId.SHORT_IDS.get("PST"));
        System.out.println("versions: " + ZoneRulesProvider.getVersions("Europe/Paris").size());
        Instant t = Instant.parse("2024-06-01T00:00:00Z");
        long checksum = 0;
        for (String id : ids) {
            ZoneRules r = ZoneId.of(id).getRules();
            ZoneOffset o = r.getOffset(t);
            checksum = checksum * 31 + o.getTotalSeconds() + r.getTransitions().size() + r.getTransitionRules().size();
            if (r.isDaylightSavings(t)) checksum += 7;
        }
        System.out.println("checksum: " + checksum);
        for (String id : new String[] {"Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham", "America/St_Johns", "Africa/Casablanca", "Asia/Tehran"}) {
            ZoneRules r = ZoneId.of(id).getRules();
            System.out.println(id + ": " + r.getOffset(t) + " " + r.getStandardOffset(t) + " next " + r.nextTransition(t) + " transitions "
                    + r.getTransitions().size() + " rules " + r.getTransitionRules());
        }
        System.out.println("region normalized: " + ZoneId.of("Etc/UTC").normalized() + " " + ZoneId.of("Europe/London").normalized());
        System.out.println("old id: " + ZoneId.of("US/Pacific").getRules().getOffset(t) + " " + ZoneId.of("Asia/Calcutta").getRules().getOffset(t));
    }
}
