package org.hotline.common;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;

/**
 * What every area reads the server's settings and the time through: the deployment's MicroProfile Config, and the UTC
 * system clock as a bean, so that time-based rules take the clock they are given (a unit test gives a fixed one).
 * Business rules turn it into Baghdad's time through {@link BusinessTime}.
 *
 * <p>Both are one instance for the whole application ({@code @Singleton}, CDI's pseudo-scope): neither changes while
 * the server runs, and {@link Clock} is a JDK class that a normal scope would have to proxy.
 */
@Dependent
public class ConfiguredSettings {

    @Produces
    @Singleton
    static Settings settings(Config config) {
        return Settings.of(config);
    }

    @Produces
    @Singleton
    static Clock clock() {
        return Clock.systemUTC();
    }
}
