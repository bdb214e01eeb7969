package org.autoheal.explain;

import java.util.ArrayList;
import java.util.List;

/** A two-level text tree: entries with ├─ / └─, their lines indented under them. */
final class Tree {
    private record Node(String head, List<String> lines, boolean branch) {
    }

    private final List<Node> nodes = new ArrayList<>();

    void leaf(String head, List<String> lines) {
        nodes.add(new Node(head, lines, false));
    }

    void leaf(String head) {
        leaf(head, List.of());
    }

    /** An entry whose lines are items of their own: numbered or marked lines stay as they are. */
    void branch(String head, List<String> lines) {
        nodes.add(new Node(head, lines, true));
    }

    String render() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            boolean last = i == nodes.size() - 1;
            Node n = nodes.get(i);
            b.append(last ? "└─ " : "├─ ").append(n.head()).append('\n');
            String indent = last ? "   " : "│  ";
            for (String l : n.lines()) b.append(indent).append(n.branch() ? "  " : "   ").append(l).append('\n');
        }
        return b.toString();
    }
}
