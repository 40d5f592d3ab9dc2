package no.grunnmodell.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the Norwegian bokmål translation of the Camunda webapps against the English locale files of the
 * camunda-webapp-webjar on the classpath: every English key must exist in our nb.json, interpolation
 * placeholders and HTML markup must survive, and each app's config.js (itself or through the shared
 * grunnmodell-config.js) must make nb the fallback locale.
 * No Spring context, no browser.
 */
class TranslationTest {

  private static final String APP_DIR = "META-INF/resources/webjars/camunda/app/";
  private static final String WEBJAR = "camunda-webapp-webjar";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** {{ name }} interpolations; whitespace inside the braces does not matter. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  /** Real HTML markup used in the labels (not pseudo-tags such as "<undefined>"). */
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(a|b|br|code|em|i|p|span|strong)(\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);

  @ParameterizedTest(name = "{0}: nb.json has every key of the webjar's en.json")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyIsTranslated(String app) throws IOException {
    JsonNode en = readJson(resource(app + "/locales/en.json", true));
    JsonNode nb = readJson(resource(app + "/locales/nb.json", false));
    JsonNode enLabels = en.path("labels");
    JsonNode nbLabels = nb.path("labels");

    List<String> missing = new ArrayList<>();
    List<String> brokenMarkup = new ArrayList<>();
    List<String> untranslated = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = enLabels.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      String english = entry.getValue().asText();
      JsonNode translated = nbLabels.get(key);
      if (translated == null || !translated.isTextual()) {
        missing.add(key);
        continue;
      }
      String norwegian = translated.asText();
      if (!tokens(PLACEHOLDER, english).equals(tokens(PLACEHOLDER, norwegian))
          || !tokens(HTML_TAG, english).equals(tokens(HTML_TAG, norwegian))) {
        brokenMarkup.add(key + ": \"" + english + "\" -> \"" + norwegian + "\"");
      }
      if (norwegian.equals(english) && isLongSentence(english)) {
        untranslated.add(key + ": \"" + english + "\"");
      }
    }

    if (!untranslated.isEmpty()) {
      System.out.println("WARNING " + app + ": " + untranslated.size()
          + " nb value(s) still equal to an English sentence:\n  " + String.join("\n  ", untranslated));
    }
    List<String> extra = new ArrayList<>();
    nbLabels.fieldNames().forEachRemaining(key -> {
      if (!enLabels.has(key)) {
        extra.add(key);
      }
    });
    if (!extra.isEmpty()) {
      System.out.println("NOTE " + app + ": nb.json has keys the English file no longer has: " + extra);
    }

    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add(app + "/locales/nb.json misses " + missing.size() + " of " + enLabels.size()
          + " keys of the webjar's en.json:\n  " + String.join("\n  ", missing));
    }
    if (!brokenMarkup.isEmpty()) {
      problems.add(app + "/locales/nb.json changes placeholders or HTML markup of " + brokenMarkup.size()
          + " label(s):\n  " + String.join("\n  ", brokenMarkup));
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
    if (en.has("dateLocales")) {
      assertTrue(nb.path("dateLocales").path("longDateFormat").has("L"),
          app + "/locales/nb.json must carry Norwegian dateLocales like en.json does");
    }
  }

  @ParameterizedTest(name = "{0}: config.js makes nb the fallback locale and keeps en available")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configMakesNorwegianTheFallbackLocale(String app) throws IOException {
    String where = app + "/scripts/config.js";
    String config = withoutComments(readText(resource(where, false)));
    if (!Pattern.compile("[\"']?locales[\"']?\\s*:").matcher(config).find()) {
      // no locales of its own: the ones every app shares, spread from grunnmodell-config.js
      assertTrue(config.contains("import { sharedConfig } from '../../grunnmodell-config.js'")
          && config.contains("...sharedConfig("), where + " sets no locales and spreads no sharedConfig() of "
          + "../../grunnmodell-config.js");
      where = "grunnmodell-config.js";
      config = withoutComments(readText(resource(where, false)));
    }

    Matcher fallback = Pattern.compile("[\"']?fallbackLocale[\"']?\\s*:\\s*[\"']([\\w-]+)[\"']").matcher(config);
    assertTrue(fallback.find(), where + " sets no fallbackLocale");
    assertTrue(fallback.group(1).equals("nb"),
        where + " has fallbackLocale '" + fallback.group(1) + "', expected 'nb'");

    Matcher available = Pattern.compile("[\"']?availableLocales[\"']?\\s*:\\s*\\[([^]]*)]").matcher(config);
    assertTrue(available.find(), where + " sets no availableLocales");
    List<String> locales = tokens(Pattern.compile("[\"']([\\w-]+)[\"']"), available.group(1));
    assertTrue(locales.contains("nb") && locales.contains("en"), where + " should offer nb and en, offers " + locales);
  }

  // --- helpers

  /** The resource from the webjar (English originals) or from our own classpath (the shadowing files). */
  private static URL resource(String path, boolean fromWebjar) throws IOException {
    List<URL> urls = Collections.list(TranslationTest.class.getClassLoader().getResources(APP_DIR + path));
    for (URL url : urls) {
      if (url.toString().contains(WEBJAR) == fromWebjar) {
        return url;
      }
    }
    fail((fromWebjar ? "The webjar has no " : "The project has no ") + APP_DIR + path + " on the test classpath"
        + " (found: " + urls + ")");
    return null;
  }

  private static JsonNode readJson(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in); // Jackson skips the UTF-8 byte order mark of the webjar's files
    }
  }

  private static String readText(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String withoutComments(String js) {
    return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  private static List<String> tokens(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.groupCount() >= 1 && m.group(1) != null ? m.group(1).toLowerCase() : m.group());
    }
    Collections.sort(found);
    return found;
  }

  private static boolean isLongSentence(String text) {
    return text.trim().split("\\s+").length >= 4;
  }
}
