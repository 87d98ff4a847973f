package de.querschnitt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.common.UserError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationManager authenticationManager;

    @Test
    void theDemoPlannerLogsInWithTheDemoPasswordAndGetsTheirRole() {
        var result = authenticationManager.authenticate(new UsernamePasswordAuthenticationToken("planung", "demo"));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting(Object::toString).contains("ROLE_PLANNER")
                .doesNotContain("ROLE_INTERVIEWER", "ROLE_DEPARTMENT", "ROLE_READER");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken("planung", "falsch"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        var user = accounts.loadUserByUsername("fb45");
        assertThat(user.getPassword()).startsWith("$2a$12$").doesNotContain("demo");
    }

    @Test
    void aDepartmentAccountIsBoundToItsUnit() {
        var user = (QuerschnittUser) accounts.loadUserByUsername("fb45");
        assertThat(user.actor().role()).isEqualTo(Role.DEPARTMENT);
        assertThat(user.actor().unitId()).isNotNull();
    }

    @Test
    @WithUserDetails("planung")
    void anAccountWithoutPasswordCannotLogInYet() {
        accounts.create(new AccountData("neu", "Neue Person", Role.READER, null), null);
        assertThatThrownBy(() -> authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken("neu", "")))
                // the password is checked before the account state (decision 008): no hint which accounts exist
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
    }

    @Test
    @WithUserDetails("planung")
    void aTakenUserNameIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> accounts.create(new AccountData("PLANUNG", "Doppelt", Role.READER, null), "geheim"))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo("account.error.username-taken");
    }

    @Test
    @WithUserDetails("planung")
    void aDepartmentAccountWithoutUnitIsRefused() {
        assertThatThrownBy(() -> accounts.create(new AccountData("ohne", "Ohne Einheit", Role.DEPARTMENT, null), "geheim"))
                .isInstanceOf(UserError.class).extracting("messageKey").isEqualTo("account.error.unit-required");
    }

    @Test
    @WithUserDetails("interview")
    void onlyThePlannerManagesAccounts() {
        assertThatThrownBy(() -> accounts.create(new AccountData("x", "X", Role.READER, null), "geheim"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.findAll()).isInstanceOf(AccessDeniedException.class);
    }
}
