package security;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** UUID.nameUUIDFromBytes (version 3, MD5 of the name): fixed names, their fields, order and equality. */
public class NameBasedUUIDs {
    public static void main(String[] args) {
        String[] names = {"", "a", "kiln", "www.example.com", "http://www.ietf.org/rfc/rfc4122.txt",
            "Grüße aus Köln", "x".repeat(1000)};
        UUID previous = null;
        for (String name : names) {
            UUID u = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
            System.out.println(u + " v" + u.version() + " variant " + u.variant() + " "
                    + Long.toHexString(u.getMostSignificantBits()) + " " + Long.toHexString(u.getLeastSignificantBits())
                    + " " + u.hashCode() + (previous == null ? "" : " vs previous " + u.compareTo(previous)));
            System.out.println("  again equal: " + u.equals(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)))
                    + ", parsed equal: " + u.equals(UUID.fromString(u.toString())));
            previous = u;
        }
        // The name space of RFC 4122's DNS example: the namespace UUID's bytes followed by the name.
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        byte[] ns = new byte[16];
        for (int i = 0; i < 8; i++) {
            ns[i] = (byte) (dns.getMostSignificantBits() >>> (56 - 8 * i));
            ns[8 + i] = (byte) (dns.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        byte[] name = "www.example.com".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[16 + name.length];
        System.arraycopy(ns, 0, all, 0, 16);
        System.arraycopy(name, 0, all, 16, name.length);
        System.out.println("DNS www.example.com: " + UUID.nameUUIDFromBytes(all));
        try {
            UUID.nameUUIDFromBytes(null);
        } catch (NullPointerException e) {
            System.out.println("null name: NullPointerException");
        }
    }
}
