package dev.gopherdrill.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Two JSON inputs that Jackson accepts by default and that the rest of the app cannot
 * take, refused where the body is read so that they become a 400 naming the field:
 * <ul>
 *   <li>a key given twice ({@code {"version":0,"version":1}}): which one wins is a
 *       parser detail a client should not depend on, and records built from such a body
 *       failed later with a 500;</li>
 *   <li>a NUL character in a string: PostgreSQL's text types cannot hold it, so the value
 *       would fail at the first insert or comparison, far from the request.</li>
 * </ul>
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("no-nul-strings").addDeserializer(String.class, new NoNulStrings()));
    }

    /** Thrown for a string holding U+0000; the problem mapper names the field. */
    public static final class NulCharacterException extends InvalidFormatException {
        NulCharacterException(JsonParser p, String value) {
            super(p, "text must not contain a NUL character (\\u0000)", value, String.class);
        }
    }

    private static final class NoNulStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = super.deserialize(p, ctxt);
            if (s != null && s.indexOf('\0') >= 0) {
                throw new NulCharacterException(p, s);
            }
            return s;
        }
    }
}
