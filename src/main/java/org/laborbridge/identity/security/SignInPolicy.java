package org.laborbridge.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long sign-ins and sessions last. Five guesses then a quarter hour's pause makes password
 * guessing impractical without locking out a real user for long; twelve hours bounds a session
 * even on a desk that is never left idle for the 30-minute idle timeout.
 */
@ConfigurationProperties("laborbridge.sign-in")
record SignInPolicy(
        @DefaultValue("5") int maximumFailedAttempts,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("12h") Duration absoluteSessionTimeout) {}
