package dev.gopherdrill.simulation.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Go's lexical grammar for the subset: identifiers, keywords, integer, float, rune and
 * string literals, operators, comments, and the automatic semicolon the spec inserts
 * after a line's final identifier, literal, {@code break continue fallthrough return}
 * or one of {@code ++ -- ) ] }}. Columns count bytes of UTF-8, as the compiler's
 * positions do, so a diagnostic after a non-ASCII string literal still lines up.
 */
final class Lexer {

    enum Kind { IDENT, INT, FLOAT, CHAR, STRING, OP, SEMI, EOF }

    record Token(Kind kind, String text, int line, int col, String value) {
        boolean is(String s) {
            return (kind == Kind.OP || kind == Kind.IDENT && KEYWORDS.contains(text)) && text.equals(s);
        }
    }

    static final Set<String> KEYWORDS = Set.of("break", "case", "chan", "const", "continue", "default", "defer",
            "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package",
            "range", "return", "select", "struct", "switch", "type", "var");

    private static final String[] OPERATORS = {"<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==",
        "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+", "-", "*",
        "/", "%", "&", "|", "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "~"};

    private final String src;
    private int i;
    private int line = 1;
    private int lineStartByte;
    private int bytePos;
    private final List<Token> out = new ArrayList<>();

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokens(String src) {
        Lexer l = new Lexer(src);
        l.run();
        return l.out;
    }

    private int col() {
        return bytePos - lineStartByte + 1;
    }

    private void advance() {
        char c = src.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < src.length()) {
            i += 2;
            bytePos += 4;
            return;
        }
        i++;
        bytePos += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (c == '\n') {
            line++;
            lineStartByte = bytePos;
        }
    }

    private boolean needsSemi() {
        if (out.isEmpty()) {
            return false;
        }
        Token t = out.get(out.size() - 1);
        return switch (t.kind) {
            case IDENT -> !KEYWORDS.contains(t.text) || Set.of("break", "continue", "fallthrough", "return")
                    .contains(t.text);
            case INT, FLOAT, CHAR, STRING -> true;
            case OP -> Set.of("++", "--", ")", "]", "}").contains(t.text);
            default -> false;
        };
    }

