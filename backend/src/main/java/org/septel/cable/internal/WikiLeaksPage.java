package org.septel.cable.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cablegate web page: the header and body {@code <pre>} blocks joined by a blank line, tags removed and
 * character references decoded (the same conversion as the corpus), plus the page's reference id.
 */
public record WikiLeaksPage(String cableText, String referenceId, int preBlocks) {

    private static final Pattern PAGE_ID = Pattern.compile("/cable/\\d{4}/\\d{2}/(\\d{2}[A-Z][A-Z0-9]{1,30}?\\d{1,7})\\.html");
    private static final Pattern HASH_ID = Pattern.compile("#(\\d{2}[A-Z]{2,30}\\d{1,7})\\b");

    public static WikiLeaksPage read(String html) {
        List<String> blocks = preBlocks(html);
        String joined = String.join("\n\n", blocks);
        String text = joined.isEmpty() ? "" : joined + "\n";
        return new WikiLeaksPage(text, referenceId(html), blocks.size());
    }

    private static List<String> preBlocks(String html) {
        List<String> blocks = new ArrayList<>();
        String lower = html.toLowerCase(Locale.ROOT);
        int from = 0;
        while (blocks.size() < 2) {
            int open = lower.indexOf("<pre", from);
            if (open < 0) {
                break;
            }
            int contentStart = lower.indexOf('>', open);
            int close = contentStart < 0 ? -1 : lower.indexOf("</pre>", contentStart);
            if (close < 0) {
                break;
            }
            blocks.add(HtmlText.decode(HtmlText.stripTags(html.substring(contentStart + 1, close))));
            from = close + 6;
        }
        return blocks;
    }

    private static String referenceId(String html) {
        Matcher m = PAGE_ID.matcher(html);
        if (m.find()) {
            return m.group(1);
        }
        Matcher hash = HASH_ID.matcher(html);
        return hash.find() ? hash.group(1) : null;
    }
}
