package org.autoheal.crash;

import java.nio.file.Path;
import org.autoheal.testing.Tags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SIGKILL fault-injection test at a size for every build: two kills per scenario (about a
 * minute). The full run, 105 kills and more, is {@link SigkillFaultInjectionIT}
 * ({@code mvn -B -o test -Dtest=SigkillFaultInjectionIT}).
 */
@Tag(Tags.JVM)
class SigkillSmokeTest {
    @TempDir Path root;

    @Test
    void twoKillsPerScenario_filesAreOriginalOrHealed_andTheNextRepairRecovers() throws Exception {
        new SigkillFaultInjectionIT().run(root, 18, 11, null);
    }
}
