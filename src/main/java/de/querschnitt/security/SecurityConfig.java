package de.querschnitt.security;

import de.querschnitt.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Login through Vaadin's security configurer: every view is denied unless its annotation allows a role,
 * and service methods check the role again ({@code @PreAuthorize}) and the unit (in the queries).
 * Hardening (throttled logins, sessions that can be ended, security headers) is described in
 * {@code docs/decisions/009-security-hardening.md}.
 */
@EnableWebSecurity
@EnableMethodSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final String LOGIN_PATH = "/login";

    /**
     * What the browser may load and run. Vaadin Flow needs inline and eval'd scripts and inline styles (its
     * bootstrap script and the JavaScript the server sends); everything else comes from this origin only.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** Browser features the application never uses, switched off for it and anything it might embed. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()";

    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            // a secure cookie means the application is reached over HTTPS (maybe through a proxy): see hsts()
            @Value("${server.servlet.session.cookie.secure:false}") boolean servedOverHttps) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/icons/**",
                // the installable app: anyone may fetch the manifest, the service worker and the offline page
                "/manifest.webmanifest", "/querschnitt-sw.js", "/offline.html",
                // static browser scripts (unsent text, connection state): no data, needed before a login too
                "/scripts/**").permitAll());
        // Vaadin's configurer first: it sets the login view on the form login, which must be known when the form
        // login initialises (else Spring Security serves its own generated login page)
        // Any other address needs a login, and then Vaadin's router decides: a view the person may open, or
        // "Nicht gefunden" in the app's frame (NotFoundError). Vaadin 25's default denies such addresses outright,
        // an empty 403 that browsers show as their own error page for a mistyped or outdated link.
        http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated()));
        // --- login: failures go back to the login page with their reason (throttled, disabled, wrong)
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler(LOGIN_PATH)));
        // --- sessions: registered per account so that disabling an account or changing a password can end them
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl(LOGIN_PATH + "?ended=" + AccountSessions.Reason.DISABLED.parameter));
        // --- security headers on every response
        http.headers(headers -> headers
                .contentTypeOptions(options -> { })
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts(hsts, servedOverHttps)));
        return http.build();
    }

    /**
     * HSTS: over HTTPS always (Spring's default); when the application is configured as served over HTTPS (the
     * prod profile's secure cookie) on every response, because a proxy in front of it terminates TLS and the
     * request the application sees is plain HTTP. Browsers ignore the header on plain-HTTP pages.
     */
    static void hsts(HeadersConfigurer<HttpSecurity>.HstsConfig hsts, boolean servedOverHttps) {
        hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(false);
        if (servedOverHttps) {
            hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
        }
    }

    /** The login form's check: throttled, and the password is checked before whether the account is enabled. */
    @Bean
    AuthenticationProvider authenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        // "disabled" only for the right password: otherwise anyone could probe which accounts are switched off
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthenticationProvider(provider, throttle);
    }

    /** The manager the login form authenticates with, for code that must check a password itself. */
    @Bean
    AuthenticationManager authenticationManager(AuthenticationConfiguration configuration) throws Exception {
        return configuration.getAuthenticationManager();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry (and {@link AccountSessions}) about HTTP sessions that start and end. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, cost 12 (PasswordHashTest checks the stored hashes)
        return new BCryptPasswordEncoder(BCRYPT_COST) {
            @Override
            protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
                // bcrypt refuses more than 72 bytes with an exception; no stored password is that long (the
                // services refuse to set one), so such a login attempt is simply a wrong password
                return fitsBcrypt(rawPassword) && super.matchesNonNull(rawPassword, encodedPassword);
            }
        };
    }

    /** Bcrypt reads at most 72 bytes of a password and refuses longer ones. */
    static final int MAX_PASSWORD_BYTES = 72;

    static boolean fitsBcrypt(CharSequence password) {
        return password.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    static final int BCRYPT_COST = 12;
}
