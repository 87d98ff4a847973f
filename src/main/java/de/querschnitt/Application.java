package de.querschnitt;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/querschnitt.css")
// server push: background work (the annex PDF) reports progress to the page
public class Application implements AppShellConfigurator {

    /**
     * Installable app: manifest, icons and a service worker that shows the offline page when a page cannot
     * load. Hand-written static files (see {@code META-INF/resources/querschnitt-sw.js}; Vaadin's dev server owns {@code /sw.js}) rather than {@code @PWA}: Vaadin's
     * generated manifest cannot carry a description, language or maskable icon, and its Workbox worker
     * precaches the client bundle; ours touches only page navigations and the offline page.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addMetaTag("theme-color", "#ffffff");
        settings.addFavIcon("icon", "icons/favicon-32.png", "32x32");
        settings.addLink("apple-touch-icon", "icons/apple-touch-icon.png");
        settings.addInlineWithContents("""
                if ('serviceWorker' in navigator) {
                  navigator.serviceWorker.register('querschnitt-sw.js').catch(error => {
                    window.qsServiceWorkerError = String(error);
                    console.warn('service worker not registered', error);
                  });
                }""", Inline.Wrapping.JAVASCRIPT);
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
