package org.onestop.portal.application;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.onestop.contracts.management.FormField;
import org.onestop.platform.problem.BadRequestException;
import org.onestop.platform.rules.RuleViolation.FieldProblem;
import org.onestop.portal.application.domain.FormBounds;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Holds form data to {@link FormBounds} with the configured limits, on every save of a draft and on submission. */
@Component
class FormDataBounds {

    private final ApplicationProperties properties;
    private final JsonMapper json;

    FormDataBounds(ApplicationProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    List<FieldProblem> problems(List<FormField> definition, Map<String, Object> formData) {
        long bytes = json.writeValueAsString(formData).getBytes(StandardCharsets.UTF_8).length;
        return FormBounds.problems(definition, formData, properties.maxFormFields(), bytes,
                properties.maxFormDataSize().toBytes());
    }

    void check(List<FormField> definition, Map<String, Object> formData) {
        List<FieldProblem> problems = problems(definition, formData);
        if (!problems.isEmpty()) {
            throw new BadRequestException("The form data is over its bounds", problems);
        }
    }
}
