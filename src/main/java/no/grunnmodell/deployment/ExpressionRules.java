package no.grunnmodell.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.grunnmodell.deployment.JuelLexer.Kind;
import no.grunnmodell.deployment.JuelLexer.LexException;
import no.grunnmodell.deployment.JuelLexer.Token;

/**
 * What a JUEL expression in a diagram may do. Camunda 7 has no sandbox: an expression can call any method of any
 * object it reaches, and in Spring every bean is reachable by name. So an expression here may only compare and
 * combine process variables and literals, read five harmless properties of the engine's objects, and compute a date
 * from {@code now()} or {@code dateTime()}. Everything else is refused, including what JUEL would accept but this
 * checker does not recognise.
 *
 * <p>The expression is read with our own {@link JuelLexer} and a small recursive-descent parser following JUEL's
 * grammar, so a construct cannot hide behind precedence or nesting: every identifier, property, bracket and call
 * anywhere in the expression is judged.
 */
final class ExpressionRules {

  /** An expression (the whole {@code ${...}} or {@code #{...}}) and why it is refused. */
  record Violation(String expression, String english, String norwegian) {
  }

  /** The engine's own objects an expression can reach besides variables and beans. */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "processEngine", "processEngineServices",
      "variableContext", "caseExecution", "externalTask", "authenticatedUserId");

  /** The only properties of the engine's objects an expression may read: ids and keys, no services. */
  static final Map<String, Set<String>> ENGINE_PROPERTIES = Map.of(
      "execution", Set.of("processBusinessKey", "processInstanceId", "businessKey", "tenantId"),
      "task", Set.of("id"));

  static final Set<String> DATE_FUNCTIONS = Set.of("now", "dateTime");
  static final List<String> DATE_METHODS = List.of("plusDays", "plusWeeks", "plusMonths", "plusYears", "minusDays",
      "minusWeeks", "minusMonths", "minusYears", "withTimeAtStartOfDay", "toDate");

  static final String ALLOWED_ENGLISH = "Allowed in expressions: process variables, text in quotes, numbers, "
      + "true, false, null, the comparisons == != < > <= >= (eq ne lt gt le ge), and, or, not (&& || !), empty, "
      + "+ and -, ?: and parentheses; of the engine's objects only execution.processBusinessKey, "
      + "execution.processInstanceId, execution.businessKey, execution.tenantId and task.id; and dates from now() or "
      + "dateTime() followed by " + String.join("(), ", DATE_METHODS) + "(), e.g. ${dateTime().plusDays(14).toDate()}."
      + " Anything more belongs in one of the application's delegates.";
  static final String ALLOWED_NORWEGIAN = "Tillatt i uttrykk: prosessvariabler, tekst i anførselstegn, tall, true, "
      + "false, null, sammenligningene == != < > <= >= (eq ne lt gt le ge), and, or, not (&& || !), empty, + og -, "
      + "?: og parenteser; av motorens objekter bare execution.processBusinessKey, execution.processInstanceId, "
      + "execution.businessKey, execution.tenantId og task.id; og datoer fra now() eller dateTime() fulgt av "
      + String.join("(), ", DATE_METHODS) + "(), for eksempel ${dateTime().plusDays(14).toDate()}. Alt annet hører "
      + "hjemme i en av applikasjonens delegater.";

  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{(\\p{javaJavaIdentifierStart}"
      + "\\p{javaJavaIdentifierPart}*)}");

  private final BeanNames beans;

  ExpressionRules(BeanNames beans) {
    this.beans = beans;
  }

  /** True when JUEL would evaluate something in this text rather than return it as it is. */
  static boolean hasExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /**
   * Checks every {@code ${...}} and {@code #{...}} in a text, also in composite texts like {@code leder-${serviceId}}.
   * A backslash-escaped {@code \${} is checked as well: refusing harmless text is better than misreading JUEL.
   */
  List<Violation> check(String text) {
    List<Violation> violations = new ArrayList<>();
    for (Lexed expression : expressions(text)) {
      if (expression.failure() != null) {
        String message = expression.failure().getMessage();
        violations.add(new Violation(text.substring(expression.start()), "it is not a valid expression: " + message,
            "det er ikke et gyldig uttrykk (" + message + ")"));
        return violations;
      }
      try {
        new Check(expression.tokens()).whole();
      } catch (Refused r) {
        violations.add(new Violation(text.substring(expression.start(), expression.end()), r.english,
            r.norwegian));
      }
    }
    return violations;
  }

  /**
   * One {@code ${...}} or {@code #{...}} of a text, from {@code start}: its tokens up to the closing brace, or, for
   * one that cannot be read, why not (then {@code tokens} is empty).
   */
  record Lexed(int start, List<Token> tokens, LexException failure) {

    /** Just after the closing brace. */
    int end() {
      return tokens.get(tokens.size() - 1).position() + 1;
    }
  }

  /** Every expression of the text in order, up to and including the first that cannot be read. */
  static List<Lexed> expressions(String text) {
    List<Lexed> expressions = new ArrayList<>();
    int from = 0;
    for (int start = nextStart(text, from); start >= 0; start = nextStart(text, from)) {
      try {
        Lexed expression = new Lexed(start, JuelLexer.tokens(text, start + 2), null);
        expressions.add(expression);
        from = expression.end();
      } catch (LexException e) {
        expressions.add(new Lexed(start, List.of(), e));
        break;
      }
    }
    return expressions;
  }

  /**
   * A delegate expression must be exactly {@code ${bean}} with one of our delegates: the engine calls whatever
   * object the expression yields, so it may not compute one.
   */
  Optional<Violation> checkDelegateExpression(String value) {
    Matcher m = DELEGATE_EXPRESSION.matcher(value);
    if (m.matches() && beans.delegates().contains(m.group(1))) {
      return Optional.empty();
    }
    if (m.matches()) {
      return Optional.of(new Violation(value, "\"" + m.group(1) + "\" is not one of the application's delegates",
          "«" + m.group(1) + "» er ikke en av applikasjonens delegater"));
    }
    return Optional.of(new Violation(value, "a delegate expression must be exactly ${name} with the name of one of "
        + "the application's delegates", "et delegatuttrykk må være nøyaktig ${navn} med navnet på en av "
        + "applikasjonens delegater"));
  }

  /** Where the next {@code ${} or {@code #{} begins at or after {@code from}, or -1. */
  static int nextStart(String text, int from) {
    int dollar = text.indexOf("${", from);
    int hash = text.indexOf("#{", from);
    if (dollar < 0) {
      return hash;
    }
    return hash < 0 ? dollar : Math.min(dollar, hash);
  }

  /** Thrown inside the parser at the first thing that is not allowed. */
  private static final class Refused extends Exception {

    final String english;
    final String norwegian;

    Refused(String english, String norwegian) {
      super(english, null, false, false);
      this.english = english;
      this.norwegian = norwegian;
    }
  }

  /** One expression body, parsed along JUEL's grammar and judged on the way. */
  private final class Check {

    private final List<Token> tokens;
    private int at;

    Check(List<Token> tokens) {
      this.tokens = tokens;
    }

    void whole() throws Refused {
      expression();
      if (peek().kind() != Kind.END) {
        throw unexpected(peek());
      }
    }

    // expression := or ('?' expression ':' expression)?
    private void expression() throws Refused {
      or();
      if (accept("?")) {
        expression();
        expect(":");
        expression();
      }
    }

    private void or() throws Refused {
      and();
      while (accept("||") || accept("or")) {
        and();
      }
    }

    private void and() throws Refused {
      equality();
      while (accept("&&") || accept("and")) {
        equality();
      }
    }

    private void equality() throws Refused {
      comparison();
      while (accept("==") || accept("!=") || accept("eq") || accept("ne")) {
        comparison();
      }
    }

    private void comparison() throws Refused {
      sum();
      while (accept("<") || accept(">") || accept("<=") || accept(">=") || accept("lt") || accept("gt")
          || accept("le") || accept("ge")) {
        sum();
      }
    }

    private void sum() throws Refused {
      unary();
      while (accept("+") || accept("-")) {
        unary();
      }
    }

    private void unary() throws Refused {
      if (accept("-") || accept("!") || accept("not") || accept("empty")) {
        unary();
      } else {
        value();
      }
    }

    // value := (literal | identifier | function | '(' expression ')') ('.' name | '[' expression ']' | '(' ... ')')*
    private void value() throws Refused {
      Token token = next();
      switch (token.kind()) {
        case STRING, NUMBER -> noSuffix(token.text());
        case KEYWORD -> {
          if (!Set.of("true", "false", "null").contains(token.text())) {
            throw unexpected(token);
          }
          noSuffix(token.text());
        }
        case IDENTIFIER -> identifier(token.text());
        case SYMBOL -> {
          if (!token.is("(")) {
            throw unexpected(token);
          }
          expression();
          expect(")");
          noSuffix("(...)");
        }
        default -> throw unexpected(token);
      }
    }

    private void identifier(String name) throws Refused {
      // JUEL reads name:other( as a function with a prefix (a function mapper's namespace)
      if (peek().is(":") && peek(1).kind() == Kind.IDENTIFIER && peek(2).is("(")) {
        throw new Refused("the function " + name + ":" + peek(1).text() + "() is not allowed",
            "funksjonen " + name + ":" + peek(1).text() + "() er ikke tillatt");
      }
      if (peek().is("(")) {
        dateFunction(name);
        return;
      }
      if (name.equals("class") || name.equals("getClass")) {
        throw new Refused("\"" + name + "\" is not allowed", "«" + name + "» er ikke tillatt");
      }
      if (ENGINE_NAMES.contains(name)) {
        engineProperty(name);
        return;
      }
      if (beans.isBean(name)) {
        throw new Refused("\"" + name + "\" is one of the application's beans, not a process variable",
            "«" + name + "» er en av applikasjonens Spring-bønner, ikke en prosessvariabel");
      }
      noSuffix(name);
    }

    /** execution.processBusinessKey and the like: one step, a listed property, nothing after it. */
    private void engineProperty(String name) throws Refused {
      Set<String> allowed = ENGINE_PROPERTIES.getOrDefault(name, Set.of());
      if (peek().is(".") && peek(1).kind() == Kind.IDENTIFIER && allowed.contains(peek(1).text())) {
        next();
        String property = next().text();
        noSuffix(name + "." + property);
        return;
      }
      List<String> properties = allowed.stream().sorted().map(p -> name + "." + p).toList();
      String readable = allowed.isEmpty() ? "nothing of it may be used"
          : "only " + String.join(", ", properties) + " may be read";
      String lesbar = allowed.isEmpty() ? "ingenting av det kan brukes"
          : "bare " + String.join(", ", properties) + " kan leses";
      String what = peek().is(".") && peek(1).kind() == Kind.IDENTIFIER ? name + "." + peek(1).text() : name;
      throw new Refused("\"" + what + "\" is not allowed: \"" + name + "\" is the engine's own object and " + readable,
          "«" + what + "» er ikke tillatt: «" + name + "» er motorens eget objekt, og " + lesbar);
    }

    /** now() or dateTime(), without arguments, then only the listed date methods, each called. */
    private void dateFunction(String name) throws Refused {
      if (!DATE_FUNCTIONS.contains(name)) {
        throw new Refused("calling " + name + "() is not allowed (only now() and dateTime())",
            "kallet " + name + "() er ikke tillatt (bare now() og dateTime())");
      }
      expect("(");
      if (!accept(")")) {
        throw new Refused(name + "() takes no arguments", name + "() tar ingen argumenter");
      }
      while (peek().is(".")) {
        next();
        Token method = next();
        if (method.kind() != Kind.IDENTIFIER || !DATE_METHODS.contains(method.text()) || !peek().is("(")) {
          throw new Refused("\"." + method.text() + "\" after " + name + "() is not allowed (only "
              + String.join("(), ", DATE_METHODS) + "())", "«." + method.text() + "» etter " + name
              + "() er ikke tillatt (bare " + String.join("(), ", DATE_METHODS) + "())");
        }
        arguments();
      }
      noSuffix(name + "()");
    }

    private void arguments() throws Refused {
      expect("(");
      if (accept(")")) {
        return;
      }
      expression();
      while (accept(",")) {
        expression();
      }
      expect(")");
    }

    /** After a value: no property, no index, no call. */
    private void noSuffix(String what) throws Refused {
      Token token = peek();
      if (token.is(".")) {
        String property = peek(1).kind() == Kind.IDENTIFIER || peek(1).kind() == Kind.KEYWORD ? peek(1).text() : "";
        if (property.equals("class") || property.equals("getClass")) {
          throw new Refused("getClass and class are never allowed (" + what + "." + property + ")",
              "getClass og class er aldri tillatt (" + what + "." + property + ")");
        }
        if (peek(2).is("(")) {
          throw new Refused("calling the method " + what + "." + property + "() is not allowed",
              "kallet på metoden " + what + "." + property + "() er ikke tillatt");
        }
        throw new Refused("reading the property " + what + "." + property + " is not allowed",
            "oppslaget " + what + "." + property + " er ikke tillatt");
      }
      if (token.is("[")) {
        throw new Refused("indexing " + what + "[...] is not allowed", "oppslaget " + what + "[...] er ikke tillatt");
      }
      if (token.is("(")) {
        throw new Refused("calling " + what + "(...) is not allowed", "kallet " + what + "(...) er ikke tillatt");
      }
    }

    private Refused unexpected(Token token) {
      if (token.kind() == Kind.END) {
        return new Refused("the expression ends too early", "uttrykket slutter for tidlig");
      }
      if (token.is("instanceof")) {
        return new Refused("instanceof is not allowed", "instanceof er ikke tillatt");
      }
      if (Set.of("*", "/", "%", "div", "mod").contains(token.text())) {
        return new Refused("the operator " + token.text() + " is not allowed",
            "operatoren " + token.text() + " er ikke tillatt");
      }
      return new Refused("\"" + token.text() + "\" is not allowed here",
          "«" + token.text() + "» er ikke tillatt her");
    }

    private boolean accept(String symbol) {
      if (peek().is(symbol)) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(String symbol) throws Refused {
      if (!accept(symbol)) {
        throw peek().kind() == Kind.END ? unexpected(peek())
            : new Refused("expected " + symbol + " but found \"" + peek().text() + "\"",
                "ventet " + symbol + ", men fant «" + peek().text() + "»");
      }
    }

    private Token peek() {
      return peek(0);
    }

    private Token peek(int ahead) {
      return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    private Token next() {
      Token token = peek();
      if (token.kind() != Kind.END) {
        at++;
      }
      return token;
    }
  }
}
