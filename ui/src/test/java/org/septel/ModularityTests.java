package org.septel;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifies the module structure across all three jars (no cycles, no access to another module's internals) and
 * writes the module diagrams to {@code ui/target/spring-modulith-docs}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void every_business_capability_is_a_module() {
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .contains("org.septel.cable", "org.septel.staff", "org.septel.workflow", "org.septel.security",
                        "org.septel.ui");
    }

    @Test
    void writes_module_documentation() {
        new Documenter(modules).writeDocumentation();
    }
}
