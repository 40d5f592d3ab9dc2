package no.grunnmodell.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.catalina.Container;
import org.apache.catalina.Wrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the webapps' REST servlets as soon as the server is up, not on the first request.
 *
 * <p>Camunda's Spring Boot starter registers the Tasklist's, Cockpit's and Admin's APIs (Jersey) without
 * load-on-startup, so the first request after a start builds the Jersey application: about 4 seconds on an idle
 * two-core machine, longer on a busy one. That first request is often the Tasklist's plugin script, which the
 * webapps' RequireJS gives only 7 seconds (Camunda's {@code waitSeconds: 0} in index.html does not reach the bundled
 * RequireJS), so the first load after a start could stop at «Load timeout for modules:
 * tasklist-plugin-tasklistPlugins/plugin». Started here, in the background so the application's start is not
 * delayed; a request arriving meanwhile waits for the same start (Tomcat loads a servlet once).
 */
@Component
public class WebappWarmUp {

  /** The servlet names CamundaBpmWebappInitializer gives the webapps' APIs. */
  static final Set<String> SERVLETS = Set.of("Tasklist Api", "Cockpit Api", "Admin Api", "Engine Api",
      "Welcome Api");
  private static final Logger LOG = LoggerFactory.getLogger(WebappWarmUp.class);

  private volatile Thread warmUp;
  private final List<String> started = new java.util.concurrent.CopyOnWriteArrayList<>();

  @EventListener
  public void onServerStarted(ServletWebServerInitializedEvent event) {
    if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
      return;
    }
    List<Wrapper> servlets = webappServlets(tomcat);
    Thread thread = new Thread(() -> load(servlets, started), "webapp-warm-up");
    thread.setDaemon(true);
    warmUp = thread;
    thread.start();
  }

  /** Waits until the webapps' APIs are started (for tests); the names of those started ahead of a request. */
  public List<String> awaitStarted(long millis) throws InterruptedException {
    Thread thread = warmUp;
    if (thread != null) {
      thread.join(millis);
    }
    return List.copyOf(started);
  }

  static List<Wrapper> webappServlets(TomcatWebServer tomcat) {
    List<Wrapper> servlets = new ArrayList<>();
    for (Container context : tomcat.getTomcat().getHost().findChildren()) {
      for (Container child : context.findChildren()) {
        if (child instanceof Wrapper wrapper && SERVLETS.contains(wrapper.getName())) {
          servlets.add(wrapper);
        }
      }
    }
    return servlets;
  }

  private static void load(List<Wrapper> servlets, List<String> started) {
    long start = System.nanoTime();
    for (Wrapper servlet : servlets) {
      try {
        servlet.load();
        started.add(servlet.getName());
      } catch (Exception | LinkageError e) {
        // not fatal: the servlet is then started by its first request, as without this class
        LOG.warn("Could not start the webapp servlet '{}' ahead of its first request: {}", servlet.getName(),
            e.toString());
      }
    }
    LOG.info("Webapp APIs started ahead of their first request ({} servlets, {} ms)", servlets.size(),
        (System.nanoTime() - start) / 1_000_000);
  }
}
