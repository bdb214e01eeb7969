package org.autoheal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** intake.heal and the request's "heal" decide whether a report is healed; the answer says why. */
class HealGrantTest {
    static final ErrorReport ASKS = new ErrorReport("build", "boom", 1, true);
    static final ErrorReport DOES_NOT_ASK = new ErrorReport("build", "boom", 1, false);

    @Test
    void never_refusesARequestedHeal_andSaysWhichSettingToChange() {
        HealGrant g = HealGrant.of("never", ASKS);
        assertThat(g.requested()).isTrue();
        assertThat(g.allowed()).isFalse();
        assertThat(g.why()).contains("intake.heal is \"never\"").contains("config/autoheal.json").contains("\"on_request\"");
        assertThat(g.json().toString()).startsWith("{\"requested\":true,\"allowed\":false,\"why\":");
        assertThat(HealGrant.of("never", DOES_NOT_ASK).allowed()).isFalse();
    }

    @Test
    void onRequest_healsOnlyWhenAsked() {
        assertThat(HealGrant.of("on_request", ASKS).allowed()).isTrue();
        assertThat(HealGrant.of("on_request", DOES_NOT_ASK)).isEqualTo(new HealGrant(false, false, "not requested (send \"heal\": true to ask)"));
    }

    @Test
    void always_healsUnasked_butNeverWithoutAToolchainToVerify() {
        assertThat(HealGrant.of("always", DOES_NOT_ASK)).isEqualTo(new HealGrant(false, true, "intake.heal is \"always\""));
        HealGrant noTool = HealGrant.of("always", new ErrorReport(null, "boom", 1, true));
        assertThat(noTool.allowed()).isFalse();
        assertThat(noTool.why()).startsWith("no \"tool\" given");
    }
}
