package org.septel.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header: what the API is and how to authenticate (see ADR 0014). */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Septel API", version = "1",
        description = "Cables, follow-ups, tasks and exports, with the same need-to-know rules as the screens. "
                + "Authenticate with the screens' session, HTTP Basic, or a personal API token (Bearer)."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from POST /api/me/tokens")
class OpenApiConfiguration {
}
