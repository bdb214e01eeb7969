package org.autoheal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.autoheal.facts.ToolchainError;

/** The size limits every fact must respect, whatever the input. */
final class Bounds {

    private Bounds() {
    }

    static void assertBounded(ToolchainError e) {
        assertThat(e).isNotNull();
        assertThat(e.detail("parse_error")).as("a parser threw; the fallback hid it").isNull();
        List<String> fields = new ArrayList<>(List.of(nn(e.getTool()), nn(e.getLanguage()), nn(e.getType()),
                nn(e.getMessage()), nn(e.getFile()), nn(e.getCode()), nn(e.getModule()), nn(e.getPath()),
                nn(e.getHost()), nn(e.getUrl()), nn(e.getName()), nn(e.getFromModule()), nn(e.getSyscall()),
                nn(e.getMode()), nn(e.getCodeLine()), nn(e.getJsonFile()), nn(e.getCommand())));
        fields.addAll(e.getTypes());
        fields.addAll(e.getOtherModules());
        fields.addAll(e.getMentionedFiles());
        fields.addAll(e.getChain());
        fields.addAll(e.getDetails().values());
        for (String f : fields) assertThat(f.length()).as("field length").isLessThanOrEqualTo(Caps.MAX_FIELD);
        assertThat(e.getTypes()).hasSizeLessThanOrEqualTo(Caps.MAX_LIST);
        assertThat(e.getOtherModules()).hasSizeLessThanOrEqualTo(Caps.MAX_LIST);
        assertThat(e.getMentionedFiles()).hasSizeLessThanOrEqualTo(Caps.MAX_LIST);
        assertThat(e.getChain()).hasSizeLessThanOrEqualTo(Caps.MAX_LIST);
        assertThat(e.getDetails()).hasSizeLessThanOrEqualTo(Caps.MAX_DETAILS);
        assertThat(e.getRaw().length()).isLessThanOrEqualTo(ErrorText.DEFAULT_MAX_BYTES);
        assertThat(e.getRaw()).doesNotContain("\u0000");
        if (e.getPort() != null) assertThat(e.getPort()).isBetween(1, 65535);
        if (e.getHttpStatus() != null) assertThat(e.getHttpStatus()).isBetween(100, 599);
        if (e.getErrno() != null) assertThat(e.getErrno()).isNotNegative();
        if (e.getMode() != null) assertThat(e.getMode()).isIn("read", "write");
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
