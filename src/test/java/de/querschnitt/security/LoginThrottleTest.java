package de.querschnitt.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.security.LoginThrottle.Refusal.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The counting rules of the login throttle, on a clock the test moves. */
class LoginThrottleTest {

    /** A clock that stands still until the test moves it. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-24T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovingClock clock = new MovingClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aClientWaitsFromItsThirdFailureInARowWithADelayThatDoublesUpToAMinute() {
        assertThat(LoginThrottle.clientDelay(1)).isZero();
        assertThat(LoginThrottle.clientDelay(2)).isZero();
        assertThat(LoginThrottle.clientDelay(3)).hasSeconds(1);
        assertThat(LoginThrottle.clientDelay(4)).hasSeconds(2);
        assertThat(LoginThrottle.clientDelay(5)).hasSeconds(4);
        assertThat(LoginThrottle.clientDelay(9)).hasSeconds(60);
        assertThat(LoginThrottle.clientDelay(1000)).hasSeconds(60);

        throttle.failed("planung", "10.0.0.1");
        throttle.failed("planung", "10.0.0.1");
        assertThat(throttle.check("planung", "10.0.0.1")).as("two typing errors cost nothing").isEmpty();
        throttle.failed("gast", "10.0.0.1");
        var refusal = throttle.check("interview", "10.0.0.1").orElseThrow();
        assertThat(refusal.reason()).as("any user name from that client").isEqualTo(Reason.CLIENT_WAIT);
        assertThat(refusal.seconds()).isEqualTo(1);
        assertThat(throttle.check("planung", "10.0.0.2")).as("another client is not slowed down").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.check("planung", "10.0.0.1")).isEmpty();
        throttle.failed("planung", "10.0.0.1");
        assertThat(throttle.check("planung", "10.0.0.1").orElseThrow().seconds()).isEqualTo(2);
        for (int i = 0; i < 20; i++) {
            throttle.failed("planung", "10.0.0.1");
        }
        assertThat(throttle.check("planung", "10.0.0.1").orElseThrow().seconds()).as("capped").isEqualTo(60);
    }

    @Test
    void aSuccessfulLoginClearsTheClientsCount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("fb45", "10.0.0.3");
        }
        assertThat(throttle.check("fb45", "10.0.0.3")).isPresent();
        clock.advance(Duration.ofSeconds(16));
        throttle.succeeded("10.0.0.3");
        throttle.failed("fb45", "10.0.0.3");
        assertThat(throttle.check("fb45", "10.0.0.3")).isEmpty();
    }

    @Test
    void anAccountIsLockedAfterAHundredFailuresWithinAnHourUntilTheOldestIsAnHourOld() {
        // spread over many clients, each well below its own delay
        for (int i = 0; i < 99; i++) {
            throttle.failed("Planung", "10.1.0." + i);
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.check("planung", "10.2.0.1")).as("99 failures are allowed").isEmpty();
        throttle.failed("planung ", "10.1.1.1");
        var refusal = throttle.check("PLANUNG", "10.2.0.1").orElseThrow();
        assertThat(refusal.reason()).as("case and spaces do not make another account").isEqualTo(Reason.ACCOUNT_LOCKED);
        // the first failure was 990 s ago: the lock ends when it is an hour old
        assertThat(refusal.seconds()).isEqualTo(3600 - 990);
        assertThat(refusal.minutes()).isEqualTo(44);
        assertThat(throttle.check("gast", "10.2.0.1")).as("other accounts are not locked").isEmpty();

        clock.advance(Duration.ofSeconds(3600 - 990));
        assertThat(throttle.check("planung", "10.2.0.1")).as("the oldest failure left the window").isEmpty();
        throttle.failed("planung", "10.3.0.1");
        assertThat(throttle.check("planung", "10.2.0.1")).as("one more failure: 100 within the hour again")
                .isPresent();
    }

    @Test
    void aUserNameThatDoesNotExistIsLockedTheSameWaySoTheLockRevealsNothing() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("gibt-es-nicht", "10.4.0." + i);
        }
        var refusal = throttle.check("gibt-es-nicht", "10.5.0.1").orElseThrow();
        assertThat(refusal.reason()).isEqualTo(Reason.ACCOUNT_LOCKED);
        assertThat(refusal.seconds()).isEqualTo(3600);
    }

    @Test
    void entriesExpireAnHourAfterTheLastFailure() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("fb56", "10.6.0.1");
        }
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.check("fb56", "10.6.0.1")).isEmpty();
        throttle.failed("fb56", "10.6.0.1");
        assertThat(throttle.check("fb56", "10.6.0.1")).as("the count started afresh").isEmpty();
    }
}
