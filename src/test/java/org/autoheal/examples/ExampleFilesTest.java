package org.autoheal.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An examples file of the wrong shape names the file, the JSON path and what was expected; nothing outside the home is named. */
class ExampleFilesTest {
    static final String F = "rules/x.examples.json";

    static void rejects(String json, String message) {
        assertThatThrownBy(() -> ExampleFiles.parse(F, json)).isInstanceOf(ExampleFileException.class).hasMessage(message);
    }

    @Test
    void everyWrongShapeIsNamedWithItsPath() {
        rejects("{}", F + ": expected a list of examples ([{\"name\": …, \"text\": …, \"expect\": {…}}, …])");
        rejects("[{\"name\": \"n\", \"text\": \"t\"}]", F + ": [0].expect: expected an object {\"cause\": …, \"details\": {…}, \"proposals\": […]}");
        rejects("[{\"name\": \"n\", \"text\": \"t\", \"expect\": {}}]", F + ": [0].expect.cause: expected the expected cause (a string, or null: no diagnosis)");
        rejects("[{\"name\": \"n\", \"text\": 3, \"expect\": {\"cause\": null}}]", F + ": [0].text: expected a string");
        rejects("[{\"name\": \"n\", \"text\": \"t\", \"exit_code\": \"1\", \"expect\": {\"cause\": null}}]", F + ": [0].exit_code: expected an integer or null");
        rejects("[{\"name\": \"n\", \"text\": \"t\", \"command\": \"curl x\", \"expect\": {\"cause\": null}}]",
                F + ": [0].command: expected a list of strings (the argv)");
        rejects("[{\"name\": \"n\", \"text\": \"t\", \"expect\": {\"cause\": null, \"details\": {\"a\": [1]}}}]",
                F + ": [0].expect.details.a: expected a string, number, boolean or null");
        rejects("[{\"name\": \"n\", \"text\": \"t\", \"expect\": {\"cause\": null}}, {\"name\": \"n\", \"text\": \"u\", \"expect\": {\"cause\": null}}]",
                F + ": [1].name: expected a name not used before in this file ('n' is)");
        rejects("[{\"name\": \"n\", \"text\": \"t\", \"expect\": {\"cause\": null}, \"cause\": \"x\"}]",
                F + ": [0].cause: expected one of [command, exit_code, expect, home, name, text, tool] (unknown key)");
    }

    @Test
    void homeFilesStayInsideTheScratchHome() {
        for (String bad : new String[] {"../escape.json", "/etc/passwd", "config/../../x", "a\\\\b", ""}) {
            assertThatThrownBy(() -> ExampleFiles.parse(F, "[{\"name\": \"n\", \"text\": \"t\", \"home\": {\"" + bad + "\": \"x\"}, "
                    + "\"expect\": {\"cause\": null}}]")).as(bad).isInstanceOf(ExampleFileException.class)
                    .hasMessageContaining("expected a relative path inside the home");
        }
    }

    @Test
    void aGoodExampleKeepsEveryField() {
        RuleExample e = ExampleFiles.parse(F, """
                [{"name": "n", "tool": "t", "command": ["curl", "-sS"], "exit_code": 7,
                  "home": {"config/toolchains.json": {"toolchains": {}}, "data/a.txt": "raw"},
                  "text": "boom", "expect": {"cause": "connection", "details": {"port": 80, "url": null},
                  "proposals": ["restart_service"], "not_proposals": ["install_module"]}}]
                """).get(0);
        assertThat(e.tool()).isEqualTo("t");
        assertThat(e.command()).containsExactly("curl", "-sS");
        assertThat(e.exitCode()).isEqualTo(7);
        assertThat(e.home()).containsEntry("data/a.txt", "raw").containsKey("config/toolchains.json");
        assertThat(e.expect().details()).containsEntry("port", "80").containsEntry("url", null);
        assertThat(e.expect().proposals()).containsExactly("restart_service");
        assertThat(e.expect().notProposals()).containsExactly("install_module");
    }
}
