package io.enterpriseconnect.protocol.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing, the one rule both applications apply to every sign-in (form and HTTP Basic):
 * the {@code perAccount}th wrong password in a row for one account (no quiet {@code window} between two)
 * locks that account out for {@code firstLockout}, and so does the {@code perAddress}th from one client
 * address for that address (higher: many people may share an address behind a proxy or NAT); each
 * further failure after a lock-out doubles it, up to {@code longestLockout}. A locked-out attempt is
 * refused before any password is hashed, so guessing also stops costing the server CPU. The count starts
 * again after a quiet {@code window} (no failure, no lock-out); a success clears the account's count.
 *
 * <p>Held in memory, per node: two nodes behind a load balancer each allow their own free failures.
 * The map is bounded: entries whose window and lock-out are over are dropped when it grows.
 */
public final class SignInThrottle {

    /** Whether to check the password at all; when not, how long until the caller may try again. */
    public record Verdict(boolean allowed, Duration retryAfter) {
        static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

        /** The wait in whole seconds, rounded up (at least 1 when refused): what {@code Retry-After} says. */
        public long retryAfterSeconds() {
            return allowed ? 0 : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /** An application's setting by name (such as {@code lockout-seconds}), or the given default. */
    @FunctionalInterface
    public interface Settings {
        int get(String name, int fallback);
    }

    private static final int MAX_TRACKED = 100_000;

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Duration firstLockout;
    private final Duration longestLockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /**
     * The throttle as an application configures it: {@code failures-per-account} (10),
     * {@code failures-per-address} (100), {@code quiet-seconds} (60), {@code lockout-seconds} (30) and
     * {@code max-lockout-minutes} (15), on the system clock.
     */
    public static SignInThrottle configured(Settings settings) {
        return new SignInThrottle(settings.get("failures-per-account", 10), settings.get("failures-per-address", 100),
                Duration.ofSeconds(settings.get("quiet-seconds", 60)), Duration.ofSeconds(settings.get("lockout-seconds", 30)),
                Duration.ofMinutes(settings.get("max-lockout-minutes", 15)), Clock.systemUTC());
    }

    public SignInThrottle(int perAccount, int perAddress, Duration window, Duration firstLockout, Duration longestLockout,
                          Clock clock) {
        if (perAccount < 1 || perAddress < 1 || window.isNegative() || firstLockout.isNegative()
                || longestLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException("the failures allowed must be at least 1 and the longest lock-out at least the first");
        }
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.firstLockout = firstLockout;
        this.longestLockout = longestLockout;
        this.clock = clock;
    }

    /** Before checking a password: may {@code login} try from {@code address} now? */
    public Verdict check(String login, String address) {
        Instant now = clock.instant();
        Duration wait = longer(remaining(accountKey(login), now), remaining(addressKey(address), now));
        return wait.isZero() ? Verdict.ALLOWED : new Verdict(false, wait);
    }

    /**
     * After a wrong password. Returns true when this failure locked the account out (for the audit log:
     * a lock-out is news, each further failure is not).
     */
    public boolean failed(String login, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.quiet(now));
        }
        boolean accountLocked = failures.computeIfAbsent(accountKey(login), k -> new Failures(perAccount)).record(now);
        failures.computeIfAbsent(addressKey(address), k -> new Failures(perAddress)).record(now);
        return accountLocked;
    }

    /** After a right password: the account's failures are forgiven (the address's are not). */
    public void succeeded(String login) {
        failures.remove(accountKey(login));
    }

    private Duration remaining(String key, Instant now) {
        Failures f = failures.get(key);
        return f == null ? Duration.ZERO : f.lockedFor(now);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String login) {
        return "login:" + (login == null ? "" : login.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** The failures of one account or address in a row, and the lock-out. */
    private final class Failures {
        private final int allowed;
        private int count;
        private Instant lastFailure = Instant.MIN;
        private Instant lockedUntil = Instant.MIN;

        Failures(int allowed) {
            this.allowed = allowed;
        }

        synchronized boolean record(Instant now) {
            if (quiet(now)) {
                count = 0;
            }
            lastFailure = now;
            count++;
            if (count < allowed) {
                return false;
            }
            boolean wasLocked = now.isBefore(lockedUntil);
            int doublings = Math.min(count - allowed, 30);
            Duration lockout = firstLockout.multipliedBy(1L << doublings);
            lockedUntil = now.plus(lockout.compareTo(longestLockout) > 0 ? longestLockout : lockout);
            return !wasLocked;
        }

        synchronized Duration lockedFor(Instant now) {
            return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        /** No failure and no lock-out for a whole window. */
        synchronized boolean quiet(Instant now) {
            Instant last = lastFailure.isAfter(lockedUntil) ? lastFailure : lockedUntil;
            return last.equals(Instant.MIN) || Duration.between(last, now).compareTo(window) > 0;
        }
    }
}
