package no.grunnmodell.browser;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English (and engine jargon) in what a person sees on a page: the page's visible text and the placeholders
 * of its visible fields. Product names and a few technical words a Norwegian user reads as names are allowed;
 * English UI words, the engine's messages, identifiers in camelCase or SNAKE_CASE, English month and day names and
 * Java type names are not.
 */
public final class EnglishText {

  /** Names, not language: removed before the search. */
  private static final List<String> ALLOWED = List.of("Camunda Platform", "Camunda", "Cockpit", "bpmn.io",
      "Europe/Oslo", "CSV", "Q-0982");

  private static final List<String> WORDS = List.of(
      // form-js, flatpickr and the webapps' own words
      "Field is required", "Field must", "Select", "Search", "Add new", "Expand all", "Collapse", "No results",
      "Remove", "Close", "Cancel", "Submit", "Save", "Complete", "Claim", "Unclaim", "Loading", "Show more",
      "Show less", "Previous", "Next", "Add", "Edit", "Delete", "Actions", "Action", "Variables", "Variable",
      "Incidents", "Incident", "Value", "Name", "Scope", "Dashboard", "Processes", "Decisions", "Human Tasks",
      "More", "Batches", "Migration", "Overview", "Welcome", "Sign out", "Log out", "Log in", "Username",
      "Password", "Created", "Due", "Follow-up", "Priority", "Assignee", "Description", "History", "Business Key",
      "Definition", "Deployment", "Tenant", "Activity", "Jobs", "Instance", "Instances", "Process", "Task", "Tasks",
      // errors
      "Error", "error", "Cannot", "Could not", "failed", "Failed", "Exception", "ENGINE", "No matching", "permission",
      "Forbidden", "Not Found", "Unauthorized", "Load timeout", "timeout", "does not", "already",
      // values and types
      "null", "undefined", "true", "false", "String", "Integer", "Boolean", "Date", "Json", "Object", "Long",
      "Double", "Bytes", "yyyy", "mm/dd",
      // calendar
      "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
      "December", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri",
      "Sat", "Sun",
      // small words Norwegian does not have
      "the", "is", "of", "with", "and", "task", "process", "instance");

  private static final Pattern WORD = Pattern.compile(
      "(?<![\\p{L}\\p{N}_-])(" + String.join("|", WORDS.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}_])");
  /** birthDate, fristOverskredet, FamilyCourse, BOTH_PARENTS: names from the code, not words. */
  private static final Pattern IDENTIFIER = Pattern.compile(
      "(?<![\\p{L}\\p{N}_-])([a-z]+(?:[A-Z][a-z0-9]*)+|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z]+(?:_[A-Z]+)+)"
          + "(?![\\p{L}\\p{N}_-])");

  private EnglishText() {
  }

  /** What a person sees on the page now: its visible text, node by node, and its visible fields' placeholders. */
  public static String visibleText(Page page) {
    return (String) page.evaluate("() => {"
        + "  const shown = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)"
        + "      && getComputedStyle(e).visibility !== 'hidden';"
        // each visible text node on a line of its own: innerText can run a table's header into its first row
        + "  const out = [];"
        + "  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
        + "  for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
        + "    const e = n.parentElement;"
        + "    if (e && n.data.trim() && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(e.tagName) && shown(e)) {"
        + "      out.push(n.data.trim());"
        + "    }"
        + "  }"
        + "  document.querySelectorAll('input[placeholder], textarea[placeholder]').forEach(e => {"
        + "    if (shown(e) && !e.value) { out.push(e.getAttribute('placeholder')); }"
        + "  });"
        + "  return out.join('\\n');"
        + "}");
  }

  /** The English words and identifiers in this text, each with a little of its surroundings. */
  public static List<String> findIn(String text) {
    String rest = text;
    for (String allowed : ALLOWED) {
      rest = rest.replace(allowed, " ");
    }
    Set<String> found = new LinkedHashSet<>();
    for (Pattern pattern : List.of(WORD, IDENTIFIER)) {
      Matcher m = pattern.matcher(rest);
      while (m.find()) {
        int from = Math.max(0, m.start() - 30);
        int to = Math.min(rest.length(), m.end() + 30);
        found.add("«" + m.group(1) + "» in «…" + rest.substring(from, to).replaceAll("\\s+", " ") + "…»");
      }
    }
    return new ArrayList<>(found);
  }

  /** Fails when the page shows English; {@code where} names the page in the message. */
  public static void assertNoneOn(Page page, String where) {
    List<String> found = findIn(visibleText(page));
    if (!found.isEmpty()) {
      throw new AssertionError("English on " + where + ":\n  " + String.join("\n  ", found));
    }
  }
}
