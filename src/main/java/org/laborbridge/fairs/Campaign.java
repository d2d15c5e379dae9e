package org.laborbridge.fairs;

/**
 * The programme a fair belongs to: Spring Breeze Action (春风行动), National Poverty Alleviation
 * Day (国家扶贫日, 17 October), east-west cooperation fairs in partner regions, the city's own
 * fairs, or anything else.
 */
public enum Campaign {
    SPRING_BREEZE,
    POVERTY_ALLEVIATION_DAY,
    EAST_WEST,
    LOCAL,
    OTHER
}
