package io.trackline.web.input;

import io.trackline.platform.api.InvalidFieldException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text that must be UTF-8, decoded strictly: a malformed or overlong sequence, or an encoded surrogate, is
 * the caller's error, never a replacement character stored in its place. Neither is a NUL character.
 */
public final class Utf8Text {

    static final String NOT_UTF8 = "is not valid UTF-8";

    private Utf8Text() {
    }

    /** The text the bytes encode, or none when they are not UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The text, refused naming {@code field} when it holds a NUL character (never meant, often truncating). */
    public static String withoutNul(String text, String field) {
        if (text.indexOf('\0') >= 0) {
            throw new InvalidFieldException(field, "must not hold a NUL character");
        }
        return text;
    }

    /**
     * A URL component ({@code %XX} escapes; {@code +} a space where {@code plusIsSpace}, as in query strings
     * and forms) decoded to text, refused naming {@code field} when an escape is malformed or the bytes are
     * not UTF-8.
     */
    public static String percentDecoded(String raw, String field, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && (!plusIsSpace || raw.indexOf('+') < 0)) {
            return withoutNul(raw, field);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int plain = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%' && (c != '+' || !plusIsSpace)) {
                continue;
            }
            bytes.writeBytes(raw.substring(plain, i).getBytes(StandardCharsets.UTF_8));
            if (c == '+') {
                bytes.write(' ');
            } else {
                int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new InvalidFieldException(field, "has a malformed %-escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            }
            plain = i + 1;
        }
        bytes.writeBytes(raw.substring(plain).getBytes(StandardCharsets.UTF_8));
        return withoutNul(decode(bytes.toByteArray()).orElseThrow(() -> new InvalidFieldException(field, NOT_UTF8)),
                field);
    }
}
