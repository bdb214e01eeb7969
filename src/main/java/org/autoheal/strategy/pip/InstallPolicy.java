package org.autoheal.strategy.pip;

import java.util.List;
import java.util.Map;

/**
 * What a module install may do, from config: {@code install.allow}/{@code deny}/
 * {@code module_map} in autoheal.json, the toolchain's {@code pip} options (passed
 * to pip as given) and its {@code python} interpreter (absolute path or a bare
 * command on PATH). Allow and deny entries match a distribution or top-level import
 * name after PEP 503 normalisation; a non-empty allow list admits only its entries.
 */
public record InstallPolicy(List<String> allow, List<String> deny, Map<String, String> moduleMap,
                            List<String> pipOptions, String python) {

    public InstallPolicy {
        allow = allow == null ? List.of() : List.copyOf(allow);
        deny = deny == null ? List.of() : List.copyOf(deny);
        moduleMap = moduleMap == null ? Map.of() : Map.copyOf(moduleMap);
        pipOptions = pipOptions == null ? List.of() : List.copyOf(pipOptions);
        if (python == null || python.isBlank() || python.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("install policy: the python interpreter is empty;"
                    + " set \"python\" for the toolchain in config/toolchains.json");
        }
        // a bare "--" would end pip's options early and let later options be read as names
        if (pipOptions.contains("--")) {
            throw new IllegalArgumentException("install policy: pip options " + pipOptions
                    + " contain a bare '--'; remove it from the toolchain's \"pip\" list");
        }
    }

    /** No allow/deny lists, no extra map entries, no pip options. */
    public static InstallPolicy defaults(String python) {
        return new InstallPolicy(List.of(), List.of(), Map.of(), List.of(), python);
    }

    public InstallPolicy withPipOptions(List<String> options) {
        return new InstallPolicy(allow, deny, moduleMap, options, python);
    }

    public InstallPolicy withModuleMap(Map<String, String> map) {
        return new InstallPolicy(allow, deny, map, pipOptions, python);
    }

    public InstallPolicy withAllowDeny(List<String> allowList, List<String> denyList) {
        return new InstallPolicy(allowList, denyList, moduleMap, pipOptions, python);
    }
}
