package org.laborbridge.subsidies.applications;

import java.util.ArrayList;
import java.util.List;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.Reason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The judgement a claim was decided by, stored with it: each reason's type, whether it was met, and
 * its wording key with arguments already in the form a sentence shows them (amounts as yuan, days
 * as ISO dates), so that the page explains the claim as it was judged, whatever changed since.
 */
final class Judgements {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Judgements() {}

    static String write(JsonMapper json, List<Reason> reasons) {
        ObjectNode root = NODES.objectNode();
        ArrayNode list = root.putArray("reasons");
        for (Reason reason : reasons) {
            ObjectNode node = list.addObject()
                    .put("type", reason.type())
                    .put("met", reason.met())
                    .put("messageKey", reason.messageKey());
            ArrayNode arguments = node.putArray("arguments");
            for (Object argument : reason.arguments()) {
                if (argument instanceof Integer number) {
                    arguments.add(number);
                } else if (argument instanceof Long number) {
                    arguments.add(number);
                } else if (argument instanceof Boolean flag) {
                    arguments.add(flag);
                } else if (argument instanceof Money money) {
                    arguments.add(money.toDisplayString());
                } else {
                    arguments.add(argument == null ? "" : String.valueOf(argument));
                }
            }
        }
        return json.writeValueAsString(root);
    }

    static List<Reason> read(JsonMapper json, String text) {
        if (text == null) {
            return List.of();
        }
        JsonNode reasons = json.readTree(text).get("reasons");
        if (reasons == null || !reasons.isArray()) {
            return List.of();
        }
        List<Reason> read = new ArrayList<>();
        for (JsonNode node : reasons.values()) {
            List<Object> arguments = new ArrayList<>();
            JsonNode stored = node.get("arguments");
            if (stored != null) {
                for (JsonNode argument : stored.values()) {
                    if (argument.isInt()) {
                        arguments.add(argument.intValue());
                    } else if (argument.isIntegralNumber()) {
                        arguments.add(argument.longValue());
                    } else if (argument.isBoolean()) {
                        arguments.add(argument.booleanValue());
                    } else {
                        arguments.add(argument.stringValue());
                    }
                }
            }
            read.add(new Reason(
                    node.get("type").stringValue(),
                    node.get("met").booleanValue(),
                    node.get("messageKey").stringValue(),
                    arguments));
        }
        return read;
    }
}
