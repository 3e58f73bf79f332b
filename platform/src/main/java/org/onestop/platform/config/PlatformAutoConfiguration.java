package org.onestop.platform.config;

import org.onestop.platform.messaging.MessagingPlumbing;
import org.onestop.platform.security.SecurityPlumbing;
import org.onestop.platform.web.WebPlumbing;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** What every OneStop service gets by depending on the platform module. */
@AutoConfiguration
@Import({WebPlumbing.class, SecurityPlumbing.class, MessagingPlumbing.class})
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI onestopOpenApi(@Value("${spring.application.name}") String name,
                           @Value("${onestop.api.description:}") String description,
                           @Value("${onestop.public-url:http://localhost:8080}") String publicUrl) {
        // the gateway's public address, not the service's own: "try it out" must not go around the gateway
        return new OpenAPI()
                .info(new Info().title("OneStop " + name).version("v1").description(description))
                .servers(List.of(new Server().url(publicUrl).description("the OneStop gateway")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
