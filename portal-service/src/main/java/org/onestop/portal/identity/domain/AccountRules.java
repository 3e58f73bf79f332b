package org.onestop.portal.identity.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.onestop.platform.identifiers.CreditCode;
import org.onestop.platform.identifiers.IdentityNumber;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.RuleViolation.FieldProblem;

/**
 * What a new account must satisfy: usernames, password strength, mainland mobile numbers, the
 * national identifiers and the fixed set of staff roles. Each check names the field it judges.
 */
public final class AccountRules {

    /** The roles an administrator may give a staff account; every staff account also has {@code STAFF}. */
    public static final Set<String> STAFF_ROLES = Set.of("STAFF", "CLERK", "REVIEWER", "APPROVER", "SUPERVISOR", "EDITOR");
    /** The only role a machine client (a department's system) may have; it is also its default. */
    public static final String DEPARTMENT_SYSTEM = "DEPARTMENT_SYSTEM";
    /**
     * The staff roles that management's master data gives a department (its StaffRole); a staff
     * account may only hold those its department has. {@code STAFF} and {@code APPROVER} are the
     * portal's own and not listed by management, so they are not checked against the department.
     */
    public static final Set<String> DEPARTMENT_ROLES = Set.of("EDITOR", "REVIEWER", "CLERK", "SUPERVISOR");
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{3,31}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern REGION = Pattern.compile("\\d{6}(\\d{6})?");
    private static final Pattern DEPARTMENT = Pattern.compile("\\d{6}(\\d{6})?-[A-Z0-9]{2,16}");

    /** Collects the problems of one request, so that the answer lists every bad field at once. */
    public static final class Check {

        private final List<FieldProblem> problems = new ArrayList<>();

        public Check username(String username) {
            if (username == null || !USERNAME.matcher(username).matches()) {
                add("username", "4 to 32 characters: lower-case letters, digits, '_', '.' or '-', starting with a letter");
            }
            return this;
        }

        public Check password(String password, String username) {
            passwordProblem(password, username).ifPresent(problem -> add("password", problem));
            return this;
        }

        public Check mobile(String mobile) {
            if (mobile == null || !MOBILE.matcher(mobile).matches()) {
                add("mobile", "must be a mainland mobile number of 11 digits starting with 13 to 19");
            }
            return this;
        }

        public Check identityNumber(String normalizedNumber) {
            IdentityNumber.problemWith(normalizedNumber).ifPresent(problem -> add("identityNumber", problem));
            return this;
        }

        public Check creditCode(String code) {
            CreditCode.problemWith(code).ifPresent(problem -> add("creditCode", problem));
            return this;
        }

        public Check name(String field, String value, int max) {
            if (value == null || value.isBlank()) {
                add(field, "must not be blank");
            } else if (value.strip().length() > max) {
                add(field, "must be at most " + max + " characters");
            }
            return this;
        }

        public Check staffPlace(String departmentCode, String regionCode) {
            if (regionCode == null || !REGION.matcher(regionCode).matches()) {
                add("regionCode", "must be a GB/T 2260 code of 6 or 12 digits");
            }
            if (departmentCode == null || !DEPARTMENT.matcher(departmentCode).matches()) {
                add("departmentCode", "must be a department code like 330100-AMR");
            } else if (regionCode != null && !departmentCode.startsWith(regionCode + "-")) {
                add("departmentCode", "must belong to region " + regionCode);
            }
            return this;
        }

        public Check staffRoles(List<String> roles) {
            if (roles == null || roles.isEmpty()) {
                add("roles", "name at least one of " + STAFF_ROLES);
            } else if (!STAFF_ROLES.containsAll(roles)) {
                add("roles", "only " + STAFF_ROLES + " may be given to staff");
            }
            return this;
        }

        /**
         * The staff account's department against the one management published: it must be known,
         * {@code regionCode} must be its region and every role of {@link #DEPARTMENT_ROLES} asked
         * for must be one the department has. Skipped for a field already found wrong.
         *
         * @param department the department as the portal knows it; empty when unknown
         * @param anyKnown   whether the portal has any department yet (none: management's events
         *                   have not arrived, which the message says)
         */
        public Check knownDepartment(String departmentCode, String regionCode, List<String> roles,
                                     Optional<KnownDepartment> department, boolean anyKnown) {
            if (has("departmentCode") || departmentCode == null) {
                return this;
            }
            if (department.isEmpty()) {
                add("departmentCode", anyKnown
                        ? "is not a department of management's master data (" + departmentCode + " is unknown to the portal;"
                          + " a department registered just now is known once management's event has arrived)"
                        : "cannot be checked yet: the portal has not received management's departments"
                          + " (management.department.v1); try again once management-service runs and its events arrive");
                return this;
            }
            KnownDepartment known = department.get();
            if (!has("regionCode") && regionCode != null && !regionCode.equals(known.regionCode())) {
                add("regionCode", "must be the department's region " + known.regionCode());
            }
            if (!has("roles") && roles != null) {
                List<String> refused = roles.stream().filter(DEPARTMENT_ROLES::contains)
                        .filter(role -> !known.staffRoles().contains(role)).distinct().sorted().toList();
                if (!refused.isEmpty()) {
                    add("roles", "the department " + departmentCode + " has no " + refused + " staff; it has "
                            + known.staffRoles().stream().sorted().toList());
                }
            }
            return this;
        }

        /** A machine client's roles: none given (it gets DEPARTMENT_SYSTEM) or DEPARTMENT_SYSTEM only. */
        public Check machineRoles(List<String> roles) {
            if (roles != null && !roles.stream().allMatch(DEPARTMENT_SYSTEM::equals)) {
                add("roles", "a machine client may only have " + DEPARTMENT_SYSTEM);
            }
            return this;
        }

        /** Throws a 400 naming every field found wrong. */
        public void orRefuse() {
            if (!problems.isEmpty()) {
                throw new RuleViolation("The request has invalid fields", problems);
            }
        }

        private boolean has(String field) {
            return problems.stream().anyMatch(problem -> problem.field().equals(field));
        }

        private void add(String field, String message) {
            problems.add(new FieldProblem(field, message));
        }
    }

    /** A department as management published it: its region and the staff roles it has. */
    public record KnownDepartment(String regionCode, Set<String> staffRoles) {

        public KnownDepartment {
            staffRoles = Set.copyOf(staffRoles);
        }
    }

    public static Check check() {
        return new Check();
    }

    /**
     * A password is 10 to 128 characters long, holds at least one letter and one digit, does not
     * contain the username, and is none that anyone would try first ({@link CommonPasswords}).
     */
    public static Optional<String> passwordProblem(String password, String username) {
        if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            return Optional.of("must be " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("must contain letters and digits");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        if (CommonPasswords.isTooEasy(password)) {
            return Optional.of("is too common or too easy to guess: choose words of your own, not a well-known password or a sequence");
        }
        return Optional.empty();
    }

    /** The roles a staff account gets: {@code STAFF} first, then the requested working roles, each once. */
    public static List<String> staffRolesOf(List<String> requested) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add("STAFF");
        roles.addAll(requested);
        return List.copyOf(roles);
    }

    /** A mobile number as shown back: the first 3 and the last 4 digits. */
    public static String maskedMobile(String mobile) {
        if (mobile == null || mobile.length() != 11) {
            return mobile == null ? null : "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    private AccountRules() {
    }
}
