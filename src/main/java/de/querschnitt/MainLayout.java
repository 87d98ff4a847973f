package de.querschnitt;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.querschnitt.common.i18n.LanguageSelection;
import de.querschnitt.common.i18n.Translations;
import de.querschnitt.common.ui.Routes;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

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
        addToNavbar(toggle, viewTitle);

        var appName = new Span(getTranslation("app.name"));
        appName.addClassName("qs-app-name");
        var header = new Div(appName);
        header.addClassName("qs-drawer-header");
        addToDrawer(header, navigation(actor), userMenu(actor, authenticationContext));
    }

    private SideNav navigation(Actor actor) {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        var units = new SideNavItem(getTranslation(actor.role() == Role.DEPARTMENT ? "nav.my-unit" : "nav.units"),
                actor.role() == Role.DEPARTMENT ? Routes.unit(actor.unitId()) : Routes.UNITS,
                VaadinIcon.BUILDING.create());
        nav.addItem(units);
        if (actor.role() != Role.DEPARTMENT) {
            nav.addItem(new SideNavItem(getTranslation("nav.matrix"), Routes.MATRIX, VaadinIcon.TABLE.create()));
        }
        return nav;
    }

    private Component userMenu(Actor actor, AuthenticationContext authenticationContext) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        menu.getElement().setAttribute("aria-label", getTranslation("nav.user-menu"));
        var user = menu.addItem(actor.displayName() + " · " + getTranslation("role." + actor.role().name()));
        var language = user.getSubMenu().addItem(getTranslation("nav.language"));
        language.getSubMenu().addItem("Deutsch", e -> switchLanguage(Translations.GERMAN));
        language.getSubMenu().addItem("English", e -> switchLanguage(Translations.ENGLISH));
        user.getSubMenu().addItem(getTranslation("nav.logout"), e -> authenticationContext.logout());
        var box = new Div(menu);
        box.addClassName("qs-user-menu");
        return box;
    }

    private void switchLanguage(Locale locale) {
        LanguageSelection.remember(locale);
        getUI().ifPresent(ui -> {
            ui.setLocale(locale);
            ui.getPage().reload();
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasViewTitle titled ? titled.viewTitle() : "");
    }

    /** A view that names itself in the title bar. */
    public interface HasViewTitle {
        String viewTitle();
    }
}
