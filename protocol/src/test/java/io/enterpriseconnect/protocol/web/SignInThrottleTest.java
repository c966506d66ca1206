package io.enterpriseconnect.protocol.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(10, 20, Duration.ofMinutes(1), Duration.ofSeconds(30),
            Duration.ofMinutes(15), clock);

    @Test
    void tenWrongPasswordsAreCheckedAndTheEleventhAttemptIsRefused() {
        for (int i = 1; i <= 10; i++) {
            assertTrue(throttle.check("mona", "10.0.0.1").allowed(), "attempt " + i);
            throttle.failed("mona", "10.0.0.1");
        }
        SignInThrottle.Verdict eleventh = throttle.check("mona", "10.0.0.1");
        assertFalse(eleventh.allowed());
        assertEquals(Duration.ofSeconds(30), eleventh.retryAfter());
    }

    @Test
    void theLockOutIsReportedWhenItStartsNotForFailuresDuringIt() {
        for (int i = 1; i < 10; i++) {
            assertFalse(throttle.failed("mona", "10.0.0." + i), "failure " + i);
        }
        assertTrue(throttle.failed("mona", "10.0.0.10"), "the tenth failure locks the account out");
        assertFalse(throttle.failed("mona", "10.0.0.11"), "a request that raced the lock-out is not news");
    }

    @Test
    void theAccountIsLockedFromEveryAddressAndTheAddressForEveryAccount() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("mona", "10.0.0." + i);
        }
        assertFalse(throttle.check("mona", "192.168.1.1").allowed(), "guessing one account from many addresses");
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "10.9.9.9");
        }
        assertTrue(throttle.check("someone-else", "10.9.9.9").allowed(), "an address may fail more often than an account");
        throttle.failed("user19", "10.9.9.9");
        assertFalse(throttle.check("someone-else", "10.9.9.9").allowed(), "guessing many accounts from one address");
        assertTrue(throttle.check("someone-else", "10.9.9.8").allowed());
    }

    @Test
    void loginsCountAsGitHubComparesThem() {
        for (int i = 0; i < 10; i++) {
            throttle.failed(i % 2 == 0 ? "Mona" : " mona", "10.0.0." + i);
        }
        assertFalse(throttle.check("MONA", "10.1.1.1").allowed());
    }

    @Test
    void eachFailureAfterALockOutDoublesItUpToTheLongest() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("mona", "10.0.0." + i);
        }
        Duration expected = Duration.ofSeconds(30);
        for (int round = 0; round < 8; round++) {
            assertEquals(expected, throttle.check("mona", "10.1.1.1").retryAfter(), "round " + round);
            clock.advance(expected);
            assertTrue(throttle.check("mona", "10.1.1.1").allowed());
            assertTrue(throttle.failed("mona", "10.1.1.1"), "each lock-out is reported when it starts");
            expected = expected.multipliedBy(2).compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : expected.multipliedBy(2);
        }
    }

    @Test
    void aQuietWindowAfterTheLockOutStartsTheCountAgain() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("mona", "10.0.0." + i);
        }
        clock.advance(Duration.ofSeconds(30 + 61));
        for (int i = 1; i < 10; i++) {
            throttle.failed("mona", "10.2.0." + i);
            assertTrue(throttle.check("mona", "10.3.0.1").allowed(), "free again, failure " + i);
        }
    }

    @Test
    void aRightPasswordForgivesTheAccountButNotTheAddress() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("mona", "10.0.0.1");
        }
        throttle.succeeded("mona");
        throttle.failed("mona", "10.0.0.2");
        assertTrue(throttle.check("mona", "10.0.0.2").allowed());
        for (int i = 0; i < 11; i++) {
            throttle.failed("other" + i, "10.0.0.1");
        }
        assertFalse(throttle.check("someone", "10.0.0.1").allowed(), "the address had nine failures and eleven more");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
