package no.grunnmodell.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the inside of one {@code ${...}} into JUEL's tokens, the way Camunda's JUEL scanner does: strings in single
 * or double quotes with backslash escapes, numbers (with a leading dot, a fraction or an exponent), Java
 * identifiers, the keyword operators, and the symbols. It must cut exactly where JUEL cuts, since the rules judge
 * these tokens and the engine evaluates JUEL's; so anything JUEL would not accept is a {@link LexException} here
 * too, and the expression is refused.
 */
final class JuelLexer {

  enum Kind { STRING, NUMBER, IDENTIFIER, KEYWORD, SYMBOL, END }

  record Token(Kind kind, String text, int position) {

    boolean is(String symbolOrKeyword) {
      return (kind == Kind.SYMBOL || kind == Kind.KEYWORD) && text.equals(symbolOrKeyword);
    }
  }

  static final class LexException extends Exception {

    private final int position;

    LexException(int position, String message) {
      super(message);
      this.position = position;
    }

    int position() {
      return position;
    }
  }

  /** JUEL's reserved words: never identifiers, whatever a process variable is called. */
  static final Set<String> KEYWORDS = Set.of("null", "true", "false", "empty", "div", "mod", "not", "and", "or",
      "le", "lt", "eq", "ne", "ge", "gt", "instanceof");

  private static final List<String> TWO_CHAR_SYMBOLS = List.of("==", "!=", "<=", ">=", "&&", "||");
  private static final String ONE_CHAR_SYMBOLS = "*/%+-?:[](),.!<>";

  private JuelLexer() {
  }

  /**
   * The tokens of an expression body, starting at {@code start} in {@code text} (just after {@code ${}), up to and
   * including the closing brace, which becomes an {@link Kind#END} token.
   *
   * @throws LexException on a character JUEL does not accept, an unterminated string or a missing closing brace
   */
  static List<Token> tokens(String text, int start) throws LexException {
    List<Token> tokens = new ArrayList<>();
    int i = start;
    while (true) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= text.length()) {
        throw new LexException(i, "the expression has no closing }");
      }
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (c == '}') {
        tokens.add(new Token(Kind.END, "}", i));
        return tokens;
      }
      if (c == '"' || c == '\'') {
        int end = stringEnd(text, i);
        tokens.add(new Token(Kind.STRING, text.substring(i, end), i));
        i = end;
      } else if (isAsciiDigit(c) || c == '.' && isAsciiDigit(next)) {
        int end = numberEnd(text, i);
        tokens.add(new Token(Kind.NUMBER, text.substring(i, end), i));
        i = end;
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = i + 1;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
          end++;
        }
        String word = text.substring(i, end);
        tokens.add(new Token(KEYWORDS.contains(word) ? Kind.KEYWORD : Kind.IDENTIFIER, word, i));
        i = end;
      } else if (TWO_CHAR_SYMBOLS.contains("" + c + next)) {
        tokens.add(new Token(Kind.SYMBOL, "" + c + next, i));
        i += 2;
      } else if (ONE_CHAR_SYMBOLS.indexOf(c) >= 0) {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
        i++;
      } else {
        throw new LexException(i, "the character '" + c + "' is not part of an expression");
      }
    }
  }

  /** Index just after the closing quote; a backslash takes the next character with it, as in JUEL. */
  private static int stringEnd(String text, int start) throws LexException {
    char quote = text.charAt(start);
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        if (i + 1 >= text.length()) {
          break;
        }
        char escaped = text.charAt(i + 1);
        if (escaped != '\\' && escaped != quote) {
          throw new LexException(i, "a string may only escape \\ and " + quote);
        }
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    throw new LexException(start, "a string is not closed");
  }

  /** digits, optionally '.' and digits, optionally an exponent: JUEL's integer and float literals. */
  private static int numberEnd(String text, int start) {
    int i = start;
    while (i < text.length() && isAsciiDigit(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '.') {
      i++;
      while (i < text.length() && isAsciiDigit(text.charAt(i))) {
        i++;
      }
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int exponent = i + 1;
      if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
        exponent++;
      }
      if (exponent < text.length() && isAsciiDigit(text.charAt(exponent))) {
        i = exponent;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
          i++;
        }
      }
    }
    return i;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
