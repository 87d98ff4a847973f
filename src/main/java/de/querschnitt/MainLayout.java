package de.querschnitt;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.querschnitt.common.ui.ConnectionState;
import de.querschnitt.common.ui.LanguageSwitch;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import jakarta.annotation.security.PermitAll;

/** The frame of every view after login: navigation drawer, title bar, user menu. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        Actor actor = currentUser.require();
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("qs-view-title");
        addToNavbar(skipLink(), toggle, viewTitle, new ConnectionState());

        var appName = new Span(getTranslation("app.name"));
        appName.addClassName("qs-app-name");
        var header = new Div(appName);
        header.addClassName("qs-drawer-header");
        addToDrawer(header, navigation(actor), userMenu(actor, authenticationContext), accessibilityLink());
        keepFocusedFieldsInView();
    }

    /**
     * A field that gets the focus while it is only partly visible (the on-screen keyboard leaves little height,
     * or the Tab key reached a field at the edge) is scrolled fully into view, clear of the sticky form header
     * and the save state: the field's scroll-margin in querschnitt.css says how far.
     */
    private void keepFocusedFieldsInView() {
        getElement().executeJs("""
                if (!window.qsKeepFocusInView) {
                    window.qsKeepFocusInView = true;
                    document.addEventListener('focusin', e => {
                        const field = e.composedPath()[0];
                        if (field instanceof HTMLElement && field.matches('input, textarea')) {
                            requestAnimationFrame(() => field.scrollIntoView({block: 'nearest'}));
                        }
                    });
                }""");
        // while the drawer lies over the page, the page behind it is hidden from screen readers (aria-hidden):
        // make it unreachable for the keyboard too, so that no focusable content lies under aria-hidden
        getElement().addPropertyChangeListener("drawerOpened", "drawer-opened-changed", e -> getElement().executeJs("""
                const hidden = !!(this.drawerOpened && this.overlay);
                // the page (part "content") and the app bar above it (the skip link, the title) lie behind the drawer
                for (const part of ['[part~="content"]', '#navbarTop']) {
                  const element = this.shadowRoot && this.shadowRoot.querySelector(part);
                  if (element) { element.inert = hidden; }
                }"""));
    }

    private SideNav navigation(Actor actor) {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        if (actor.role() == Role.DEPARTMENT) {
            nav.addItem(new SideNavItem(getTranslation("nav.my-entries"), Routes.MY_ENTRIES,
                    VaadinIcon.CLIPBOARD_CHECK.create()));
        }
        var units = new SideNavItem(getTranslation(actor.role() == Role.DEPARTMENT ? "nav.my-unit" : "nav.units"),
                actor.role() == Role.DEPARTMENT ? Routes.unit(actor.unitId()) : Routes.UNITS,
                VaadinIcon.BUILDING.create());
        nav.addItem(units);
        if (actor.role() == Role.PLANNER || actor.role() == Role.INTERVIEWER) {
            nav.addItem(new SideNavItem(getTranslation("nav.interviews"), Routes.INTERVIEWS,
                    VaadinIcon.CLIPBOARD_TEXT.create()));
        }
        if (actor.role() != Role.DEPARTMENT) {
            nav.addItem(new SideNavItem(getTranslation("nav.matrix"), Routes.MATRIX, VaadinIcon.TABLE.create()));
        }
        if (actor.role() == Role.PLANNER) {
            nav.addItem(new SideNavItem(getTranslation("nav.review"), Routes.REVIEW_BOARD,
                    VaadinIcon.CLIPBOARD_CHECK.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.vocabulary"), Routes.VOCABULARY, VaadinIcon.TAGS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.exchange"), Routes.EXCHANGE, VaadinIcon.EXCHANGE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.annex"), Routes.ANNEX, VaadinIcon.FILE_TEXT_O.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.accounts"), Routes.ACCOUNTS, VaadinIcon.KEY.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.backups"), Routes.BACKUPS, VaadinIcon.DATABASE.create()));
        }
        return nav;
    }

    private Component userMenu(Actor actor, AuthenticationContext authenticationContext) {
        var name = new Span(actor.displayName());
        name.addClassName("qs-user-name");
        var role = new Span(getTranslation("role." + actor.role().name()));
        role.addClassName("qs-user-role");
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        var password = new Button(getTranslation("nav.password"), VaadinIcon.LOCK.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(Routes.PASSWORD)));
        password.addThemeVariants(ButtonVariant.TERTIARY);
        password.setId("nav-password");
        var box = new Div(name, role, new LanguageSwitch(), password, logout);
        box.addClassName("qs-user-menu");
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasViewTitle titled ? titled.viewTitle() : "");
        // a new page opens at its top, not at the scroll position of the list it was opened from
        getElement().executeJs("""
                window.scrollTo(0, 0);
                const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');
                if (content) { content.scrollTop = 0; }""");
    }

    /**
     * The first stop of the Tab key: jumps over the navigation to the page's content (WCAG 2.4.1). Hidden until
     * it has the focus.
     */
    private Component skipLink() {
        var skip = new com.vaadin.flow.component.html.Anchor("#main-content", getTranslation("a11y.skip-link"));
        skip.addClassName("qs-skip-link");
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const layout = this.closest('vaadin-app-layout');
                  const content = layout && layout.querySelector(':scope > :not([slot])');
                  if (content) {
                    if (!content.hasAttribute('tabindex')) { content.setAttribute('tabindex', '-1'); }
                    content.focus();
                  }
                });""");
        return skip;
    }

    private Component accessibilityLink() {
        var link = new com.vaadin.flow.component.html.Anchor("barrierefreiheit", getTranslation("a11y.statement.link"));
        link.addClassName("qs-accessibility-link");
        return link;
    }

    /** A view that names itself in the title bar and the browser tab. */
    public interface HasViewTitle extends HasDynamicTitle {
        String viewTitle();

        @Override
        default String getPageTitle() {
            String app = com.vaadin.flow.component.UI.getCurrent() == null ? "Querschnitt"
                    : com.vaadin.flow.component.UI.getCurrent().getTranslation("app.name");
            return viewTitle().isEmpty() ? app : viewTitle() + " – " + app;
        }
    }
}
