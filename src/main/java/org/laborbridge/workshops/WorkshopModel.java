package org.laborbridge.workshops;

/**
 * The parties of the "company + cooperative + research institute + production base + farmers +
 * poor households" model; each is a name and each may be missing.
 */
public record WorkshopModel(String company, String cooperative, String institute, String base, String farmers) {

    public WorkshopModel {
        company = Text.blankToNull(company);
        cooperative = Text.blankToNull(cooperative);
        institute = Text.blankToNull(institute);
        base = Text.blankToNull(base);
        farmers = Text.blankToNull(farmers);
    }

    public static WorkshopModel none() {
        return new WorkshopModel(null, null, null, null, null);
    }
}
