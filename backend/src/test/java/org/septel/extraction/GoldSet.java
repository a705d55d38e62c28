package org.septel.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.septel.cable.ParsedCable;

/** Reads src/test/resources/gold/followups/&lt;ID&gt;.json. */
final class GoldSet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldSet() {
    }

    static List<GoldItem> load(String id, ParsedCable cable) {
        try (InputStream in = GoldSet.class.getResourceAsStream("/gold/followups/" + id + ".json")) {
            JsonNode root = JSON.readTree(in);
            List<GoldItem> items = new ArrayList<>();
            for (JsonNode item : root.get("followups")) {
                JsonNode paragraph = item.get("paragraph");
                items.add(GoldItem.locate(id,
                        paragraph == null || paragraph.isNull() ? null : paragraph.asInt(),
                        Kind.fromJsonName(item.get("kind").asText()),
                        textOrNull(item.get("actor")),
                        Direction.fromJsonName(item.get("direction").asText()),
                        textOrNull(item.get("due_text")),
                        item.get("evidence").asText(),
                        cable));
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
