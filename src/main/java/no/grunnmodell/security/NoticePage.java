package no.grunnmodell.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A short page in Norwegian for a person who landed where they cannot go on (Camunda's closed setup page, a refused
 * login): what happened, what to do, and a link onwards. Self-contained, so that it works whatever failed.
 */
public record NoticePage(String heading, List<String> paragraphs, String linkText, String linkHref) {

  /** Nothing from the outside: no scripts, no frames, no caching, no other origin. */
  private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
      + "base-uri 'none'; form-action 'none'";

  public String html() {
    StringBuilder page = new StringBuilder()
        .append("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(heading)).append(" – Grunnmodell</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.5}")
        .append("h1{font-size:1.4em}</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(escape(heading)).append("</h1>\n");
    for (String paragraph : paragraphs) {
      page.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    if (linkHref != null) {
      page.append("<p><a href=\"").append(escape(linkHref)).append("\">")
          .append(escape(linkText)).append("</a></p>\n");
    }
    return page.append("</main>\n</body>\n</html>\n").toString();
  }

  /** Only what HTML itself needs escaped: the page is UTF-8, so «ø» stays «ø». */
  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
  }

  public void write(HttpServletResponse response, int status) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.getOutputStream().write(html().getBytes(StandardCharsets.UTF_8));
  }
}
