package de.querschnitt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.common.UserError;
import de.querschnitt.security.repository.InvitationRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class InvitationServiceTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    InvitationRepository repository;
    @Autowired
    AuthenticationManager authenticationManager;

    @Test
    @WithUserDetails("planung")
    void anInvitedPersonSetsTheirPasswordOnceAndCanLogIn() {
        long id = accounts.create(new AccountData("neu", "Neue Person", Role.READER, null), null);

        String link = invitations.create(id);

        assertThat(link).matches("einladung/[A-Za-z0-9_-]{43}");
        String token = link.substring("einladung/".length());
        assertThat(invitations.check(token).username()).isEqualTo("neu");
        assertThat(invitations.redeem(token, "ein gutes Passwort", "ein gutes Passwort")).isEqualTo("neu");
        var login = authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken("neu", "ein gutes Passwort"));
        assertThat(login.isAuthenticated()).isTrue();
        assertThat(accounts.loadUserByUsername("neu").getPassword()).startsWith("$2a$12$");

        assertThatThrownBy(() -> invitations.redeem(token, "noch ein Passwort", "noch ein Passwort"))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "invitation.error.used");
    }

    @Test
    @WithUserDetails("planung")
    void onlyTheHashOfTheTokenIsStored() {
        long id = accounts.create(new AccountData("neu", "Neue Person", Role.READER, null), null);
        String token = invitations.create(id).substring("einladung/".length());
        assertThat(repository.findByTokenHash(token)).isEmpty();
        assertThat(repository.findByTokenHash(InvitationService.hash(token))).isPresent()
                .hasValueSatisfying(row -> assertThat(row.expiresAt()).isAfter(Instant.now().plus(13, ChronoUnit.DAYS))
                        .isBefore(Instant.now().plus(15, ChronoUnit.DAYS)));
    }

    @Test
    @WithUserDetails("planung")
    void anExpiredInvitationIsRefused() {
        long id = accounts.create(new AccountData("neu", "Neue Person", Role.READER, null), null);
        Instant past = Instant.now().minus(15, ChronoUnit.DAYS);
        repository.insert(InvitationService.hash("abgelaufen"), id, null, past, past.plus(InvitationService.VALIDITY));

        assertThatThrownBy(() -> invitations.redeem("abgelaufen", "ein gutes Passwort", "ein gutes Passwort"))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "invitation.error.expired");
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertThatThrownBy(() -> invitations.check("gibt-es-nicht"))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "invitation.error.unknown");
    }

    @Test
    @WithUserDetails("planung")
    void aShortOrMistypedPasswordIsRefusedAndTheLinkStaysValid() {
        long id = accounts.create(new AccountData("neu", "Neue Person", Role.READER, null), null);
        String token = invitations.create(id).substring("einladung/".length());

        assertThatThrownBy(() -> invitations.redeem(token, "kurz", "kurz")).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "invitation.error.password-short");
        assertThatThrownBy(() -> invitations.redeem(token, "ein gutes Passwort", "ein gutes Paßwort"))
                .isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "invitation.error.password-mismatch");
        assertThat(invitations.redeem(token, "ein gutes Passwort", "ein gutes Passwort")).isEqualTo("neu");
    }

    @Test
    @WithUserDetails("planung")
    void anAccountWithAPasswordGetsNoInvitation() {
        long fb45 = accounts.findAll().stream().filter(a -> a.username().equals("fb45")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> invitations.create(fb45)).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "invitation.error.has-password");
    }

    @Test
    @WithUserDetails("interview")
    void onlyThePlannerInvites() {
        assertThatThrownBy(() -> invitations.create(1)).isInstanceOf(AccessDeniedException.class);
    }
}
