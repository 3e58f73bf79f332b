package org.onestop.web.apply;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The platform's field problems in the page's language: the rules the portal and the catalog state in English
 * ("is required", "must be a number", ...) have their own texts in both languages; anything else
 * is shown as the portal said it.
 */
@Component
public class ProblemTexts {

    private record Rule(Pattern pattern, String key) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("^(?:.* )?is required$"), "problem.required"),
            new Rule(Pattern.compile("^must not be (?:blank|null|empty)$"), "problem.required"),
            new Rule(Pattern.compile(".* must be a number$"), "problem.number"),
            new Rule(Pattern.compile(".* must be one of .*"), "problem.choice"),
            new Rule(Pattern.compile(".* must be a list of some of .*"), "problem.choice"),
            new Rule(Pattern.compile(".* must be a date \\(yyyy-MM-dd\\)$"), "problem.date"),
            new Rule(Pattern.compile("^is not a field of this form$"), "problem.unknownField"),
            new Rule(Pattern.compile("^must be at most (\\d+) characters long$"), "problem.tooLong"),
            // the catalog's rules (management's CatalogRules), met by editors on the workbench
            new Rule(Pattern.compile("^must not exceed the legal limit of (\\d+) working days$"), "problem.overLegalLimit"),
            new Rule(Pattern.compile("^must be 0 for an immediate case.*"), "problem.immediateCase"),
            new Rule(Pattern.compile("^an item with a result type needs a sample of the result$"), "problem.resultSample"),
            new Rule(Pattern.compile("^must say why the applicant has to come to the hall$"), "problem.visitsReason"),
            new Rule(Pattern.compile("^a fee needs its standard.*"), "problem.feeStandard"),
            new Rule(Pattern.compile("^a fee needs its legal basis$"), "problem.feeBasis"),
            new Rule(Pattern.compile("^every material needs its source$"), "problem.materialSource"),
            new Rule(Pattern.compile("^a licensing process needs .*"), "problem.licensingProcess"),
            new Rule(Pattern.compile("^must be an http or https address.*"), "problem.address"));

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String message, Locale locale) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.matches()) {
                Object[] arguments = matcher.groupCount() > 0 ? new Object[] {matcher.group(1)} : new Object[0];
                return messages.getMessage(rule.key(), arguments, locale);
            }
        }
        return message;
    }
}
