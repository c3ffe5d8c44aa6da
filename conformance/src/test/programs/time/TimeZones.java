package time;

import java.util.Date;
import java.util.Locale;
import java.util.SimpleTimeZone;
import java.util.TimeZone;

public class TimeZones {
    public static void main(String[] args) {
        for (String id : new String[] {"UTC", "GMT", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
            "GMT+05:30", "GMT-8", "EST", "PST", "Nowhere/Nothing", "Etc/GMT+3"}) {
            TimeZone tz = TimeZone.getTimeZone(id);
            System.out.println(id + " -> " + tz.getID() + " raw " + tz.getRawOffset() + " dst " + tz.getDSTSavings() + " uses "
                    + tz.useDaylightTime() + " observes " + tz.observesDaylightTime() + " off@1.7e12 " + tz.getOffset(1_700_000_000_000L)
                    + " off@summer " + tz.getOffset(1_720_000_000_000L) + " inDST " + tz.inDaylightTime(new Date(1_720_000_000_000L)));
        }
        TimeZone paris = TimeZone.getTimeZone("Europe/Paris");
        System.out.println("display: " + paris.getDisplayName(false, TimeZone.SHORT, Locale.US) + " | "
                + paris.getDisplayName(true, TimeZone.SHORT, Locale.US) + " | " + paris.getDisplayName(false, TimeZone.LONG, Locale.US)
                + " | " + paris.getDisplayName(true, TimeZone.LONG, Locale.US));
        TimeZone ny = TimeZone.getTimeZone("America/New_York");
        System.out.println("display NY: " + ny.getDisplayName(false, TimeZone.SHORT, Locale.US) + " | " + ny.getDisplayName(Locale.US));
        System.out.println("display UTC: " + TimeZone.getTimeZone("UTC").getDisplayName(Locale.US));
        System.out.println("toZoneId: " + paris.toZoneId() + " " + TimeZone.getTimeZone("GMT+05:30").toZoneId() + " " + TimeZone.getTimeZone("EST").toZoneId());
        System.out.println("from ZoneId: " + TimeZone.getTimeZone(java.time.ZoneId.of("Asia/Tokyo")).getID());
        System.out.println("sameRules: " + paris.hasSameRules(TimeZone.getTimeZone("Europe/Berlin")) + " " + paris.hasSameRules(ny));
        System.out.println("getOffset fields: " + ny.getOffset(java.util.GregorianCalendar.AD, 2024, 6, 4, 5, 43_200_000));
        SimpleTimeZone stz = new SimpleTimeZone(3_600_000, "Custom/Zone", 2, -1, 1, 3_600_000, 9, -1, 1, 3_600_000);
        System.out.println("simple: " + stz.getID() + " " + stz.getOffset(1_720_000_000_000L) + " " + stz.getOffset(1_700_000_000_000L)
                + " " + stz.useDaylightTime() + " " + stz.getDSTSavings());
        TimeZone c = (TimeZone) paris.clone();
        c.setID("Copy/Paris");
        System.out.println("clone: " + c.getID() + " " + paris.getID());
        System.out.println("default: " + TimeZone.getDefault().getID());
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
        System.out.println("set default: " + TimeZone.getDefault().getID() + " " + java.time.ZoneId.systemDefault() + " " + new Date(0));
        TimeZone.setDefault(null);
        System.out.println("reset default: " + TimeZone.getDefault().getID());
    }
}
