package org.newsquotes.security;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding that refuses what lenient decoders silently repair: malformed escapes ({@code %zz},
 * a trailing {@code %}), invalid UTF-8 ({@code %C3%28}, encoded surrogates, overlong forms) and control
 * characters (C0, DEL, C1, including NUL, which PostgreSQL refuses in text). Linear time.
 */
final class StrictDecoding {

    private StrictDecoding() {
    }

    /** Thrown with a short reason when the input is refused. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Decodes {@code raw}; {@code plusIsSpace} for query strings. */
    static String decode(String raw, boolean plusIsSpace) throws Refused {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new Refused("a '%' not followed by two hexadecimal digits");
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new Refused("a '%' not followed by two hexadecimal digits");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        String text = utf8(bytes.toByteArray());
        int bad = firstControl(text);
        if (bad >= 0) {
            throw new Refused(String.format("a control character (U+%04X)", (int) text.charAt(bad)));
        }
        return text;
    }

    private static String utf8(byte[] bytes) throws Refused {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("bytes that are not valid UTF-8");
        }
    }

    /** Index of the first C0/DEL/C1 control character, or -1. */
    static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return i;
            }
        }
        return -1;
    }
}
