package org.onestop.datasharing.resource.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.platform.rules.RuleViolation;
import org.onestop.platform.rules.StateConflict;

class AccessGrantTest {

    private final Instant now = Instant.parse("2026-11-26T08:00:00Z");

    private DataResource resource(SharingType type) {
        return DataResource.register("licence", "营业执照", "", "OWNER", type, "daily", List.of(
                new ResourceField("creditCode", "代码", "string", false),
                new ResourceField("name", "名称", "string", false),
                new ResourceField("idNumber", "身份证号", "string", true)), "owner", now);
    }

    private AccessGrant request(SharingType type, List<String> fields) {
        return request(type, fields, null);
    }

    private AccessGrant request(SharingType type, List<String> fields, List<GrantRight> rights) {
        return AccessGrant.request(resource(type), "CONSUMER", "核验", fields, rights, now, now.plusSeconds(3600), "c",
                now);
    }

    @Test
    void aGrantReadsUnlessItNamesOtherRightsAndPublishingAlwaysWaitsForTheOwner() {
        AccessGrant reading = request(SharingType.UNCONDITIONAL, List.of("name"));
        assertThat(reading.rights()).containsExactly(GrantRight.READ);
        assertThat(reading.allows(GrantRight.READ, now)).isTrue();
        assertThat(reading.allows(GrantRight.PUBLISH, now)).isFalse();

        AccessGrant publishing = request(SharingType.UNCONDITIONAL, List.of("name"), List.of(GrantRight.PUBLISH));
        assertThat(publishing.status()).isEqualTo(GrantStatus.REQUESTED);
        AccessGrant approved = publishing.approve("owner", null, now);
        assertThat(approved.allows(GrantRight.PUBLISH, now)).isTrue();
        assertThat(approved.allows(GrantRight.READ, now)).as("publishing does not let it read").isFalse();
        assertThatThrownBy(() -> request(SharingType.CONDITIONAL, List.of("name"), List.of()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aGranteePublishesOnlyTheGrantedFields() {
        AccessGrant grant = request(SharingType.CONDITIONAL, List.of("creditCode", "name"), List.of(GrantRight.PUBLISH))
                .approve("owner", null, now);

        grant.checkPublishable(Map.of("creditCode", "9133", "name", "公司"));
        assertThatThrownBy(() -> grant.checkPublishable(Map.of("name", "公司", "idNumber", "330106199001011234")))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors())
                        .extracting(RuleViolation.FieldProblem::field).containsExactly("data.idNumber"));
    }

    @Test
    void aConditionalRequestWaitsForTheOwnerAndAnUnconditionalOneIsGrantedAtOnce() {
        assertThat(request(SharingType.CONDITIONAL, List.of("name")).status()).isEqualTo(GrantStatus.REQUESTED);
        assertThat(request(SharingType.UNCONDITIONAL, List.of("name")).isActive(now)).isTrue();
    }

    @Test
    void onlyTheGrantedFieldsOfARecordAreShared() {
        AccessGrant grant = request(SharingType.CONDITIONAL, List.of("creditCode", "name")).approve("owner", null, now);

        assertThat(grant.project(Map.of("creditCode", "9133", "name", "公司", "idNumber", "330106199001011234")))
                .containsOnlyKeys("creditCode", "name");
    }

    @Test
    void aGrantIsActiveOnlyWithinItsPeriod() {
        AccessGrant grant = request(SharingType.CONDITIONAL, List.of("name")).approve("owner", null, now);

        assertThat(grant.isActive(now.plusSeconds(60))).isTrue();
        assertThat(grant.isActive(now.plusSeconds(3600))).isFalse();
        assertThat(grant.isActive(now.minusSeconds(1))).isFalse();
    }

    @Test
    void unknownFieldsAndNotSharedResourcesAreRefused() {
        assertThatThrownBy(() -> request(SharingType.CONDITIONAL, List.of("name", "shoeSize")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("invalid");
        assertThatThrownBy(() -> request(SharingType.NOT_SHARED, List.of("name"))).isInstanceOf(StateConflict.class);
    }

    @Test
    void aDecisionIsMadeOnce() {
        AccessGrant refused = request(SharingType.CONDITIONAL, List.of("name")).refuse("owner", "no basis", now);

        assertThatThrownBy(() -> refused.approve("owner", null, now)).isInstanceOf(StateConflict.class);
    }

    @Test
    void anApprovedGrantIsRevokedWithAReasonAndIsNoLongerActive() {
        AccessGrant approved = request(SharingType.CONDITIONAL, List.of("name")).approve("owner", null, now);

        assertThatThrownBy(() -> approved.revoke("owner", " ", now)).isInstanceOf(RuleViolation.class);
        AccessGrant revoked = approved.revoke("owner", "用途已结束", now);
        assertThat(revoked.status()).isEqualTo(GrantStatus.REVOKED);
        assertThat(revoked.isActive(now)).isFalse();
        assertThatThrownBy(() -> revoked.revoke("owner", "again", now)).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> request(SharingType.CONDITIONAL, List.of("name")).revoke("owner", "x", now))
                .as("a request not yet decided is refused, not revoked").isInstanceOf(StateConflict.class);
    }
}
