package org.laborbridge.identity;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Demo mode seeds well-known users and the article's scenario. It is on by default only with the
 * embedded database, so that pointing LaborBridge at a real server never brings default passwords
 * with it; {@code laborbridge.demo} (env {@code LABORBRIDGE_DEMO}) overrides that.
 */
public final class DemoMode {

    public static final String PROPERTY = "laborbridge.demo";

    private DemoMode() {}

    public static boolean isOn(Environment environment) {
        Boolean explicit = environment.getProperty(PROPERTY, Boolean.class);
        if (explicit != null) {
            return explicit;
        }
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
