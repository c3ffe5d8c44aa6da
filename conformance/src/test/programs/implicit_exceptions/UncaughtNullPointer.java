package implicit_exceptions;

/** A NullPointerException nobody catches: the JVM prints it with its stack trace and exits with status 1. */
// kiln:exit=1
public class UncaughtNullPointer {
    static class Account {
        String owner;

        int ownerLength() {
            return owner.length();
        }
    }

    static int describe(Account account) {
        return account.ownerLength();
    }

    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(describe(new Account()));
        System.out.println("not reached");
    }
}
