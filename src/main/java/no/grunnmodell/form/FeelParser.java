package no.grunnmodell.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the FEEL subset of {@link FeelCondition} and refuses everything else with an English reason, so that a form
 * the server cannot evaluate exactly like the Tasklist is stopped at deployment.
 */
final class FeelParser {

  private enum Kind { NAME, STRING, NUMBER, OPERATOR, OPEN, CLOSE, COMMA, DOT, MINUS, END }

  private record Token(Kind kind, String text, int position) {
  }

  private static final Set<String> FEEL_KEYWORDS = Set.of("if", "then", "else", "for", "in", "return", "some",
      "every", "satisfies", "between", "instance", "of", "function");

  private final String expression;
  private final int offset;
  private final List<Token> tokens = new ArrayList<>();
  private int next;

  FeelParser(String expression) {
    this.expression = expression;
    this.offset = expression.startsWith("=") ? 1 : 0;
    scan(expression.substring(offset));
  }

  FeelNode parse() {
    if (peek().kind == Kind.END) {
      throw fail(peek(), "the expression is empty");
    }
    FeelNode node = disjunction();
    Token rest = peek();
    if (rest.kind != Kind.END) {
      throw fail(rest, rest.kind == Kind.NAME
          ? "unexpected '" + rest.text + "' (names with spaces and other FEEL constructs are not supported)"
          : "unexpected '" + rest.text + "'");
    }
    return node;
  }

  private FeelNode disjunction() {
    FeelNode left = conjunction();
    while (isWord(peek(), "or")) {
      next++;
      left = new FeelNode.Or(left, conjunction());
    }
    return left;
  }

  private FeelNode conjunction() {
    FeelNode left = comparison();
    while (isWord(peek(), "and")) {
      next++;
      left = new FeelNode.And(left, comparison());
    }
    return left;
  }

  private FeelNode comparison() {
    FeelNode left = operand();
    Token operator = peek();
    if (operator.kind == Kind.NAME && FEEL_KEYWORDS.contains(operator.text)) {
      throw fail(operator, "'" + operator.text + "' is not supported");
    }
    if (operator.kind != Kind.OPERATOR) {
      return left;
    }
    next++;
    FeelNode right = operand();
    if (peek().kind == Kind.OPERATOR) {
      throw fail(peek(), "comparisons cannot be chained; join them with and");
    }
    return new FeelNode.Comparison(operator.text, left, right);
  }

  private FeelNode operand() {
    Token token = take();
    switch (token.kind) {
      case NUMBER:
        return new FeelNode.Literal(new BigDecimal(token.text));
      case MINUS:
        if (peek().kind == Kind.NUMBER) {
          return new FeelNode.Literal(new BigDecimal(take().text).negate());
        }
        throw fail(token, "arithmetic ('-') is not supported");
      case STRING:
        return new FeelNode.Literal(token.text);
      case OPEN:
        FeelNode inner = disjunction();
        expect(Kind.CLOSE, "')'");
        return inner;
      case NAME:
        return nameOrCall(token);
      case END:
        throw fail(token, "the expression ends too early");
      default:
        throw fail(token, "unexpected '" + token.text + "'");
    }
  }

  private FeelNode nameOrCall(Token word) {
    switch (word.text) {
      case "true":
        return new FeelNode.Literal(Boolean.TRUE);
      case "false":
        return new FeelNode.Literal(Boolean.FALSE);
      case "null":
        return new FeelNode.Literal(null);
      case "and":
      case "or":
        throw fail(word, "'" + word.text + "' needs a condition on each side");
      default:
        break;
    }
    if (word.text.equals("list") && isWord(peek(), "contains") && peekAt(1).kind == Kind.OPEN) {
      next += 2;
      FeelNode list = disjunction();
      expect(Kind.COMMA, "',' (list contains takes a list and a value)");
      FeelNode element = disjunction();
      expect(Kind.CLOSE, "')'");
      return new FeelNode.ListContains(list, element);
    }
    if (word.text.equals("is") && isWord(peek(), "defined")) {
      // The FEEL standard has it, but feelin 3.x has not: in the Tasklist it is always null.
      throw fail(word, "is defined() is not supported: the Tasklist's FEEL engine (feelin 3 in form-js 1.8.7) "
          + "lacks it and always gives null; write x != null or x = null");
    }
    boolean call = peek().kind == Kind.OPEN;
    if (call && (word.text.equals("not") || word.text.equals("count"))) {
      next++;
      FeelNode argument = disjunction();
      expect(Kind.CLOSE, "')' (" + word.text + "() takes one argument)");
      return word.text.equals("not") ? new FeelNode.Not(argument) : new FeelNode.Count(argument);
    }
    if (call) {
      throw fail(word, "function '" + word.text + "' is not supported (only not(), list contains() and count())");
    }
    if (word.text.equals("not")) {
      throw fail(word, "'not' must be written as not(...)");
    }
    if (FEEL_KEYWORDS.contains(word.text)) {
      throw fail(word, "'" + word.text + "' is not supported");
    }
    List<String> path = new ArrayList<>(List.of(word.text));
    while (peek().kind == Kind.DOT) {
      next++;
      Token property = take();
      if (property.kind != Kind.NAME) {
        throw fail(property, "a name must follow '.'");
      }
      path.add(property.text);
    }
    if (peek().kind == Kind.OPEN) {
      throw fail(peek(), "function calls on '" + String.join(".", path) + "' are not supported");
    }
    return new FeelNode.Name(List.copyOf(path));
  }

