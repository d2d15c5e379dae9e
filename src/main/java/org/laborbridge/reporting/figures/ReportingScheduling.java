package org.laborbridge.reporting.figures;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The figures refresh runs on Spring's scheduler; no other module schedules yet. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportingScheduling {}
