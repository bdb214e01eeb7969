package org.autoheal.facts;

/**
 * A configured rename from {@code imports.renames}: a moved name ({@code collections.Mapping →
 * collections.abc.Mapping}) or a renamed module ({@code sklearn_old → sklearn}).
 */
public record ImportRename(String oldName, String newName) {
    /** The module part of the new name when it renames a name: {@code collections.abc}. */
    public String newModule() {
        int dot = newName.lastIndexOf('.');
        return dot < 0 ? newName : newName.substring(0, dot);
    }
}
