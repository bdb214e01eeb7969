package org.autoheal.strategy.builtin;

import java.util.Map;
import org.autoheal.config.Service;
import org.autoheal.strategy.Refusal;

/** Configured services as the service manager takes them; names only ever come from config. */
final class ServiceSpecs {
    private ServiceSpecs() {
    }

    /** The configured service of that name, or a refusal: a name never reaches a command unless config defines it. */
    public static Service configured(Map<String, Service> services, String name) throws Refusal {
        Service s = services.get(name);
        if (s == null) throw new Refusal("service '" + name + "' is not configured in config/toolchains.json");
        return s;
    }
}
