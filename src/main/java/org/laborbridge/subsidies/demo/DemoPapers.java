package org.laborbridge.subsidies.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.SubsidyDocuments;
import org.springframework.stereotype.Component;

/**
 * The papers a demo claim needs before a caseworker accepts it: one small PDF per document the
 * policy requires, as a scanned contract or manifest would be attached in the office.
 */
@Component
class DemoPapers {

    private final SubsidyDocuments documents;

    DemoPapers(SubsidyDocuments documents) {
        this.documents = documents;
    }

    void attachAll(ApplicationView claim) {
        for (String required : claim.requiredDocuments()) {
            documents.attach(
                    claim.id(),
                    required,
                    claim.number() + "-" + required + ".pdf",
                    new ByteArrayInputStream(pdf(claim)));
        }
    }

    /** A one-page PDF naming the claim; enough for the upload checks and for a viewer to open. */
    static byte[] pdf(ApplicationView claim) {
        String text = "(LaborBridge demo " + claim.number() + ") Tj";
        String stream = "BT /F1 12 Tf 72 720 Td " + text + " ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
