package org.laborbridge.workshops;

/**
 * What a workshop must keep up to stay recognised: at least {@code minPoorWorkers} registered-poor
 * employees or at least {@code minPoorSharePercent} of its workforce (either suffices), contracts
 * of at least {@code minContractMonths}, and accident insurance for everyone when required.
 */
public record RecognitionCriteria(
        int minPoorWorkers, int minPoorSharePercent, int minContractMonths, boolean accidentInsuranceRequired) {

    public static RecognitionCriteria standard() {
        return new RecognitionCriteria(10, 20, 6, true);
    }
}
