package no.grunnmodell.deployment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.grunnmodell.deployment.JuelLexer.Kind;
import no.grunnmodell.deployment.JuelLexer.Token;

/**
 * The process variables an expression reads. Every deployed expression has passed the {@link ExpressionRules}, so a
 * name that is neither after a dot, nor called, nor one of the engine's objects is a process variable: reading the
 * tokens is enough, no evaluation. Used to tell which variables a new version of a diagram needs that an older one
 * did not ({@code no.grunnmodell.migration}).
 */
public final class ExpressionVariables {

  private ExpressionVariables() {
  }

  /** The variables read in every {@code ${...}} and {@code #{...}} of the text, in the order they appear. */
  public static Set<String> in(String text) {
    Set<String> names = new LinkedHashSet<>();
    if (!ExpressionRules.hasExpression(text)) {
      return names;
    }
    for (ExpressionRules.Lexed expression : ExpressionRules.expressions(text)) {
      if (expression.failure() != null) {
        // Not an expression the engine could have deployed; nothing more to read in it.
        return names;
      }
      List<Token> tokens = expression.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        boolean property = i > 0 && tokens.get(i - 1).is(".");
        boolean call = i + 1 < tokens.size() && tokens.get(i + 1).is("(");
        if (token.kind() == Kind.IDENTIFIER && !property && !call
            && !ExpressionRules.ENGINE_NAMES.contains(token.text())) {
          names.add(token.text());
        }
      }
    }
    return names;
  }
}
