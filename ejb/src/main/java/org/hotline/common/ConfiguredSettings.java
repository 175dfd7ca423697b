package org.hotline.common;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * What every area reads the server's settings through: the deployment's MicroProfile Config, as {@link Settings}.
 */
@Dependent
public class ConfiguredSettings {

    @Produces
    @Singleton
    static Settings settings(Config config) {
        return Settings.of(config);
    }
}
