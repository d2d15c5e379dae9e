package org.laborbridge.matching.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled index loads need Spring's scheduler; enabled here too rather than relying on
 * another module's switch, so that matching keeps its safety net if reporting changes.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MatchingScheduling {}