    private void run() {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                if (needsSemi()) {
                    out.add(new Token(Kind.SEMI, "newline", line, col(), null));
                }
                advance();
            } else if (c == ' ' || c == '\t' || c == '\r') {
                advance();
            } else if (src.startsWith("//", i)) {
                while (i < src.length() && src.charAt(i) != '\n') {
                    advance();
                }
            } else if (src.startsWith("/*", i)) {
                int l0 = line;
                int c0 = col();
                boolean newline = false;
                advance();
                advance();
                while (i < src.length() && !src.startsWith("*/", i)) {
                    newline |= src.charAt(i) == '\n';
                    advance();
                }
                if (i >= src.length()) {
                    throw EscapeSourceException.error(l0, c0, "comment not terminated");
                }
                advance();
                advance();
                if (newline && needsSemi()) {
                    out.add(new Token(Kind.SEMI, "newline", l0, c0, null));
                }
            } else if (Character.isLetter(c) || c == '_') {
                int l0 = line;
                int c0 = col();
                int s = i;
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    advance();
                }
                out.add(new Token(Kind.IDENT, src.substring(s, i), l0, c0, null));
            } else if (Character.isDigit(c) || c == '.' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1))) {
                number();
            } else if (c == '"') {
                string();
            } else if (c == '`') {
                int l0 = line;
                int c0 = col();
                int s = i;
                advance();
                while (i < src.length() && src.charAt(i) != '`') {
                    advance();
                }
                if (i >= src.length()) {
                    throw EscapeSourceException.error(l0, c0, "string literal not terminated");
                }
                advance();
                out.add(new Token(Kind.STRING, src.substring(s, i), l0, c0,
                        src.substring(s + 1, i - 1).replace("\r", "")));
            } else if (c == '\'') {
                rune();
            } else {
                op();
            }
        }
        if (needsSemi()) {
            out.add(new Token(Kind.SEMI, "EOF", line, col(), null));
        }
        out.add(new Token(Kind.EOF, "EOF", line, col(), null));
    }

    private void op() {
        for (String op : OPERATORS) {
            if (src.startsWith(op, i)) {
                int l0 = line;
                int c0 = col();
                for (int k = 0; k < op.length(); k++) {
                    advance();
                }
                out.add(new Token(Kind.OP, op, l0, c0, null));
                return;
            }
        }
        throw EscapeSourceException.error(line, col(), "invalid character " + quoteChar(src.codePointAt(i)));
    }

    private static String quoteChar(int cp) {
        return cp < 0x20 || cp == 0x7f ? String.format("U+%04X", cp) : "U+" + String.format("%04X", cp) + " '"
                + new String(Character.toChars(cp)) + "'";
    }

    private void number() {
        int l0 = line;
        int c0 = col();
        int s = i;
        boolean isFloat = false;
        if (src.startsWith("0x", i) || src.startsWith("0X", i) || src.startsWith("0b", i) || src.startsWith("0B", i)
                || src.startsWith("0o", i) || src.startsWith("0O", i)) {
            advance();
            advance();
            while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                advance();
            }
        } else {
            while (i < src.length()) {
                char d = src.charAt(i);
                if (Character.isDigit(d) || d == '_') {
                    advance();
                } else if (d == '.') {
                    isFloat = true;
                    advance();
                } else if ((d == 'e' || d == 'E')) {
                    isFloat = true;
                    advance();
                    if (i < src.length() && (src.charAt(i) == '+' || src.charAt(i) == '-')) {
                        advance();
                    }
                } else {
                    break;
                }
            }
        }
        if (i < src.length() && src.charAt(i) == 'i') {
            throw EscapeSourceException.unsupported(l0, c0, "imaginary literal");
        }
        out.add(new Token(isFloat ? Kind.FLOAT : Kind.INT, src.substring(s, i), l0, c0, null));
    }

    private void string() {
        int l0 = line;
        int c0 = col();
        int s = i;
        StringBuilder v = new StringBuilder();
        advance();
        while (true) {
            if (i >= src.length() || src.charAt(i) == '\n') {
                throw EscapeSourceException.error(l0, c0, "string literal not terminated");
            }
            char c = src.charAt(i);
            if (c == '"') {
                advance();
                break;
            }
            if (c == '\\') {
                v.appendCodePoint(escape('"'));
            } else {
                v.append(c);
                advance();
            }
        }
        out.add(new Token(Kind.STRING, src.substring(s, i), l0, c0, v.toString()));
    }

    private void rune() {
        int l0 = line;
        int c0 = col();
        int s = i;
        advance();
        int cp;
        if (i < src.length() && src.charAt(i) == '\\') {
            cp = escape('\'');
        } else if (i < src.length() && src.charAt(i) != '\'' && src.charAt(i) != '\n') {
            cp = src.codePointAt(i);
            advance();
        } else {
            throw EscapeSourceException.error(l0, c0, "empty rune literal or unescaped ' in rune literal");
        }
        if (i >= src.length() || src.charAt(i) != '\'') {
            throw EscapeSourceException.error(l0, c0, "rune literal not terminated");
        }
        advance();
        out.add(new Token(Kind.CHAR, src.substring(s, i), l0, c0, Integer.toString(cp)));
    }

    private int escape(char quote) {
        int l0 = line;
        int c0 = col();
        advance();
        if (i >= src.length()) {
            throw EscapeSourceException.error(l0, c0, "escape sequence not terminated");
        }
        char c = src.charAt(i);
        advance();
        switch (c) {
            case 'a': return 7;
            case 'b': return 8;
            case 'f': return 12;
            case 'n': return 10;
            case 'r': return 13;
            case 't': return 9;
            case 'v': return 11;
            case '\\': return '\\';
            case 'x': return hex(2, l0, c0);
            case 'u': return hex(4, l0, c0);
            case 'U': return hex(8, l0, c0);
            default:
                if (c == quote) {
                    return c;
                }
                if (c >= '0' && c <= '7') {
                    int v = c - '0';
                    for (int k = 0; k < 2; k++) {
                        if (i >= src.length() || src.charAt(i) < '0' || src.charAt(i) > '7') {
                            throw EscapeSourceException.error(l0, c0, "invalid octal escape");
                        }
                        v = v * 8 + src.charAt(i) - '0';
                        advance();
                    }
                    return v;
                }
                throw EscapeSourceException.error(l0, c0, "unknown escape sequence");
        }
    }

    private int hex(int n, int l0, int c0) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = i < src.length() ? Character.digit(src.charAt(i), 16) : -1;
            if (d < 0) {
                throw EscapeSourceException.error(l0, c0, "invalid hex escape");
            }
            v = v * 16 + d;
            advance();
        }
        return v;
    }
}
