package de.querschnitt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.As;
import de.querschnitt.IntegrationTest;
import de.querschnitt.common.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Password hashes, changing one's password, and switching accounts off and on, through the service. */
@IntegrationTest
class AccountHardeningTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SessionRegistry registry;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    // --- hashes

    @Test
    void everyStoredPasswordIsABcryptHashOfCostTwelveIncludingTheDemoAccountsAndNewOnes() {
        As.user(accounts, "planung", () -> accounts.create(
                new AccountData("kosten.probe", "Kosten Probe", Role.READER, null), "ein-langes-passwort"));
        var costs = accounts.passwordCosts();
        // the five demo accounts and the new one at least
        assertThat(costs).hasSizeGreaterThanOrEqualTo(6).allSatisfy(cost -> assertThat(cost).isEqualTo(12));
        assertThat(passwordEncoder.encode("x")).startsWith("$2a$12$");
        assertThat(AccountService.bcryptCost("$2a$10$" + "a".repeat(53))).isEqualTo(10);
        assertThat(AccountService.bcryptCost("{noop}demo")).isEqualTo(-1);
    }

    // --- changing one's password

    @Test
    void aPersonChangesTheirPasswordWithTheInvitationRules() {
        String hashBefore = accounts.loadUserByUsername("fb45").getPassword();
        As.user(accounts, "fb45", () -> {
            assertThatThrownBy(() -> accounts.changePassword("falsch", "ein-neues-passwort", "ein-neues-passwort"))
                    .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "password.error.current-wrong");
            assertThatThrownBy(() -> accounts.changePassword("demo", "kurz", "kurz"))
                    .isInstanceOf(UserError.class)
                    .hasFieldOrPropertyWithValue("messageKey", "invitation.error.password-short");
            assertThatThrownBy(() -> accounts.changePassword("demo", "ein-neues-passwort", "ein-anderes-passwort"))
                    .isInstanceOf(UserError.class)
                    .hasFieldOrPropertyWithValue("messageKey", "invitation.error.password-mismatch");
            assertThatThrownBy(() -> accounts.changePassword(null, null, null))
                    .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "password.error.current-wrong");
        });
        assertThat(accounts.loadUserByUsername("fb45").getPassword()).as("nothing changed yet").isEqualTo(hashBefore);

        As.user(accounts, "fb45", () -> accounts.changePassword("demo", "ein-neues-passwort", "ein-neues-passwort"));

        String hash = accounts.loadUserByUsername("fb45").getPassword();
        assertThat(passwordEncoder.matches("ein-neues-passwort", hash)).isTrue();
        assertThat(passwordEncoder.matches("demo", hash)).isFalse();
        assertThat(hash).startsWith("$2a$12$");
    }

    @Test
    void theNewPasswordMustDifferFromTheCurrentOne() {
        As.user(accounts, "fb56", () -> accounts.changePassword("demo", "ein-neues-passwort", "ein-neues-passwort"));
        As.user(accounts, "fb56", () -> assertThatThrownBy(
                () -> accounts.changePassword("ein-neues-passwort", "ein-neues-passwort", "ein-neues-passwort"))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "password.error.unchanged"));
    }

    @Test
    void afterAPasswordChangeTheOtherSessionsEndAndTheCurrentOneStays() {
        var user = accounts.loadUserByUsername("gast");
        var current = new MockHttpSession(null, "gast-current");
        var other = new MockHttpSession(null, "gast-other");
        events.publishEvent(new HttpSessionCreatedEvent(current));
        events.publishEvent(new HttpSessionCreatedEvent(other));
        registry.registerNewSession(current.getId(), user);
        registry.registerNewSession(other.getId(), user);
        var request = new MockHttpServletRequest();
        request.setSession(current);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        As.user(accounts, "gast", () -> accounts.changePassword("demo", "ein-neues-passwort", "ein-neues-passwort"));

        assertThat(registry.getSessionInformation("gast-other").isExpired()).isTrue();
        assertThat(other.isInvalid()).isTrue();
        assertThat(registry.getSessionInformation("gast-current").isExpired()).isFalse();
        assertThat(current.isInvalid()).isFalse();
        registry.removeSessionInformation("gast-current");
        registry.removeSessionInformation("gast-other");
    }

    // --- switching accounts off and on

    @Test
    void disablingAnAccountEndsAllItsSessionsAndItCanBeEnabledAgain() {
        var user = accounts.loadUserByUsername("fb56");
        var first = new MockHttpSession(null, "fb56-first");
        var second = new MockHttpSession(null, "fb56-second");
        events.publishEvent(new HttpSessionCreatedEvent(first));
        events.publishEvent(new HttpSessionCreatedEvent(second));
        registry.registerNewSession(first.getId(), user);
        registry.registerNewSession(second.getId(), user);
        long id = idOf("fb56");

        As.user(accounts, "planung", () -> accounts.setEnabled(id, false));

        assertThat(accounts.loadUserByUsername("fb56").isEnabled()).isFalse();
        assertThat(registry.getSessionInformation("fb56-first").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("fb56-second").isExpired()).isTrue();
        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
        assertThat(state("fb56")).isEqualTo(AccountState.DISABLED);

        As.user(accounts, "planung", () -> accounts.setEnabled(id, true));
        assertThat(accounts.loadUserByUsername("fb56").isEnabled()).isTrue();
        assertThat(state("fb56")).isEqualTo(AccountState.ACTIVE);
        registry.removeSessionInformation("fb56-first");
        registry.removeSessionInformation("fb56-second");
    }

    @Test
    void aPlannerCannotDisableThemselvesNorTheLastPlanner() {
        long planung = idOf("planung");
        As.user(accounts, "planung", () -> assertThatThrownBy(() -> accounts.setEnabled(planung, false))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "account.error.disable-self"));
        // a second planner may disable the first while the second stays; then the second is the last one
        long second = As.user(accounts, "planung", () -> accounts.create(
                new AccountData("planung2", "Zweite Planerin", Role.PLANNER, null), "ein-langes-passwort"));
        As.user(accounts, "planung2", () -> accounts.setEnabled(planung, false));
        assertThat(state("planung")).isEqualTo(AccountState.DISABLED);
        assertThatThrownBy(() -> SystemAuthentication.call(() -> {
            accounts.setEnabled(second, false);
            return null;
        })).isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "account.error.last-planner");
        assertThat(state("planung2")).isEqualTo(AccountState.ACTIVE);
        As.user(accounts, "planung2", () -> assertThatThrownBy(() -> accounts.setEnabled(1_999_999_999L, false))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "account.error.unknown"));
    }

    @Test
    void onlyAPlannerSwitchesAccounts() {
        long fb56 = idOf("fb56");
        for (String who : new String[] {"interview", "fb45", "gast"}) {
            As.user(accounts, who, () -> assertThatThrownBy(() -> accounts.setEnabled(fb56, false))
                    .isInstanceOf(AccessDeniedException.class));
        }
        assertThat(state("fb56")).isEqualTo(AccountState.ACTIVE);
    }

    private long idOf(String username) {
        return As.user(accounts, "planung", () -> accounts.findAll().stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow().id());
    }

    private AccountState state(String username) {
        return SystemAuthentication.call(() -> accounts.overview(null).stream()
                .filter(o -> o.account().username().equals(username)).findFirst().orElseThrow().state());
    }
}
