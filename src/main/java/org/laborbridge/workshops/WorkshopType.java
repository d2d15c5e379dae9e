package org.laborbridge.workshops;

public enum WorkshopType {
    FACTORY,
    HOME_BASED,
    FARMING,
    TRADE,
    TOURISM;

    public String messageKey() {
        return "workshops.type." + name();
    }
}
