package org.septel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Layering rules that module boundaries alone do not express. */
class ArchitectureTest {

    private static final JavaClasses SEPTEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.septel");

    @Test
    void domain_modules_know_nothing_of_vaadin_or_the_process_engine() {
        noClasses().that().resideInAnyPackage("org.septel.cable..", "org.septel.staff..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.camunda..")
                .check(SEPTEL);
    }

    @Test
    void workflow_knows_nothing_of_vaadin() {
        noClasses().that().resideInAPackage("org.septel.workflow..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(SEPTEL);
    }

    @Test
    void screens_do_not_reach_into_module_internals_or_the_engine() {
        noClasses().that().resideInAPackage("org.septel.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..internal..", "org.camunda..",
                        "org.springframework.data..", "jakarta.persistence..")
                .check(SEPTEL);
    }

    @Test
    void repositories_are_used_only_inside_their_module() {
        noClasses().that().resideOutsideOfPackages("org.septel.cable..")
                .should().dependOnClassesThat().haveSimpleName("CableRepository").check(SEPTEL);
        noClasses().that().resideOutsideOfPackages("org.septel.staff..")
                .should().dependOnClassesThat().haveSimpleName("StaffAccountRepository").check(SEPTEL);
    }
}
