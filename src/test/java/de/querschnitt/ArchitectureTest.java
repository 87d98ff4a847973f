package de.querschnitt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layering of STYLE.md: views call services, jOOQ stays in repositories. */
@AnalyzeClasses(packages = "de.querschnitt", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsNeverTouchJooqOrRepositories = noClasses()
            .that().resideInAPackage("..ui..").or().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "de.querschnitt.db..", "..repository..");

    @ArchTest
    static final ArchRule jooqStaysInRepositories = noClasses()
            .that().resideOutsideOfPackages("..repository..", "de.querschnitt.db..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "de.querschnitt.db..");

    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyByTheirFeature = classes()
            .that().resideInAPackage("de.querschnitt.(*).repository..")
            .should(new com.tngtech.archunit.lang.ArchCondition<>("be used only inside their own feature") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass repository,
                        com.tngtech.archunit.lang.ConditionEvents events) {
                    String feature = featureOf(repository.getPackageName());
                    repository.getAccessesToSelf().stream()
                            // the row-level access condition is meant for every feature's queries
                            .filter(access -> !repository.getSimpleName().equals("AccessScope"))
                            .filter(access -> !featureOf(access.getOriginOwner().getPackageName()).equals(feature))
                            .forEach(access -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                    access, access.getDescription())));
                }
            });

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("de.querschnitt.(*)..").should().beFreeOfCycles();

    /**
     * No user text ever reaches the page as HTML: Vaadin's {@code Html} component parses its string as markup,
     * so nothing may construct one (text goes through {@code setText}, components and attributes, which the
     * browser never parses as markup).
     */
    @ArchTest
    static final ArchRule noHtmlComponent = noClasses().should()
            .callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.base.DescribedPredicate.describe("Html",
                                    owner -> owner.isAssignableTo(com.vaadin.flow.component.Html.class)))))
            .because("Html parses its content as markup; show user text with setText or components");

    private static String featureOf(String packageName) {
        String rest = packageName.substring("de.querschnitt.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
