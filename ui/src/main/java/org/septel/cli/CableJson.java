package org.septel.cli;

import org.septel.cable.Paragraph;
import org.septel.cable.ParsedCable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of a parsed cable, field by field in the documented order. */
final class CableJson {

    private static final DateTimeFormatter DTG = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

    private CableJson() {
    }

    static Map<String, Object> of(ParsedCable cable, String file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", cable.id());
        json.put("origin", cable.origin());
        json.put("dtg", dtg(cable.dtg()));
        json.put("precedence", cable.precedence());
        json.put("classification", cable.classification());
        json.put("caveats", cable.caveats());
        json.put("tags", cable.tags());
        json.put("subject", cable.subject());
        json.put("references", cable.references());
        json.put("signer", cable.signer());
        json.put("to", cable.to());
        json.put("info", cable.info());
        json.put("paragraphs", cable.paragraphs().stream().map(CableJson::paragraph).toList());
        json.put("warnings", cable.warnings());
        json.put("file", file);
        return json;
    }

    static Map<String, Object> error(String file, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("error", message);
        return json;
    }

    static String dtg(Instant dtg) {
        return dtg == null ? null : DTG.format(dtg);
    }

    private static Map<String, Object> paragraph(Paragraph paragraph) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", paragraph.number());
        json.put("marking", paragraph.marking());
        json.put("text", paragraph.text());
        json.put("start", paragraph.start());
        json.put("end", paragraph.end());
        return json;
    }
}
