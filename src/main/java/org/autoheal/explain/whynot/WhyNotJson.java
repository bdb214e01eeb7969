package org.autoheal.explain.whynot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.autoheal.json.Json;
import org.autoheal.explain.whynot.WhyNotAnswer.Check;
import org.autoheal.explain.whynot.WhyNotAnswer.FactShown;

/** "Why not" answers as JSON: {@code rule}, {@code at}, {@code verdict}, {@code summary}, {@code conditions[]}. */
public final class WhyNotJson {
    private WhyNotJson() {
    }

    public static ArrayNode of(List<WhyNotAnswer> answers) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        answers.forEach(a -> out.add(of(a)));
        return out;
    }

    public static ObjectNode of(WhyNotAnswer a) {
        ObjectNode n = Json.object();
        n.put("rule", a.rule());
        n.put("at", a.at());
        n.put("kind", a.kind());
        n.put("verdict", a.verdict());
        n.put("fired", a.fired());
        n.put("summary", a.summary());
        ArrayNode conditions = n.putArray("conditions");
        for (Check c : a.conditions()) {
            ObjectNode cn = conditions.addObject();
            cn.put("text", WhyNotText.oneLine(c.text(), 2000));
            cn.put("line", c.line());
            cn.put("status", c.status());
            cn.put("part_by_part", c.partByPart());
            if (c.note() != null) cn.put("note", c.note());
            if (c.status().equals("failed")) {
                cn.put("candidates", c.candidates());
                ArrayNode facts = cn.putArray("facts");
                for (FactShown f : c.facts()) {
                    ObjectNode fn = facts.addObject();
                    fn.put("type", f.type());
                    fn.set("values", Json.MAPPER.valueToTree(f.values()));
                }
            }
        }
        n.set("warnings", Json.MAPPER.valueToTree(a.warnings()));
        return n;
    }
}
