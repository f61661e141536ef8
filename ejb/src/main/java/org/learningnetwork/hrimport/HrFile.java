package org.learningnetwork.hrimport;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How an HR export is written: UTF-8 with or without a byte order mark (what current HR systems and "CSV UTF-8" in
 * Excel write), or else Windows-1252 (what older Excel writes as "CSV"); fields separated by commas or by semicolons
 * (Excel where the decimal separator is a comma), whichever the header line has more of outside quotes.
 */
public final class HrFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HrFile() {
    }

    /** The file's text, its byte order mark left out. */
    public static Reader reader(byte[] content) {
        int skip = hasBom(content) ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(content, skip, content.length - skip), charset(content));
    }

    /** UTF-8 if the file has a byte order mark or is valid UTF-8 throughout; Windows-1252 otherwise. */
    public static Charset charset(byte[] content) {
        if (hasBom(content)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /** The separator of the file's fields: a semicolon if its first line has more semicolons than commas outside quotes. */
    public static char delimiter(byte[] content) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = hasBom(content) ? 3 : 0; i < content.length; i++) {
            byte b = content[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean hasBom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
    }
}
