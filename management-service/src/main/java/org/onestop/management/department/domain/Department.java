package org.onestop.management.department.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.onestop.contracts.management.DepartmentRegistered;
import org.onestop.contracts.management.DepartmentUpdated;
import org.onestop.platform.identifiers.CreditCode;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

/**
 * A department (implementing body) of the master data.
 *
 * @param code     the platform's department code: region code, a dash, an abbreviation ({@code 330100-AMR})
 * @param revision optimistic-locking counter
 */
public record Department(String code, String creditCode, String name, String regionCode, Set<StaffRole> staffRoles,
                         long revision) {

    private static final Pattern CODE = Pattern.compile("\\d{6}(\\d{6})?-[A-Z0-9]{2,16}");

    public Department {
        staffRoles = Set.copyOf(staffRoles);
    }

    /** A new department, checked; every broken rule is reported at once. */
    public static Department register(String code, String creditCode, String name, String regionCode,
                                      Set<StaffRole> staffRoles) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "must be a region code, a dash and 2 to 16 capital letters or digits"));
        }
        String normalized = CreditCode.normalized(creditCode);
        problems.addAll(problemsOf(normalized, name));
        throwIfAny(problems);
        return new Department(code, normalized, name, regionCode, staffRoles, 0);
    }

    /** The same department with new master data. */
    public Department update(String creditCode, String name, String regionCode, Set<StaffRole> staffRoles) {
        String normalized = CreditCode.normalized(creditCode);
        throwIfAny(problemsOf(normalized, name));
        return new Department(code, normalized, name, regionCode, staffRoles, revision);
    }

    public DepartmentRegistered registered(String regionName, String channel, Instant now) {
        return new DepartmentRegistered(code, creditCode, name, regionCode, regionName, roleNames(), channel, now);
    }

    public DepartmentUpdated updated(String regionName, String channel, Instant now) {
        return new DepartmentUpdated(code, creditCode, name, regionCode, regionName, roleNames(), channel, now);
    }

    public List<String> roleNames() {
        return staffRoles.stream().map(Enum::name).sorted().toList();
    }

    private static List<FieldProblem> problemsOf(String creditCode, String name) {
        List<FieldProblem> problems = new ArrayList<>();
        CreditCode.problemWith(creditCode).ifPresent(problem -> problems.add(new FieldProblem("creditCode", problem)));
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "must not be blank"));
        }
        return problems;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolation("The department breaks master-data rules", problems);
        }
    }
}
