package vn.tinradar.common.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrefixClaimsTest {

    @Test
    void aClassMayCreateTopicsUnderItsOwnPrefixAgain() {
        PrefixClaims claims = new PrefixClaims();
        claims.claim("su-co-it.", "IncidentsIT");

        assertThatCode(() -> claims.claim("su-co-it.", "IncidentsIT")).doesNotThrowAnyException();
    }

    @Test
    void aPrefixAnotherClassOwnsIsRefusedNamingBothClasses() {
        PrefixClaims claims = new PrefixClaims();
        claims.claim("tinradar.", "UsersAcrossInstancesIT");

        assertThatThrownBy(() -> claims.claim("tinradar.", "ReportFormIT"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("topic prefix 'tinradar.' of ReportFormIT is already used by UsersAcrossInstancesIT on"
                        + " the shared broker; give ReportFormIT a prefix of its own");
    }
}