  private void scan(String source) {
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isNameStart(c)) {
        while (i < source.length() && isNamePart(source.charAt(i))) {
          i++;
        }
        add(Kind.NAME, source.substring(start, i), start);
      } else if (c >= '0' && c <= '9') {
        i = digits(source, i);
        if (i + 1 < source.length() && source.charAt(i) == '.' && Character.isDigit(source.charAt(i + 1))) {
          i = digits(source, i + 1);
        }
        add(Kind.NUMBER, source.substring(start, i), start);
      } else if (c == '"') {
        i = string(source, i);
      } else if (c == '=' || c == '<' || c == '>' || c == '!') {
        boolean twoChars = i + 1 < source.length() && source.charAt(i + 1) == '=' && c != '=';
        if (c == '!' && !twoChars) {
          throw fail(start, "'!' is not FEEL; use not(...) or !=");
        }
        i += twoChars ? 2 : 1;
        add(Kind.OPERATOR, source.substring(start, i), start);
      } else {
        add(punctuation(c, start), String.valueOf(c), start);
        i++;
      }
    }
    add(Kind.END, "end", source.length());
  }

  private Kind punctuation(char c, int position) {
    switch (c) {
      case '(':
        return Kind.OPEN;
      case ')':
        return Kind.CLOSE;
      case ',':
        return Kind.COMMA;
      case '.':
        return Kind.DOT;
      case '-':
        return Kind.MINUS;
      case '+':
      case '*':
      case '/':
      case '%':
      case '^':
        throw fail(position, "arithmetic ('" + c + "') is not supported");
      case '[':
      case ']':
        throw fail(position, "list literals and filters ('" + c + "') are not supported");
      case '{':
      case '}':
        throw fail(position, "contexts ('" + c + "') are not supported");
      case '@':
        throw fail(position, "temporal literals ('@') are not supported");
      case '\'':
        throw fail(position, "strings must be in double quotes");
      case '&':
      case '|':
        throw fail(position, "'" + c + "' is not FEEL; use and / or");
      default:
        throw fail(position, "the character '" + c + "' is not supported (names are letters A-Z, digits and _)");
    }
  }

  /** A string literal; feelin decodes only \" and \\ (and \\u), so other escapes would not mean what they seem. */
  private int string(String source, int start) {
    StringBuilder text = new StringBuilder();
    int i = start + 1;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '"') {
        add(Kind.STRING, text.toString(), start);
        return i + 1;
      }
      if (c == '\\') {
        char escaped = i + 1 < source.length() ? source.charAt(i + 1) : ' ';
        if (escaped != '"' && escaped != '\\') {
          throw fail(i, "the escape '\\" + escaped + "' is not supported in strings (only \\\" and \\\\)");
        }
        text.append(escaped);
        i += 2;
      } else {
        text.append(c);
        i++;
      }
    }
    throw fail(start, "the string is not closed with \"");
  }

  private static int digits(String source, int i) {
    while (i < source.length() && Character.isDigit(source.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isNameStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || c >= '0' && c <= '9';
  }

  private static boolean isWord(Token token, String word) {
    return token.kind == Kind.NAME && token.text.equals(word);
  }

  private void add(Kind kind, String text, int position) {
    tokens.add(new Token(kind, text, position));
  }

  private Token peek() {
    return peekAt(0);
  }

  private Token peekAt(int ahead) {
    return tokens.get(Math.min(next + ahead, tokens.size() - 1));
  }

  private Token take() {
    Token token = peek();
    if (token.kind != Kind.END) {
      next++;
    }
    return token;
  }

  private void expect(Kind kind, String what) {
    Token token = take();
    if (token.kind != kind) {
      throw fail(token, "expected " + what + " but found '" + token.text + "'");
    }
  }

  private IllegalArgumentException fail(Token token, String reason) {
    return fail(token.position, reason);
  }

  private IllegalArgumentException fail(int position, String reason) {
    return new IllegalArgumentException("FEEL \"" + expression + "\" at position " + (position + offset + 1) + ": "
        + reason + ".");
  }
}
