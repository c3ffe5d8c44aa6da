package time;

import java.util.Date;

public class LegacyDate {
    public static void main(String[] args) {
        Date d = new Date(1_700_000_000_123L);
        System.out.println("toString: " + d);
        System.out.println("getTime: " + d.getTime());
        System.out.println("epoch: " + new Date(0) + " negative: " + new Date(-86_400_000L * 365));
        System.out.println("compare: " + d.compareTo(new Date(0)) + " before " + d.before(new Date(0)) + " after " + d.after(new Date(0)));
        System.out.println("equals/hash: " + d.equals(new Date(1_700_000_000_123L)) + " " + d.hashCode());
        System.out.println("toInstant: " + d.toInstant());
        System.out.println("from: " + Date.from(java.time.Instant.parse("2024-02-29T12:00:00Z")));
        Date c = (Date) d.clone();
        c.setTime(0);
        System.out.println("clone independent: " + d.getTime() + " " + c.getTime());
        @SuppressWarnings("deprecation")
        Date old = new Date(124, 1, 29, 13, 14, 15);
        System.out.println("deprecated ctor: " + old + " " + old.getTime());
        @SuppressWarnings("deprecation")
        int y = old.getYear();
        @SuppressWarnings("deprecation")
        int m = old.getMonth();
        @SuppressWarnings("deprecation")
        int day = old.getDay();
        System.out.println("fields: " + y + " " + m + " " + day);
        @SuppressWarnings("deprecation")
        String gmt = d.toGMTString();
        System.out.println("toGMTString: " + gmt);
        @SuppressWarnings("deprecation")
        long utc = Date.UTC(100, 0, 1, 0, 0, 0);
        System.out.println("UTC: " + utc);
        System.out.println("far: " + new Date(253_402_300_800_000L) + " | " + new Date(-62_135_769_600_000L - 86_400_000L));
    }
}
