package org.laborbridge.transport.planner;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlannerSettings.class)
class PlannerConfiguration {}
