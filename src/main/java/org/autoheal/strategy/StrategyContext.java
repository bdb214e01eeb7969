package org.autoheal.strategy;

import java.util.Map;
import org.autoheal.backup.PathGuard;
import org.autoheal.config.Home;
import org.autoheal.config.Service;
import org.autoheal.config.Settings;
import org.autoheal.config.Toolchain;
import org.autoheal.exec.ProcessRunner;
import org.autoheal.service.ServiceManager;

/**
 * What a strategy may use: the toolchain it heals (workdir, roots, interpreter), the settings,
 * the path guard that confines every file operation, the process runner and the services.
 */
public record StrategyContext(Home home, Toolchain toolchain, Settings settings, PathGuard guard,
                              ProcessRunner runner, ServiceManager serviceManager, Map<String, Service> services) {
}
